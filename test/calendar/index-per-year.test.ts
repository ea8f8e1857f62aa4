import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/index';
import { civilDateBetween, plusDays } from '../_helpers/dates';

// The working-day and business-time indexes are built one year at a time, on
// first touch (issue 13). These properties cross year boundaries on purpose
// (long spans, official → provisional years) and compare with day-by-day
// references built from the calendar's own per-day answers.
const RUNS = { numRuns: Math.min(Number(process.env.GUIFAN_FC_RUNS ?? 60), 60) };

const cal = createCalendar({ outOfCoverage: 'provisional', businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:30']] } });

function refAdd(d: string, n: number): string {
  let cur = d;
  let left = Math.abs(n);
  while (left > 0) {
    cur = plusDays(cur, n > 0 ? 1 : -1);
    if (cal.isWorkday(cur)) left--;
  }
  return cur;
}

/** Business minutes of whole days a … b from businessIntervals, day by day. */
function refBizMinutes(a: string, b: string): number {
  let sum = 0;
  for (let d = a; d <= b; d = plusDays(d, 1)) for (const iv of cal.businessIntervals(d)) sum += (iv.end.getTime() - iv.start.getTime()) / 60_000;
  return sum;
}

describe('CAL-01 CAL-04 indexes built per year: answers across year boundaries', () => {
  it('CAL-01 addWorkdays over up to 2000 working days (several years, into provisional years) equals a day-by-day count', () => {
    fc.assert(
      fc.property(civilDateBetween('2009-01-01', '2030-06-30'), fc.integer({ min: -2000, max: 2000 }), (d, n) => cal.addWorkdays(d, n) === refAdd(d, n)),
      { ...RUNS, examples: [['2026-12-31', 1], ['2027-01-01', -1], ['2004-01-01', -1], ['2005-12-30', 1], ['2003-12-31', 1]] },
    );
  });

  it('CAL-01 workdaysBetween across years equals the sum of the years’ counts', () => {
    fc.assert(
      fc.property(civilDateBetween('2001-01-01', '2035-12-31'), civilDateBetween('2001-01-01', '2035-12-31'), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        let n = 0;
        for (let yr = Number(x.slice(0, 4)); yr <= Number(y.slice(0, 4)); yr++) {
          const from = yr === Number(x.slice(0, 4)) ? x : `${yr - 1}-12-31`;
          const to = yr === Number(y.slice(0, 4)) ? y : `${yr}-12-31`;
          n += cal.workdaysBetween(from, to);
        }
        return cal.workdaysBetween(a, b) === (a <= b ? n : -n);
      }),
      RUNS,
    );
  });

  it('CAL-04 businessTimeBetween between midnights equals the day-by-day sum of intervals', () => {
    fc.assert(
      fc.property(civilDateBetween('2003-01-01', '2029-12-31'), fc.integer({ min: 0, max: 900 }), (a, k) => {
        const b = plusDays(a, k);
        return cal.businessTimeBetween(`${a}T00:00+08:00`, `${plusDays(b, 1)}T00:00+08:00`) === refBizMinutes(a, b);
      }),
      RUNS,
    );
  });

  it('CAL-04 addBusinessTime inverts businessTimeBetween across years', () => {
    fc.assert(
      fc.property(civilDateBetween('2003-01-01', '2029-06-30'), fc.integer({ min: 0, max: 23 * 60 }), fc.integer({ min: 1, max: 400 * 450 }), (d, m, minutes) => {
        const start = new Date(Date.parse(`${d}T00:00+08:00`) + m * 60_000);
        const end = cal.addBusinessTime(start, minutes);
        return end > start && cal.businessTimeBetween(start, end) === minutes && cal.businessTimeBetween(start, new Date(end.getTime() - 60_000)) === minutes - 1;
      }),
      { ...RUNS, examples: [['2026-12-31', 17 * 60, 60], ['2026-12-30', 9 * 60, 480]] },
    );
  });

  it('CAL-02 the answers past the supported years still throw CALENDAR_NOT_COVERED', () => {
    expect(() => cal.addWorkdays('2099-12-30', 5)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
    expect(() => cal.addWorkdays('2000-01-03', -5)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
    expect(() => cal.addBusinessTime('2099-12-30T09:00+08:00', 10 * 24 * 60)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
    expect(cal.workdaysBetween('2000-01-01', '2099-12-31')).toBeGreaterThan(24_000);
  });
});
