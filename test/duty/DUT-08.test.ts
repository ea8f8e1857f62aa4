import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement } from '../../src/index';

describe('DUT-08 no annual leave that year: school holidays longer, 20 days of paid personal leave, 2/3/4 months of sick leave', () => {
  it('school holidays longer than the leave', () => {
    expect(annualLeaveEntitlement({ serviceYears: 5, year: 2026, schoolHolidayDays: 5 }).days).toBe(5);
    const e = annualLeaveEntitlement({ serviceYears: 5, year: 2026, schoolHolidayDays: 30 });
    expect([e.days, e.excluded, e.rules]).toEqual([0, 'school-holidays', ['DUT-07', 'DUT-08']]);
    expect(e.explanation['zh-CN']).toContain('条例第四条（一）');
  });

  it('20 days or more of personal leave without pay deducted', () => {
    expect(annualLeaveEntitlement({ serviceYears: 5, year: 2026, personalLeaveDays: 19.5 }).days).toBe(5);
    expect(annualLeaveEntitlement({ serviceYears: 5, year: 2026, personalLeaveDays: 20 }).excluded).toBe('personal-leave');
  });

  it('sick leave: 2 months (1–10 years), 3 months (10–20), 4 months (20+), a month counted as 30 days unless said otherwise', () => {
    const sick = (serviceYears: number, sickLeaveDays: number) => annualLeaveEntitlement({ serviceYears, year: 2026, sickLeaveDays }).excluded;
    expect([sick(5, 59), sick(5, 60), sick(15, 89), sick(15, 90), sick(25, 119), sick(25, 120)]).toEqual([undefined, 'sick-leave', undefined, 'sick-leave', undefined, 'sick-leave']);
    expect(annualLeaveEntitlement({ serviceYears: 15, year: 2026, sickLeaveDays: 90 }).explanation.en).toContain('Regulations Art. 4(4)');
    expect(annualLeaveEntitlement({ serviceYears: 5, year: 2026, sickLeaveDays: 44 }, { sickLeaveDaysPerMonth: 22 }).excluded).toBe('sick-leave');
  });

  it('nothing to exclude when there is no leave anyway', () => {
    expect(annualLeaveEntitlement({ serviceYears: 0.5, year: 2026, personalLeaveDays: 30 }).excluded).toBeUndefined();
  });
});
