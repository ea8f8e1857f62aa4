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
  /** Open intervals of a day as epoch-ms pairs. */
  intervalsMs(day: number): number[];
  addBusinessMs(t: number, ms: number): number;
  businessMsBetween(x: number, y: number): number;
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
