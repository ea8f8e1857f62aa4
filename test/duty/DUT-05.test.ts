// DUT-05: which days are statutory holidays (法定休假日) — only the days 全国年节及纪念日放假办法
// names — and which are moved weekend days (调休, 补休): every day 2004–2026, provisional years,
// overlay years and organisation overlays.
import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, dayInfo, payClassOf, statutoryHolidaysOf, type DayInfo } from '../../src/index';

const ALL = chinaCalendar().days('2004-01-01', '2026-12-31');
const isWeekend = (d: DayInfo): boolean => d.weekday === 0 || d.weekday === 6;

/** Statutory entitlements of a day: 2 when 中秋节 falls on a 国庆节 day (2001, 2009, 2020 …). */
const entitlements = new Map<string, number>();
for (let y = 2004; y <= 2026; y++) for (const s of statutoryHolidaysOf(y)) entitlements.set(s.date, s.name.split('、').length);

/** The holiday blocks: maximal runs of rest days holding a holiday day, with their make-up days. */
function blocks(days: readonly DayInfo[]): { name: string; names: Set<string>; dates: DayInfo[]; makeup: DayInfo[] }[] {
  const out: { name: string; names: Set<string>; dates: DayInfo[]; makeup: DayInfo[] }[] = [];
  for (let i = 0; i < days.length; ) {
    if (days[i]!.workday) {
      i++;
      continue;
    }
    let j = i;
    while (j < days.length && !days[j]!.workday) j++;
    const run = days.slice(i, j);
    const named = run.find((d) => d.kind === 'holiday');
    if (named) out.push({ name: named.name!, names: new Set(run.map((d) => d.name!).filter(Boolean)), dates: run, makeup: [] });
    i = j;
  }
  // Each make-up working day serves the nearest block holding its holiday (国庆节 and 中秋节 share one in 2012, 2017, 2023).
  const at = (d: string): number => Date.parse(d) / 86_400_000;
  for (const m of days.filter((d) => d.kind === 'makeup-workday')) {
    const near = out.filter((b) => b.names.has(m.name!)).sort((a, b) => Math.abs(at(a.dates[0]!.date) - at(m.date)) - Math.abs(at(b.dates[0]!.date) - at(m.date)))[0]!;
    near.makeup.push(m);
  }
  return out;
}

