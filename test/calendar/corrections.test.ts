import { describe, expect, it } from 'vitest';
import raw from 'chinese-days/dist/chinese-days.json';
import { CORRECTIONS } from '../../src/calendar/_lib/corrections';
import {
  addWorkdays,
  chinaCalendar,
  createCalendar,
  dayInfo,
  dueAt,
  explainAddWorkdays,
  explainDue,
  explainWorkdaysBetween,
  isWorkday,
  nextWorkday,
  previousWorkday,
  workdaysBetween,
} from '../../src/index';

const data = raw as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };
const NOTICE = '国办发明电〔2005〕35号';
const plus = (d: string, k: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);

describe('CAL-01 corrections layer: 2005-12-31 is a working day (国办发明电〔2005〕35号)', () => {
  it('CAL-01 dayInfo says working day, 元旦 make-up day, from a correction citing the notice', () => {
    expect(dayInfo('2005-12-31')).toEqual({
      date: '2005-12-31',
      weekday: 6,
      workday: true,
      kind: 'makeup-workday',
      name: '元旦',
      nameEn: "New Year's Day",
      provisional: false,
      source: 'correction',
      statutory: false,
      inLieu: false,
      correction: {
        notice: NOTICE,
        sentence: '将12月31日(星期六)、1月1日(星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班',
        reason: expect.stringContaining('12月31日(星期六)上班'),
        reasonEn: expect.stringContaining('working day'),
      },
    });
  });

  it('CAL-01 2006-01-01…03 stay rest days (元旦); 01-02 and 01-03 are the in-lieu days the notice moves the weekend to', () => {
    expect(dayInfo('2006-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', source: 'official' });
    expect(dayInfo('2006-01-01')).toMatchObject({ inLieu: false, statutory: true }); // a Sunday: its 补休 is 01-02 or 01-03 (DUT-05)
    for (const d of ['2006-01-02', '2006-01-03']) {
      expect(dayInfo(d)).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', inLieu: true, source: 'correction', correction: { notice: NOTICE } });
    }
    // the same arrangement one year later is flagged so in the data itself
    expect(dayInfo('2007-01-02')).toMatchObject({ inLieu: true, source: 'official' });
    expect(isWorkday('2006-01-04')).toBe(true);
  });

  it('CAL-01 isWorkday, nextWorkday, previousWorkday, addWorkdays, workdaysBetween count it', () => {
    expect(isWorkday('2005-12-31')).toBe(true);
    expect(addWorkdays('2005-12-30', 1)).toBe('2005-12-31');
    expect(addWorkdays('2005-12-30', 2)).toBe('2006-01-04');
    expect(addWorkdays('2006-01-04', -1)).toBe('2005-12-31');
    expect(nextWorkday('2005-12-30')).toBe('2005-12-31');
    expect(previousWorkday('2006-01-04')).toBe('2005-12-31');
    expect(workdaysBetween('2005-12-30', '2006-01-04')).toBe(2);
    expect(workdaysBetween('2006-01-04', '2005-12-30')).toBe(-2);
    // the whole of 2005: 251 working days with the correction (250 in chinese-days' data)
    expect(workdaysBetween('2004-12-31', '2005-12-31')).toBe(251);
  });

  it('CAL-01 explanations list the corrected day with its notice', () => {
    const a = explainAddWorkdays('2005-12-30', 1);
    expect(a.to).toBe('2005-12-31');
    expect(a.makeupWorkdays.map((d) => d.date)).toEqual(['2005-12-31']);
    expect(a.corrections.map((d) => [d.date, d.correction?.notice])).toEqual([['2005-12-31', NOTICE]]);
    const b = explainWorkdaysBetween('2005-12-29', '2006-01-04');
    expect(b.workdays).toBe(3);
    expect(b.skipped.map((d) => `${d.date} ${d.name}`)).toEqual(['2006-01-01 元旦', '2006-01-02 元旦', '2006-01-03 元旦']);
    expect(b.corrections.map((d) => [d.date, d.correction?.notice])).toEqual([
      ['2005-12-31', NOTICE],
      ['2006-01-02', NOTICE],
      ['2006-01-03', NOTICE],
    ]);
    expect(explainWorkdaysBetween('2006-01-04', '2006-01-10').corrections).toEqual([]);
  });

  it('TL-05 deadlines count it: one working day from 2005-12-30 ends at 24:00 of 2005-12-31', () => {
    expect(dueAt('2005-12-30T10:00+08:00', '1个工作日内').toISOString()).toBe('2005-12-31T16:00:00.000Z');
    expect(dueAt('2005-12-30T10:00+08:00', '2个工作日内').toISOString()).toBe('2006-01-04T16:00:00.000Z');
    const e = explainDue('2005-12-30T10:00+08:00', '1个工作日内');
    expect(e.lastDay).toBe('2005-12-31');
    expect(e.corrections.map((d) => d.date)).toEqual(['2005-12-31']);
    expect(e.text['zh-CN']).toContain(NOTICE);
    expect(e.text['zh-CN']).toContain('12月31日(星期六)上班');
    expect(e.text.en).toContain(NOTICE);
    expect(explainDue('2026-09-28T10:00+08:00', '三日内').corrections).toEqual([]);
  });

  it('TL-03 a calendar-day period ending on 2005-12-31 does not roll over: it is a working day', () => {
    const e = explainDue('2005-12-28T10:00+08:00', '三日内');
    expect(e.nominalLastDay).toBe('2005-12-31');
    expect(e.lastDay).toBe('2005-12-31');
    expect(e.rolledOver).toBeUndefined();
  });

  it('CAL-02 a year given whole by the host app replaces the data and its corrections', () => {
    const cal = createCalendar({ years: { 2005: { holidays: [], workdays: [] } } });
    expect(cal.dayInfo('2005-12-31')).toMatchObject({ workday: false, kind: 'weekend', source: 'weekly-rule' });
    expect(chinaCalendar().dayInfo('2005-12-31').source).toBe('correction');
  });
});

