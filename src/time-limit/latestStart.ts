import type { Instant } from '../_lib/input';
import { planLatest, type LatestStartOptions } from './_lib/latest';
import type { TimeLimit } from './schema';

/**
 * The latest instant something must be done to meet a lead time before an
 * event (TL-08), e.g. meeting materials “一般应提前两天分发”. Natural days are
 * counted back from the event day; a resulting rest day moves back to the
 * previous working day (option `rollBackRestDays`); working days count back
 * over working days; the day ends at 24:00 or at close of business. Working
 * hours (“提前两个工作小时”) and half a working day count back over business
 * time (CAL-04), as `addBusinessTime` with negative minutes.
 *
 * @param event - the event's instant
 * @param limit - a lead time, `{ amount, unit }` or a phrase (`'提前两天'`)
 * @param options - {@link LatestStartOptions}
 * @returns the latest instant
 * @throws {GuifanError} as dueAt; `BUSINESS_HOURS_REQUIRED` for working-hour lead times on a calendar without business hours
 * @example
 * latestStart('2026-10-08T14:00+08:00', '提前两天').toISOString()
 * //=> '2026-09-30T16:00:00.000Z' (24:00 of 09-30: 10-06 is 国庆节, moved back)
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } })
 * latestStart('2026-10-08T10:00+08:00', '提前两个工作小时', { calendar }).toISOString()
 * //=> '2026-09-30T08:30:00.000Z' (09-30 16:30: 90 minutes on 10-08, 30 before the holiday)
 */
export function latestStart(event: Instant, limit: TimeLimit | string, options: LatestStartOptions = {}): Date {
  return new Date(planLatest(event, limit, options, false) as number);
}
