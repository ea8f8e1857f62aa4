import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link nextWorkday}.
 *
 * @example
 * nextWorkday('2026-10-09', { calendar: createCalendar({ extraHolidays: ['2026-10-10'] }) }) //=> '2026-10-12'
 */
export interface NextWorkdayOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * The first working day strictly after `date` (same as `addWorkdays(date, 1)`).
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link NextWorkdayOptions}
 * @returns the working day as `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * nextWorkday('2026-09-30') //=> '2026-10-08'
 */
export function nextWorkday(date: DateInput, options: NextWorkdayOptions = {}): CivilDate {
  return calendarOf(options, defaultCalendar).nextWorkday(date);
}