describe('CAL-01 labels: every day of a notice’s holiday block carries the holiday', () => {
  const blocks: [string[], string, string][] = [
    [['2011-06-04', '2011-06-05', '2011-06-06'], '端午节', '国办发明电〔2010〕40号'],
    [['2012-06-22', '2012-06-23', '2012-06-24'], '端午节', '国办发明电〔2011〕45号'],
    [['2015-09-03', '2015-09-04', '2015-09-05'], '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号'],
  ];
  for (const [days, name, notice] of blocks) {
    it(`CAL-01 ${days[0]}…${days[2]}: all three are holiday ${name}; the weekend day among them is the correction`, () => {
      for (const d of days) expect(dayInfo(d)).toMatchObject({ workday: false, kind: 'holiday', name });
      const fixed = days.map((d) => dayInfo(d)).filter((i) => i.source === 'correction');
      expect(fixed.map((i) => [i.weekday === 0 || i.weekday === 6, i.correction?.notice])).toEqual([[true, notice]]);
    });
  }

  it('CAL-01 a documented reading, not a correction: 2015-06-21 stays a weekend day (no “至” block in the notice)', () => {
    // 国办发明电〔2014〕28号: “端午节：6月20日放假，6月22日（星期一）补休。” — the Sunday between is an ordinary weekend day.
    expect(dayInfo('2015-06-21')).toMatchObject({ workday: false, kind: 'weekend', source: 'weekly-rule' });
    expect(dayInfo('2015-06-22')).toMatchObject({ kind: 'holiday', name: '端午节' });
    // the gap scan that found the three corrected days finds nothing else in 2004–2026
    const gaps: string[] = [];
    for (const d of chinaCalendar().days('2004-01-02', '2026-12-30')) {
      if (d.kind !== 'weekend') continue;
      const near = chinaCalendar().days(plus(d.date, -2), plus(d.date, 2)).map((x) => x.kind);
      const inBlock = near[1] === 'holiday' && (near[3] === 'holiday' || (near[3] === 'weekend' && near[4] === 'holiday'));
      if (inBlock || (near[3] === 'holiday' && near[1] === 'weekend' && near[0] === 'holiday')) gaps.push(d.date);
    }
    expect(gaps).toEqual(['2015-06-21']);
  });

  it('CAL-01 a skipped corrected day is explained with the holiday and its notice', () => {
    const e = explainAddWorkdays('2011-06-03', 1);
    expect(e.to).toBe('2011-06-07');
    expect(e.skipped.map((d) => `${d.date} ${d.kind} ${d.name}`)).toEqual([
      '2011-06-04 holiday 端午节',
      '2011-06-05 holiday 端午节',
      '2011-06-06 holiday 端午节',
    ]);
    expect(e.corrections.map((d) => d.correction?.notice)).toEqual(['国办发明电〔2010〕40号']);
  });

  it('CAL-01 names as the notices write them, with English names', () => {
    expect(dayInfo('2026-04-05')).toMatchObject({ kind: 'holiday', name: '清明节', nameEn: 'Tomb-sweeping Day' });
    expect(dayInfo('2026-06-19')).toMatchObject({ kind: 'holiday', name: '端午节', nameEn: 'Dragon Boat Festival' });
    expect(dayInfo('2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋节', nameEn: 'Mid-autumn Festival' });
    expect(dayInfo('2015-09-03').nameEn).toMatch(/^Victory Day \(70th anniversary/);
  });
});

describe('CAL-01 every correction departs from the packaged data (none is a no-op)', () => {
  it('CAL-01 each corrected date is absent from, or listed differently in, chinese-days', () => {
    for (const c of CORRECTIONS) {
      const listed = c.date in data.workdays ? 'makeup-workday' : c.date in data.holidays ? 'holiday' : undefined;
      const listedInLieu = c.date in data.inLieuDays;
      expect(`${listed} ${listedInLieu}`, `${c.date}: chinese-days now agrees — drop the correction`).not.toBe(`${c.kind} ${c.inLieu === true}`);
      expect(c.sentence.length).toBeGreaterThan(5);
      expect(c.notice).toMatch(/^国(办)?发明电〔\d{4}〕\d+号$/);
    }
  });
});
