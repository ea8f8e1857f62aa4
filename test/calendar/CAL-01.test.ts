import { describe, expect, it } from 'vitest';
import { addWorkdays, chinaCalendar, dayInfo, explainAddWorkdays, isWorkday, nextWorkday, previousWorkday, workdaysBetween } from '../../src/index';

// CAL-01: a working day is Mon–Fri except statutory holidays, plus the weekend
// days the yearly notice declares make-up working days (调休上班).
describe('CAL-01 working days of the published arrangements', () => {
  it('CAL-01 2026: Spring Festival make-up Saturdays 02-14 and 02-28 are working days', () => {
    expect(isWorkday('2026-02-14')).toBe(true);
    expect(isWorkday('2026-02-28')).toBe(true);
    expect(dayInfo('2026-02-14')).toMatchObject({ kind: 'makeup-workday', name: '春节', weekday: 6, provisional: false, source: 'official' });
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23']) {
      expect(dayInfo(d)).toMatchObject({ workday: false, kind: 'holiday', name: '春节' });
    }
  });

  it('CAL-01 2026 National Day: 10-01…10-07 off, 09-20 and 10-10 worked, 10-08 a working day', () => {
    for (let i = 1; i <= 7; i++) expect(dayInfo(`2026-10-0${i}`)).toMatchObject({ workday: false, kind: 'holiday', name: '国庆节', nameEn: 'National Day' });
    expect(isWorkday('2026-10-08')).toBe(true);
    expect(isWorkday('2026-10-09')).toBe(true);
    expect(dayInfo('2026-10-10')).toMatchObject({ workday: true, kind: 'makeup-workday', name: '国庆节', weekday: 6 });
    expect(dayInfo('2026-09-20')).toMatchObject({ workday: true, kind: 'makeup-workday', weekday: 0 });
    expect(dayInfo('2026-10-11')).toMatchObject({ workday: false, kind: 'weekend' });
  });

  it('CAL-01 2026: 元旦 01-01…01-03 off with 01-02 a 调休 rest day, 01-04 (Sunday) worked', () => {
    expect(dayInfo('2026-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦' });
    expect(dayInfo('2026-01-02')).toMatchObject({ workday: false, kind: 'holiday', inLieu: true });
    expect(dayInfo('2026-01-04')).toMatchObject({ workday: true, kind: 'makeup-workday', name: '元旦', weekday: 0 });
  });

  it('CAL-01 2025: 春节 01-28…02-04 off, 01-26 and 02-08 worked; 劳动节 05-01…05-05 off, 04-27 worked', () => {
    expect(isWorkday('2025-01-26')).toBe(true);
    expect(isWorkday('2025-02-08')).toBe(true);
    for (const d of ['2025-01-28', '2025-01-29', '2025-02-04', '2025-05-01', '2025-05-05']) expect(isWorkday(d)).toBe(false);
    expect(isWorkday('2025-04-27')).toBe(true);
    expect(dayInfo('2025-10-06')).toMatchObject({ workday: false, kind: 'holiday' });
    expect(isWorkday('2025-10-11')).toBe(true);
  });

  it('CAL-01 2024: 春节 02-10…02-17 off, 02-04 and 02-18 worked; 国庆节 09-29 and 10-12 worked', () => {
    expect(isWorkday('2024-02-04')).toBe(true);
    expect(isWorkday('2024-02-18')).toBe(true);
    expect(isWorkday('2024-02-12')).toBe(false);
    expect(isWorkday('2024-09-29')).toBe(true);
    expect(isWorkday('2024-10-12')).toBe(true);
    expect(isWorkday('2024-10-07')).toBe(false);
  });

  it('CAL-01 ordinary weekdays and weekends', () => {
    expect(dayInfo('2026-11-20')).toMatchObject({ workday: true, kind: 'workday', weekday: 5, source: 'weekly-rule' });
    expect(dayInfo('2026-11-21')).toMatchObject({ workday: false, kind: 'weekend', weekday: 6 });
    expect(dayInfo('2026-11-21').name).toBeUndefined();
  });

  it('CAL-01 addWorkdays across the 2026 National Day holiday (start day not counted, TL-02)', () => {
    expect(addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkdays('2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkdays('2026-09-30', 4)).toBe('2026-10-12');
    expect(addWorkdays('2026-10-01', 1)).toBe('2026-10-08');
    expect(addWorkdays('2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkdays('2026-10-03', -1)).toBe('2026-09-30');
    expect(addWorkdays('2026-10-03', 0)).toBe('2026-10-03');
    expect(nextWorkday('2026-09-30')).toBe('2026-10-08');
    expect(previousWorkday('2026-10-08')).toBe('2026-09-30');
    // the first working day before a Saturday is its Friday
    expect(previousWorkday('2026-11-21')).toBe('2026-11-20');
    expect(addWorkdays('2026-11-21', -1)).toBe('2026-11-20');
  });

  it('CAL-01 workdaysBetween counts (a, b] and is antisymmetric', () => {
    expect(workdaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workdaysBetween('2026-10-10', '2026-09-30')).toBe(-3);
    expect(workdaysBetween('2026-10-01', '2026-10-07')).toBe(0);
    expect(workdaysBetween('2026-10-08', '2026-10-08')).toBe(0);
    expect(workdaysBetween('2026-01-01', '2026-12-31')).toBe(chinaCalendar().days('2026-01-02', '2026-12-31').filter((d) => d.workday).length);
  });

  it('CAL-01 2026 has 248 working days (261 weekdays − 19 holiday weekdays + 6 make-up days)', () => {
    expect(workdaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('CAL-01 explanation names the skipped holiday days and the make-up day counted', () => {
    const e = explainAddWorkdays('2026-09-30', 3);
    expect(e.to).toBe('2026-10-10');
    expect(e.rule).toBe('CAL-01');
    expect(e.skipped.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(new Set(e.skipped.map((d) => d.name))).toEqual(new Set(['国庆节']));
    expect(e.makeupWorkdays.map((d) => d.date)).toEqual(['2026-10-10']);
    expect(e.provisional).toBe(false);
    expect(e.source).toMatchObject({ data: 'State Council notices', version: '2004-2026', officialYears: [2004, 2026] });
  });

  it('CAL-01 instants are read as civil dates in Asia/Shanghai', () => {
    // 2026-10-07T16:30Z is 2026-10-08 00:30 in Shanghai: a working day.
    expect(isWorkday(new Date('2026-10-07T16:30:00Z'))).toBe(true);
    expect(isWorkday('2026-10-07T23:59:59+08:00')).toBe(false);
    expect(isWorkday('2026-10-07T16:00:00Z')).toBe(true);
    expect(isWorkday('2026-10-07T15:59:59.999Z')).toBe(false);
    expect(addWorkdays('2026-09-30T16:00+08:00', 1)).toBe('2026-10-08');
    expect(chinaCalendar().toCivilDate('2026-09-30T20:00-04:00')).toBe('2026-10-01');
  });

  it('CAL-01 the calendar is immutable', () => {
    const cal = chinaCalendar();
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(cal.coverage)).toBe(true);
    expect(Object.isFrozen(dayInfo('2026-10-01'))).toBe(true);
    expect(cal).toBe(chinaCalendar());
  });
});
