import { parseCivilDate } from '../_lib/civil';
import { toEpochMs, type Instant } from '../_lib/input';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { calendarOf, optionsOf } from './_lib/boundary';

/**
 * Deadlines for receiving visitors (MTG-09, seed 001 第二篇): the meeting room is
 * prepared the day before the visit (by 24:00 of that day), and the driver is at
 * the airport 20 minutes before the flight lands.
 *
 * @param visit - `{ date: 'YYYY-MM-DD', landing?: instant }`
 * @param options - `{ calendar }` for the zone
 * @returns `{ roomReadyBy, driverAtAirportBy? }`
 * @throws {GuifanError} `INVALID_DATE`, `AMBIGUOUS_INSTANT`; `INVALID_OPTIONS` for a non-calendar
 * @example
 * receptionDeadlines({ date: '2026-10-08', landing: '2026-10-08T10:40+08:00' }).driverAtAirportBy.toISOString()
 * //=> '2026-10-08T02:20:00.000Z' (10:20 in Shanghai)
 */
export function receptionDeadlines(visit: { date: string; landing?: Instant }, options: { calendar?: WorkingCalendar } = {}): { roomReadyBy: Date; driverAtAirportBy?: Date } {
  const v: Partial<typeof visit> = visit !== null && typeof visit === 'object' ? visit : {};
  const day = typeof v.date === 'string' ? parseCivilDate(v.date) : undefined;
  if (day === undefined) throw new GuifanError('INVALID_DATE', { value: v.date }, 'MTG-09');
  const zone = calendarOf(optionsOf<{ calendar?: WorkingCalendar }>(options, undefined, 'MTG-09').calendar, undefined, 'MTG-09')!.zone;
  const roomReadyBy = new Date(zone.instantOf(day, 0)); // 24:00 of the day before
  if (v.landing === undefined) return { roomReadyBy };
  const driver = new Date(toEpochMs(v.landing) - 20 * 60_000);
  if (Number.isNaN(driver.getTime())) throw new GuifanError('INVALID_DATE', { value: v.landing, reasonZh: '超出可表示的时间范围', reasonEn: 'out of the representable range' }, 'MTG-09');
  return { roomReadyBy, driverAtAirportBy: driver };
}
