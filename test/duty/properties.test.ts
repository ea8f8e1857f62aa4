// Invariants of the duty module (issue 27), under any host zone (npm test runs four).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement, chinaCalendar, classifyShift, isWorkday, leaveSpan, rosterCosts, shiftPay, workdaysBetween } from '../../src/index';
import { civilDateBetween, plusDays, RUNS } from '../_helpers/dates';

const MIN = 60_000;
const FIRST = Date.parse('2004-01-01T00:00:00+08:00');
const LAST = Date.parse('2026-12-29T00:00:00+08:00');
const iso = (ms: number): string => new Date(ms).toISOString();
const instant = fc.integer({ min: FIRST / MIN, max: LAST / MIN }).map((m) => m * MIN);
const length = fc.integer({ min: 1, max: 48 * 60 }).map((m) => m * MIN);
const wage = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }).map((monthlyWageFen) => ({ monthlyWageFen })), fc.integer({ min: 0, max: 50_000 }).map((hourlyWageFen) => ({ hourlyWageFen })));
const normal = fc.constantFrom(4, 6, 7.5, 8, 10);
const runs = { numRuns: Math.min(RUNS.numRuns, 150) };

const roster = (spans: [number, number][], compensatoryRest: boolean, normalHoursPerDay: number) => ({
  people: [{ id: 'a' }],
  normalHoursPerDay,
  shifts: spans.map(([s, e]) => ({ person: 'a', start: iso(s), end: iso(e), compensatoryRest })),
});
const classes = (c: ReturnType<typeof rosterCosts>) => Object.fromEntries(Object.entries(c.byClass).map(([k, v]) => [k, [v.hours, v.exactFen]]));

/** The days of 2004–2026 by pay class, for drawing a day of each. */
const DAYS = chinaCalendar().days('2004-01-01', '2026-12-31');
const STATUTORY = DAYS.filter((d) => d.statutory).map((d) => d.date);
const REST = DAYS.filter((d) => !d.workday && !d.statutory).map((d) => d.date);
const WORKING = DAYS.filter((d) => d.workday && !d.statutory).map((d) => d.date);

describe('duty properties (DUT-04, DUT-06, DUT-07)', () => {
  it('DUT-04 splitting a shift anywhere and classifying the parts gives the same hours and pay as the whole', () => {
    fc.assert(
      fc.property(instant, length, fc.double({ min: 0, max: 1, noNaN: true }), wage, fc.boolean(), normal, (s, len, at, w, comp, n) => {
        const m = s + Math.max(MIN, Math.min(len - MIN, Math.round((len * at) / MIN) * MIN));
        fc.pre(m > s && m < s + len);
        const whole = rosterCosts(roster([[s, s + len]], comp, n), { a: w });
        const split = rosterCosts(roster([[s, m], [m, s + len]], comp, n), { a: w });
        expect(classes(split)).toEqual(classes(whole));
        expect([split.exactFen, split.totalFen]).toEqual([whole.exactFen, whole.totalFen]);
        const c = classifyShift({ start: iso(s), end: iso(s + len) }, { normalHoursPerDay: n });
        expect(Object.values(c.byClass).reduce((x, y) => x + y, 0)).toBeCloseTo(len / 3_600_000, 9);
      }),
      runs,
    );
  });

  it('DUT-04 pay is monotone in hours and in the wage', () => {
    fc.assert(
      fc.property(instant, length, fc.integer({ min: 0, max: 12 * 60 }), wage, fc.integer({ min: 0, max: 100_000 }), fc.boolean(), (s, len, more, w, raise, comp) => {
        const shift = { start: iso(s), end: iso(s + len), compensatoryRest: comp };
        const base = shiftPay(shift, w).totalFen;
        expect(shiftPay({ ...shift, end: iso(s + len + more * MIN) }, w).totalFen).toBeGreaterThanOrEqual(base);
        const higher = 'monthlyWageFen' in w ? { monthlyWageFen: w.monthlyWageFen + raise } : { hourlyWageFen: w.hourlyWageFen + raise };
        expect(shiftPay(shift, higher).totalFen).toBeGreaterThanOrEqual(base);
      }),
      runs,
    );
  });

  it('DUT-04 a statutory-day hour never pays less than a rest-day hour, nor a rest-day hour less than working-day overtime', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUTORY), fc.constantFrom(...REST), fc.constantFrom(...WORKING), fc.integer({ min: 0, max: 23 * 60 }), fc.integer({ min: 1, max: 60 }), wage, (sd, rd, wd, from, mins, w) => {
        const at = (d: string, extra = 0) => {
          const t = Date.parse(`${d}T00:00:00+08:00`) + (from + extra) * MIN;
          return { start: iso(t), end: iso(Math.min(t + mins * MIN, Date.parse(`${plusDays(d, 1)}T00:00:00+08:00`))) };
        };
        const len = (x: { start: string; end: string }) => Date.parse(x.end) - Date.parse(x.start);
        const s = at(sd);
        const r = at(rd);
        fc.pre(len(s) === len(r));
        const statutory = shiftPay(s, w).totalFen;
        const rest = shiftPay(r, w).totalFen;
        expect(statutory).toBeGreaterThanOrEqual(rest);
        // The same minutes on a working day after 8 normal hours: overtime at 150 %.
        const overtime = shiftPay({ start: iso(Date.parse(`${wd}T00:00:00+08:00`)), end: iso(Date.parse(`${wd}T00:00:00+08:00`) + 8 * 3_600_000 + len(r)) }, w);
        expect(rest).toBeGreaterThanOrEqual(overtime.lines.filter((l) => l.class === 'working-day-overtime').reduce((n, l) => n + l.amountFen, 0) - 1);
      }),
      runs,
    );
  });

  it('DUT-07 leaveSpan counts exactly `days` working days, starting on the first working day on or after the start', () => {
    fc.assert(
      fc.property(civilDateBetween('2004-01-01', '2026-06-30'), fc.integer({ min: 1, max: 60 }), (start, days) => {
        const s = leaveSpan(start, days);
        expect(isWorkday(s.start) && isWorkday(s.end)).toBe(true);
        expect(workdaysBetween(plusDays(s.start, -1), s.end)).toBe(days);
        expect(workdaysBetween(start, s.start)).toBe(start === s.start ? 0 : 1);
        expect(s.calendarDays - s.skipped.length).toBe(days);
      }),
      runs,
    );
  });

  it('DUT-07 the entitlement is monotone in service years, whatever else holds', () => {
    const day = civilDateBetween('2025-06-01', '2027-06-30');
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.record({ joinedOn: fc.option(day, { nil: undefined }), sickLeaveDays: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), personalLeaveDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), schoolHolidayDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }),
        (a, b, rest) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const input = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
          expect(annualLeaveEntitlement({ serviceYears: lo, year: 2026, ...input }).days).toBeLessThanOrEqual(annualLeaveEntitlement({ serviceYears: hi, year: 2026, ...input }).days);
        },
      ),
      runs,
    );
  });
});
