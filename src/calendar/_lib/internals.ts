import { GuifanError } from '../../errors/GuifanError';
import { optionsOf } from '../../_lib/options';
import type { Zone } from '../../_lib/zone';
import type { DayInfo, WorkingCalendar } from '../types';

/**
 * Day-number level access to a calendar, for the other modules' hot paths
 * (no date strings in between). Not part of the public API.
 */
export interface CalendarInternals {
  zone: Zone;
  supLo: number;
  supHi: number;
  /** Throws CALENDAR_NOT_COVERED outside the supported range. */
  isWorkday(day: number): boolean;
  addDays(day: number, n: number): number;
  workdaysBetween(x: number, y: number): number;
  anyProvisional(x: number, y: number): boolean;
  info(day: number): DayInfo;
  label(day: number): string;
  hasHours: boolean;
  /** The open instants of one civil day as epoch-ms pairs (a segment from the day before that crosses midnight included); shared, never change it. */
  intervalsMs(day: number): number[];
  /** The day's own segments as epoch-ms pairs (one crossing midnight ends the next day): opening, close of business; shared, never change it. */
  segmentsMs(day: number): number[];
  /** Business time after `t` (before it when `ms` < 0); `t` for 0. */
  addBusinessMs(t: number, ms: number): number;
  businessMsBetween(x: number, y: number): number;
  /** `t` when open at `t`, else the next opening. */
  nextBusinessMs(t: number): number;
  /** `t` when open just before `t`, else the previous closing. */
  previousBusinessMs(t: number): number;
}

export const INTERNALS: unique symbol = Symbol.for('guifan.calendar.internals') as never;

export function internalsOf(calendar: WorkingCalendar): CalendarInternals {
  const i = typeof calendar === 'object' && calendar !== null ? (calendar as unknown as Record<symbol, CalendarInternals | undefined>)[INTERNALS] : undefined;
  if (!i) throw new GuifanError('INVALID_OPTIONS', { path: 'calendar', value: calendar, reasonZh: '日历应由 createCalendar() 或 chinaCalendar() 生成', reasonEn: 'a calendar must come from createCalendar() or chinaCalendar()' });
  return i;
}

/**
 * The calendar of a public function's options: `chinaCalendar()` by default
 * (also for `calendar: null`, as `resolveCommon` in time-limit always did),
 * `INVALID_OPTIONS` for options that are not an object or a calendar that
 * does not come from createCalendar()/chinaCalendar().
 */
export function calendarOf(options: { calendar?: WorkingCalendar } | null | undefined, fallback: () => WorkingCalendar): WorkingCalendar {
  const calendar = optionsOf(options).calendar;
  if (calendar === undefined || calendar === null) return fallback(); // null: not given, as for the options themselves
  internalsOf(calendar);
  return calendar;
}
