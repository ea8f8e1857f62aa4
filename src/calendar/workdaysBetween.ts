import { calendarOf } from './_lib/internals';
import { defaultCalendar } from './_lib/defaultCalendar';
import type { DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link workdaysBetween}.
 *
 * @example
 * workdaysBetween('2026-09-30', '2026-10-10', { calendar: createCalendar({ extraHolidays: ['2026-10-09'] }) }) //=> 2
 */
export interface WorkdaysBetweenOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * The number of working days w with from < w ≤ to; when `to` is before
 * `from`, minus the count the other way. So
 * `workdaysBetween(d, addWorkdays(d, n)) === n` for n ≥ 0. O(1).
 *
 * @param from - start day (not counted)
 * @param to - end day (counted)
 * @param options - {@link WorkdaysBetweenOptions}
 * @returns the signed count of working days
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * workdaysBetween('2026-09-30', '2026-10-10') //=> 3 (10-08, 10-09, 10-10)
 * workdaysBetween('2026-10-10', '2026-09-30') //=> -3
 */
export function workdaysBetween(from: DateInput, to: DateInput, options: WorkdaysBetweenOptions = {}): number {
  return calendarOf(options, defaultCalendar).workdaysBetween(from, to);
}
