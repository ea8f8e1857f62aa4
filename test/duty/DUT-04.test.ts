import { describe, expect, it } from 'vitest';
import { classifyShift, createCalendar, payClassOf, shiftPay, validateRoster } from '../../src/index';
import { thrown } from '../_helpers/errors';

const W = { monthlyWageFen: 600000 }; // 6000 元: 34.4827… 元 an hour (DUT-06)

describe('DUT-04 pay: working day beyond normal hours ≥ 150 %, rest day without compensatory rest ≥ 200 %, statutory holiday ≥ 300 %', () => {
  it('the three classes of day and their least rates', () => {
    expect(['2026-10-01', '2026-10-05', '2026-10-11', '2026-10-10', '2026-10-12'].map((d) => [payClassOf(d).payClass, payClassOf(d).percent])).toEqual([
      ['statutory-holiday', 300],
      ['rest-day', 200],
      ['rest-day', 200],
      ['working-day', 150],
      ['working-day', 150],
    ]);
    expect(payClassOf('2026-10-01').rules).toEqual(['DUT-04', 'DUT-05']);
  });

  it('a shift is split at 00:00 in the calendar’s zone: 2026-09-30 20:00 → 10-01 08:00', () => {
    const c = classifyShift({ start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00', person: 'wang' });
    expect(c.segments.map((s) => [s.date, s.from, s.to, s.class, s.hours, s.percent, s.holiday])).toEqual([
      ['2026-09-30', '20:00', '24:00', 'working-day', 4, 100, undefined],
      ['2026-10-01', '00:00', '08:00', 'statutory-holiday', 8, 300, '国庆节'],
    ]);
    expect(c.person).toBe('wang');
    // The same instants read in Urumqi (UTC+6): 18:00–06:00, all of it on 09-30 until 24:00.
    const u = classifyShift({ start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00' }, { calendar: createCalendar({ timeZone: 'Asia/Urumqi' }) });
    expect(u.segments.map((s) => [s.date, s.from, s.to, s.class])).toEqual([
      ['2026-09-30', '18:00', '24:00', 'working-day'],
      ['2026-10-01', '00:00', '06:00', 'statutory-holiday'],
    ]);
  });

  it('the pay lines: 2026-10-01 08:00–20:00 法定休假日 12 h × 300 %', () => {
    const p = shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }, W);
    expect(p.lines.map((l) => [l.explanation['zh-CN'], l.amountFen, l.exactFen])).toEqual([['2026-10-01 08:00–20:00 法定休假日 12 h × 300 % = 1241.38 元（国庆节，DUT-04）', 124138, '3600000/29']]);
    expect(p.totalFen).toBe(124138);
  });

  it('compensatory rest is an input: it turns rest-day pay into rest given back, never statutory-day pay', () => {
    const rest = { start: '2026-10-05T08:00+08:00', end: '2026-10-05T16:00+08:00' };
    expect(shiftPay(rest, W).totalFen).toBe(55172); // 8 h × 200 %
    const back = shiftPay({ ...rest, compensatoryRest: true }, W);
    expect([back.totalFen, back.lines[0]!.class, back.lines[0]!.includedInMonthlyWage]).toEqual([0, 'rest-day-compensated', true]);
    expect(back.lines[0]!.explanation['zh-CN']).toBe('2026-10-05 08:00–16:00 休息日（已安排补休） 8 h：已含在月工资内，另补休 8 h（国庆节，DUT-04）');
    const holiday = shiftPay({ start: '2026-10-02T08:00+08:00', end: '2026-10-02T16:00+08:00', compensatoryRest: true }, W);
    expect(holiday.totalFen).toBe(82759); // still 8 h × 300 %
    expect(holiday.issues.map((i) => [i.code, i.severity, i.rule, i.details.date])).toEqual([['COMPENSATORY_REST_ON_STATUTORY_DAY', 'warning', 'DUT-04', '2026-10-02']]);
  });

  it('working-day overtime at 150 %; normal hours are in the monthly wage, paid by the hour under an hourly wage', () => {
    const shift = { start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' };
    expect(shiftPay(shift, W).lines.map((l) => [l.class, l.percent, l.amountFen, l.includedInMonthlyWage])).toEqual([
      ['working-day', 100, 0, true],
      ['working-day-overtime', 150, 20690, false],
    ]);
    expect(shiftPay(shift, { hourlyWageFen: 3000 }).lines.map((l) => l.amountFen)).toEqual([24000, 18000]);
  });

  it('a make-up working day (调休上班) is an ordinary working day; an organisation’s extra working day on a statutory holiday stays statutory', () => {
    expect(classifyShift({ start: '2026-10-10T08:00+08:00', end: '2026-10-10T16:00+08:00' }).byClass['working-day']).toBe(8);
    const calendar = createCalendar({ extraWorkdays: ['2026-10-01'], extraHolidays: [{ date: '2026-10-09', name: '公司年会' }] });
    expect(payClassOf('2026-10-01', { calendar }).payClass).toBe('statutory-holiday');
    expect([payClassOf('2026-10-09', { calendar }).payClass, payClassOf('2026-10-09', { calendar }).basis]).toEqual(['rest-day', 'organisation']);
  });

  it('validateRoster warns where compensatory rest is marked on statutory hours', () => {
    const roster = { people: [{ id: 'a' }], shifts: [{ person: 'a', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00', compensatoryRest: true }], offHoursDutyOfficer: false };
    const r = validateRoster(roster, { from: '2026-10-01', to: '2026-10-01' });
    expect([r.success, r.issues.map((i) => [i.code, i.path])]).toEqual([true, [['COMPENSATORY_REST_ON_STATUTORY_DAY', ['shifts', 0, 'compensatoryRest']]]]);
  });

  it('bad shifts throw GuifanErrors', () => {
    expect(thrown(() => classifyShift({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T08:00+08:00' })).details.issues).toMatchObject([{ code: 'SHIFT_END_NOT_AFTER_START' }]);
    expect(thrown(() => classifyShift({ start: '2026-10-09T08:00', end: '2026-10-09T09:00+08:00' })).code).toBe('AMBIGUOUS_INSTANT');
    expect(thrown(() => classifyShift({ start: '2026-10-01T08:00+08:00', end: '2026-12-01T08:00+08:00' })).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => classifyShift(null as never)).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => classifyShift({ start: '2027-10-01T08:00+08:00', end: '2027-10-01T09:00+08:00' })).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T09:00+08:00' }, { monthlyWageFen: -1 })).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T09:00+08:00' }, W, { rounding: 'down' as never })).code).toBe('INVALID_OPTIONS');
  });

  it('a provisional year: statutory days by the law, the answer marked', () => {
    const calendar = createCalendar({ outOfCoverage: 'provisional' });
    const c = classifyShift({ start: '2027-10-01T08:00+08:00', end: '2027-10-01T16:00+08:00' }, { calendar });
    expect([c.byClass['statutory-holiday'], c.provisional]).toEqual([8, true]);
  });
});
