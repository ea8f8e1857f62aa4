import { minutesOfDay } from '../../_lib/civil';
import { GuifanError } from '../../errors/GuifanError';
import type { BusinessHours } from '../schema';

/**
 * Segments as wall-clock minute pairs [start, end) of the day they belong to,
 * sorted and disjoint. A segment that crosses midnight (`['22:00', '06:00']`)
 * ends after 1440 (here 1800): its part after midnight lies on the next day
 * but belongs to this day's schedule (CAL-04).
 */
export type MinuteSegments = readonly (readonly [number, number])[];

export interface CompiledHours {
  allDay: boolean;
  /** Whether any list has a segment crossing midnight. */
  overnight: boolean;
  hours: MinuteSegments;
  weekdays: ReadonlyMap<number, MinuteSegments>;
  dates: ReadonlyMap<string, MinuteSegments>;
}

function badHours(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_BUSINESS_HOURS', { path, value, reasonZh, reasonEn }, 'CAL-04');
}

function compileSegments(list: readonly (readonly [string, string])[], path: (string | number)[]): MinuteSegments {
  const segs = list.map(([a, b], i) => {
    const s = minutesOfDay(a);
    let e = minutesOfDay(b);
    const here = [...path, i].join('.');
    if (s === 1440) throw badHours(here, [a, b], '时段不能从 24:00 开始', 'a segment cannot start at 24:00');
    if (e === s) throw badHours(here, [a, b], '结束时间须不同于开始时间', 'the end must differ from the start');
    // An end before the start crosses midnight: ['22:00', '06:00'] is 22:00 to 06:00 the next morning.
    if (e < s) e += 1440;
    return [s, e] as const;
  });
  const sorted = [...segs].sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]![0] < sorted[i - 1]![1]) throw badHours(path.join('.'), list, '时段相互重叠', 'segments overlap');
  }
  // The part after midnight must not run into the first segment of a next day with the same hours.
  const last = sorted[sorted.length - 1];
  if (last && last[1] > 1440 && last[1] - 1440 > sorted[0]![0]) {
    throw badHours(path.join('.'), list, '跨午夜的时段与次日的时段重叠', 'the segment crossing midnight overlaps the next day’s first segment');
  }
  return sorted;
}

/** Validates and compiles business hours (CAL-04, CAL-05). */
export function compileBusinessHours(bh: BusinessHours): CompiledHours {
  if (bh === '24x7') return { allDay: true, overnight: false, hours: [[0, 1440]], weekdays: new Map(), dates: new Map() };
  const weekdays = new Map<number, MinuteSegments>();
  for (const [k, v] of Object.entries(bh.weekdays ?? {})) {
    if (v) weekdays.set(Number(k), compileSegments(v, ['businessHours', 'weekdays', k]));
  }
  const dates = new Map<string, MinuteSegments>();
  for (const [k, v] of Object.entries(bh.dates ?? {})) dates.set(k, compileSegments(v, ['businessHours', 'dates', k]));
  const hours = compileSegments(bh.hours, ['businessHours', 'hours']);
  const crosses = (segs: MinuteSegments): boolean => segs.some(([, e]) => e > 1440);
  const overnight = crosses(hours) || [...weekdays.values()].some(crosses) || [...dates.values()].some(crosses);
  return { allDay: false, overnight, hours, weekdays, dates };
}

/** The afternoon off from 12:00 on a group's half-day holiday (CAL-03). */
export function clipAfternoon(segs: MinuteSegments, from = 720): MinuteSegments {
  const out: [number, number][] = [];
  for (const [s, e] of segs) if (s < from) out.push([s, Math.min(e, from)]);
  return out;
}

export const AUDIENCE_DAYS = {
  women: { month: 3, day: 8, name: '妇女节', nameEn: "International Women's Day" },
  youth: { month: 5, day: 4, name: '青年节', nameEn: 'Youth Day' },
  military: { month: 8, day: 1, name: '建军节', nameEn: 'Army Day' },
} as const;
