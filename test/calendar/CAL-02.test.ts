import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  chinaCalendar,
  createCalendar,
  dayInfo,
  isWorkday,
  statutoryHolidaysOf,
  workdaysBetween,
} from '../../src/index';
import { thrown } from '../_helpers/errors';
import { dayOfIso, plusDays } from '../_helpers/dates';


describe('CAL-02 coverage: never a silent answer for an unpublished year', () => {
  it('CAL-02 coverage is 2004-01-01..2026-12-31 from the data', () => {
    expect(chinaCalendar().coverage).toEqual({ start: '2004-01-01', end: '2026-12-31' });
    expect(chinaCalendar().supported).toEqual(chinaCalendar().coverage);
  });

  it('CAL-02 2027-01-01 throws CALENDAR_NOT_COVERED naming the year and the fix', () => {
    const e = thrown(() => isWorkday('2027-01-01'));
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.rule).toBe('CAL-02');
    expect(e.details).toMatchObject({ date: '2027-01-01', year: 2027, coverageEnd: '2026-12-31' });
    expect(e.messages['zh-CN']).toContain('2027');
    expect(e.messages['zh-CN']).toContain('createCalendar');
    expect(e.messages.en).toContain("outOfCoverage: 'provisional'");
  });

  it('CAL-02 arithmetic that needs a day past coverage throws, even when it starts inside', () => {
    expect(addWorkdays('2026-12-30', 1)).toBe('2026-12-31');
    expect(thrown(() => addWorkdays('2026-12-31', 1)).details).toMatchObject({ date: '2027-01-01' });
    expect(thrown(() => addWorkdays('2004-01-02', -1)).details).toMatchObject({ date: '2003-12-31' });
    expect(thrown(() => workdaysBetween('2026-12-01', '2027-01-05')).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => workdaysBetween('2003-12-01', '2004-01-05')).details).toMatchObject({ date: '2003-12-02' });
    expect(thrown(() => dayInfo('2003-12-31')).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => addWorkdays('2026-06-01', 200)).code).toBe('CALENDAR_NOT_COVERED');
  });

  it('CAL-02 questions needing no uncovered day still answer', () => {
    expect(addWorkdays('2027-03-01', 0)).toBe('2027-03-01');
    expect(workdaysBetween('2027-03-01', '2027-03-01')).toBe(0);
    expect(workdaysBetween('2026-12-31', '2026-12-31')).toBe(0);
    // 2004-01-01 is covered: counting from 2003-12-31 needs only 2004 days.
    expect(addWorkdays('2003-12-31', 1)).toBe('2004-01-02');
  });

  it("CAL-02 outOfCoverage: 'provisional' answers from the law and marks the answer", () => {
    const cal = createCalendar({ outOfCoverage: 'provisional' });
    expect(cal.coverage).toEqual({ start: '2004-01-01', end: '2026-12-31' });
    expect(cal.supported).toEqual({ start: '2000-01-01', end: '2099-12-31' });
    expect(cal.dayInfo('2027-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', provisional: true, source: 'statutory' });
    expect(cal.dayInfo('2027-01-04')).toMatchObject({ workday: true, provisional: true });
    expect(cal.dayInfo('2026-10-10')).toMatchObject({ workday: true, provisional: false });
    const e = cal.explainAddWorkdays('2026-12-31', 1);
    expect(e.to).toBe('2027-01-04');
    expect(e.provisional).toBe(true);
    expect(cal.explainAddWorkdays('2026-12-30', 1).provisional).toBe(false);
    expect(cal.explainWorkdaysBetween('2026-12-01', '2027-01-05').provisional).toBe(true);
    // Covered answers agree with the default calendar.
    expect(cal.addWorkdays('2026-09-30', 3)).toBe(addWorkdays('2026-09-30', 3));
    // Beyond the provisional range it is still an error.
    expect(() => cal.isWorkday('2100-01-01')).toThrow(/2100/);
  });

  it('CAL-02 2027 under the 2025 rules: 元旦, 除夕–初三 (02-05…02-08), 清明节, 5-1/5-2, 端午节, 中秋节, 10-1…10-3', () => {
    const days = statutoryHolidaysOf(2027);
    const byName = (n: string) => days.filter((d) => d.name === n).map((d) => d.date);
    expect(byName('元旦')).toEqual(['2027-01-01']);
    expect(byName('春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(byName('清明节')).toEqual(['2027-04-05']);
    expect(byName('劳动节')).toEqual(['2027-05-01', '2027-05-02']);
    expect(byName('端午节')).toEqual(['2027-06-09']);
    expect(byName('中秋节')).toEqual(['2027-09-15']);
    expect(byName('国庆节')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
    expect(days).toHaveLength(13);
  });

  it('CAL-02 statutory day counts by era: 10 (≤2007), 11 (2008–2024), 13 (2025+)', () => {
    expect(statutoryHolidaysOf(2003)).toHaveLength(10);
    expect(statutoryHolidaysOf(2010)).toHaveLength(11);
    expect(statutoryHolidaysOf(2024)).toHaveLength(11);
    expect(statutoryHolidaysOf(2030)).toHaveLength(13);
    // 2008–2013: 春节 is 除夕, 初一, 初二 — 2013's 初一 was 02-10.
    expect(statutoryHolidaysOf(2013).filter((d) => d.name === '春节').map((d) => d.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    // 2020: 中秋 fell on 10-01 — one day, both names (the year has 10 distinct days).
    const y2020 = statutoryHolidaysOf(2020);
    expect(y2020.find((d) => d.date === '2020-10-01')?.name).toBe('中秋节、国庆节');
    expect(y2020).toHaveLength(10);
    expect(() => statutoryHolidaysOf(2100)).toThrow();
    expect(() => statutoryHolidaysOf(2027.5)).toThrow();
  });

  it('CAL-02 lunar and solar-term dates agree with the published arrangements 2008–2026', () => {
    // Every statutory day of the law must be a rest day in the official data
    // (the notices only add bridging days around them).
    const cal = chinaCalendar();
    for (let y = 2008; y <= 2026; y++) {
      for (const s of statutoryHolidaysOf(y)) {
        const info = cal.dayInfo(s.date);
        expect(info.workday, `${s.date} ${s.name}`).toBe(false);
        if (info.kind === 'holiday') expect(s.name, s.date).toContain(info.name!.replace('节', '').slice(0, 2));
      }
    }
  });

  it('CAL-02 the provisional calendar keeps weekends and adds no make-up days', () => {
    const cal = createCalendar({ outOfCoverage: 'provisional' });
    let d = '2027-01-01';
    let makeups = 0;
    while (d <= '2027-12-31') {
      if (cal.dayInfo(d).kind === 'makeup-workday') makeups++;
      d = plusDays(d, 1);
    }
    expect(makeups).toBe(0);
    expect(dayOfIso('2027-12-31') - dayOfIso('2027-01-01')).toBe(364);
  });
});
