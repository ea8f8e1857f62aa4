// Parity with chinese-days (the data guifan packages), day by day over its
// whole range 2004–2026: every chinese-days calendar function against its
// guifan counterpart (docs/migrating-from-chinese-days.md). They agree
// everywhere except the days of the corrections layer (CAL-01,
// src/calendar/_lib/corrections.ts), which the test names one by one.
//
// chinese-days reads and formats dates in the HOST zone (its dayjs-like
// wrapper uses local-time getters), so its answers shift a day under most
// zones: its side runs only under TZ=Asia/Shanghai (npm test's matrix has it).
// guifan's side never depends on the host zone (test/tz.test.ts).
import * as cd from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/_lib/civil';
import { CORRECTIONS } from '../../src/calendar/_lib/corrections';
import { addWorkdays, dayInfo, daysBetween, holidayServedBy, isWorkday, workdayOnOrAfter, workdayOnOrBefore, type DayInfo } from '../../src/index';

const FIRST = daysFromCivil(2004, 1, 1);
const LAST = daysFromCivil(2026, 12, 31);
const ALL: string[] = [];
for (let d = FIRST; d <= LAST; d++) ALL.push(formatDay(d));
const INFO = new Map<string, DayInfo>(ALL.map((d) => [d, dayInfo(d)]));

/** Days whose working status the corrections change (2005-12-31). */
const WORK_CHANGED = new Set(CORRECTIONS.filter((c) => c.kind === 'makeup-workday').map((c) => c.date));
/** Days the corrections add to the holiday blocks (weekend days the data leaves out). */
const HOLIDAY_ADDED = new Set(CORRECTIONS.filter((c) => c.kind === 'holiday' && !c.inLieu).map((c) => c.date));
/** Days the corrections flag as 调休 rest days. */
const IN_LIEU_ADDED = new Set(CORRECTIONS.filter((c) => c.inLieu).map((c) => c.date));

/** Whether a working-day search from `a` whose answers are `b`, `c` crosses a day whose status the corrections change. */
const crossesCorrection = (...ds: string[]): boolean => {
  const lo = ds.reduce((x, y) => (y < x ? y : x));
  const hi = ds.reduce((x, y) => (y > x ? y : x));
  return [...WORK_CHANGED].some((w) => w >= lo && w <= hi);
};

const safe = <T>(f: () => T): T | 'not covered' => {
  try {
    return f();
  } catch (e) {
    if ((e as { code?: string }).code === 'CALENDAR_NOT_COVERED') return 'not covered';
    throw e;
  }
};

describe('CAL-01 the corrections are the only disagreements (data side, any host zone)', () => {
  it('CAL-01 the corrections layer is what the tests below exempt', () => {
    expect([...WORK_CHANGED]).toEqual(['2005-12-31']);
    expect([...IN_LIEU_ADDED]).toEqual(['2006-01-02', '2006-01-03']);
    expect([...HOLIDAY_ADDED]).toEqual(['2011-06-05', '2012-06-23', '2015-09-05']);
  });

  it('CAL-01 holidayServedBy: every make-up day serves a holiday block of its own name, within the notices’ reach', () => {
    for (const d of ALL) {
      const info = INFO.get(d)!;
      const s = holidayServedBy(d);
      if (info.kind !== 'makeup-workday') {
        expect(s, d).toBeUndefined();
        continue;
      }
      expect(s!.holiday, d).toBe(info.name);
      expect(s!.dates.length, d).toBeGreaterThan(0);
      expect(s!.dates.some((x) => INFO.get(x)?.name === info.name), d).toBe(true);
      expect(s!.dates.every((x) => INFO.get(x)?.kind === 'holiday'), d).toBe(true);
      expect(s!.inLieu.every((x) => s!.dates.includes(x) && INFO.get(x)?.inLieu === true), d).toBe(true);
    }
    expect(holidayServedBy('2005-12-31')).toEqual({ date: '2005-12-31', holiday: '元旦', holidayEn: "New Year's Day", dates: ['2006-01-01', '2006-01-02', '2006-01-03'], inLieu: ['2006-01-02', '2006-01-03'] });
    // 2025: 国庆节 and 中秋节 share one block; the block is returned whole.
    expect(holidayServedBy('2025-09-28')?.dates).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
  });

  it('CAL-01 workdayOnOrAfter / OnOrBefore: the day itself when working, else the next / previous working day', () => {
    for (const d of ALL.slice(1, -10)) {
      const after = workdayOnOrAfter(d);
      const before = safe(() => workdayOnOrBefore(d));
      if (isWorkday(d)) expect([after, before], d).toEqual([d, d]);
      else {
        expect(after, d).toBe(addWorkdays(d, 1));
        expect(before, d).toBe(safe(() => addWorkdays(d, -1)));
      }
    }
  });

  it('CAL-01 daysBetween: the kinds partition the range, both ends included', () => {
    const kinds = ['workday', 'weekend', 'holiday', 'makeup-workday'] as const;
    for (let y = 2004; y <= 2026; y++) {
      const parts = kinds.map((k) => daysBetween(`${y}-01-01`, `${y}-12-31`, { kinds: [k] }).map((d) => d.date));
      expect(parts.flat().sort(), String(y)).toEqual(ALL.filter((d) => d.startsWith(`${y}-`)));
      expect(daysBetween(`${y}-01-01`, `${y}-12-31`, { kinds: ['working'] }).map((d) => d.date)).toEqual([...parts[0]!, ...parts[3]!].sort());
      expect(daysBetween(`${y}-01-01`, `${y}-12-31`, { kinds: ['rest'] }).map((d) => d.date)).toEqual([...parts[1]!, ...parts[2]!].sort());
    }
  });
});

