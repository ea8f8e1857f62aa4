import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link isWorkday}.
 *
 * @example
 * isWorkday('2026-10-10', { calendar: createCalendar({ weekend: [0] }) }) //=> true
 * isWorkday('2026-10-11', { calendar: createCalendar({ weekend: [0] }) }) //=> false
 */
export interface IsWorkdayOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * Whether a day is a working day (CAL-01): Monday–Friday that is not a
 * holiday, or a make-up working day (调休上班).
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link IsWorkdayOptions}
 * @returns `true` on a working day
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * isWorkday('2026-10-08') //=> true
 * isWorkday('2026-10-10') //=> true (Saturday, 国庆节 make-up day)
 * isWorkday('2026-10-01') //=> false
 */
export function isWorkday(date: DateInput, options: IsWorkdayOptions = {}): boolean {
  return calendarOf(options, defaultCalendar).isWorkday(date);
}
