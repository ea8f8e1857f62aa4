// Issue 25 item 2: newer holiday data at run time, no release needed — from a
// chinese-days module the host installed (any version) and from holiday-cn
// year files — checked like a notice. The tests install nothing: a synthetic
// chinese-days-shaped module and a holiday-cn-shaped plausible 2027 (the
// illustrative 2027 notice of _notices.ts, 2025 rules, 13 statutory days).
import * as chineseDaysNs from 'chinese-days';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCalendar, daysBetween, fromChineseDays, fromHolidayCn, isGuifanError, parseHolidayNotice, statutoryHolidaysOf, type ChineseDaysLike } from '../../src/index';
import { ILLUSTRATIVE_2027 } from './_notices';

const notice2027 = parseHolidayNotice(ILLUSTRATIVE_2027);

/** A holiday-cn year file of a parsed notice. */
function holidayCnFile(n: typeof notice2027): { year: number; papers: string[]; days: { name: string; date: string; isOffDay: boolean }[] } {
  // holiday-cn keys a file by its notice's year: a 元旦 in the December before is in it too.
  const off = [...n.outside.holidays, ...n.holidays];
  const on = [...n.outside.workdays, ...n.workdays];
  const days = [...off.map((d) => ({ name: d.name, date: d.date, isOffDay: true })), ...on.map((d) => ({ name: d.name, date: d.date, isOffDay: false }))];
  return { year: n.year!, papers: [], days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A chinese-days-shaped module: getDayDetail over listed days, names the way chinese-days writes them (清明, 端午, 中秋). */
function chineseDaysLike(listed: Map<string, { work: boolean; zh: string; en: string }>): ChineseDaysLike {
  return {
    getDayDetail: (date) => {
      const l = listed.get(date);
      if (l) return { date, work: l.work, name: `${l.en},${l.zh.replace(/^(清明|端午|中秋)节$/, '$1')},1` };
      const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
      return { date, work: wd !== 0 && wd !== 6, name: WEEKDAYS[wd]! };
    },
  };
}
const listed2027 = new Map<string, { work: boolean; zh: string; en: string }>([
  ...daysBetween('2026-01-01', '2026-12-31', { kinds: ['holiday', 'makeup-workday'] }).map((d) => [d.date, { work: d.workday, zh: d.name!, en: d.nameEn! }] as const),
  ...notice2027.holidays.map((d) => [d.date, { work: false, zh: d.name, en: d.nameEn! }] as const),
  ...notice2027.workdays.map((d) => [d.date, { work: true, zh: d.name, en: d.nameEn! }] as const),
]);

const codes = (r: { issues: readonly { code: string }[] }): string[] => r.issues.map((i) => i.code);

/** Every day of 2027 on two calendars: kind, working status and name. */
function sameYear(a: ReturnType<typeof createCalendar>, b: ReturnType<typeof createCalendar>): void {
  const pick = (d: ReturnType<typeof a.dayInfo>) => [d.date, d.kind, d.workday, d.name, d.provisional];
  expect(a.days('2027-01-01', '2027-12-31').map(pick)).toEqual(b.days('2027-01-01', '2027-12-31').map(pick));
}

describe('CAL-02 newer data at run time: a plausible 2027 gives non-provisional answers', () => {
  const byNotice = createCalendar({ notices: [ILLUSTRATIVE_2027] });

  it('CAL-02 the illustrative 2027 is plausible under the 2025 rules: 13 statutory days, balanced, no issue', () => {
    expect(notice2027.issues).toEqual([]);
    expect(statutoryHolidaysOf(2027).length).toBe(13);
  });

  it('CAL-02 fromChineseDays on a synthetic chinese-days module: 2027 only (the years after the packaged data), no issue', () => {
    const r = fromChineseDays(chineseDaysLike(listed2027));
    expect(codes(r)).toEqual([]);
    expect(Object.keys(r)).toEqual(['years', 'extraHolidays', 'extraWorkdays']);
    expect(Object.keys(r.years)).toEqual(['2027']);
    const cal = createCalendar({ ...r });
    expect(cal.coverage).toEqual({ start: '2004-01-01', end: '2027-12-31' });
    expect(cal.dayInfo('2027-02-08')).toMatchObject({ kind: 'holiday', name: '春节', provisional: false, source: 'overlay' });
    expect([cal.isWorkday('2027-01-31'), cal.addWorkdays('2027-09-30', 1)]).toEqual([true, '2027-10-08']);
    expect(cal.dayInfo('2027-04-05').name).toBe('清明节'); // chinese-days' “清明” read as the notices write it
    sameYear(cal, byNotice);
  });

  it('CAL-02 fromHolidayCn on a holiday-cn-shaped 2027 file: the same year', () => {
    const r = fromHolidayCn(holidayCnFile(notice2027));
    expect(codes(r)).toEqual([]);
    const cal = createCalendar({ ...r, outOfCoverage: 'throw' });
    expect(cal.dayInfo('2027-10-07')).toMatchObject({ kind: 'holiday', provisional: false });
    sameYear(cal, byNotice);
    // JSON round trip: the result is the options to commit
    expect(createCalendar(JSON.parse(JSON.stringify(r))).coverage.end).toBe('2027-12-31');
  });

  it('CAL-02 a 元旦 starting in the packaged December becomes extra days; years given together stay years', () => {
    const text = ILLUSTRATIVE_2027.replace('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '一、元旦：2026年12月31日（周四）至2027年1月2日（周六）放假调休，共3天。1月9日（周六）上班。');
    const n = parseHolidayNotice(text);
    expect(n.issues).toEqual([]);
    const r = fromHolidayCn(holidayCnFile(n));
    expect(codes(r)).toEqual([]);
    expect(r.extraHolidays).toEqual([{ date: '2026-12-31', name: '元旦', nameEn: "New Year's Day" }]);
    const cal = createCalendar({ ...r });
    expect([cal.isWorkday('2026-12-31'), cal.isWorkday('2027-01-09')]).toEqual([false, true]);
  });
});

describe('CAL-01 corrupted inputs come back as coded issues, never a silent year', () => {
  const file = (): ReturnType<typeof holidayCnFile> => holidayCnFile(notice2027);

  it('CAL-01 a statutory day left working: IMPORT_STATUTORY_DAY_WORKING, the year is not loaded', () => {
    const f = file();
    f.days = f.days.filter((d) => d.date !== '2027-10-01');
    const r = fromHolidayCn(f);
    expect(codes(r)).toEqual(['IMPORT_STATUTORY_DAY_WORKING', 'IMPORT_YEAR_UNBALANCED']);
    expect(r.issues[0]).toMatchObject({ rule: 'CAL-01', severity: 'error', path: ['2027-10-01'], details: { date: '2027-10-01', name: '国庆节' } });
    expect(r.years).toEqual({});
  });

  it('CAL-01 a make-up day moved to a weekday: IMPORT_WEEKDAY_WORKDAY and the year no longer balances (warnings)', () => {
    const f = file();
    f.days = f.days.map((d) => (d.date === '2027-01-31' ? { ...d, date: '2027-02-01' } : d));
    const r = fromHolidayCn(f);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['IMPORT_WEEKDAY_WORKDAY', 'warning'],
      ['IMPORT_YEAR_UNBALANCED', 'warning'],
    ]);
    expect(r.issues[1]!.details).toMatchObject({ year: 2027, extra: 1 });
    expect(r.issues[1]!.message['zh-CN']).toContain('多出 1 个休息日');
  });

  it('CAL-01 bad days, a day both off and working, a file that is not one: IMPORT_BAD_DAY, IMPORT_CONFLICTING_DAY, IMPORT_NOT_A_SOURCE', () => {
    const f = file();
    f.days.push({ name: '春节', date: '2027-02-30', isOffDay: true }, { name: '春节', date: '2025-02-01', isOffDay: true }, { name: 'x', date: '2027-03-01', isOffDay: 'yes' as never });
    f.days.push({ name: '国庆节', date: '2027-10-01', isOffDay: false });
    const r = fromHolidayCn(f);
    expect(codes(r)).toEqual(['IMPORT_BAD_DAY', 'IMPORT_BAD_DAY', 'IMPORT_BAD_DAY', 'IMPORT_CONFLICTING_DAY']);
    expect(r.issues[0]!.path).toEqual(['days', f.days.length - 4]);
    expect(r.years).toEqual({});
    for (const bad of [42, null, 'x', { year: '2027', days: [] }, { year: 2027 }, { year: 1999, days: [] }, [file(), file()]]) {
      const x = fromHolidayCn(bad);
      expect(codes(x).filter((c) => c !== 'IMPORT_YEAR_PACKAGED'), JSON.stringify(bad).slice(0, 40)).toContain('IMPORT_NOT_A_SOURCE');
    }
  });

  it('CAL-02 an empty days list is a year not published (holiday-cn’s placeholder), a packaged year is skipped unless asked', () => {
    expect(fromHolidayCn({ year: 2027, papers: [], days: [] }).issues.map((i) => [i.code, i.severity])).toEqual([['IMPORT_YEAR_EMPTY', 'warning']]);
    const f = holidayCnFile(parseHolidayNotice(ILLUSTRATIVE_2027.replace(/2027/g, '2026')));
    expect(codes(fromHolidayCn(f))).toContain('IMPORT_YEAR_PACKAGED');
  });

  it('CAL-01 a module that is not chinese-days, throws, or answers for another day: IMPORT_NOT_A_SOURCE', () => {
    const cases: unknown[] = [
      42,
      {},
      { getDayDetail: () => 'x' },
      { getDayDetail: () => ({ work: true }) },
      {
        getDayDetail: () => {
          throw new Error('boom');
        },
      },
      { getDayDetail: (d: string) => ({ date: `${d}x`, work: true, name: 'Monday' }) },
    ];
    for (const m of cases) expect(codes(fromChineseDays(m))).toEqual(['IMPORT_NOT_A_SOURCE']);
    // the default export (import cd from 'chinese-days') or the namespace: both have getDayDetail
    expect(codes(fromChineseDays({ default: chineseDaysLike(listed2027) }))).toEqual([]);
    // a version with nothing beyond the packaged data
    const empty = fromChineseDays(chineseDaysLike(new Map()));
    expect(empty.issues.map((i) => [i.code, i.details.year])).toEqual([['IMPORT_YEAR_EMPTY', 2027]]);
  });

  it('CAL-01 bad options throw INVALID_OPTIONS; bad data never throws', () => {
    for (const o of [{ years: [2027.5] }, { years: 'all' }, 'x'] as never[]) {
      for (const f of [() => fromHolidayCn(file(), o), () => fromChineseDays(chineseDaysLike(listed2027), o)]) {
        let e: unknown;
        try {
          f();
        } catch (x) {
          e = x;
        }
        expect(isGuifanError(e) && e.code).toBe('INVALID_OPTIONS');
      }
    }
  });
});

// The installed chinese-days (pinned devDependency) and the independent holiday-cn copy: read back the packaged years.
const chineseDays = ((chineseDaysNs as { default?: unknown }).default ?? chineseDaysNs) as ChineseDaysLike;
const westOfUtc = new Date(2026, 0, 1).getTimezoneOffset() > 0;

describe('CAL-01 the converters read back the real sources of 2025–2026 as the notices give them', () => {
  it.runIf(!westOfUtc)('CAL-01 fromChineseDays(chinese-days@1.5.7, { years: [2025, 2026] }) = the packaged years, day for day', () => {
    const r = fromChineseDays(chineseDays, { years: [2025, 2026] });
    expect(codes(r)).toEqual([]);
    const cal = createCalendar({ ...r });
    const pick = (d: ReturnType<typeof cal.dayInfo>) => [d.date, d.kind, d.workday, d.name];
    expect(cal.days('2025-01-01', '2026-12-31').map(pick)).toEqual(daysBetween('2025-01-01', '2026-12-31').map(pick));
  });

  it.runIf(westOfUtc)('CAL-01 west of UTC chinese-days answers for the day before: IMPORT_NOT_A_SOURCE, never a shifted year', () => {
    const r = fromChineseDays(chineseDays, { years: [2026] });
    expect(codes(r)).toEqual(['IMPORT_NOT_A_SOURCE']);
    expect(r.issues[0]!.message.en).toContain('TZ=Asia/Shanghai');
  });

  const here = dirname(fileURLToPath(import.meta.url));
  const folder = join(here, '..', '..', '..', 'shared', 'data', 'holiday-cn');
  it.skipIf(!existsSync(folder))('CAL-01 fromHolidayCn over holiday-cn 2007–2026: only 2020 is unbalanced (the extension), and every year reads as the packaged one', () => {
    const files = Array.from({ length: 20 }, (_, i) => JSON.parse(readFileSync(join(folder, `${2007 + i}.json`), 'utf8')) as { year: number });
    const r = fromHolidayCn(files, { years: files.map((f) => f.year) });
    expect(r.issues.map((i) => [i.code, i.details.date ?? i.details.year])).toEqual([
      ['IMPORT_WEEKDAY_WORKDAY', '2020-02-03'],
      ['IMPORT_YEAR_UNBALANCED', 2020],
    ]);
    const cal = createCalendar({ ...r });
    const packaged = daysBetween('2007-01-01', '2026-12-31');
    expect(cal.days('2007-01-01', '2026-12-31').filter((d, i) => d.workday !== packaged[i]!.workday)).toEqual([]);
  });
});
