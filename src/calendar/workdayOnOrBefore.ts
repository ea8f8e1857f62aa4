import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link workdayOnOrBefore}.
 *
 * @example
 * workdayOnOrBefore('2026-10-10', { calendar: createCalendar({ extraHolidays: ['2026-10-10'] }) }) //=> '2026-10-09'
 */
export interface WorkdayOnOrBeforeOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * `date` itself when it is a working day, else the last working day before it
 * (CAL-01) — e.g. “the last working day on or before the 15th”.
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link WorkdayOnOrBeforeOptions}
 * @returns the working day as `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * workdayOnOrBefore('2026-10-07') //=> '2026-09-30' (国庆节 skipped)
 * workdayOnOrBefore('2026-09-20') //=> '2026-09-20' (Sunday make-up day)
 * workdayOnOrBefore('2026-10-09') //=> '2026-10-09'
 */
export function workdayOnOrBefore(date: DateInput, options: WorkdayOnOrBeforeOptions = {}): CivilDate {
  const cal = calendarOf(options, defaultCalendar);
  return cal.isWorkday(date) ? cal.toCivilDate(date) : cal.previousWorkday(date);
}
