import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link workdayOnOrAfter}.
 *
 * @example
 * workdayOnOrAfter('2026-10-10', { calendar: createCalendar({ extraHolidays: ['2026-10-10'] }) }) //=> '2026-10-12'
 */
export interface WorkdayOnOrAfterOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * `date` itself when it is a working day, else the first working day after it
 * (CAL-01) — chinese-days' `findWorkday(0, date)`. Unlike `addWorkdays(date, 0)`,
 * which returns `date` unchanged, a holiday or weekend day moves forward.
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link WorkdayOnOrAfterOptions}
 * @returns the working day as `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * workdayOnOrAfter('2026-10-01') //=> '2026-10-08' (国庆节 skipped)
 * workdayOnOrAfter('2026-10-10') //=> '2026-10-10' (Saturday make-up day)
 * workdayOnOrAfter('2026-10-09') //=> '2026-10-09'
 */
export function workdayOnOrAfter(date: DateInput, options: WorkdayOnOrAfterOptions = {}): CivilDate {
  const cal = calendarOf(options, defaultCalendar);
  return cal.isWorkday(date) ? cal.toCivilDate(date) : cal.nextWorkday(date);
}
