import { statutoryHolidays } from '../statutory';
import { holidayName, type HolidayName } from './names';

/** How far a make-up-only sentence's day may lie from the holiday it serves (the notices stay within a few weeks). */
const REACH = 45;

/** The year's statutory days (全国年节及纪念日放假办法), each with its holidays' names. */
function statutoryOf(year: number): { day: number; names: HolidayName[] }[] {
  return statutoryHolidays(year).map((s) => ({ day: s.day, names: s.name.split('、').map(holidayName) }));
}

/**
 * CAL-02: the holidays a rest block without a name is about — those whose
 * statutory days it contains, most days first (a block shared by 中秋节 and
 * 国庆节 names both); `undefined` when it contains none.
 */
export function holidaysInBlock(year: number, from: number, to: number): HolidayName[] | undefined {
  const count = new Map<string, { n: HolidayName; c: number }>();
  for (const s of statutoryOf(year)) {
    if (s.day < from || s.day > to) continue;
    for (const n of s.names) {
      const e = count.get(n.name) ?? { n, c: 0 };
      e.c++;
      count.set(n.name, e);
    }
  }
  if (count.size === 0) return undefined;
  return [...count.values()].sort((a, b) => b.c - a.c).map((e) => e.n);
}

/**
 * CAL-02: the holiday a make-up-only sentence serves — the one whose statutory
 * days lie nearest its days, within 45 days; `undefined` when none or when two
 * are equally near.
 */
export function holidayNear(year: number, days: readonly number[]): HolidayName | undefined {
  let best: { n: HolidayName; d: number } | undefined;
  let tie = false;
  const seen = new Map<string, number>();
  for (const s of statutoryOf(year)) {
    const d = Math.min(...days.map((x) => Math.abs(x - s.day)));
    for (const n of s.names) seen.set(n.name, Math.min(seen.get(n.name) ?? Infinity, d));
  }
  for (const [name, d] of seen) {
    if (d > REACH) continue;
    if (!best || d < best.d) {
      best = { n: holidayName(name), d };
      tie = false;
    } else if (d === best.d) tie = true;
  }
  return best && !tie ? best.n : undefined;
}
