/**
 * guifan/time-limit — time limits as regulations write them (TL-01…TL-08):
 * parse “三个工作日内”, compute due instants under 民法典 period rules, lead
 * times, calendar-date deadlines, business time, with explanations.
 *
 * @module guifan/time-limit
 */
export { calendarDeadline, type CalendarDeadline, type CalendarDeadlineOptions } from './calendarDeadline';
export { dueAt, type DueAtOptions } from './dueAt';
export { explainDue, type ExplainDueOptions } from './explainDue';
export { explainLatestStart } from './explainLatestStart';
export { formatTimeLimit } from './formatTimeLimit';
export { latestStart } from './latestStart';
export { parseCalendarDeadline } from './parseCalendarDeadline';
export { parseTimeLimit } from './parseTimeLimit';
export type { Counting, DueOptions } from './_lib/compute';
export type { DueExplanation } from './_lib/explain';
export type { LatestStartExplanation, LatestStartOptions } from './_lib/latest';
export {
  CalendarDateRuleSchema,
  TIME_UNITS,
  TimeLimitKindSchema,
  TimeLimitSchema,
  TimeUnitSchema,
  type CalendarDateRule,
  type TimeLimit,
  type TimeLimitKind,
  type TimeUnit,
} from './schema';
// Business time lives with the calendar; re-exported here because deadlines use it.
export { addBusinessTime, businessTimeBetween } from '../calendar/index';
