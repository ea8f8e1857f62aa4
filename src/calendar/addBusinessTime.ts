import { calendarOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { Instant, WorkingCalendar } from './types';

/**
 * Options of {@link addBusinessTime}.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['09:00', '17:00']] } })
 * addBusinessTime('2026-09-30T16:30+08:00', 60, { calendar }).toISOString() //=> '2026-10-08T01:30:00.000Z' (10-08 09:30 in Shanghai)
 */
export interface AddBusinessTimeOptions {
  /** A calendar with `businessHours`. @default chinaCalendar() (which has none, so pass one) */
  calendar?: WorkingCalendar;
}

/**
 * The instant `minutes` of business time after `start` (CAL-04, CAL-05): only
 * the open intervals of working days count (every minute with `'24x7'`).
 * Landing exactly on a closing time returns that closing time.
 *
 * @param start - an instant (`Date`, or ISO text with an offset)
 * @param minutes - business minutes, finite and ≥ 0
 * @param options - {@link AddBusinessTimeOptions}
 * @returns the instant as a `Date`
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_AMOUNT`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED`
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } })
 * addBusinessTime('2026-09-30T16:00+08:00', 120, { calendar }).toISOString()
 * //=> '2026-10-08T01:30:00.000Z' (10-08 09:30 in Shanghai: 60 min on 09-30, 60 min on 10-08)
 */
export function addBusinessTime(start: Instant, minutes: number, options: AddBusinessTimeOptions = {}): Date {
  return calendarOf(options, chinaCalendar).addBusinessTime(start, minutes);
}
