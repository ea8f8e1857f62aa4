import { GuifanError } from '../errors/GuifanError';
import { optionsOf } from '../_lib/options';
import { calendarOf } from './_lib/internals';
import { withNotice } from './_lib/notices';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, DayInfo, DayKind, WorkingCalendar } from './types';

/**
 * Which days {@link daysBetween} lists: a {@link DayKind}, or a group of them —
 * `'working'` (= `'workday'` + `'makeup-workday'`, every day one works) and
 * `'rest'` (= `'weekend'` + `'holiday'`, every day off).
 *
 * @example
 * daysBetween('2026-10-01', '2026-10-11', { kinds: ['working'] }).map((d) => d.date) //=> ['2026-10-08', '2026-10-09', '2026-10-10']
 */
export type DayKindFilter = DayKind | 'working' | 'rest';

/**
 * Options of {@link daysBetween}.
 *
 * @example
 * daysBetween('2026-10-05', '2026-10-11', { kinds: ['rest'] }).map((d) => d.kind) //=> ['holiday', 'holiday', 'holiday', 'weekend']
 */
export interface DaysBetweenOptions {
  /** The kinds of day to list. @default every kind (all days of the range) */
  kinds?: readonly DayKindFilter[];
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

const GROUPS: Readonly<Record<DayKindFilter, readonly DayKind[]>> = {
  workday: ['workday'],
  weekend: ['weekend'],
  holiday: ['holiday'],
  'makeup-workday': ['makeup-workday'],
  working: ['workday', 'makeup-workday'],
  rest: ['weekend', 'holiday'],
};

/**
 * The days from `from` to `to`, BOTH INCLUDED (as chinese-days'
 * `getHolidaysInRange`/`getWorkdaysInRange`), in date order, keeping only the
 * kinds asked for (CAL-01). Kinds: `'holiday'` (every day of a notice's
 * holiday block, weekend days in it included; the weekdays the notice made
 * rest days carry `inLieu: true`), `'makeup-workday'` (调休上班), `'weekend'` (a plain weekly
 * rest day), `'workday'` (an ordinary working day), and the groups
 * `'working'` and `'rest'`. A range whose end is before its start is refused,
 * not answered with an empty list.
 *
 * @param from - first day, `'YYYY-MM-DD'` or an instant read in the calendar's zone
 * @param to - last day (included)
 * @param options - {@link DaysBetweenOptions}
 * @returns frozen {@link DayInfo}s, one per matching day
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS` (unknown kind, `to` before `from`), `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * daysBetween('2026-09-19', '2026-10-11', { kinds: ['makeup-workday'] }).map((d) => d.date)
 * //=> ['2026-09-20', '2026-10-10']
 * daysBetween('2026-10-01', '2026-10-31', { kinds: ['holiday'] }).length //=> 7
 * daysBetween('2026-10-01', '2026-10-31', { kinds: ['holiday'] }).filter((d) => d.inLieu).map((d) => d.date)
 * //=> ['2026-10-05', '2026-10-06', '2026-10-07'] (weekdays off that are not statutory: 10-01…03 are)
 */
export function daysBetween(from: DateInput, to: DateInput, options: DaysBetweenOptions = {}): DayInfo[] {
  const cal = calendarOf(options, chinaCalendar);
  const kinds = optionsOf(options).kinds;
  let wanted: Set<DayKind> | undefined;
  if (kinds !== undefined) {
    if (!Array.isArray(kinds) || kinds.length === 0) {
      throw new GuifanError('INVALID_OPTIONS', { path: 'kinds', value: kinds, reasonZh: '应为非空数组，元素取 workday、weekend、holiday、makeup-workday、working、rest', reasonEn: 'expected a non-empty array of workday, weekend, holiday, makeup-workday, working, rest' }, 'CAL-01');
    }
    wanted = new Set();
    kinds.forEach((k: unknown, i: number) => {
      const g = typeof k === 'string' && Object.prototype.hasOwnProperty.call(GROUPS, k) ? GROUPS[k as DayKindFilter] : undefined;
      if (!g) throw new GuifanError('INVALID_OPTIONS', { path: `kinds.${i}`, value: k, reasonZh: '未知的日期类型', reasonEn: 'unknown kind of day' }, 'CAL-01');
      g.forEach((x) => wanted!.add(x));
    });
  }
  const a = cal.toCivilDate(from);
  const b = cal.toCivilDate(to);
  if (b < a) throw new GuifanError('INVALID_OPTIONS', { path: 'to', value: b, reasonZh: `不应早于起始日 ${a}（两端均包含）`, reasonEn: `must not be before the first day ${a} (both ends are included)` }, 'CAL-01');
  const days = cal.days(a, b);
  return (wanted ? days.filter((d) => wanted!.has(d.kind)) : days).map(withNotice);
}
