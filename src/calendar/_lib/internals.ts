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
  const i = (calendar as unknown as Record<symbol, CalendarInternals | undefined>)[INTERNALS];
  if (!i) throw new TypeError('guifan: calendars must come from createCalendar() or chinaCalendar()');
  return i;
}
