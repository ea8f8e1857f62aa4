import { toEpochMs } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import { calendarOf, internalsOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { Instant, WorkingCalendar } from './types';

/**
 * Options of {@link previousBusinessMoment}.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['09:00', '17:00']] } })
 * previousBusinessMoment('2026-10-09T20:00+08:00', { calendar }).toISOString() //=> '2026-10-09T09:00:00.000Z' (17:00 in Shanghai)
 */
export interface PreviousBusinessMomentOptions {
  /** A calendar with `businessHours`. @default chinaCalendar() (which has none, so pass one) */
  calendar?: WorkingCalendar;
}

/**
 * The last business moment at or before `at` (CAL-04): `at` itself when the
 * office was open just before it (closing time included, opening time not),
 * else the previous closing — where a count back in business time starts, and
 * what `addBusinessTime(at, −m)` followed by `addBusinessTime(…, m)` returns
 * for any `m` > 0. The counterpart of {@link nextBusinessMoment}.
 *
 * @param at - an instant (`Date`, or ISO text with an offset)
 * @param options - {@link PreviousBusinessMomentOptions}
 * @returns the instant as a `Date`
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED` (no closing after the data starts)
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } })
 * previousBusinessMoment('2026-10-08T08:00+08:00', { calendar }).toISOString() //=> '2026-09-30T09:00:00.000Z' (09-30 17:00, before 国庆节)
 * previousBusinessMoment('2026-10-08T13:00+08:00', { calendar }).toISOString() //=> '2026-10-08T04:00:00.000Z' (12:00, the lunch break's start)
 */
export function previousBusinessMoment(at: Instant, options: PreviousBusinessMomentOptions = {}): Date {
  const cal = internalsOf(calendarOf(options, chinaCalendar));
  if (!cal.hasHours) throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: 'previousBusinessMoment', whatEn: 'previousBusinessMoment' }, 'CAL-04');
  return new Date(cal.previousBusinessMs(toEpochMs(at)));
}
