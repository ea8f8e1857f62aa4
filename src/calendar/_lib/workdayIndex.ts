import { civilFromDays } from '../../_lib/civil';
import type { GuifanError } from '../../errors/GuifanError';
import { yearStart } from './officialData';

/** The working-day index of one year, built the first time a day in it is touched. */
interface YearIndex {
  /** Day number of 1 January (or of the first supported day). */
  start: number;
  /** cum[i] = working days among start … start + i − 1 (length: days + 1). */
  cum: Uint16Array;
  /** Day numbers of the year's working days, ascending. */
  list: Int32Array;
}

/** O(1) working-day arithmetic over the supported days (CAL-01), one year at a time. */
export interface WorkdayIndex {
  /** Day number of the first day of each year slot, and one past the last. */
  yearStarts: Int32Array;
  yearCount: number;
  /** Which year slot holds `day` (supLo ≤ day ≤ supHi). */
  slotOf(day: number): number;
  /** The day `n` working days from `d`; throws when a needed day is not supported. */
  addDays(d: number, n: number): number;
  /** Working days in (x, y] for x ≤ y; throws when a needed day is not supported. */
  between(x: number, y: number): number;
}

/**
 * The working-day index: a year is built the first time a day in it is
 * touched, so a first answer costs one year, not all of them.
 */
export function createWorkdayIndex(supLo: number, supHi: number, isWorkday: (day: number) => boolean, notCovered: (day: number) => GuifanError): WorkdayIndex {
  const firstIdxYear = civilFromDays(supLo)[0];
  const yearCount = civilFromDays(supHi)[0] - firstIdxYear + 1;
  const yearStarts = new Int32Array(yearCount + 1);
  for (let i = 0; i <= yearCount; i++) yearStarts[i] = i === 0 ? supLo : i === yearCount ? supHi + 1 : yearStart(firstIdxYear + i);
  const yearIndexes: (YearIndex | undefined)[] = [];
  let lastSlot = 0;
  const slotOf = (day: number): number => {
    // Most questions in a run stay in one year: try the last one first.
    if (day >= yearStarts[lastSlot]! && day < yearStarts[lastSlot + 1]!) return lastSlot;
    let i = Math.min(yearCount - 1, Math.floor((day - yearStarts[0]!) / 365.2425));
    while (yearStarts[i]! > day) i--;
    while (yearStarts[i + 1]! <= day) i++;
    return (lastSlot = i);
  };
  const yearIndex = (i: number): YearIndex => {
    const known = yearIndexes[i];
    if (known) return known;
    const start = yearStarts[i]!;
    const n = yearStarts[i + 1]! - start;
    const cum = new Uint16Array(n + 1);
    const list: number[] = [];
    for (let k = 0; k < n; k++) {
      const w = isWorkday(start + k);
      cum[k + 1] = cum[k]! + (w ? 1 : 0);
      if (w) list.push(start + k);
    }
    return (yearIndexes[i] = { start, cum, list: Int32Array.from(list) });
  };

  const addDays = (d: number, n: number): number => {
    if (n === 0) return d;
    if (n > 0) {
      if (d + 1 < supLo || d + 1 > supHi) throw notCovered(d + 1);
      let i = slotOf(d + 1);
      let y = yearIndex(i);
      let j = y.cum[d + 1 - y.start]! + n - 1;
      while (j >= y.list.length) {
        j -= y.list.length;
        if (++i >= yearCount) throw notCovered(supHi + 1);
        y = yearIndex(i);
      }
      return y.list[j]!;
    }
    if (d - 1 < supLo || d - 1 > supHi) throw notCovered(d - 1);
    let i = slotOf(d - 1);
    let y = yearIndex(i);
    let j = y.cum[d - y.start]! + n;
    while (j < 0) {
      if (--i < 0) throw notCovered(supLo - 1);
      y = yearIndex(i);
      j += y.list.length;
    }
    return y.list[j]!;
  };

  const between = (x: number, y: number): number => {
    if (x === y) return 0;
    if (x + 1 < supLo || x + 1 > supHi) throw notCovered(x + 1);
    if (y > supHi) throw notCovered(supHi + 1);
    let i = slotOf(x + 1);
    const last = slotOf(y);
    let yi = yearIndex(i);
    let sum = -yi.cum[x + 1 - yi.start]!;
    while (i < last) {
      sum += yi.list.length;
      yi = yearIndex(++i);
    }
    return sum + yi.cum[y + 1 - yi.start]!;
  };

  return { yearStarts, yearCount, slotOf, addDays, between };
}
