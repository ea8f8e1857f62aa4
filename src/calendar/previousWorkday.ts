import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link previousWorkday}.
 *
 * @example
 * previousWorkday('2026-09-30', { calendar: createCalendar({ extraHolidays: ['2026-09-29'] }) }) //=> '2026-09-28'
 */
export interface PreviousWorkdayOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * The first working day strictly before `date` (same as `addWorkdays(date, -1)`).
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link PreviousWorkdayOptions}
 * @returns the working day as `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * previousWorkday('2026-10-08') //=> '2026-09-30'
 */
export function previousWorkday(date: DateInput, options: PreviousWorkdayOptions = {}): CivilDate {
  return calendarOf(options, defaultCalendar).previousWorkday(date);
}
