import { GuifanError } from './GuifanError';
import { en, isErrorCode, readDetails, renderError, zhCN, type MessageDetails } from './messages';
import type { GuifanErrorCode, Locale, LocalizedText } from './types';

/**
 * The message for an error code in one locale.
 *
 * @param code - a {@link GuifanErrorCode}
 * @param details - facts for the message
 * @param locale - `'zh-CN'` (the default) or `'en'`
 * @returns the message
 * @throws {GuifanError} `INVALID_OPTIONS` for an unknown code or locale, or details that are not an object (or cannot be read)
 * @example
 * formatMessage('INVALID_TIME_ZONE', { value: 'Mars/Base' }, 'en') //=> "Unknown time zone 'Mars/Base': expected an IANA name such as 'Asia/Shanghai'"
 */
export function formatMessage(code: GuifanErrorCode, details: MessageDetails, locale: Locale = 'zh-CN'): string {
  const d = checked(code, details);
  if (locale !== 'zh-CN' && locale !== 'en') throw new GuifanError('INVALID_OPTIONS', { path: 'locale', value: locale, reasonZh: "应为 'zh-CN' 或 'en'", reasonEn: "expected 'zh-CN' or 'en'" });
  return (locale === 'en' ? en : zhCN)[code](d);
}

/**
 * The message for an error code in every locale.
 *
 * @param code - a {@link GuifanErrorCode}
 * @param details - facts for the message
 * @returns `{ 'zh-CN', en }`
 * @throws {GuifanError} `INVALID_OPTIONS` for an unknown code, or details that are not an object (or cannot be read)
 * @example
 * localize('INVALID_TIME_ZONE', { value: 'Mars/Base' })['zh-CN'] //=> "未知时区 'Mars/Base'：应为 IANA 时区名，如 'Asia/Shanghai'"
 */
export function localize(code: GuifanErrorCode, details: MessageDetails): LocalizedText {
  return renderError(code, checked(code, details));
}

/** A known code and readable object details, or INVALID_OPTIONS (these are public: a host may pass anything). */
function checked(code: unknown, details: unknown): MessageDetails {
  if (!isErrorCode(code)) throw new GuifanError('INVALID_OPTIONS', { path: 'code', value: code, reasonZh: '未知的错误代码', reasonEn: 'unknown error code' });
  const d = details === undefined ? {} : readDetails(details);
  if (d === undefined) throw new GuifanError('INVALID_OPTIONS', { path: 'details', value: typeof details === 'object' ? '[unreadable object]' : details, reasonZh: '应为可读取的对象', reasonEn: 'expected a readable object' });
  return d;
}
