import { parseCivilDate } from '../_lib/civil';
import { toEpochMs, type Instant } from '../_lib/input';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';

/**
 * Deadlines for receiving visitors (MTG-09, seed 001 第二篇): the meeting room is
 * prepared the day before the visit (by 24:00 of that day), and the driver is at
 * the airport 20 minutes before the flight lands.
 *
 * @param visit - `{ date: 'YYYY-MM-DD', landing?: instant }`
 * @param options - `{ calendar }` for the zone
 * @returns `{ roomReadyBy, driverAtAirportBy? }`
 * @throws {GuifanError} `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `INVALID_OPTIONS`
 * @example
 * receptionDeadlines({ date: '2026-10-08', landing: '2026-10-08T10:40+08:00' }).driverAtAirportBy.toISOString()
 * //=> '2026-10-08T02:20:00.000Z' (10:20 in Shanghai)
 */
export function receptionDeadlines(visit: { date: string; landing?: Instant }, options: { calendar?: WorkingCalendar } = {}): { roomReadyBy: Date; driverAtAirportBy?: Date } {
  if (typeof visit !== 'object' || visit === null) throw new GuifanError('INVALID_OPTIONS', { path: 'visit', value: visit, reasonZh: '应为 { date, landing? }', reasonEn: 'expected { date, landing? }' }, 'MTG-09');
  const day = typeof visit.date === 'string' ? parseCivilDate(visit.date) : undefined;
  if (day === undefined) throw new GuifanError('INVALID_DATE', { value: visit.date }, 'MTG-09');
  const zone = internalsOf(calendarOf(options, chinaCalendar)).zone;
  const roomReadyBy = new Date(zone.instantOf(day, 0)); // 24:00 of the day before
  if (visit.landing === undefined) return { roomReadyBy };
  return { roomReadyBy, driverAtAirportBy: new Date(toEpochMs(visit.landing) - 20 * 60_000) };
}
