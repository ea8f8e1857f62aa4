import { calendarOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { Instant, WorkingCalendar } from './types';

/**
 * Options of {@link businessTimeBetween}.
 *
 * @example
 * const calendar = createCalendar({ businessHours: '24x7' })
 * businessTimeBetween('2026-10-01T00:00+08:00', '2026-10-02T00:00+08:00', { calendar }) //=> 1440 (every minute counts, holidays included)
 */
export interface BusinessTimeBetweenOptions {
  /** A calendar with `businessHours`. @default chinaCalendar() (which has none, so pass one) */
  calendar?: WorkingCalendar;
}

/**
 * Business minutes between two instants (CAL-04): only open intervals of
 * working days count. Negative when `to` is before `from`. Inverse of
 * {@link addBusinessTime}: `businessTimeBetween(s, addBusinessTime(s, m)) === m`.
 *
 * @param from - an instant
 * @param to - an instant
 * @param options - {@link BusinessTimeBetweenOptions}
 * @returns minutes (fractional when the instants are not on whole minutes)
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED`
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '17:00']] } })
 * businessTimeBetween('2026-09-30T16:00+08:00', '2026-10-08T09:30+08:00', { calendar }) //=> 120
 */
export function businessTimeBetween(from: Instant, to: Instant, options: BusinessTimeBetweenOptions = {}): number {
  return calendarOf(options, chinaCalendar).businessTimeBetween(from, to);
}
