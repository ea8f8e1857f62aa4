import type { Instant } from '../_lib/input';
import { planDue, type DueOptions } from './_lib/compute';
import type { TimeLimit } from './schema';

/**
 * Options of {@link dueAt}; every field has a documented default.
 *
 * @example
 * dueAt('2026-09-30T16:00+08:00', '3日内', { rollOverRestDays: false }).toISOString()
 * //=> '2026-10-03T16:00:00.000Z' (24:00 of 10-03, a holiday, kept)
 */
export type DueAtOptions = DueOptions;

/**
 * The deadline of a time limit started at `start`, with the legal counting
 * rules built in:
 * - minutes/hours: natural time, `start + amount` (TL-01);
 * - days/weeks/months: the start day is not counted (TL-02), a month ends on
 *   the corresponding day or the month's end, a last day that is a rest day
 *   moves to the next working day (TL-03), the period ends at 24:00 or at close
 *   of business (TL-04);
 * - working days: the `amount`-th working day after the start day (TL-05);
 * - working hours: business time of the calendar (CAL-04).
 *
 * Fast: O(1), no explanation built. {@link explainDue} gives the reasons.
 *
 * @param start - an instant (`Date`, or ISO text with an offset)
 * @param limit - a {@link TimeLimit} or a phrase such as `'3个工作日内'`
 * @param options - {@link DueAtOptions}
 * @returns the instant the period ends
 * @throws {GuifanError} `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `INVALID_AMOUNT` (also for an amount above `Number.MAX_SAFE_INTEGER`), `INVALID_TIME_LIMIT`, `INVALID_OPTIONS`, `BUSINESS_HOURS_REQUIRED`, `CALENDAR_NOT_COVERED`, `INSTANT_OUT_OF_RANGE` (the due instant falls outside years 0001–9999)
 * @example
 * dueAt('2026-09-30T16:00+08:00', '1个工作日内').toISOString()
 * //=> '2026-10-08T16:00:00.000Z' (24:00 of 2026-10-08 in Shanghai)
 * dueAt('2026-10-01T09:00+08:00', { amount: 2, unit: 'hour' }).toISOString()
 * //=> '2026-10-01T03:00:00.000Z' (11:00 the same day)
 */
export function dueAt(start: Instant, limit: TimeLimit | string, options: DueAtOptions = {}): Date {
  return new Date(planDue(start, limit, options).due);
}
