import { toEpochMs } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import { calendarOf, internalsOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { Instant, WorkingCalendar } from './types';

/**
 * Options of {@link nextBusinessMoment}.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['09:00', '17:00']] } })
 * nextBusinessMoment('2026-10-09T08:00+08:00', { calendar }).toISOString() //=> '2026-10-09T01:00:00.000Z' (09:00 in Shanghai)
 */
export interface NextBusinessMomentOptions {
  /** A calendar with `businessHours`. @default chinaCalendar() (which has none, so pass one) */
  calendar?: WorkingCalendar;
}

/**
 * The first business moment at or after `at` (CAL-04, CAL-06): `at` itself
 * when the office is open then (opening time included, closing time not),
 * else the next opening — when an off-hours complaint is handed to the office,
 * and what `addBusinessTime(at, m)` followed by `addBusinessTime(…, −m)`
 * returns for any `m` > 0. The counterpart of {@link previousBusinessMoment}.
 *
 * @param at - an instant (`Date`, or ISO text with an offset)
 * @param options - {@link NextBusinessMomentOptions}
 * @returns the instant as a `Date`
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED` (no opening before the data ends)
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } })
 * nextBusinessMoment('2026-09-30T17:00+08:00', { calendar }).toISOString() //=> '2026-10-08T00:30:00.000Z' (10-08 08:30, after 国庆节)
 * nextBusinessMoment('2026-09-30T10:00+08:00', { calendar }).toISOString() //=> '2026-09-30T02:00:00.000Z' (open: the instant itself)
 */
export function nextBusinessMoment(at: Instant, options: NextBusinessMomentOptions = {}): Date {
  const cal = internalsOf(calendarOf(options, chinaCalendar));
  if (!cal.hasHours) throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: 'nextBusinessMoment', whatEn: 'nextBusinessMoment' }, 'CAL-04');
  return new Date(cal.nextBusinessMs(toEpochMs(at)));
}
