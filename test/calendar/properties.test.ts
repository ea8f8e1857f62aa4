import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays, chinaCalendar, createCalendar, isWorkday, workdaysBetween } from '../../src/index';
import { civilDateBetween, plusDays, RUNS, weekdayOfIso } from '../_helpers/dates';
import { chineseDaysWorkday } from './_crosscheck';

/** Slow reference: chinese-days' data read the way it documents it, day by day, UTC only, with the documented difference (2005-12-31). */
const refIsWorkday = (d: string): boolean => chineseDaysWorkday(d, weekdayOfIso(d));
function refAdd(d: string, n: number): string {
  let cur = d;
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    cur = plusDays(cur, step);
    if (refIsWorkday(cur)) left--;
  }
  return cur;
}
function refBetween(a: string, b: string): number {
  if (b < a) return -refBetween(b, a);
  let n = 0;
  for (let d = plusDays(a, 1); d <= b; d = plusDays(d, 1)) if (refIsWorkday(d)) n++;
  return n;
}

// Dates far enough inside coverage that |n| ≤ 250 stays inside it.
const inner = civilDateBetween('2005-01-01', '2025-10-31');
const anyCovered = civilDateBetween('2004-01-01', '2026-12-31');
const amount = fc.integer({ min: -250, max: 250 });

describe('CAL-01 properties over the whole coverage', () => {
  it('CAL-01 isWorkday agrees with the slow reference on every covered day', () => {
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = plusDays(d, 1)) {
      if (isWorkday(d) !== refIsWorkday(d)) expect.fail(`${d}: ${isWorkday(d)} vs reference ${refIsWorkday(d)}`);
    }
    expect(isWorkday('2026-12-31')).toBe(refIsWorkday('2026-12-31'));
  });

  it('CAL-01 addWorkdays agrees with a day-by-day reference', () => {
    fc.assert(
      fc.property(inner, amount, (d, n) => addWorkdays(d, n) === refAdd(d, n)),
      { ...RUNS, examples: [['2026-09-30', 1], ['2026-10-10', -1], ['2026-11-21', -1], ['2024-02-10', 5]] },
    );
  });

  it('CAL-01 workdaysBetween agrees with a day-by-day reference', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -300, max: 300 }), (a, k) => {
        const b = plusDays(a, k);
        return workdaysBetween(a, b) === refBetween(a, b);
      }),
      RUNS,
    );
  });

  it('CAL-01 inverse: workdaysBetween(d, addWorkdays(d, n)) === n for n ≥ 0', () => {
    fc.assert(fc.property(inner, fc.nat({ max: 250 }), (d, n) => workdaysBetween(d, addWorkdays(d, n)) === n), RUNS);
  });

  it('CAL-01 inverse for n < 0 when d is a working day', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -250, max: -1 }), (d, n) => {
        fc.pre(isWorkday(d));
        return workdaysBetween(d, addWorkdays(d, n)) === n;
      }),
      RUNS,
    );
  });

  it('CAL-01 addWorkdays(d, n) for n ≠ 0 is a working day, strictly on the right side of d', () => {
    fc.assert(
      fc.property(inner, amount, (d, n) => {
        fc.pre(n !== 0);
        const r = addWorkdays(d, n);
        return isWorkday(r) && (n > 0 ? r > d : r < d);
      }),
      RUNS,
    );
  });

  it('CAL-01 monotonic in n', () => {
    fc.assert(
      fc.property(inner, amount, amount, (d, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        return addWorkdays(d, x) <= addWorkdays(d, y);
      }),
      RUNS,
    );
  });

  it('CAL-01 nextWorkday(d) === addWorkdays(d, 1) and workdaysBetween is additive', () => {
    const cal = chinaCalendar();
    fc.assert(
      fc.property(inner, fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }), (a, i, j) => {
        const b = plusDays(a, i);
        const c = plusDays(a, j);
        return cal.nextWorkday(a) === addWorkdays(a, 1) && workdaysBetween(a, b) + workdaysBetween(b, c) === workdaysBetween(a, c);
      }),
      RUNS,
    );
  });

  it('CAL-01 the explanation accounts for every day it passes over', () => {
    const cal = chinaCalendar();
    fc.assert(
      fc.property(anyCovered, fc.integer({ min: 0, max: 60 }), (a, k) => {
        const b = plusDays(a, k);
        fc.pre(b <= '2026-12-31');
        const e = cal.explainWorkdaysBetween(a, b);
        return e.workdays + e.skipped.length === k && e.skipped.every((d) => !d.workday);
      }),
      RUNS,
    );
  });

  it('CAL-01 overlays only change the days they list', () => {
    fc.assert(
      fc.property(civilDateBetween('2026-01-01', '2026-12-31'), civilDateBetween('2026-01-01', '2026-12-31'), (h, probe) => {
        const cal = createCalendar({ extraHolidays: [h] });
        return probe === h ? !cal.isWorkday(probe) : cal.isWorkday(probe) === isWorkday(probe);
      }),
      { numRuns: 40 },
    );
  });
});
