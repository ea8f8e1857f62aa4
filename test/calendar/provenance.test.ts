import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  chinaCalendar,
  createCalendar,
  dayInfo,
  daysBetween,
  dueAt,
  explainAddWorkdays,
  explainDue,
  explainWorkdaysBetween,
  isWorkday,
  nextWorkday,
  previousWorkday,
  workdaysBetween,
} from '../../src/index';

// Issue 25 item 1: every listed day of the packaged data names the notice that
// lists it (文号, title, the sentence verbatim). The days the previous release
// had to correct by hand (2005-12-31, the weekend days inside a block) now
// come straight from the notices' text.
const TITLE_2006 = '国务院办公厅关于2006年部分节假日安排的通知';
const NOTICE = '国办发明电〔2005〕35号';
const plus = (d: string, k: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);

describe('CAL-01 provenance: 2005-12-31 is a working day by the 2006 notice’s own text (国办发明电〔2005〕35号)', () => {
  it('CAL-01 dayInfo says working day, 元旦 make-up day, from the notice, citing it', () => {
    expect(dayInfo('2005-12-31')).toEqual({
      date: '2005-12-31',
      weekday: 6,
      workday: true,
      kind: 'makeup-workday',
      name: '元旦',
      nameEn: "New Year's Day",
      provisional: false,
      source: 'official',
      statutory: false,
      inLieu: false,
      notice: {
        number: NOTICE,
        title: TITLE_2006,
        sentence: '一、元旦：1月1日—3日放假，共3天。其中1月1日为法定假日，将12月31日(星期六)、1月1日(星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班。',
      },
    });
  });

  it('CAL-01 2006-01-01…03 stay rest days (元旦); 01-02 and 01-03 are the weekdays the notice moves the weekend to (inLieu)', () => {
    expect(dayInfo('2006-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', source: 'official', notice: { number: NOTICE } });
    expect(dayInfo('2006-01-01')).toMatchObject({ inLieu: false, statutory: true }); // a Sunday: its 补休 is 01-02 or 01-03 (DUT-05)
    for (const d of ['2006-01-02', '2006-01-03']) {
      expect(dayInfo(d)).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', inLieu: true, source: 'official', notice: { number: NOTICE, title: TITLE_2006 } });
    }
    expect(dayInfo('2007-01-02')).toMatchObject({ inLieu: true, source: 'official', notice: { number: '国办发明电〔2006〕49号' } });
    expect(isWorkday('2006-01-04')).toBe(true);
    expect(dayInfo('2006-01-04').notice).toBeUndefined();
  });

  it('CAL-01 every listed day 2004–2026 names its notice: 文号 (but 2004 and 2005, not recorded), title and sentence', () => {
    const listed = daysBetween('2004-01-01', '2026-12-31', { kinds: ['holiday', 'makeup-workday'] });
    expect(listed.length).toBe(768);
    for (const d of listed) {
      expect(d.notice?.title, d.date).toMatch(/^国务院(办公厅)?关于.*通知$/);
      expect(d.notice!.sentence.length, d.date).toBeGreaterThan(8);
      if (d.date < '2005-12-01') expect(d.notice!.number, d.date).toBeUndefined();
      else expect(d.notice!.number, d.date).toMatch(/^国(办)?发明电〔\d{4}〕\d+号$/);
    }
    // The second documents of a year: the commemoration, the adjustment, the extension.
    expect(dayInfo('2015-09-04').notice).toMatchObject({ number: '国发明电〔2015〕1号', sentence: '9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班。' });
    expect(dayInfo('2019-05-02').notice).toMatchObject({ number: '国办发明电〔2019〕3号', title: '国务院办公厅关于调整2019年劳动节假期安排的通知' });
    expect(dayInfo('2020-01-30').notice?.number).toBe('国办发明电〔2019〕16号');
    expect(dayInfo('2020-01-31').notice).toEqual({
      number: '国办发明电〔2020〕1号',
      title: '国务院办公厅关于延长2020年春节假期的通知',
      sentence: '一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
    });
    // 2018-12-29…31 are days of the 2019 notice.
    expect(dayInfo('2018-12-29').notice?.number).toBe('国办发明电〔2018〕15号');
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
    // the whole of 2005: 251 working days (250 in chinese-days' data)
    expect(workdaysBetween('2004-12-31', '2005-12-31')).toBe(251);
  });

  it('CAL-01 explanations list the make-up day and the skipped days with their notice', () => {
    const a = explainAddWorkdays('2005-12-30', 1);
    expect(a.to).toBe('2005-12-31');
    expect(a.makeupWorkdays.map((d) => [d.date, d.notice?.number])).toEqual([['2005-12-31', NOTICE]]);
    expect(a.corrections).toEqual([]);
    const b = explainWorkdaysBetween('2005-12-29', '2006-01-04');
    expect(b.workdays).toBe(3);
    expect(b.skipped.map((d) => `${d.date} ${d.name} ${d.notice?.number}`)).toEqual([`2006-01-01 元旦 ${NOTICE}`, `2006-01-02 元旦 ${NOTICE}`, `2006-01-03 元旦 ${NOTICE}`]);
  });

  it('TL-05 deadlines count it: one working day from 2005-12-30 ends at 24:00 of 2005-12-31', () => {
    expect(dueAt('2005-12-30T10:00+08:00', '1个工作日内').toISOString()).toBe('2005-12-31T16:00:00.000Z');
    expect(dueAt('2005-12-30T10:00+08:00', '2个工作日内').toISOString()).toBe('2006-01-04T16:00:00.000Z');
    const e = explainDue('2005-12-30T10:00+08:00', '1个工作日内');
    expect(e.lastDay).toBe('2005-12-31');
    expect(e.corrections).toEqual([]);
  });

  it('TL-03 a calendar-day period ending on 2005-12-31 does not roll over: it is a working day', () => {
    const e = explainDue('2005-12-28T10:00+08:00', '三日内');
    expect(e.nominalLastDay).toBe('2005-12-31');
    expect(e.lastDay).toBe('2005-12-31');
    expect(e.rolledOver).toBeUndefined();
  });

  it('CAL-02 a year given whole by the host app replaces the packaged year', () => {
    const cal = createCalendar({ years: { 2005: { holidays: [], workdays: [] } } });
    expect(cal.dayInfo('2005-12-31')).toMatchObject({ workday: false, kind: 'weekend', source: 'weekly-rule' });
    expect(cal.dayInfo('2005-12-31').notice).toBeUndefined();
    expect(chinaCalendar().dayInfo('2005-12-31').source).toBe('official');
  });
});

