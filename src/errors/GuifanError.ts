import { isErrorCode, readDetails, renderError, type MessageDetails } from './messages';
import type { GuifanErrorCode, Locale, LocalizedText, RuleId } from './types';

/** Brand shared by every copy of the library (ESM and CJS builds loaded side by side). */
export const GUIFAN_ERROR_BRAND: unique symbol = Symbol.for('guifan.error') as never;

/**
 * The one error class of guifan. Every failure has a stable `code`, the rule
 * it enforces (when there is one), machine-readable `details`, and its message
 * in 简体中文 and English.
 *
 * @example
 * const e = new GuifanError('INVALID_DATE', { value: '2026-02-30' })
 * e.code //=> 'INVALID_DATE'
 * e.messages.en //=> "Invalid date '2026-02-30': expected a real 'YYYY-MM-DD' day, a valid Date or an ISO instant with an offset"
 * isGuifanError(e) //=> true
 */
export class GuifanError extends Error {
  override readonly name = 'GuifanError';
  /** Stable code, e.g. `'CALENDAR_NOT_COVERED'`. */
  readonly code: GuifanErrorCode;
  /** The rule id this error enforces, e.g. `'CAL-02'`, when there is one. */
  readonly rule: RuleId | undefined;
  /** Machine-readable facts: the offending value, path, year … */
  readonly details: MessageDetails;
  /** The message in every locale. */
  readonly messages: LocalizedText;
  readonly [GUIFAN_ERROR_BRAND] = true;

  constructor(code: GuifanErrorCode, details: MessageDetails = {}, rule?: RuleId, options?: { cause?: unknown }) {
    // A host may construct one with anything: a bad code or unreadable details is INVALID_OPTIONS, never a TypeError.
    const d = readDetails(details);
    if (!isErrorCode(code) || d === undefined) throw new GuifanError('INVALID_OPTIONS', { path: d ? 'code' : 'details', value: d ? code : details });
    const messages = renderError(code, d);
    super(`${messages['zh-CN']} | ${messages.en}`, options);
    this.code = code;
    this.rule = rule;
    this.details = Object.freeze(d);
    this.messages = Object.freeze(messages);
  }

  /** The message in one locale (`zh-CN` by default). */
  messageIn(locale: Locale = 'zh-CN'): string {
    return this.messages[locale];
  }
}
