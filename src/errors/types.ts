/**
 * Locales that every message exists in. `zh-CN` is the default.
 *
 * @example
 * issueMessage(makeIssue('DUPLICATE_MONTH', ['monthly'], { month: '2026-03' }), 'en') //=> 'Month 2026-03 appears twice'
 * formatMessage('INVALID_TIME_ZONE', { value: 'Mars/Base' }, 'zh-CN') //=> "未知时区 'Mars/Base'：应为 IANA 时区名，如 'Asia/Shanghai'"
 */
export type Locale = 'zh-CN' | 'en';

/**
 * A rule id from the catalogue (`CAL-01`, `TL-03`, `CMP-14` …).
 *
 * @example
 * explainDue('2026-09-28T10:00+08:00', '三日内').rules //=> ['TL-02', 'TL-03', 'TL-04']
 */
export type RuleId = `${'CAL' | 'TL' | 'CMP' | 'ESC' | 'APR' | 'MTG' | 'SVC' | 'DUT'}-${string}`;

/**
 * Stable error and issue codes. Codes never change meaning once published;
 * host apps may switch on them.
 *
 * @example
 * safeCreateCalendar({ weekend: [0, 0] }).error.code //=> 'INVALID_CALENDAR_OPTIONS'
 * isGuifanError(new GuifanError('INVALID_DATE', { value: 'x' }), 'INVALID_DATE') //=> true
 */
export type GuifanErrorCode =
  | 'INVALID_DATE'
  | 'AMBIGUOUS_INSTANT'
  | 'INVALID_AMOUNT'
  | 'INVALID_TIME_ZONE'
  | 'CALENDAR_NOT_COVERED'
  | 'INVALID_CALENDAR_OPTIONS'
  | 'CONFLICTING_CALENDAR_DAYS'
  | 'INVALID_BUSINESS_HOURS'
  | 'BUSINESS_HOURS_REQUIRED'
  | 'INVALID_TIME_LIMIT'
  | 'INVALID_OPTIONS'
  | 'VALIDATION_FAILED'
  // fuzz (issue 10): a computed instant outside the years the library answers for
  | 'INSTANT_OUT_OF_RANGE'
  // complaint (counting, closure, metrics, archive numbers: CMP-20)
  | 'INVALID_ARCHIVE_NUMBER'
  | 'ARCHIVE_SEQUENCE_OUT_OF_RANGE'
  | 'AMBIGUOUS_ARCHIVE_YEAR';

/**
 * Both texts of a message.
 *
 * @example
 * localize('INVALID_TIME_ZONE', { value: 'Mars/Base' }).en //=> "Unknown time zone 'Mars/Base': expected an IANA name such as 'Asia/Shanghai'"
 */
export type LocalizedText = Record<Locale, string>;
