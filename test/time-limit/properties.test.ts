import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, dueAt, explainDue, latestStart, type TimeLimit } from '../../src/index';
import { RUNS } from '../_helpers/dates';

// Start instants well inside coverage, so every limit below stays inside it.
const start = fc.integer({ min: Date.parse('2004-03-15T00:00:00Z'), max: Date.parse('2026-03-31T00:00:00Z') }).map((t) => new Date(t));
// Month limits stay within half a year so that every answer is inside coverage.
const cap = (unit: TimeLimit['unit'], n: number): number => (unit === 'month' ? n % 7 : n);
const dayUnits = fc.constantFrom('day', 'week', 'month', 'workday') as fc.Arbitrary<TimeLimit['unit']>;
const anyUnit = fc.constantFrom('minute', 'hour', 'day', 'week', 'month', 'workday') as fc.Arbitrary<TimeLimit['unit']>;
const options = fc.record({
  rollOverRestDays: fc.boolean(),
  endOfDay: fc.constant('midnight' as const),
  countFrom: fc.constantFrom('next-day' as const, 'same-day-if-before-cutoff' as const),
});
const other = createCalendar({ weekend: [0], extraHolidays: ['2020-05-06'], timeZone: 'Asia/Shanghai' });

describe('TL properties', () => {
  it('TL-02 due ≥ start for every limit and option', () => {
    fc.assert(
      fc.property(start, anyUnit, fc.nat({ max: 30 }), options, (s, unit, amount, o) => dueAt(s, { amount: cap(unit, amount), unit }, o).getTime() >= s.getTime()),
      RUNS,
    );
  });

  it('TL-02 due is monotonic in the amount', () => {
    fc.assert(
      fc.property(start, anyUnit, fc.nat({ max: 30 }), fc.nat({ max: 30 }), options, (s, unit, a, b, o) => {
        const [x, y] = a <= b ? [cap(unit, a), cap(unit, b)] : [cap(unit, b), cap(unit, a)];
        fc.pre(x <= y);
        return dueAt(s, { amount: x, unit }, o).getTime() <= dueAt(s, { amount: y, unit }, o).getTime();
      }),
      {
        ...RUNS,
        // Pinned regression: hour roll-over once moved a 0-hour limit on 劳动节 2012 past a 29-hour one.
        examples: [[new Date('2012-04-30T11:00:00.000Z'), 'hour', 0, 29, { rollOverRestDays: true, endOfDay: 'midnight', countFrom: 'next-day' }]],
      },
    );
  });

  it('TL-01 hour and minute limits ignore the calendar', () => {
    fc.assert(
      fc.property(start, fc.constantFrom('minute' as const, 'hour' as const), fc.nat({ max: 500 }), (s, unit, amount) => {
        return dueAt(s, { amount, unit }).getTime() === dueAt(s, { amount, unit }, { calendar: other }).getTime() && dueAt(s, { amount, unit }).getTime() === s.getTime() + amount * (unit === 'hour' ? 3_600_000 : 60_000);
      }),
      RUNS,
    );
  });

  it('TL-05 working-day limits end on a working day; rolled day limits too', () => {
    const cal = chinaCalendar();
    fc.assert(
      fc.property(start, dayUnits, fc.integer({ min: 1, max: 30 }), (s, unit, amount) => {
        const e = explainDue(s, { amount: cap(unit, amount) || 1, unit });
        expect(cal.isWorkday(e.lastDay!)).toBe(true);
        expect(e.skipped.every((d) => !d.workday)).toBe(true);
      }),
      RUNS,
    );
  });

  it('TL-05 n working days = the n-th working day after the start day (agrees with the calendar)', () => {
    const cal = chinaCalendar();
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 60 }), (s, n) => {
        const e = explainDue(s, { amount: n, unit: 'workday' });
        return e.lastDay === cal.addWorkdays(s, n) && cal.workdaysBetween(e.startDay, e.lastDay!) === n;
      }),
      RUNS,
    );
  });

  it('TL-08 the latest start is before the event and monotonic in the lead', () => {
    fc.assert(
      fc.property(start, fc.constantFrom('hour' as const, 'day' as const, 'workday' as const), fc.nat({ max: 20 }), fc.nat({ max: 20 }), (s, unit, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const lx = latestStart(s, { amount: x, unit, kind: 'lead' }).getTime();
        const ly = latestStart(s, { amount: y, unit, kind: 'lead' }).getTime();
        return ly <= lx && (x === 0 || lx <= s.getTime() + 86_400_000);
      }),
      RUNS,
    );
  });

  it('TL-02 explanation and dueAt agree; explanations are reproducible', () => {
    fc.assert(
      fc.property(start, anyUnit, fc.nat({ max: 30 }), options, (s, unit, amount, o) => {
        const limit = { amount: cap(unit, amount), unit };
        const e = explainDue(s, limit, o);
        expect(e.due.getTime()).toBe(dueAt(s, limit, o).getTime());
        expect(explainDue(s, limit, o)).toEqual(e);
      }),
      { numRuns: 100 },
    );
  });
});
