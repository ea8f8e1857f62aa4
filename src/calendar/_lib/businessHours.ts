import { minutesOfDay } from '../../_lib/civil';
import { GuifanError } from '../../errors/GuifanError';
import type { BusinessHours } from '../schema';

/** Segments as minute pairs [start, end), sorted, disjoint. */
export type MinuteSegments = readonly (readonly [number, number])[];

export interface CompiledHours {
  allDay: boolean;
  hours: MinuteSegments;
  weekdays: ReadonlyMap<number, MinuteSegments>;
  dates: ReadonlyMap<string, MinuteSegments>;
}


function compileSegments(list: readonly (readonly [string, string])[], path: (string | number)[]): MinuteSegments {
  const segs = list.map(([a, b], i) => {
    const s = minutesOfDay(a);
    const e = minutesOfDay(b);
    if (e <= s) {
      throw new GuifanError(
        'INVALID_BUSINESS_HOURS',
        { path: [...path, i].join('.'), value: [a, b], reasonZh: '结束时间须晚于开始时间', reasonEn: 'the end must be after the start' },
        'CAL-04',
      );
    }
    return [s, e] as const;
  });
  const sorted = [...segs].sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]![0] < sorted[i - 1]![1]) {
      throw new GuifanError(
        'INVALID_BUSINESS_HOURS',
        { path: path.join('.'), value: list, reasonZh: '时段相互重叠', reasonEn: 'segments overlap' },
        'CAL-04',
      );
    }
  }
  return sorted;
}

/** Validates and compiles business hours (CAL-04, CAL-05). */
export function compileBusinessHours(bh: BusinessHours): CompiledHours {
  if (bh === '24x7') return { allDay: true, hours: [[0, 1440]], weekdays: new Map(), dates: new Map() };
  const weekdays = new Map<number, MinuteSegments>();
  for (const [k, v] of Object.entries(bh.weekdays ?? {})) {
    if (v) weekdays.set(Number(k), compileSegments(v, ['businessHours', 'weekdays', k]));
  }
  const dates = new Map<string, MinuteSegments>();
  for (const [k, v] of Object.entries(bh.dates ?? {})) dates.set(k, compileSegments(v, ['businessHours', 'dates', k]));
  return { allDay: false, hours: compileSegments(bh.hours, ['businessHours', 'hours']), weekdays, dates };
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