describe('DUT-05 statutory holidays are only the days the law names; the other rest days of a block are moved weekend days', () => {
  it('every year 2004–2026: the statutory days are exactly statutoryHolidaysOf(year), and each is a rest day of the notice', () => {
    for (let y = 2004; y <= 2026; y++) {
      const days = ALL.filter((d) => d.date.startsWith(`${y}-`));
      expect(days.filter((d) => d.statutory).map((d) => d.date), String(y)).toEqual(statutoryHolidaysOf(y).map((s) => s.date));
      for (const d of days.filter((x) => x.statutory)) expect([d.date, d.workday, d.kind]).toEqual([d.date, false, 'holiday']);
    }
    expect(ALL.filter((d) => d.date.startsWith('2026-') && d.statutory).length).toBe(13);
    expect(ALL.filter((d) => d.date.startsWith('2024-') && d.statutory).length).toBe(11);
    expect(ALL.filter((d) => d.date.startsWith('2007-') && d.statutory).length).toBe(10);
  });

  it('provisional and overlay years: statutory days by the law, no in-lieu days without a notice', () => {
    const provisional = createCalendar({ outOfCoverage: 'provisional' });
    for (const y of [2000, 2003, 2027, 2031, 2050, 2099]) {
      const days = provisional.days(`${y}-01-01`, `${y}-12-31`);
      expect(days.filter((d) => d.statutory).map((d) => d.date), String(y)).toEqual(statutoryHolidaysOf(y).map((s) => s.date));
      expect(days.filter((d) => d.inLieu), String(y)).toEqual([]);
    }
    // A 2027 year from its notice (illustrative): 10-01 Fri … 10-07 Thu, make-up days 09-26 Sun and 10-09 Sat.
    const holidays = ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'].map((date) => ({ date, name: '国庆节' }));
    const cal = createCalendar({ years: { 2027: { holidays, workdays: ['2027-09-26', '2027-10-09'] } } });
    expect(cal.days('2027-10-01', '2027-10-07').map((d) => [d.date.slice(5), d.statutory, d.inLieu])).toEqual([
      ['10-01', true, false],
      ['10-02', true, false],
      ['10-03', true, false],
      ['10-04', false, true],
      ['10-05', false, true],
      ['10-06', false, true],
      ['10-07', false, true],
    ]);
    expect(cal.days('2027-01-01', '2027-12-31').filter((d) => d.statutory).map((d) => d.date)).toEqual(statutoryHolidaysOf(2027).map((s) => s.date));
  });

  it('every in-lieu day is a weekday rest day of a holiday block, never a statutory day', () => {
    const inLieu = ALL.filter((d) => d.inLieu);
    expect(inLieu.length).toBeGreaterThan(100);
    for (const d of inLieu) expect([d.date, isWeekend(d), d.workday, d.kind, d.statutory]).toEqual([d.date, false, false, 'holiday', false]);
    // …and every weekday rest day of a block that is not statutory is one, but the commemoration's own day of 2015
    // (国发明电〔2015〕1号: “9月3日（星期四）放假，9月4日（星期五）调休”), a rest day for pay by the notice.
    expect(ALL.filter((d) => d.kind === 'holiday' && !isWeekend(d) && !d.statutory && !d.inLieu).map((d) => d.date)).toEqual(['2015-09-03']);
    expect([payClassOf('2015-09-03').payClass, payClassOf('2015-09-03').basis, payClassOf('2015-09-04').basis]).toEqual(['rest-day', 'notice', 'notice']);
  });

  it('each block’s rest days minus its statutory days = the weekend days it moved (its make-up days and the weekend days inside it)', () => {
    const off: string[] = [];
    for (const b of blocks(ALL)) {
      const rest = b.dates.length;
      // The rest days the notice gives of their own: the statutory days, and 2015-09-03 (the commemoration's day).
      const statutory = b.dates.reduce((n, d) => n + (entitlements.get(d.date) ?? (d.date === '2015-09-03' ? 1 : 0)), 0);
      const moved = b.makeup.length + b.dates.filter(isWeekend).length;
      if (rest - statutory !== moved) off.push(`${b.dates[0]!.date} ${b.name} ${rest - statutory - moved > 0 ? '+' : ''}${rest - statutory - moved}`);
    }
    expect(off).toEqual([
      // 2015: 中秋节 on Sunday 09-27, its weekday given inside the 国庆节 block (10-07).
      '2015-09-26 中秋节 -1',
      '2015-10-01 国庆节 +1',
      // 国办发明电〔2020〕1号: 春节 extended to 02-02 (epidemic), 01-31 a weekday added, 02-01 no longer a make-up day.
      '2020-01-24 春节 +2',
    ]);
  });

  it('2026-10-01…07: three statutory days, a Sunday, a Monday 补休 for Saturday 10-03, two days 调休 for 09-20 and 10-10', () => {
    expect(dayInfo('2026-10-01').statutory).toBe(true);
    expect(chinaCalendar().days('2026-10-01', '2026-10-07').map((d) => [d.date.slice(5), d.statutory, d.inLieu, payClassOf(d.date).payClass])).toEqual([
      ['10-01', true, false, 'statutory-holiday'],
      ['10-02', true, false, 'statutory-holiday'],
      ['10-03', true, false, 'statutory-holiday'],
      ['10-04', false, false, 'rest-day'],
      ['10-05', false, true, 'rest-day'],
      ['10-06', false, true, 'rest-day'],
      ['10-07', false, true, 'rest-day'],
    ]);
    expect(payClassOf('2026-10-01').reason['zh-CN']).toBe('2026-10-01 是法定休假日（国庆节），依据《全国年节及纪念日放假办法》（2024 年修订）第二条；安排工作应支付不低于 300% 的工资报酬，补休不能代替（DUT-04、DUT-05）');
  });

  it('the law in force by year: 春节 除夕–初二 (2008–2013), 初一–初三 (2014–2024), 除夕–初三 (from 2025); 元旦 alone in a 3-day block', () => {
    expect(chinaCalendar().days('2013-02-09', '2013-02-15').filter((d) => d.statutory).map((d) => d.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    expect(chinaCalendar().days('2024-02-09', '2024-02-17').filter((d) => d.statutory).map((d) => d.date)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(payClassOf('2018-02-15').payClass).toBe('rest-day'); // 除夕 2018: a rest day, not statutory under the 2013 text
    expect(payClassOf('2025-01-28').payClass).toBe('statutory-holiday'); // 除夕 2025
    expect(chinaCalendar().days('2026-01-01', '2026-01-03').map((d) => payClassOf(d.date).payClass)).toEqual(['statutory-holiday', 'rest-day', 'rest-day']);
    expect(payClassOf('2004-05-03').reason.en).toContain('全国年节及纪念日放假办法 (1999)');
  });

  it('half-day group holidays (CAL-03) are not statutory days for pay', () => {
    const women = createCalendar({ audience: 'women' });
    const d = women.dayInfo('2024-03-08');
    expect([d.halfDay?.from, d.statutory, payClassOf('2024-03-08', { calendar: women }).payClass]).toEqual(['12:00', false, 'working-day']);
  });

  it('organisation overlays: an extra rest day is a rest day, not in lieu; an extra working day does not unmake a statutory day', () => {
    const cal = createCalendar({ extraHolidays: ['2026-10-09', '2026-10-06'], extraWorkdays: ['2026-10-02'] });
    expect([cal.dayInfo('2026-10-09').inLieu, cal.dayInfo('2026-10-06').inLieu, cal.dayInfo('2026-10-02').statutory, cal.dayInfo('2026-10-02').workday]).toEqual([false, true, true, true]);
  });

  it('payClassOf: O(1) per day, frozen, reasons in both languages; a provisional rest day is marked', () => {
    const p = payClassOf('2026-10-05');
    expect(Object.isFrozen(p)).toBe(true);
    expect([p.basis, p.holidayEn, p.provisional]).toEqual(['notice', 'National Day', false]);
    expect(payClassOf('2006-01-02').notice).toBe('国办发明电〔2005〕35号');
    const provisional = createCalendar({ outOfCoverage: 'provisional' });
    expect(payClassOf('2027-10-09', { calendar: provisional }).reason.en).toBe(
      '2027-10-09 is a rest day: a Saturday, the weekly rest day (provisional: no notice for this year yet); work without compensatory rest pays at least 200 % (DUT-04, DUT-05)',
    );
  });
});