describe('CAL-01 labels: every day of a notice’s holiday block carries the holiday', () => {
  const blocks: [string[], string, string][] = [
    [['2011-06-04', '2011-06-05', '2011-06-06'], '端午节', '国办发明电〔2010〕40号'],
    [['2012-06-22', '2012-06-23', '2012-06-24'], '端午节', '国办发明电〔2011〕45号'],
    [['2015-09-03', '2015-09-04', '2015-09-05'], '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '国发明电〔2015〕1号'],
  ];
  for (const [days, name, notice] of blocks) {
    it(`CAL-01 ${days[0]}…${days[2]}: all three are holiday ${name}, the weekend day among them too, from ${notice}`, () => {
      for (const d of days) expect(dayInfo(d)).toMatchObject({ workday: false, kind: 'holiday', name, source: 'official', notice: { number: notice } });
    });
  }

  it('CAL-01 2015-06-21, between “6月20日放假” and “6月22日（星期一）补休”, is a day of the break (as 2014-04-06)', () => {
    // 国办发明电〔2014〕28号: “端午节：6月20日放假，6月22日（星期一）补休。”
    for (const d of ['2015-06-20', '2015-06-21', '2015-06-22', '2014-04-06']) expect(dayInfo(d), d).toMatchObject({ workday: false, kind: 'holiday' });
    // no weekend day sits between two days of one break in 2004–2026
    const gaps: string[] = [];
    for (const d of chinaCalendar().days('2004-01-02', '2026-12-30')) {
      if (d.kind !== 'weekend') continue;
      const near = chinaCalendar().days(plus(d.date, -2), plus(d.date, 2)).map((x) => x.kind);
      const inBlock = near[1] === 'holiday' && (near[3] === 'holiday' || (near[3] === 'weekend' && near[4] === 'holiday'));
      if (inBlock || (near[3] === 'holiday' && near[1] === 'weekend' && near[0] === 'holiday')) gaps.push(d.date);
    }
    expect(gaps).toEqual([]);
  });

  it('CAL-01 a skipped day of a block is explained with the holiday and its notice', () => {
    const e = explainAddWorkdays('2011-06-03', 1);
    expect(e.to).toBe('2011-06-07');
    expect(e.skipped.map((d) => `${d.date} ${d.kind} ${d.name} ${d.notice?.number}`)).toEqual([
      '2011-06-04 holiday 端午节 国办发明电〔2010〕40号',
      '2011-06-05 holiday 端午节 国办发明电〔2010〕40号',
      '2011-06-06 holiday 端午节 国办发明电〔2010〕40号',
    ]);
  });

  it('CAL-01 names as the notices write them, with English names', () => {
    expect(dayInfo('2026-04-05')).toMatchObject({ kind: 'holiday', name: '清明节', nameEn: 'Tomb-sweeping Day' });
    expect(dayInfo('2026-06-19')).toMatchObject({ kind: 'holiday', name: '端午节', nameEn: 'Dragon Boat Festival' });
    expect(dayInfo('2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋节', nameEn: 'Mid-autumn Festival' });
    expect(dayInfo('2015-09-03').nameEn).toMatch(/^Victory Day \(70th anniversary/);
  });
});
