import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, parseHolidayNotice, type DayInfo } from '../../src/index';
import { settleNotice } from '../../src/calendar/_lib/notice/check';
import { NOTICE_YEARS, noticeText } from './_notices';
import { bare, CHINESE_DAYS, CHINESE_DAYS_DIFFERENCES, chineseDaysLabel } from './_crosscheck';

// Cross-checks (issue 25 item 1): the packaged data is generated from the
// notices' own text (src/calendar/notices); chinese-days (pinned) and holiday-cn
// are independent readings of the same notices. Where they differ, the
// difference is listed day by day in _crosscheck.ts, with the reason.

function noticeDays(): Map<string, { kind: DayInfo['kind']; name?: string }> {
  const out = new Map<string, { kind: DayInfo['kind']; name?: string }>();
  for (const y of NOTICE_YEARS) {
    const s = settleNotice(noticeText(y), {});
    for (const h of s.holidays) out.set(h.date, { kind: 'holiday', name: h.name });
    for (const w of s.workdays) out.set(w.date, { kind: 'makeup-workday', name: w.name });
  }
  return out;
}

describe('CAL-01 cross-check: chinese-days@1.5.7 against the notices, day by day 2004-01-01 … 2026-12-31', () => {
  it('CAL-01 they differ on exactly the documented days (working status on 2005-12-31 only), each as documented', () => {
    const cal = chinaCalendar();
    const differs: string[] = [];
    for (const d of cal.days('2004-01-01', '2026-12-31')) {
      const c = chineseDaysLabel(d.date, d.weekday);
      if (c.kind !== d.kind || bare(c.name) !== bare(d.name)) {
        differs.push(d.date);
        const x = CHINESE_DAYS_DIFFERENCES.find((y) => y.date === d.date);
        expect(x, d.date).toBeDefined();
        expect(c, d.date).toEqual(x!.chineseDays);
        expect({ kind: d.kind, ...(d.name ? { name: d.name } : {}) }, d.date).toEqual(x!.notices);
      }
    }
    expect(differs).toEqual(CHINESE_DAYS_DIFFERENCES.map((x) => x.date));
    const status = CHINESE_DAYS_DIFFERENCES.filter((x) => (x.notices.kind === 'makeup-workday' || x.notices.kind === 'workday') !== (x.chineseDays.kind === 'makeup-workday' || x.chineseDays.kind === 'workday'));
    expect(status.map((x) => x.date)).toEqual(['2005-12-31']);
  });

  it('CAL-01 each documented difference quotes the notice that decides it', () => {
    const notice = noticeDays();
    for (const x of CHINESE_DAYS_DIFFERENCES) {
      const y = Number(x.date.slice(0, 4)) + (x.date.endsWith('12-31') ? 1 : 0);
      const norm = (t: string): string => t.replace(/（/g, '(').replace(/）/g, ')');
      expect(norm(noticeText(y)), x.date).toContain(norm(x.sentence));
      expect(notice.get(x.date) ?? { kind: 'weekend' }, x.date).toEqual(x.notices);
      expect(x.why.length).toBeGreaterThan(20);
    }
  });

  it('CAL-01 English names agree, but for the 2015 commemoration’s, written out', () => {
    const names = new Set<string>();
    for (const d of chinaCalendar().days('2004-01-01', '2026-12-31')) {
      const label = CHINESE_DAYS.workdays[d.date] ?? CHINESE_DAYS.holidays[d.date];
      // the documented differences aside (the 2019 weekends, 2009-10-03)
      if (CHINESE_DAYS_DIFFERENCES.some((x) => x.date === d.date)) continue;
      if (label && label.split(',')[0] !== d.nameEn) names.add(`${label.split(',')[0]} / ${d.nameEn}`);
    }
    expect([...names]).toEqual(['Anti-Fascist 70th Day / Victory Day (70th anniversary of the War of Resistance against Japanese Aggression and the World Anti-Fascist War)']);
  });
});

describe('CAL-01 readings of the notices', () => {
  it('CAL-01 documented reading 2023-12-30/31: “1月1日放假，与周末连休” gives 1月1日 alone; the weekend before stays a weekend', () => {
    const n = parseHolidayNotice(noticeText(2024));
    expect(n.holidays[0]).toEqual({ date: '2024-01-01', name: '元旦', nameEn: "New Year's Day" });
    expect(n.outside).toEqual({ holidays: [], workdays: [] });
    const cal = chinaCalendar();
    expect([cal.dayInfo('2023-12-30').kind, cal.dayInfo('2023-12-31').kind]).toEqual(['weekend', 'weekend']);
  });

  it('CAL-01 names as the notices write them, with English names', () => {
    const n = parseHolidayNotice(noticeText(2024));
    const names = [...new Set(n.holidays.map((h) => `${h.name}/${h.nameEn}`))];
    expect(names).toEqual([
      "元旦/New Year's Day",
      '春节/Spring Festival',
      '清明节/Tomb-sweeping Day',
      '劳动节/Labour Day',
      '端午节/Dragon Boat Festival',
      '中秋节/Mid-autumn Festival',
      '国庆节/National Day',
    ]);
    // 2004–2007 wrote “五一”, “十一”: read as 劳动节, 国庆节.
    expect([...new Set(parseHolidayNotice(noticeText(2005)).holidays.map((h) => h.name))]).toEqual(['元旦', '春节', '劳动节', '国庆节']);
  });
});

// The independent copy (holiday-cn) beside the project in the workplace; skipped elsewhere.
const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '..', '..', '..', 'shared', 'data', 'holiday-cn');
const present = existsSync(folder);

describe.skipIf(!present)('CAL-01 audit: the notices read by parseHolidayNotice against holiday-cn, 2007–2026', () => {
  it('CAL-01 every day holiday-cn lists has the status the notice gives it, and every weekday the notice lists is in holiday-cn', () => {
    const mismatches: string[] = [];
    for (let y = 2007; y <= 2026; y++) {
      const s = settleNotice(noticeText(y), {});
      const mine = new Map<string, boolean>([...s.holidays.map((h) => [h.date, true] as const), ...s.workdays.map((w) => [w.date, false] as const)]);
      const file = JSON.parse(readFileSync(join(folder, `${y}.json`), 'utf8')) as { days: { date: string; isOffDay: boolean }[] };
      const theirs = new Map(file.days.map((d) => [d.date, d.isOffDay]));
      for (const [date, off] of theirs) {
        const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
        // Not listed by the notice: a weekday works, a weekend day rests
        // (holiday-cn lists 2020-02-03 “起正常上班” as a working day: a plain Monday).
        const noticeOff = mine.get(date) ?? (wd === 0 || wd === 6);
        if (noticeOff !== off) mismatches.push(`${date} holiday-cn off=${off}`);
      }
      for (const [date, off] of mine) {
        const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
        // holiday-cn leaves out weekend days inside a block (2014-04-06, 2015-06-21).
        if (!theirs.has(date) && !(off && (wd === 0 || wd === 6))) mismatches.push(`${date} notice off=${off}, not in holiday-cn`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