describe.runIf(process.env.TZ === 'Asia/Shanghai')('CAL-01 chinese-days and guifan agree day by day 2004–2026 except the corrections (TZ=Asia/Shanghai only)', () => {
  it('CAL-01 isWorkday, isHoliday, isInLieu, getDayDetail', () => {
    const diffs: string[] = [];
    for (const d of ALL) {
      const g = INFO.get(d)!;
      const c = cd.getDayDetail(d);
      expect(c.date).toBe(d);
      if (cd.isWorkday(d) !== g.workday) diffs.push(`${d} isWorkday`);
      if (cd.isHoliday(d) !== !g.workday) diffs.push(`${d} isHoliday`);
      if (c.work !== g.workday) diffs.push(`${d} getDayDetail.work`);
      // guifan's inLieu is wider (DUT-05: 补休 too, test/duty/DUT-05.parity.test.ts): every chinese-days in-lieu day is one.
      if (cd.isInLieu(d) && !g.inLieu) diffs.push(`${d} isInLieu`);
      // getDayDetail's name is "English,中文,days" for a listed day, else the weekday's English name.
      const listed = /,/.test(c.name);
      if (listed !== (g.kind === 'holiday' || g.kind === 'makeup-workday')) diffs.push(`${d} listed`);
      else if (listed && c.name.split(',')[0] !== g.nameEn) diffs.push(`${d} nameEn ${c.name.split(",")[0]} / ${g.nameEn}`);
    }
    const expected = [
      '2005-12-31 isWorkday',
      '2005-12-31 isHoliday',
      '2005-12-31 getDayDetail.work',
      '2005-12-31 listed',
      '2011-06-05 listed',
      '2012-06-23 listed',
      '2015-09-05 listed',
      // chinese-days marks 正月初三, a statutory day (2013 text), as in lieu; 除夕 (01-31) is the in-lieu weekday.
      '2022-02-03 isInLieu',
    ];
    expect(diffs.filter((x) => !/ nameEn /.test(x))).toEqual(expected);
    // English names agree but one: guifan writes out the 2015 Victory Day's name (NAME_CORRECTIONS).
    const names = new Set(diffs.filter((x) => / nameEn /.test(x)).map((x) => x.slice(11)));
    expect([...names]).toEqual(['nameEn Anti-Fascist 70th Day / Victory Day (70th anniversary of the War of Resistance against Japanese Aggression and the World Anti-Fascist War)']);
  });

  it('CAL-01 getHolidaysInRange / getWorkdaysInRange (both includeWeekends) = daysBetween with kinds', () => {
    for (let y = 2004; y <= 2026; y++) {
      const [a, b] = [`${y}-01-01`, `${y}-12-31`];
      const dates = (kinds: Parameters<typeof daysBetween>[2] extends infer O ? O extends { kinds?: infer K } ? K : never : never) => daysBetween(a, b, { kinds }).map((d) => d.date);
      const without = (xs: string[], drop: Set<string>) => xs.filter((x) => !drop.has(x));
      expect(without(cd.getHolidaysInRange(a, b, true), WORK_CHANGED), String(y)).toEqual(without(dates(['rest']), WORK_CHANGED));
      expect(cd.getHolidaysInRange(a, b, false), String(y)).toEqual(without(dates(['holiday']), HOLIDAY_ADDED));
      expect(without(cd.getWorkdaysInRange(a, b, true), WORK_CHANGED), String(y)).toEqual(without(dates(['working']), WORK_CHANGED));
      expect(cd.getWorkdaysInRange(a, b, false), String(y)).toEqual(dates(['workday']));
      // The make-up days: chinese-days' getDayDetail(d).work on a weekend day.
      const makeup = ALL.filter((d) => d.startsWith(`${y}-`) && cd.getDayDetail(d).work && /,/.test(cd.getDayDetail(d).name));
      expect(makeup, String(y)).toEqual(without(dates(['makeup-workday']), WORK_CHANGED));
    }
    expect(daysBetween('2005-12-31', '2005-12-31', { kinds: ['makeup-workday'] }).map((d) => d.date)).toEqual(['2005-12-31']);
  });

  it('CAL-01 findWorkday(0 | 1 | -1 | 5, d) = workdayOnOrAfter / addWorkdays', () => {
    const diffs: string[] = [];
    for (const d of ALL) {
      for (const n of [0, 1, -1, 5]) {
        const c = cd.findWorkday(n, d);
        const g = safe(() => (n === 0 ? workdayOnOrAfter(d) : addWorkdays(d, n)));
        if (g === 'not covered') {
          expect(c < '2004-01-01' || c > '2026-12-31', `${d} ${n}`).toBe(true);
          continue;
        }
        if (c !== g) diffs.push(`${d} ${n}`);
        if (c !== g) expect(crossesCorrection(d, c, g), `${d} ${n}: ${c} / ${g}`).toBe(true);
      }
    }
    expect(diffs.length).toBeGreaterThan(0); // the correction shows
    expect(diffs.every((x) => x >= '2005-12-23' && x <= '2006-01-10'), diffs.join(', ')).toBe(true);
  });
});
