import { describe, expect, it } from 'vitest';
import { untakenLeavePay } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('DUT-10 untaken leave: 300 % of the daily wage per day, normal pay included; the wage of the 12 months before', () => {
  it('300 % per untaken day, 200 % of it owed beyond the normal pay', () => {
    const p = untakenLeavePay({ days: 3, monthlyWageFen: 870000 });
    expect([p.totalFen, p.extraFen, p.rules]).toEqual([360000, 240000, ['DUT-10', 'DUT-06']]);
    expect(p.explanation.en).toBe('monthly wage CNY 8700.00 ÷ 21.75 = daily wage CNY 400.00; 3 untaken days × 300 % = CNY 3600.00 (normal pay included; CNY 2400.00 owed beyond it) (DUT-10, Regulations Art. 5, Measures Art. 10, 11)');
  });

  it('the monthly wage is the average of the months given (fewer than 12 when employed fewer), exact until the end', () => {
    const p = untakenLeavePay({ days: 2, monthlyWagesFen: [600000, 660000] });
    expect([p.monthlyWageFen, p.totalFen]).toEqual(['630000', 173793]);
    expect(p.explanation['zh-CN'].startsWith('前 2 个月平均月工资 6300.00 元')).toBe(true);
  });

  it('bad input throws', () => {
    for (const input of [{ days: -1, monthlyWageFen: 1 }, { days: 1 }, { days: 1, monthlyWagesFen: new Array(13).fill(1) }, { days: 1, monthlyWageFen: 1.5 }]) {
      expect(thrown(() => untakenLeavePay(input as never)).code).toBe('VALIDATION_FAILED');
    }
    expect(thrown(() => untakenLeavePay({ days: 1, monthlyWageFen: 1 }, { rounding: 'x' as never })).code).toBe('INVALID_OPTIONS');
  });
});
