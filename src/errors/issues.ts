import type { MessageDetails } from './messages';
import type { LocalizedText, RuleId } from './types';

// The issue codes and the issue's shape: types only, so that the message tables
// (./issueMessages/*), their helper (./buildIssue) and makeIssue (./makeIssue)
// all read them without an import circle. A new code is one member here plus one
// entry in each locale of its module's table.

/**
 * Codes of validation issues (problems found in user data, reported rather
 * than thrown). Stable once published.
 *
 * @example
 * const policy = { id: 'x', name: 'x', clocks: [{ name: 'a', start: ['received'], stop: ['replied'], target: '3个工作日内', max: '1个工作日内' }] }
 * validatePolicy(policy).issues.map((i) => i.code) //=> ['MAX_BEFORE_TARGET']
 */
export type IssueCode =
  | 'INVALID_INPUT'
  | 'WEIGHTS_DO_NOT_SUM'
  | 'ITEMS_DO_NOT_SUM'
  | 'DUPLICATE_KEY'
  | 'SCORE_OUT_OF_RANGE'
  | 'UNKNOWN_DIMENSION'
  | 'UNKNOWN_ITEM'
  | 'MISSING_SCORE'
  | 'BONUS_OUT_OF_RANGE'
  | 'MISSING_MONTHS'
  | 'DUPLICATE_MONTH'
  | 'INCONSISTENT_WEIGHTS'
  | 'EMPTY_AVERAGE'
  | 'PENALTY_OUT_OF_RANGE'
  | 'UNKNOWN_OFFENCE'
  | 'DISTRIBUTION_CAP_EXCEEDED'
  | 'UNKNOWN_EVENT'
  | 'UNKNOWN_CLOCK'
  | 'INVALID_EVENT_TIME'
  | 'OUT_OF_ORDER'
  | 'EVENT_BEFORE_RECEIVED'
  | 'OVERLAPPING_PAUSE'
  | 'RESUME_WITHOUT_PAUSE'
  | 'AGREED_BEYOND_MAX'
  | 'MAX_BEFORE_TARGET'
  | 'MISSING_MAX'
  | 'INVALID_TIME_LIMIT'
  | 'MISSING_ITEM'
  | 'WEEKDAY_MISMATCH'
  | 'END_NOT_AFTER_START'
  | 'NON_WORKING_DAY'
  | 'OUTSIDE_BUSINESS_HOURS'
  | 'MATERIALS_LATE'
  | 'NOTICE_AFTER_START'
  | 'TOO_MANY_ATTENDEES'
  | 'CALENDAR_NOT_COVERED'
  | 'SCHEDULE_LATE'
  | 'SCHEDULE_NOT_DECIDED'
  | 'MEETING_OUTSIDE_MONTH'
  | 'CHANGE_NOTICE_MISSING'
  | 'ATTENDEE_NOT_NOTIFIED'
  | 'CHANGE_NOTICE_MISMATCH'
  | 'CHANGE_NOTICE_LATE'
  | 'REPORTED_TO_WRONG_PERSON'
  | 'REPORTED_TOO_LATE'
  | 'UNREADABLE_TEXT'
  // conduct (SVC-01…SVC-04)
  | 'FORBIDDEN_PHRASE'
  | 'DISCOURAGED_WORD'
  | 'CALL_NOT_ANSWERED'
  | 'ANSWERED_LATE'
  | 'GREETING_MISSING'
  | 'GREETING_NOT_FIRST'
  | 'GREETING_ORGANISATION_MISSING'
  | 'ACTOR_MISSING'
  | 'NO_OWNER'
  | 'HANDOVER_WITHOUT_OWNER'
  | 'HANDOVER_LATE'
  | 'NOT_FOLLOWED_UP'
  | 'RESULT_NOT_RECORDED'
  | 'ANSWER_NOT_SATISFACTORY'
  | 'UNCIVIL_LANGUAGE'
  | 'MANUAL_UPDATE_OVERDUE'
  | 'MANUAL_UPDATE_LATE'
  | 'MONTH_END_CHECK_MISSING'
  | 'UNKNOWN_RULE_CHANGE'
  | 'EMPTY_TEXT'
  // meeting: parseMeetingNotice
  | 'NOT_IN_TEXT'
  // holiday notice
  | 'NOTICE_NO_YEAR'
  | 'NOTICE_YEAR_MISMATCH'
  | 'NOTICE_WEEKDAY_MISMATCH'
  | 'NOTICE_LUNAR_MISMATCH'
  | 'NOTICE_COUNT_MISMATCH'
  | 'NOTICE_MAKEUP_NOT_WEEKEND'
  | 'NOTICE_STATUTORY_DAY_WORKING'
  | 'NOTICE_DATE_OUT_OF_YEAR'
  | 'NOTICE_OVERLAPPING_RANGES'
  | 'NOTICE_UNREADABLE_LINE'
  | 'NOTICE_ARRANGEMENT_REPLACED'
  | 'NOTICE_UNBALANCED'
  // holiday data from other sources (fromChineseDays, fromHolidayCn)
  | 'IMPORT_NOT_A_SOURCE'
  | 'IMPORT_BAD_DAY'
  | 'IMPORT_CONFLICTING_DAY'
  | 'IMPORT_WEEKDAY_WORKDAY'
  | 'IMPORT_STATUTORY_DAY_WORKING'
  | 'IMPORT_YEAR_UNBALANCED'
  | 'IMPORT_YEAR_EMPTY'
  | 'IMPORT_YEAR_PACKAGED'
  // complaint
  | 'MISSING_RECORD_FIELD'
  | 'MISSING_OFFSET'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_PARENT_CATEGORY'
  | 'CATEGORY_CYCLE'
  | 'PROVISIONAL_CATEGORY'
  | 'MISSING_VISIT_OUTCOME'
  | 'VISIT_BEFORE_COMPLAINT'
  | 'VISIT_BEFORE_RESOLVED'
  | 'DUPLICATE_RECORD_ID'
  // complaint (counting, closure, metrics, archive)
  | 'NOT_VERIFIED'
  | 'CATEGORY_CONFLICT'
  // --- sla (issue 17) ---
  | 'PROVISIONAL_DEADLINE'
  | 'UNMATCHED_ATTRIBUTE'
  | 'RECLASSIFIED_WITHOUT_ATTRIBUTES'
  | 'DUPLICATE_RECEIVED'
  | 'STARTED_AT_AFTER_EVENT'
  // --- duty rosters, overtime and leave (DUT-01…DUT-10) ---
  | 'SERVICE_UNCOVERED'
  | 'SERVICE_UNDERSTAFFED'
  | 'DUTY_OFFICER_MISSING'
  | 'OFF_HOURS_UNKNOWN'
  | 'NO_WEEKLY_REST'
  | 'DAILY_OVERTIME_EXCEEDED'
  | 'MONTHLY_OVERTIME_EXCEEDED'
  | 'OVERLAPPING_SHIFTS'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_WINDOW'
  | 'SHIFT_END_NOT_AFTER_START'
  | 'COMPENSATORY_REST_ON_STATUTORY_DAY';

/**
 * One problem in user data: where, what, which rule, how bad, in both languages.
 *
 * @example
 * const i = makeIssue('DUPLICATE_MONTH', ['monthly', 1], { month: '2026-03' }, 'APR-04');
 * [i.code, i.rule, i.path, i.severity, i.message.en] //=> ['DUPLICATE_MONTH', 'APR-04', ['monthly', 1], 'error', 'Month 2026-03 appears twice']
 */
export interface ValidationIssue {
  readonly code: IssueCode;
  readonly rule: RuleId | undefined;
  /** Path to the offending value, e.g. `['monthly', 3, 'score']`. */
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  readonly details: MessageDetails;
}
