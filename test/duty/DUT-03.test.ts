import { describe, expect, it } from 'vitest';
import { validateRoster } from '../../src/index';
import { dates } from './_roster';

const one = (shifts: { person: string; start: string; end: string; compensatoryRest?: boolean }[], extra: Record<string, unknown> = {}) => ({
  people: [{ id: 'a' }],
  shifts,
  offHoursDutyOfficer: false,
  ...extra,
});

describe('DUT-03 overtime: at most 3 hours a day, 36 hours a month', () => {
  it('more than 3 hours beyond normal hours in a day', () => {
    const r = validateRoster(one([{ person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T19:30+08:00' }]), { from: '2026-10-09', to: '2026-10-09' });
    expect(r.issues.map((i) => [i.code, i.rule, i.details.date, i.details.hours, i.details.overtime, i.details.limit])).toEqual([['DAILY_OVERTIME_EXCEEDED', 'DUT-03', '2026-10-09', 11.5, 3.5, 3]]);
    expect(r.issues[0]!.message.en).toBe('a works 11.5 h on 2026-10-09, 3.5 h beyond normal hours, more than the 3 h a day allowed');
    expect(validateRoster(one([{ person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T19:00+08:00' }]), { from: '2026-10-09', to: '2026-10-09' }).issues).toEqual([]);
  });

  it('the daily limit holds on rest days and holidays too (a 12-hour holiday shift is 4 hours beyond the 8-hour day)', () => {
    const r = validateRoster(one([{ person: 'a', start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }]), { from: '2026-10-01', to: '2026-10-01' });
    expect(r.issues.map((i) => i.code)).toEqual(['DAILY_OVERTIME_EXCEEDED']);
  });

  it('more than 36 hours of overtime in a month: rest-day hours without compensatory rest and statutory hours count', () => {
    // Every Saturday and Sunday of October 2026 that is a rest day, 8 hours: 10-03, 10-04, 10-11, 10-17, 10-18, 10-24, 10-25, 10-31.
    const weekend = ['2026-10-03', '2026-10-04', '2026-10-11', '2026-10-17', '2026-10-18', '2026-10-24', '2026-10-25', '2026-10-31'];
    const shifts = weekend.map((d) => ({ person: 'a', start: `${d}T09:00+08:00`, end: `${d}T17:00+08:00` }));
    const r = validateRoster(one(shifts), { from: '2026-10-01', to: '2026-10-31' });
    expect(r.issues.map((i) => [i.code, i.details.month, i.details.overtime, i.details.limit])).toEqual([['MONTHLY_OVERTIME_EXCEEDED', '2026-10', 64, 36]]);
    // Rest days given back as rest (调休) are not overtime; the statutory day 10-03 still is.
    const back = validateRoster(one(shifts.map((s) => ({ ...s, compensatoryRest: true }))), { from: '2026-10-01', to: '2026-10-31' });
    expect(back.issues.map((i) => i.code)).toEqual(['COMPENSATORY_REST_ON_STATUTORY_DAY']);
    expect(back.success).toBe(true);
  });

  it('limits are data: a roster may set stricter ones (1 hour a day in general)', () => {
    const r = validateRoster(one([{ person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T18:00+08:00' }], { limits: { overtimePerDay: 1 } }), { from: '2026-10-09', to: '2026-10-09' });
    expect(r.issues.map((i) => [i.code, i.details.limit])).toEqual([['DAILY_OVERTIME_EXCEEDED', 1]]);
  });

  it('months are calendar months of the calendar’s zone; only the period is counted', () => {
    const days = dates('2026-09-26', 10).filter((d) => !['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'].includes(d));
    const shifts = days.map((d) => ({ person: 'a', start: `${d}T08:00+08:00`, end: `${d}T16:00+08:00` }));
    const r = validateRoster(one(shifts), { from: '2026-09-26', to: '2026-10-05' });
    expect(r.issues.filter((i) => i.code === 'MONTHLY_OVERTIME_EXCEEDED').map((i) => [i.details.month, i.details.overtime])).toEqual([['2026-10', 40]]);
  });
});
