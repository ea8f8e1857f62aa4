import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/_lib/civil';
import { CORRECTIONS } from '../../src/calendar/_lib/corrections';
import { noticeOfSentence } from '../../src/calendar/_lib/notices';
import { loadOfficialData } from '../../src/calendar/_lib/officialData';
import { statutoryHolidays } from '../../src/calendar/_lib/statutory';
import { chinaCalendar } from '../../src/index';
import { generateLunar, generateYears, listedDays, TARGETS } from '../tools/gen-calendar-data';
import { noticeFiles } from '../tools/notice-files';
import { bare, CHINESE_DAYS, CHINESE_DAYS_DIFFERENCES, CHINESE_DAYS_IN_LIEU_NOT_OURS, chineseDaysLabel, type Label } from './_crosscheck';

// Issue 25 item 1: the State Council's notices (src/calendar/notices/YYYY.txt)
// are the source of the packaged data; `npm run gen:data` reads them with the
// library's own notice reader.

describe('CAL-01 packaged data: generated from the notice texts', () => {
  it('CAL-01 src/calendar/_lib/officialYears.ts, officialNotices.ts and lunarMonths.ts are what npm run gen:data writes', async () => {
    const { years, notices } = generateYears();
    expect(readFileSync(TARGETS.years, 'utf8')).toBe(years);
    expect(readFileSync(TARGETS.notices, 'utf8')).toBe(notices);
    expect(readFileSync(TARGETS.lunar, 'utf8')).toBe(await generateLunar());
  });

  it('CAL-01 one file per year 2004–2026, each read without an error (warnings: 2019’s adjustment, 2020’s extension)', () => {
    const files = noticeFiles();
    expect(files.map((f) => f.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    const { warnings } = listedDays(files);
    expect(warnings.map((w) => w.slice(0, w.indexOf(' ', 10)))).toEqual(['2019.txt: NOTICE_ARRANGEMENT_REPLACED', '2020.txt: NOTICE_UNBALANCED']);
    // 2015, 2019 and 2020 carry a second document (the commemoration, the adjustment, the extension).
    expect(files.filter((f) => f.documents.length > 1).map((f) => [f.year, f.documents.map((d) => d.number)])).toEqual([
      [2015, ['国办发明电〔2014〕28号', '国发明电〔2015〕1号']],
      [2019, ['国办发明电〔2018〕15号', '国办发明电〔2019〕3号']],
      [2020, ['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']],
    ]);
    expect(files.filter((f) => f.documents.some((d) => d.number === undefined)).map((f) => f.year)).toEqual([2004, 2005]);
  });

  it('CAL-01 every decoded day is the notices’ day, with its notice and sentence; nothing else is listed', () => {
    const official = loadOfficialData();
    const { days } = listedDays();
    const seen = new Set<string>();
    for (let y = official.firstYear; y <= official.lastYear; y++) {
      for (const [day, o] of official.year(y)) {
        const date = formatDay(day);
        seen.add(date);
        const g = days.get(date)!;
        expect({ date, kind: o.kind, name: o.name, nameEn: o.nameEn, inLieu: o.inLieu, notice: noticeOfSentence(o.sentence!) }).toEqual({
          date,
          kind: g.kind,
          name: g.name,
          nameEn: g.nameEn,
          inLieu: g.inLieu,
          notice: g.number ? { number: g.number, title: g.title, sentence: g.sentence } : { title: g.title, sentence: g.sentence },
        });
      }
    }
    expect([...days.keys()].filter((d) => !seen.has(d))).toEqual([]);
    expect(seen.size).toBe(768);
    expect([official.firstYear, official.lastYear]).toEqual([2004, 2026]);
  });

  it('CAL-01 the hand-kept corrections list is empty: the notices’ own text decides every day', () => {
    expect(CORRECTIONS).toEqual([]);
    expect(chinaCalendar().days('2004-01-01', '2026-12-31').filter((d) => d.source === 'correction')).toEqual([]);
  });

  it('CAL-01 a year is decoded once, on first use, and the same map is returned after', () => {
    const official = loadOfficialData();
    expect(official.year(2026)).toBe(official.year(2026));
  });
});

/**
 * The previous release's data: chinese-days@1.5.7 with its corrections layer —
 * the days the notices' text now gives by itself. Recorded here so that the
 * test can show the generated data equals it.
 */
const FORMER_CORRECTIONS = new Set(['2005-12-31', '2011-06-05', '2012-06-23', '2015-09-05']);
const previousLabel = (date: string, weekday: number): Label => (FORMER_CORRECTIONS.has(date) ? CHINESE_DAYS_DIFFERENCES.find((d) => d.date === date)!.notices : chineseDaysLabel(date, weekday));

describe('CAL-01 the data generated from the notices equals the previous release’s, day for day 2004-01-01…2026-12-31', () => {
  const days = chinaCalendar().days('2004-01-01', '2026-12-31');

  it('CAL-01 working status: identical on all 8401 days', () => {
    expect(days.length).toBe(8401);
    const differs = days.filter((d) => {
      const p = previousLabel(d.date, d.weekday);
      return d.workday !== (p.kind === 'workday' || p.kind === 'makeup-workday');
    });
    expect(differs.map((d) => d.date)).toEqual([]);
  });

  it('CAL-01 kind and holiday name: identical but for 8 rest days, each a documented reading of the notice', () => {
    const differs = days.filter((d) => {
      const p = previousLabel(d.date, d.weekday);
      return p.kind !== d.kind || bare(p.name) !== bare(d.name);
    });
    const documented = CHINESE_DAYS_DIFFERENCES.filter((x) => !FORMER_CORRECTIONS.has(x.date));
    expect(differs.map((d) => d.date)).toEqual(documented.map((x) => x.date));
    for (const d of differs) {
      const x = documented.find((y) => y.date === d.date)!;
      expect({ kind: d.kind, ...(d.name ? { name: d.name } : {}) }, d.date).toEqual(x.notices);
      expect(d.workday, d.date).toBe(false);
    }
  });

  it('CAL-01 inLieu: every weekday the notice makes a rest day that is not a statutory day (it was chinese-days’ narrower list)', () => {
    // 2015-09-03 is the commemoration's own day (“9月3日（星期四）放假，9月4日（星期五）调休”), not a day in lieu.
    const own = new Set(['2015-09-03']);
    for (const d of days) {
      const y = Number(d.date.slice(0, 4));
      const statutory = statutoryHolidays(y).some((s) => formatDay(s.day) === d.date) || own.has(d.date);
      const expected = d.kind === 'holiday' && d.weekday !== 0 && d.weekday !== 6 && !statutory;
      expect(d.inLieu === true, d.date).toBe(expected);
    }
    const theirs = Object.keys(CHINESE_DAYS.inLieuDays).filter((date) => !days.find((d) => d.date === date)?.inLieu);
    expect(theirs).toEqual(CHINESE_DAYS_IN_LIEU_NOT_OURS);
  });
});
