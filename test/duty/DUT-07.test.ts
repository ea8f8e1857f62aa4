import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement, createCalendar, leaveSpan, workdaysBetween } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('DUT-07 paid annual leave: 5 / 10 / 15 days by cumulative service; holidays and rest days inside it are not leave', () => {
  it('by cumulative service: < 1 year none, ≥ 1 five, ≥ 10 ten, ≥ 20 fifteen', () => {
    expect([0, 0.99, 1, 9.99, 10, 19.5, 20, 40].map((serviceYears) => annualLeaveEntitlement({ serviceYears, year: 2026 }).days)).toEqual([0, 0, 5, 5, 10, 10, 15, 15]);
    const e = annualLeaveEntitlement({ serviceYears: 20, year: 2026 });
    expect([e.fullYearDays, e.exactDays, e.untakenDays, e.rules, e.explanation.en]).toEqual([15, '15', 15, ['DUT-07'], '20+ years of cumulative service: 15 days a year (Regulations Art. 3)']);
    expect(annualLeaveEntitlement({ serviceYears: 5, year: 2026, takenDays: 2 }).untakenDays).toBe(3);
  });

  it('leave from 2026-09-28 for 5 days ends after National Day (10-09), not inside it', () => {
    const s = leaveSpan('2026-09-28', 5);
    expect([s.start, s.end, s.days, s.calendarDays, s.rule]).toEqual(['2026-09-28', '2026-10-09', 5, 12, 'DUT-07']);
    expect(s.skipped.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(s.explanation['zh-CN']).toBe('年休假 5 天自 2026-09-28 起，至 2026-10-09 止：其间 7 天法定休假日、休息日不计入年休假（国庆节 2026-10-01–2026-10-07）（DUT-07，条例第三条第二款）');
  });

  it('make-up working days count as leave; leave asked from a rest day starts on the next working day', () => {
    expect(leaveSpan('2026-10-08', 3).end).toBe('2026-10-10'); // 10-10 is a make-up Saturday
    const s = leaveSpan('2026-10-03', 2);
    expect([s.start, s.end]).toEqual(['2026-10-08', '2026-10-09']);
    expect(leaveSpan('2026-10-12', 10).explanation.en).toBe(
      '10 days of annual leave from 2026-10-12 end on 2026-10-23: 2 statutory holidays and rest days inside are not counted (weekend 2026-10-17–2026-10-18) (DUT-07, Regulations Art. 3)',
    );
    expect(workdaysBetween('2026-10-11', leaveSpan('2026-10-12', 10).end)).toBe(10);
  });

  it('an organisation’s calendar: its own rest days are not leave either', () => {
    expect(leaveSpan('2026-10-08', 2, { calendar: createCalendar({ extraHolidays: ['2026-10-09'] }) }).end).toBe('2026-10-10');
  });

  it('bad input throws', () => {
    for (const days of [0, 1.5, -1, 367, Number.NaN]) expect(thrown(() => leaveSpan('2026-09-28', days)).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => leaveSpan('2026-12-28', 10)).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => annualLeaveEntitlement({ serviceYears: -1, year: 2026 })).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => annualLeaveEntitlement({ serviceYears: 1, year: 2026 }, { sickLeaveDaysPerMonth: 0 })).code).toBe('INVALID_OPTIONS');
  });
});
