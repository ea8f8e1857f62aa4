import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link addWorkdays}.
 *
 * @example
 * const calendar = createCalendar({ extraHolidays: ['2026-10-08'] })
 * addWorkdays('2026-09-30', 1, { calendar }) //=> '2026-10-09' (the organisation's own rest day skipped too)
 */
export interface AddWorkdaysOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * The `amount`-th working day after `date` (`date` itself is not counted,
 * CAL-01/TL-02); for a negative amount, the |amount|-th working day before it;
 * `date` itself for 0. O(1) from a precomputed index.
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param amount - a whole number of working days
 * @param options - {@link AddWorkdaysOptions}
 * @returns the working day as `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_AMOUNT`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * addWorkdays('2026-09-30', 1) //=> '2026-10-08' (国庆节 10-01…10-07 skipped)
 * addWorkdays('2026-09-30', 3) //=> '2026-10-10' (Saturday make-up day counts)
 * addWorkdays('2026-10-08', -1) //=> '2026-09-30'
 */
export function addWorkdays(date: DateInput, amount: number, options: AddWorkdaysOptions = {}): CivilDate {
  return calendarOf(options, defaultCalendar).addWorkdays(date, amount);
}
