import { describe, expect, it } from 'vitest';
import { rosterCosts, shiftPay, untakenLeavePay } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('DUT-06 daily wage = monthly ÷ 21.75, hourly = daily ÷ 8; statutory holidays are paid days', () => {
  it('the hourly wage is exact: no rounding before the end', () => {
    const p = shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T09:00+08:00' }, { monthlyWageFen: 600000 });
    expect(p.hourlyWage.exactFen).toBe('100000/29'); // 6000 元 ÷ 174 h = 34.48275862… 元
    expect(p.hourlyWage.explanation['zh-CN']).toBe('月工资 6000.00 元 ÷ 21.75 天 ÷ 8 小时 = 小时工资 34.4828 元（DUT-06，劳社部发〔2008〕3号）');
    expect([p.exactFen, p.totalFen]).toEqual(['300000/29', 10345]); // 103.448… 元, not 3 × 34.48
  });

  it('rounding once at the end, GB/T 8170 half-even by default (四舍五入 on request)', () => {
    // 0.5 h × 100 % of 1 fen an hour = 0.5 fen: half-even 0, half-up 1.
    const half = { start: '2026-10-09T08:00+08:00', end: '2026-10-09T08:30+08:00' };
    expect(shiftPay(half, { hourlyWageFen: 1 }).totalFen).toBe(0);
    expect(shiftPay(half, { hourlyWageFen: 1 }, { rounding: 'half-up' }).totalFen).toBe(1);
    // A roster's figures are each rounded once from their exact sums, never summed from rounded lines.
    const roster = { people: [{ id: 'a' }], shifts: [0, 1, 2].map((h) => ({ person: 'a', start: `2026-10-09T0${h}:00+08:00`, end: `2026-10-09T0${h}:20+08:00` })) };
    const c = rosterCosts(roster, { a: { hourlyWageFen: 1 } });
    expect(c.byPerson[0]!.lines.map((l) => l.amountFen)).toEqual([0, 0, 0]);
    expect([c.exactFen, c.totalFen]).toEqual(['1', 1]);
  });

  it('the normal hours of a working day and the statutory holidays are in the monthly wage; an hourly wage pays them by the hour', () => {
    const day = { start: '2026-10-09T09:00+08:00', end: '2026-10-09T17:00+08:00' };
    expect(shiftPay(day, { monthlyWageFen: 600000 }).totalFen).toBe(0);
    expect(shiftPay(day, { hourlyWageFen: 3000 }).totalFen).toBe(24000);
  });

  it('untaken leave: daily wage = monthly ÷ 21.75', () => {
    expect(untakenLeavePay({ days: 1, monthlyWageFen: 870000 }).dailyWageFen).toBe('40000');
  });

  it('wages are whole fen, one kind at a time', () => {
    const shift = { start: '2026-10-09T09:00+08:00', end: '2026-10-09T17:00+08:00' };
    for (const w of [{ monthlyWageFen: 1.5 }, { monthlyWageFen: 1, hourlyWageFen: 1 }, {}, null, { monthlyWageFen: Number.NaN }]) {
      expect(thrown(() => shiftPay(shift, w as never)).code, JSON.stringify(w)).toBe('VALIDATION_FAILED');
    }
    expect(thrown(() => rosterCosts({ people: [{ id: 'a' }], shifts: [{ person: 'a', ...shift }] }, {})).details.path).toBe('wages.a');
  });
});
