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
 * The instant `minutes` of business time after `start` (CAL-04, CAL-05), or
 * before it when `minutes` is negative (“2 business hours before the
 * deadline”): only the open intervals of working days count (every minute
 * with `'24x7'`). Landing exactly on a closing time returns that closing time;
 * counting back, landing exactly on an opening returns that opening.
 *
 * One function for both directions, as `addWorkdays(d, −n)` and date-fns'
 * `addBusinessDays(d, −n)`: the sign says which way, and no second name
 * (date-fns would call it `subBusinessTime`) does the same thing.
 *
 * `addBusinessTime(addBusinessTime(t, m), −m)` is `t` whenever the office is
 * open at `t` (opening time included); for a `t` outside business hours it is
 * {@link nextBusinessMoment}`(t)`, for `m` > 0, and {@link previousBusinessMoment}`(t)`
 * for `m` < 0 (closing time included there).
 *
 * Adding 0 returns `start` itself, even outside business hours (biz and
 * Business::Hours return the next business moment): 0 minutes is “at once”
 * (立即), the identity keeps `businessTimeBetween(t, addBusinessTime(t, 0)) === 0`
 * and answers never move without a reason; ask {@link nextBusinessMoment} for
 * the next opening.
 *
 * @param start - an instant (`Date`, or ISO text with an offset)
 * @param minutes - business minutes, finite; negative counts back
 * @param options - {@link AddBusinessTimeOptions}
 * @returns the instant as a `Date`
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_AMOUNT`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED`
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } })
 * addBusinessTime('2026-09-30T16:00+08:00', 120, { calendar }).toISOString()
 * //=> '2026-10-08T01:30:00.000Z' (10-08 09:30 in Shanghai: 60 min on 09-30, 60 min on 10-08)
 * addBusinessTime('2026-10-08T09:30+08:00', -120, { calendar }).toISOString()
 * //=> '2026-09-30T08:00:00.000Z' (09-30 16:00: and back again)
 */
export function addBusinessTime(start: Instant, minutes: number, options: AddBusinessTimeOptions = {}): Date {
  return calendarOf(options, chinaCalendar).addBusinessTime(start, minutes);
}
