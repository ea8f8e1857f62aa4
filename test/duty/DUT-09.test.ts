import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('DUT-09 joining or leaving during the year: days in the organisation ÷ 365 × the year’s leave, fractions below one day not granted', () => {
  it('joining: the remaining calendar days of the year', () => {
    const e = annualLeaveEntitlement({ serviceYears: 12, year: 2026, joinedOn: '2026-10-08' });
    expect([e.days, e.exactDays, e.rules]).toEqual([2, '170/73', ['DUT-07', 'DUT-09']]); // 85 ÷ 365 × 10 = 2.33
    expect(annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2026-07-01' }).days).toBe(2); // 184 ÷ 365 × 5 = 2.52
    expect(annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2026-01-01' }).days).toBe(5);
    expect(annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2025-06-01' }).days).toBe(5);
    expect(annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2027-01-04' }).days).toBe(0);
  });

  it('leaving: the days worked, less the leave taken, fractions not paid', () => {
    const e = annualLeaveEntitlement({ serviceYears: 12, year: 2026, leftOn: '2026-03-31', takenDays: 1 });
    expect([e.days, e.exactDays, e.untakenDays]).toEqual([2, '180/73', 1]); // 90 ÷ 365 × 10 = 2.47; 2.47 − 1 → 1
    expect(e.explanation['zh-CN']).toContain('实施办法第十二条');
    expect(annualLeaveEntitlement({ serviceYears: 12, year: 2026, leftOn: '2026-03-31', takenDays: 5 }).untakenDays).toBe(0);
  });

  it('joining and leaving in one year; a leap year still divides by 365 and never grants more than the year', () => {
    const e = annualLeaveEntitlement({ serviceYears: 12, year: 2026, joinedOn: '2026-03-01', leftOn: '2026-08-31' });
    expect([e.days, e.explanation.en.includes('Measures Art. 5, 12')]).toEqual([5, true]); // 184 ÷ 365 × 10 = 5.04
    expect(annualLeaveEntitlement({ serviceYears: 12, year: 2028, joinedOn: '2028-01-02' }).days).toBe(10); // 365 ÷ 365
  });

  it('leaving before joining is refused', () => {
    expect(thrown(() => annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2026-05-01', leftOn: '2026-04-01' })).details.issues).toMatchObject([{ code: 'INVALID_INPUT', path: ['leftOn'], rule: 'DUT-09' }]);
    expect(thrown(() => annualLeaveEntitlement({ serviceYears: 3, year: 2026, joinedOn: '2026-02-30' })).code).toBe('VALIDATION_FAILED');
  });
});
