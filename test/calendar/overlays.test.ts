import { describe, expect, it } from 'vitest';
import { CalendarOptionsSchema, createCalendar, safeCreateCalendar } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { z } from 'zod';


// A made-up 2027 arrangement in the shape of a real notice (the real one is not published yet).
const y2027 = {
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    '2027-01-02',
    '2027-01-03',
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((date) => ({ date, name: '春节' })),
  ],
  workdays: [{ date: '2027-02-13', name: '春节' }],
};

describe('CAL-02 overlays: adding a published year at run time', () => {
  it('CAL-02 a year given in `years` extends coverage and follows the weekend rule elsewhere', () => {
    const cal = createCalendar({ years: { 2027: y2027 } });
    expect(cal.coverage).toEqual({ start: '2004-01-01', end: '2027-12-31' });
    expect(cal.source.overlayYears).toEqual([2027]);
    expect(cal.dayInfo('2027-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', source: 'overlay', provisional: false });
    expect(cal.dayInfo('2027-01-02')).toMatchObject({ workday: false, kind: 'holiday', source: 'overlay' });
    expect(cal.dayInfo('2027-02-13')).toMatchObject({ workday: true, kind: 'makeup-workday', name: '春节', weekday: 6 });
    expect(cal.dayInfo('2027-03-01')).toMatchObject({ workday: true, kind: 'workday', source: 'weekly-rule' });
    expect(cal.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
    expect(cal.addWorkdays('2027-02-04', 1)).toBe('2027-02-12');
    expect(cal.addWorkdays('2027-02-12', 1)).toBe('2027-02-13');
    expect(() => cal.isWorkday('2028-01-03')).toThrow(/2028/);
  });

  it('CAL-02 a year that does not adjoin coverage is rejected', () => {
    const e = thrown(() => createCalendar({ years: { 2028: { holidays: ['2028-01-01'] } } }));
    expect(e.code).toBe('INVALID_CALENDAR_OPTIONS');
    expect(e.details).toMatchObject({ path: 'years.2028' });
  });

  it('CAL-02 two adjoining new years are accepted together', () => {
    const cal = createCalendar({ years: { 2027: y2027, 2028: { holidays: ['2028-01-03'] } } });
    expect(cal.coverage.end).toBe('2028-12-31');
    expect(cal.isWorkday('2028-01-03')).toBe(false);
  });

  it('CAL-02 a date outside its year entry is rejected with its path', () => {
    const e = thrown(() => createCalendar({ years: { 2027: { holidays: ['2026-10-01'] } } }));
    expect(e.code).toBe('INVALID_CALENDAR_OPTIONS');
    expect(e.details).toMatchObject({ path: 'years.2027.holidays.0', value: '2026-10-01' });
  });

  it('CAL-01 a year entry replaces the official year (a correction wins)', () => {
    const cal = createCalendar({ years: { 2026: { holidays: ['2026-10-01'], workdays: [] } } });
    expect(cal.isWorkday('2026-10-02')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(false);
    expect(cal.dayInfo('2026-10-01')).toMatchObject({ source: 'overlay' });
  });
});

describe('CAL-01 organisation overlays', () => {
  it('CAL-01 extra rest and working days win over the official data', () => {
    const cal = createCalendar({
      name: '某物业公司',
      extraHolidays: [{ date: '2026-12-31', name: '公司年会', nameEn: 'Annual meeting' }, '2026-11-20'],
      extraWorkdays: [{ date: '2026-10-03', name: '国庆值班' }, '2026-11-23'],
    });
    expect(cal.name).toBe('某物业公司');
    expect(cal.dayInfo('2026-12-31')).toMatchObject({ workday: false, kind: 'holiday', name: '公司年会', nameEn: 'Annual meeting', source: 'overlay' });
    expect(cal.dayInfo('2026-11-20')).toMatchObject({ workday: false, kind: 'holiday', name: '单位休息日' });
    expect(cal.dayInfo('2026-10-03')).toMatchObject({ workday: true, kind: 'makeup-workday', name: '国庆值班', source: 'overlay' });
    expect(cal.dayInfo('2026-11-23')).toMatchObject({ workday: true, kind: 'workday', source: 'overlay' });
    expect(cal.addWorkdays('2026-09-30', 1)).toBe('2026-10-03');
    expect(cal.source.extraDays).toBe(4);
  });

  it('CAL-01 a day listed both as rest and as work is an error, not a silent pick', () => {
    const e = thrown(() => createCalendar({ extraHolidays: ['2026-11-20'], extraWorkdays: ['2026-11-20'] }));
    expect(e.code).toBe('CONFLICTING_CALENDAR_DAYS');
    expect(e.details).toMatchObject({ date: '2026-11-20', paths: ['extraHolidays.0', 'extraWorkdays.0'] });
    const e2 = thrown(() => createCalendar({ years: { 2027: { holidays: ['2027-01-01'], workdays: ['2027-01-01'] } } }));
    expect(e2.code).toBe('CONFLICTING_CALENDAR_DAYS');
  });

  it('CAL-01 a different weekend pattern (six-day week: Sunday only)', () => {
    const cal = createCalendar({ weekend: [0] });
    expect(cal.isWorkday('2026-11-21')).toBe(true);
    expect(cal.isWorkday('2026-11-22')).toBe(false);
    expect(cal.isWorkday('2026-10-03')).toBe(false);
    expect(cal.weekend).toEqual([0]);
  });

  it('CAL-01 options are validated with paths and bilingual reasons', () => {
    for (const bad of [{ weekend: [7] }, { weekend: [0, 0] }, { weekend: [0, 1, 2, 3, 4, 5, 6] }, { extraHolidays: ['2026-02-30'] }, { years: { abc: {} } }, { nope: 1 }, { outOfCoverage: 'guess' }]) {
      const r = safeCreateCalendar(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      if (!r.success) {
        expect(r.error.code).toBe('INVALID_CALENDAR_OPTIONS');
        expect(r.error.messages['zh-CN']).toMatch(/日历选项无效/);
        expect(r.error.messages.en).toMatch(/Invalid calendar options/);
      }
    }
    const r = safeCreateCalendar({ extraHolidays: ['2026-02-30'] });
    expect(r.success || r.error.details).toMatchObject({ path: 'extraHolidays.0', reasonZh: '该日期不存在', reasonEn: 'no such day' });
    expect(safeCreateCalendar({ timeZone: 'Mars/Olympus' })).toMatchObject({ success: false, error: { code: 'INVALID_TIME_ZONE' } });
    expect(safeCreateCalendar({}).success).toBe(true);
  });

  it('CAL-01 options are data: JSON round-trip and JSON Schema export', () => {
    const opts = { name: 'x', extraHolidays: [{ date: '2026-12-31', name: '年会' }], years: { 2027: y2027 } };
    const cal = createCalendar(JSON.parse(JSON.stringify(opts)));
    expect(createCalendar(cal.options as never).coverage).toEqual(cal.coverage);
    const schema = z.toJSONSchema(CalendarOptionsSchema, { io: 'input' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['timeZone', 'weekend', 'outOfCoverage', 'years', 'extraHolidays', 'extraWorkdays']));
  });

  it('CAL-01 createCalendar does not mutate its input', () => {
    const opts = { weekend: [6, 0], extraHolidays: ['2026-12-31'] };
    const copy = JSON.parse(JSON.stringify(opts));
    createCalendar(opts);
    expect(opts).toEqual(copy);
  });

  it('CAL-01 a calendar in another zone reads instants there', () => {
    const ny = createCalendar({ timeZone: 'America/New_York' });
    // 2026-10-08 02:00 in Shanghai is still 10-07 in New York: a holiday.
    expect(ny.isWorkday('2026-10-08T02:00+08:00')).toBe(false);
    expect(ny.toCivilDate('2026-10-08T02:00+08:00')).toBe('2026-10-07');
    expect(ny.timeZone).toBe('America/New_York');
  });
});
