/** Locales that every message exists in. `zh-CN` is the default. */
export type Locale = 'zh-CN' | 'en';

/** A rule id from the catalogue (`CAL-01`, `TL-03`, `CMP-14` …). */
export type RuleId = `${'CAL' | 'TL' | 'CMP' | 'ESC' | 'APR' | 'MTG' | 'SVC'}-${string}`;

/**
 * Stable error and issue codes. Codes never change meaning once published;
 * host apps may switch on them.
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

/** Both texts of a message. */
export type LocalizedText = Record<Locale, string>;
