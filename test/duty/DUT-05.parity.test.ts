// DUT-05 against chinese-days (pinned devDependency), where the two mean the same
// (docs/migrating-from-chinese-days.md, “调休休息日与法定休假日”):
// - chinese-days' isInLieu marks the weekdays given for make-up working days; guifan's
//   inLieu every weekday the notice makes a rest day, 补休 included. So every chinese-days
//   in-lieu day is a guifan one (one chinese-days slip excepted), and every guifan-only one
//   is the 补休 of a block with a statutory day on a weekend (or two festivals on one day).
// - getDayDetail's name ends in the holiday's statutory days (“National Day,国庆节,3”):
//   the count of guifan's statutory days of that holiday that year.
// chinese-days reads dates in the HOST zone: its side runs only under TZ=Asia/Shanghai.
import * as cd from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, statutoryHolidaysOf, type DayInfo } from '../../src/index';

const ALL = chinaCalendar().days('2004-01-01', '2026-12-31');

describe.runIf(process.env.TZ === 'Asia/Shanghai')('DUT-05 parity with chinese-days isInLieu and holiday day counts (TZ=Asia/Shanghai only)', () => {
  it('DUT-05 every chinese-days in-lieu day is a guifan in-lieu day, but 2022-02-03 (正月初三, a statutory day)', () => {
    const missing = ALL.filter((d) => cd.isInLieu(d.date) && !d.inLieu).map((d) => d.date);
    expect(missing).toEqual(['2022-02-03']);
    expect(ALL.find((d) => d.date === '2022-02-03')!.statutory).toBe(true);
  });

  it('DUT-05 the in-lieu days only guifan marks are 补休 (a statutory day on a weekend, or 中秋节 on 国庆节), but one', () => {
    const entitlements = new Map<string, number>();
    for (let y = 2004; y <= 2026; y++) for (const s of statutoryHolidaysOf(y)) entitlements.set(s.date, s.name.split('、').length);
    const unexplained: string[] = [];
    let only = 0;
    for (let i = 0; i < ALL.length; ) {
      if (ALL[i]!.workday) {
        i++;
        continue;
      }
      let j = i;
      while (j < ALL.length && !ALL[j]!.workday) j++;
      const run: DayInfo[] = ALL.slice(i, j);
      const owed = run.filter((d) => d.statutory && (d.weekday === 0 || d.weekday === 6)).length + run.reduce((n, d) => n + Math.max(0, (entitlements.get(d.date) ?? 0) - 1), 0);
      for (const d of run.filter((x) => x.inLieu && !cd.isInLieu(x.date))) {
        only++;
        if (owed === 0) unexplained.push(d.date);
      }
      i = j;
    }
    expect(only).toBeGreaterThan(50);
    // 2022-01-31: 除夕, the weekday given (chinese-days marks 02-03 instead).
    expect(unexplained).toEqual(['2022-01-31']);
  });

  it('DUT-05 chinese-days’ statutory day count of each holiday equals guifan’s statutory days, but the 2015 anniversary', () => {
    const short = (n: string): string => ({ 清明节: '清明', 端午节: '端午', 中秋节: '中秋' })[n] ?? n;
    const differ: string[] = [];
    for (let y = 2004; y <= 2026; y++) {
      const ours = new Map<string, number>();
      for (const s of statutoryHolidaysOf(y)) for (const n of s.name.split('、')) ours.set(short(n), (ours.get(short(n)) ?? 0) + 1);
      const theirs = new Map<string, number>();
      for (const d of ALL.filter((x) => x.kind === 'holiday' && x.date.startsWith(`${y}-`))) {
        const parts = cd.getDayDetail(d.date).name.split(',');
        if (parts.length === 3) theirs.set(parts[1]!, Number(parts[2]));
      }
      for (const [name, n] of theirs) if ((ours.get(name) ?? 0) !== n) differ.push(`${y} ${name} ${n}/${ours.get(name) ?? 0}`);
    }
    // chinese-days counts 09-03 as the anniversary's one day; the 办法 does not name it (DUT-05): a rest day for pay.
    expect(differ).toEqual(['2015 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日 1/0']);
  });
});
