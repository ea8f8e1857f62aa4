import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, formatHolidayNotice, isGuifanError, parseHolidayNotice } from '../../src/index';
import { NOTICE_YEARS, noticeText } from './_notices';

const dates = (list: readonly { date: string }[]): string[] => list.map((d) => d.date);
const codes = (text: string, o = {}): string[] => parseHolidayNotice(text, o).issues.map((i) => i.code);
const T = (y: number, lines: string): string => `国务院办公厅关于${y}年部分节假日安排的通知\n${lines}`;

describe('CAL-01 parseHolidayNotice reads every wording of the notices', () => {
  it('CAL-01 a whole notice: title, numbered lines, 放假调休 and 上班', () => {
    const n = parseHolidayNotice(noticeText(2026));
    expect(n.year).toBe(2026);
    expect(n.issues).toEqual([]);
    expect(n.holidays).toHaveLength(33);
    expect(dates(n.workdays)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(n.workdays[4]).toEqual({ date: '2026-09-20', name: '国庆节', nameEn: 'National Day' });
  });

  it('CAL-01 ranges within and across months and years; the December before goes to `outside`', () => {
    expect(dates(parseHolidayNotice('1月31日至2月6日放假调休，共7天。', { year: 2014, name: '春节' }).holidays)).toEqual(['2014-01-31', '2014-02-01', '2014-02-02', '2014-02-03', '2014-02-04', '2014-02-05', '2014-02-06']);
    const n = parseHolidayNotice(T(2019, '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。'));
    expect(dates(n.holidays)).toEqual(['2019-01-01']);
    expect(dates(n.outside.holidays)).toEqual(['2018-12-30', '2018-12-31']);
    expect(dates(n.outside.workdays)).toEqual(['2018-12-29']);
    // Without years: a 元旦 line's December is the year before.
    const m = parseHolidayNotice(T(2019, '一、元旦：12月30日至1月1日放假，共3天。 12月29日（星期六）上班。'));
    expect([...dates(m.outside.holidays), ...dates(m.holidays)]).toEqual(['2018-12-30', '2018-12-31', '2019-01-01']);
    expect(dates(parseHolidayNotice('9月29日—10月5日放假，共7天。', { year: 2008, name: '国庆节' }).holidays)).toHaveLength(7);
    expect(dates(parseHolidayNotice('4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。', { year: 2018, name: '劳动节' }).holidays)).toEqual(['2018-04-29', '2018-04-30', '2018-05-01']);
  });

  it('CAL-01 single days: 与周末连休, 不调休, 补休', () => {
    expect(dates(parseHolidayNotice('4月5日放假，与周末连休。', { year: 2019, name: '清明节' }).holidays)).toEqual(['2019-04-05']);
    const ny = parseHolidayNotice('1月1日（周三）放假1天，不调休。', { year: 2025, name: '元旦' });
    expect(ny.holidays).toEqual([{ date: '2025-01-01', name: '元旦', nameEn: "New Year's Day" }]);
    expect(ny.issues).toEqual([]);
    expect(dates(parseHolidayNotice('5月1日放假，5月2日（星期一）补休。', { year: 2016, name: '劳动节' }).holidays)).toEqual(['2016-05-01', '2016-05-02']);
    // 6月20日放假，6月22日补休: the Sunday between belongs to the break.
    expect(dates(parseHolidayNotice('6月20日放假，6月22日（星期一）补休。', { year: 2015, name: '端午节' }).holidays)).toEqual(['2015-06-20', '2015-06-21', '2015-06-22']);
  });

  it('CAL-01 make-up working days, named after the holiday they serve', () => {
    const n = parseHolidayNotice('2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。', { year: 2026, name: '春节' });
    expect(n.workdays).toEqual([
      { date: '2026-02-14', name: '春节', nameEn: 'Spring Festival' },
      { date: '2026-02-28', name: '春节', nameEn: 'Spring Festival' },
    ]);
    expect(n.issues).toEqual([]);
    expect(dates(parseHolidayNotice('10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。', { year: 2013, name: '国庆节' }).workdays)).toEqual(['2013-09-29', '2013-10-12']);
  });

  it('CAL-01 the 2004–2009 style: “将…两个公休日调至…”, bare days, “五一”', () => {
    const n = parseHolidayNotice(
      T(2007, '三、“五一”：5月1日—7日放假，共7天。\n其中，1日、2日、3日为法定假日，将4月28日（星期六)、29日（星期日）两个公休日调至5月4日（星期五)、7日（星期一)；5月5日（星期六）、6日（星期日）照常公休，4月28日、29日上班。'),
      {},
    );
    expect(n.holidays.map((d) => d.name)).toEqual(Array(7).fill('劳动节'));
    expect(dates(n.workdays)).toEqual(['2007-04-28', '2007-04-29']);
    // 2008: the moved rest days are working days even where no “上班” follows.
    const m = parseHolidayNotice(noticeText(2008));
    expect(dates(m.workdays).filter((d) => d >= '2008-09-01')).toEqual(['2008-09-27', '2008-09-28']);
    expect(dates(m.outside.workdays)).toEqual(['2007-12-29']);
  });

  it('CAL-01 full-width digits, half-width brackets, ～ and - as dashes', () => {
    const a = parseHolidayNotice('１月１日（周四）至３日（周六）放假调休，共３天。１月４日（周日）上班。', { year: 2026, name: '元旦' });
    const b = parseHolidayNotice('1月1日(周四)-3日(周六)放假调休,共3天。1月4日(周日)上班。', { year: 2026, name: '元旦' });
    const c = parseHolidayNotice('1月1日～3日放假调休，共三天。1月4日（星期天）上班。', { year: 2026, name: '元旦' });
    for (const n of [a, b, c]) {
      expect(dates(n.holidays)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
      expect(dates(n.workdays)).toEqual(['2026-01-04']);
      expect(n.issues).toEqual([]);
    }
  });

  it('CAL-01 combined lines: 中秋节、国庆节 name each day after its own holiday', () => {
    const n = parseHolidayNotice(noticeText(2023));
    const names = n.holidays.filter((d) => d.date >= '2023-09-29').map((d) => `${d.date.slice(5)}${d.name}`);
    expect(names.slice(0, 3)).toEqual(['09-29中秋节', '09-30国庆节', '10-01国庆节']);
    expect(n.workdays.filter((d) => d.date > '2023-10').map((d) => d.name)).toEqual(['国庆节', '国庆节']);
  });

  it('CAL-01 2020: “延长2020年春节假期至2月2日” extends the block and cancels the make-up day it covers', () => {
    const n = parseHolidayNotice(noticeText(2020));
    expect(dates(n.holidays.filter((d) => d.name === '春节'))).toEqual(['2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29', '2020-01-30', '2020-01-31', '2020-02-01', '2020-02-02']);
    expect(dates(n.workdays)).not.toContain('2020-02-01');
    // the extension adds rest days: the documented exception to the balance of 调休 (a warning)
    expect(n.issues.map((i) => [i.code, i.severity, i.details.extra])).toEqual([['NOTICE_UNBALANCED', 'warning', 2]]);
  });

  it('CAL-01 NOTICE_UNBALANCED: 调休 moves rest days — every notice 2004–2026 balances but 2020 (the extension)', () => {
    for (const y of NOTICE_YEARS) {
      const codes = parseHolidayNotice(noticeText(y)).issues.filter((i) => i.code === 'NOTICE_UNBALANCED');
      expect(codes.length, String(y)).toBe(y === 2020 ? 1 : 0);
    }
    // 2015: 中秋节 (a Sunday) has its 补休 inside 国庆节's block — balanced over the year
    expect(parseHolidayNotice(noticeText(2015)).issues).toEqual([]);
    // one make-up day too many: a weekday fewer off than the law's days
    const short = parseHolidayNotice(noticeText(2026).replace('2月14日（周六）、2月28日（周六）上班', '2月14日（周六）、2月28日（周六）、3月7日（周六）上班'));
    const u = short.issues.find((i) => i.code === 'NOTICE_UNBALANCED')!;
    expect([u.severity, u.rule, u.details.extra, u.details.makeup]).toEqual(['warning', 'CAL-01', -1, 7]);
    expect(u.message['zh-CN']).toContain('少了 1 个休息日');
    expect(u.message.en).toContain('removes 1 rest day');
    // a single sentence says nothing about the year: not checked
    expect(parseHolidayNotice('9月27日放假。', { year: 2015, name: '中秋节' }).issues).toEqual([]);
  });

  it('CAL-01 2019: a later “调整…放假安排” replaces the holiday’s line, with a warning', () => {
    const n = parseHolidayNotice(noticeText(2019));
    expect(dates(n.holidays.filter((d) => d.name === '劳动节'))).toEqual(['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']);
    expect(n.issues.map((i) => [i.code, i.severity])).toEqual([['NOTICE_ARRANGEMENT_REPLACED', 'warning']]);
  });

  it('CAL-01 a notice pasted as one line still splits at 二、三、…', () => {
    const n = parseHolidayNotice(noticeText(2024).replace(/\n/g, ''));
    expect(n.holidays).toEqual(parseHolidayNotice(noticeText(2024)).holidays);
  });

  it('CAL-01 the result is a year of createCalendar({ years }), and its JSON is the year file', () => {
    const n = parseHolidayNotice(noticeText(2026));
    expect(Object.keys(n)).toEqual(['holidays', 'workdays']);
    expect(Object.keys(JSON.parse(JSON.stringify(n)) as object)).toEqual(['holidays', 'workdays']);
    const cal = createCalendar({ years: { [n.year!]: n } });
    for (const d of cal.days('2026-01-01', '2026-12-31')) expect(d.workday, d.date).toBe(chinaCalendar().isWorkday(d.date));
  });
});

describe('CAL-01 parseHolidayNotice checks the notice against itself and the law', () => {
  it('CAL-01 NOTICE_WEEKDAY_MISMATCH: the bracket weekday contradicts the date, with line and span', () => {
    const text = noticeText(2026).replace('1月1日（周四）', '1月1日（周五）');
    const [i] = parseHolidayNotice(text).issues;
    expect(i).toMatchObject({ code: 'NOTICE_WEEKDAY_MISMATCH', rule: 'CAL-01', severity: 'error', path: ['line', 2] });
    expect(text.slice(...(i!.details.span as [number, number]))).toBe('1月1日（周五）');
    expect(i!.message).toEqual({ 'zh-CN': '2026-01-01 注为“周五”，实为星期四', en: '2026-01-01 is annotated "周五" but is a Thursday' });
  });

  it('CAL-01 NOTICE_COUNT_MISMATCH: “共N天” does not match the range', () => {
    const i = parseHolidayNotice(noticeText(2026).replace('共9天', '共8天')).issues[0]!;
    expect(i.code).toBe('NOTICE_COUNT_MISMATCH');
    expect(i.message['zh-CN']).toBe('“春节”写“共8天”，但 2026-02-15 至 2026-02-23 共 9 天');
  });

  it('CAL-01 NOTICE_LUNAR_MISMATCH: a lunar note that is not the date', () => {
    expect(codes(noticeText(2026).replace('农历腊月二十八', '农历腊月二十七'))).toEqual(['NOTICE_LUNAR_MISMATCH']);
    expect(codes(noticeText(2025).replace('1月28日（农历除夕', '1月28日（农历正月初一'))).toEqual(['NOTICE_LUNAR_MISMATCH']);
  });

  it('CAL-01 NOTICE_MAKEUP_NOT_WEEKEND: a make-up working day on a weekday', () => {
    const i = parseHolidayNotice('5月1日（周五）至5日（周二）放假调休，共5天。5月8日（周五）上班。', { year: 2026, name: '劳动节' }).issues;
    expect(i.map((x) => x.code)).toEqual(['NOTICE_MAKEUP_NOT_WEEKEND']);
    expect(i[0]!.message.en).toBe('The make-up working day 2026-05-08 is a Friday, not a weekend day');
  });

  it('CAL-01 NOTICE_STATUTORY_DAY_WORKING: 13 statutory days from 2025 (除夕 and 5月2日 included), 11 before', () => {
    const no除夕 = noticeText(2025).replace('1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天', '1月29日（农历正月初一、周三）至2月4日（农历正月初七、周二）放假调休，共7天');
    const i = parseHolidayNotice(no除夕).issues;
    expect(i.map((x) => [x.code, x.details.date])).toEqual([['NOTICE_STATUTORY_DAY_WORKING', '2025-01-28']]);
    // 2024 (2013 rules): 除夕 was not a statutory day.
    expect(codes(noticeText(2024))).toEqual([]);
    // A whole holiday missing: each statutory weekday of it.
    const noLabour = noticeText(2025).replace(/四、劳动节.*\n/, '');
    expect(parseHolidayNotice(noLabour).issues.map((x) => x.details.date)).toEqual(['2025-05-01', '2025-05-02']);
    // A statutory day listed as a make-up working day.
    expect(codes('10月1日至7日放假调休，共7天。9月28日（星期日）、10月11日（星期六）上班。', { year: 2025, name: '国庆节' })).toEqual([]);
    expect(codes('10月2日至8日放假调休，共7天。', { year: 2025, name: '国庆节' })).toEqual(['NOTICE_STATUTORY_DAY_WORKING']);
  });

  it('CAL-02 NOTICE_DATE_OUT_OF_YEAR: a date outside the year and its neighbours', () => {
    const i = parseHolidayNotice('3月1日至3日放假，共3天。2025年3月4日（星期二）上班。', { year: 2027, name: '元旦' }).issues;
    expect(i.map((x) => x.code)).toContain('NOTICE_DATE_OUT_OF_YEAR');
    expect(i.find((x) => x.code === 'NOTICE_DATE_OUT_OF_YEAR')!.rule).toBe('CAL-02');
  });

  it('CAL-01 NOTICE_OVERLAPPING_RANGES: two holidays on one day, or a day both off and worked', () => {
    const both = parseHolidayNotice(T(2026, '一、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n二、国庆节：9月26日（周六）至10月7日（周三）放假调休，共12天。')).issues.filter((i) => i.code === 'NOTICE_OVERLAPPING_RANGES');
    expect(both.map((i) => i.message['zh-CN'])).toEqual(['2026-09-26 同时出现在“中秋节”和“国庆节”的安排中']);
    expect(codes('10月1日至7日放假调休，共7天。10月4日（星期日）上班。', { year: 2026, name: '国庆节' })).toEqual(['NOTICE_OVERLAPPING_RANGES']);
  });
});

describe('CAL-02 parseHolidayNotice says when it cannot read', () => {
  it('CAL-02 NOTICE_NO_YEAR and NOTICE_YEAR_MISMATCH', () => {
    const n = parseHolidayNotice('一、元旦：1月1日放假。');
    expect([n.year, n.issues.map((i) => i.code), n.holidays]).toEqual([undefined, ['NOTICE_NO_YEAR'], []]);
    expect(codes(noticeText(2026), { year: 2027 })).toContain('NOTICE_YEAR_MISMATCH');
  });

  it('CAL-02 NOTICE_UNREADABLE_LINE: a line without dates, a day that does not exist, a sentence without a name', () => {
    expect(codes(T(2026, '一、元旦：放假三天。'))).toContain('NOTICE_UNREADABLE_LINE');
    const bad = parseHolidayNotice(T(2026, '二、春节：2月30日至3月2日放假，共3天。')).issues.find((i) => i.code === 'NOTICE_UNREADABLE_LINE')!;
    expect(bad.message['zh-CN']).toBe('无法读取“2月30日”（没有这一天）');
    // A line without a name reads when its block holds a statutory day (CAL-02, issue 24); one without any cannot.
    expect(parseHolidayNotice(T(2026, '5月1日至5日放假调休，共5天。')).holidays[0]!.name).toBe('劳动节');
    expect(codes(T(2026, '3月7日至9日放假，共3天。'))).toContain('NOTICE_UNREADABLE_LINE');
    // The preamble, the closing paragraph and the signature are not arrangements.
    expect(codes(`${noticeText(2026)}\n节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n2025年11月4日`)).toEqual([]);
  });

  it('CAL-02 bad arguments throw INVALID_OPTIONS', () => {
    for (const [t, o] of [[42, {}], ['x', { year: 2026.5 }], ['x', { year: 1800 }], ['x', { name: '' }], ['x', null]] as const) {
      let e: unknown;
      try {
        parseHolidayNotice(t as never, o as never);
      } catch (x) {
        e = x;
      }
      expect(isGuifanError(e) && e.code).toBe('INVALID_OPTIONS');
    }
  });
});

// ---- formatHolidayNotice and the properties -------------------------------------------------

const NAMES = [
  ['元旦', "New Year's Day"],
  ['春节', 'Spring Festival'],
  ['清明节', 'Tomb-sweeping Day'],
  ['劳动节', 'Labour Day'],
  ['端午节', 'Dragon Boat Festival'],
  ['中秋节', 'Mid-autumn Festival'],
  ['国庆节', 'National Day'],
] as const;
const DAY0 = Date.UTC(2027, 0, 1) / 864e5;
const iso = (n: number): string => new Date((DAY0 + n) * 864e5).toISOString().slice(0, 10);
const weekend = (n: number): boolean => [0, 6].includes(new Date((DAY0 + n) * 864e5).getUTCDay());

/** A random 2027 arrangement: blocks in date order (January–November), make-up days on free weekend days. */
const arrangement = fc
  .record({
    blocks: fc.array(fc.record({ gap: fc.integer({ min: 2, max: 40 }), len: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 7 }),
    work: fc.array(fc.record({ block: fc.nat(6), offset: fc.integer({ min: -10, max: 10 }) }), { maxLength: 6 }),
  })
  .map(({ blocks, work }) => {
    const holidays: { date: string; name: string; nameEn: string }[] = [];
    const spans: [number, number, number][] = [];
    let at = 0;
    blocks.forEach((b, i) => {
      const from = at + b.gap - 2;
      const to = from + b.len - 1;
      if (to > 333) return;
      spans.push([from, to, i]);
      for (let d = from; d <= to; d++) holidays.push({ date: iso(d), name: NAMES[i]![0], nameEn: NAMES[i]![1] });
      at = to + 2;
    });
    const taken = new Set(holidays.map((h) => h.date));
    const workdays: { date: string; name: string; nameEn: string }[] = [];
    for (const w of work) {
      const s = spans[w.block % spans.length]!;
      const d = w.offset < 0 ? s[0] + w.offset : s[1] + w.offset;
      if (d < 0 || d > 333 || !weekend(d) || taken.has(iso(d)) || [d - 1, d + 1].some((x) => taken.has(iso(x)) && !holidays.some((h) => h.date === iso(x) && h.name === NAMES[s[2]]![0]))) continue;
      taken.add(iso(d));
      workdays.push({ date: iso(d), name: NAMES[s[2]]![0], nameEn: NAMES[s[2]]![1] });
    }
    workdays.sort((a, b) => (a.date < b.date ? -1 : 1));
    return { holidays, workdays };
  });

describe('CAL-01 formatHolidayNotice and parseHolidayNotice: properties', () => {
  it('CAL-01 format → parse is the identity (random 2027 arrangements)', () => {
    fc.assert(
      fc.property(arrangement, (y) => {
        const calendar = createCalendar({ years: { 2027: y } });
        const n = parseHolidayNotice(formatHolidayNotice(2027, { calendar }));
        expect({ holidays: n.holidays, workdays: n.workdays }).toEqual(y);
        // Every weekday annotation produced is correct.
        expect(n.issues.filter((i) => i.code === 'NOTICE_WEEKDAY_MISMATCH' || i.code === 'NOTICE_COUNT_MISMATCH' || i.code === 'NOTICE_UNREADABLE_LINE')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('CAL-01 format → parse keeps every day of 2004–2026 as the calendar has it', () => {
    const cal = chinaCalendar();
    for (let y = 2004; y <= 2026; y++) {
      const text = formatHolidayNotice(y);
      const n = parseHolidayNotice(text);
      expect(n.issues.filter((i) => i.severity === 'error'), String(y)).toEqual([]);
      const off = new Set(dates(n.holidays));
      const work = new Set(dates(n.workdays));
      for (const d of cal.days(`${y}-01-01`, `${y}-12-31`)) {
        if (d.date >= `${y}-12-01` && d.name === '元旦') continue;
        expect(d.workday, d.date).toBe(work.has(d.date) ? true : off.has(d.date) ? false : d.weekday !== 0 && d.weekday !== 6);
      }
      for (const m of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日（周(.)）/g)) {
        const date = `${m[1] ?? y}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
        expect('日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()], date).toBe(m[4]);
      }
    }
  });

  it('CAL-01 one corrupted weekday always yields NOTICE_WEEKDAY_MISMATCH at that date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2004, max: 2026 }), fc.nat(), fc.integer({ min: 1, max: 6 }), (y, k, shift) => {
        const text = formatHolidayNotice(y);
        const marks = [...text.matchAll(/周([日一二三四五六])）/g)];
        const m = marks[k % marks.length]!;
        const at = m.index + 1;
        const wrong = '日一二三四五六'[('日一二三四五六'.indexOf(m[1]!) + shift) % 7]!;
        const bad = text.slice(0, at) + wrong + text.slice(at + 1);
        const hits = parseHolidayNotice(bad).issues.filter((i) => i.code === 'NOTICE_WEEKDAY_MISMATCH');
        expect(hits).toHaveLength(1);
        const [s, e] = hits[0]!.details.span as [number, number];
        expect(s <= at && at < e).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('CAL-01 one corrupted count always yields NOTICE_COUNT_MISMATCH at that count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2004, max: 2026 }), fc.nat(), fc.integer({ min: 1, max: 5 }), (y, k, plus) => {
        const text = formatHolidayNotice(y);
        const counts = [...text.matchAll(/共(\d+)天/g)];
        const m = counts[k % counts.length]!;
        const bad = text.slice(0, m.index) + `共${Number(m[1]) + plus}天` + text.slice(m.index + m[0].length);
        const hits = parseHolidayNotice(bad).issues.filter((i) => i.code === 'NOTICE_COUNT_MISMATCH');
        expect(hits).toHaveLength(1);
        expect((hits[0]!.details.span as number[])[0]).toBe(m.index);
        expect(hits[0]!.details.actual).toBe(Number(m[1]));
      }),
      { numRuns: 60 },
    );
  });

  it('CAL-02 formatHolidayNotice refuses a year outside the calendar', () => {
    expect(() => formatHolidayNotice(2027)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
    expect(() => formatHolidayNotice(2026.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});
