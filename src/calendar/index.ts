/**
 * guifan/calendar — the official working-day calendar of mainland China
 * (CAL-01, CAL-02): statutory holidays, 调休 make-up days, coverage, overlays,
 * O(1) working-day arithmetic, time-zone-independent answers.
 *
 * @module guifan/calendar
 */
export { addBusinessTime, type AddBusinessTimeOptions } from './addBusinessTime';
export { addWorkdays, type AddWorkdaysOptions } from './addWorkdays';
export { businessTimeBetween, type BusinessTimeBetweenOptions } from './businessTimeBetween';
export { chinaCalendar } from './chinaCalendar';
export { coverageUntil } from './coverageUntil';
export { createCalendar } from './createCalendar';
export { dutyAt, type DutyAssignment, type DutyAtOptions } from './dutyAt';
export { dayInfo, type DayInfoOptions } from './dayInfo';
export { daysBetween, type DayKindFilter, type DaysBetweenOptions } from './daysBetween';
export { explainAddWorkdays, type ExplainAddWorkdaysOptions } from './explainAddWorkdays';
export { explainWorkdaysBetween, type ExplainWorkdaysBetweenOptions } from './explainWorkdaysBetween';
export { holidayServedBy, type HolidayServedByOptions, type ServedHoliday } from './holidayServedBy';
export { formatHolidayNotice, type FormatHolidayNoticeOptions } from './formatHolidayNotice';
export { fromChineseDays, type ChineseDaysLike, type FromChineseDaysOptions } from './fromChineseDays';
export { fromHolidayCn, type FromHolidayCnOptions, type ImportedHolidays } from './fromHolidayCn';
export { isWorkday, type IsWorkdayOptions } from './isWorkday';
export { needsYear, type NeedsYearOptions, type YearNeeded } from './needsYear';
export { nextBusinessMoment, type NextBusinessMomentOptions } from './nextBusinessMoment';
export { nextWorkday, type NextWorkdayOptions } from './nextWorkday';
export { payClassOf, type PayClass, type PayClassInfo, type PayClassOfOptions } from './payClassOf';
export { parseHolidayNotice, type HolidayNotice, type NoticeDay, type ParseHolidayNoticeOptions } from './parseHolidayNotice';
export { previousBusinessMoment, type PreviousBusinessMomentOptions } from './previousBusinessMoment';
export { previousWorkday, type PreviousWorkdayOptions } from './previousWorkday';
export { safeCreateCalendar, type SafeCalendarResult } from './safeCreateCalendar';
export { statutoryHolidaysOf, type StatutoryHoliday } from './statutoryHolidaysOf';
export { workdayOnOrAfter, type WorkdayOnOrAfterOptions } from './workdayOnOrAfter';
export { workdayOnOrBefore, type WorkdayOnOrBeforeOptions } from './workdayOnOrBefore';
export { workdaysBetween, type WorkdaysBetweenOptions } from './workdaysBetween';
export { calendarToICalendar, type CalendarToICalendarOptions } from './calendarToICalendar';
export {
  AudienceSchema,
  BusinessHoursSchema,
  BusinessSegmentSchema,
  TimeOfDaySchema,
  type Audience,
  type BusinessHours,
  CalendarDayEntrySchema,
  CalendarOptionsSchema,
  CalendarYearSchema,
  CivilDateSchema,
  type CalendarDayEntry,
  type CalendarOptions,
  type CalendarYear,
  type ResolvedCalendarOptions,
} from './schema';
export type {
  BusinessInterval,
  CalendarSource,
  CivilDate,
  DateInput,
  DateRange,
  DayCorrection,
  DayNotice,
  DayInfo,
  DayKind,
  DaySource,
  Instant,
  WorkdayExplanation,
  WorkingCalendar,
} from './types';
