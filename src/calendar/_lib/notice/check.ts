import { formatDay, weekdayOfDay } from '../../../_lib/civil';
import { makeIssue, type ValidationIssue } from '../makeIssue';
import type { RuleId } from '../../../errors/types';
import { lunarToDay } from '../lunar';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR, statutoryHolidays } from '../statutory';
import { holidayName, type HolidayName } from './names';
import { readNotice, type Arrangement, type DateToken, type ReadOptions, type Span } from './read';
import { balanceOf, type Balance } from './balance';
import { lunarIn, weekdayIn, WEEKDAY_EN, WEEKDAY_ZH } from './text';

/**
 * One day of a parsed notice ({@link HolidayNotice}): its date and the holiday's
 * name (for a make-up working day, the holiday it serves), in Chinese and,
 * when known, English.
 *
 * @example
 * parseHolidayNotice('国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。').holidays[0]
 * //=> { date: '2026-01-01', name: '元旦', nameEn: "New Year's Day" }
 */
export interface NoticeDay {
  readonly date: string;
  readonly name: string;
  readonly nameEn?: string;
}

/** Everything the notice says, days of the neighbouring years included. */
export interface Settled {
  readonly year: number | undefined;
  readonly holidays: NoticeDay[];
  readonly workdays: NoticeDay[];
  readonly issues: ValidationIssue[];
  /** Where in the text each listed day is decided (`date` → the arrangement's span, or the extension's line): provenance. */
  readonly spans: ReadonlyMap<string, Span>;
}

const dayEntry = (day: number, n: HolidayName): NoticeDay => (n.nameEn ? { date: formatDay(day), name: n.name, nameEn: n.nameEn } : { date: formatDay(day), name: n.name });

/** Reads and checks a notice (see parseHolidayNotice). */
export function settleNotice(text: string, options: ReadOptions): Settled {
  const r = readNotice(text, options);
  const issues: ValidationIssue[] = [];
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  /** 1-based line of an offset: newlines before it, by binary search (a long paste stays linear). */
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const issue = (code: Parameters<typeof makeIssue>[0], span: Span, details: Record<string, unknown>, rule: RuleId, severity: 'error' | 'warning' = 'error'): void => {
    const excerpt = text.slice(span[0], span[1]).trim();
    issues.push(makeIssue(code, ['line', lineOf(span[0])], { value: excerpt, excerpt, span: [span[0], span[1]], ...details }, rule, severity));
  };

  if (r.year === undefined) {
    issue('NOTICE_NO_YEAR', [0, Math.min(text.length, 40)], {}, 'CAL-02');
    return { year: undefined, holidays: [], workdays: [], issues, spans: new Map() };
  }
  const year = r.year;
  if (!Number.isInteger(year) || year < STATUTORY_MIN_YEAR || year > STATUTORY_MAX_YEAR) {
    issue('NOTICE_NO_YEAR', [0, Math.min(text.length, 40)], { reasonZh: `年份应在 ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR} 之间`, reasonEn: `the year must be ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR}` }, 'CAL-02');
    return { year: undefined, holidays: [], workdays: [], issues, spans: new Map() };
  }
  if (options.year !== undefined && r.titleYear !== undefined && r.titleYear !== options.year) {
    const at = r.norm.indexOf(String(r.titleYear));
    issue('NOTICE_YEAR_MISMATCH', [at, at + 4], { titleYear: r.titleYear, year: options.year }, 'CAL-02');
  }
  for (const u of r.unreadable) issue('NOTICE_UNREADABLE_LINE', u.span, { reasonZh: u.reasonZh, reasonEn: u.reasonEn }, 'CAL-02');
  for (const x of r.replaced) issue('NOTICE_ARRANGEMENT_REPLACED', x.span, { name: x.name, nameEn: holidayName(x.name).nameEn }, 'CAL-01', 'warning');

  const lo = year - 1;
  const checkToken = (t: DateToken): void => {
    if (t.day === undefined) return;
    const date = formatDay(t.day);
    if (!(t.year === year || (t.year === lo && t.month === 12) || (t.year === year + 1 && t.month === 1))) {
      issue('NOTICE_DATE_OUT_OF_YEAR', [t.start, t.end], { date, year }, 'CAL-02');
    }
    if (t.note === undefined) return;
    const w = weekdayIn(t.note);
    const wd = weekdayOfDay(t.day);
    if (w && w.weekday !== wd) issue('NOTICE_WEEKDAY_MISMATCH', [t.start, t.end], { date, stated: w.text, actualZh: WEEKDAY_ZH[wd], actualEn: WEEKDAY_EN[wd] }, 'CAL-01');
    const l = lunarIn(t.note);
    // A note on a range (“（农历除夕至正月初六）”) describes the range, not its last day.
    if (l && !t.note.includes('至') && t.year >= 1901 && t.year <= 2099) {
      const ok = l.eve
        ? [t.year, t.year + 1].some((y) => y <= 2099 && lunarToDay(y, 1, 1) - 1 === t.day)
        : [t.year - 1, t.year].some((y) => lunarToDay(y, l.month!, l.day!) === t.day);
      if (!ok) issue('NOTICE_LUNAR_MISMATCH', [t.start, t.end], { date, stated: l.text }, 'CAL-01');
    }
  };
  for (const a of r.arrangements) a.tokens.forEach(checkToken);
  r.extensionTokens.forEach(checkToken);

  // Statutory days by canonical name (全国年节及纪念日放假办法 as in force that year).
  const statutory = new Map<number, string[]>();
  for (const s of statutoryHolidays(year)) statutory.set(s.day, s.name.split('、').map((n) => holidayName(n).name));

  const lawNames = new Set([...statutory.values()].flat());
  const balances: { a: Arrangement; n: HolidayName; b: Balance }[] = [];
  const holidays = new Map<number, { n: HolidayName; a: Arrangement; span: Span }>();
  const workdays = new Map<number, { n: HolidayName; a: Arrangement; span: Span; from: Span }>();
  for (const a of r.arrangements) {
    if (a.makeupOnly && a.unreadable === undefined) {
      for (const w of a.workdays) if (!workdays.has(w.day)) workdays.set(w.day, { n: a.names[0]!, a, span: w.span, from: a.span });
      continue;
    }
    if (a.unreadable !== undefined || !a.block) {
      const [why, s0, s1] = (a.unreadable ?? 'no-block').split(':');
      const reasons: Record<string, [string, string]> = {
        'no-block': ['找不到“……放假”的日期', 'no “… 放假” dates found'],
        'no-month': ['日期前没有月份', 'a day with no month before it'],
        'no-such-day': ['没有这一天', 'no such day'],
        backwards: ['日期范围的结束早于开始', 'the range ends before it starts'],
      };
      const [zh, en] = reasons[why!] ?? reasons['no-block']!;
      issue('NOTICE_UNREADABLE_LINE', s0 !== undefined ? [Number(s0), Number(s1)] : a.span, { reasonZh: zh, reasonEn: en }, 'CAL-02');
      continue;
    }
    const { from, to } = a.block;
    if (a.stated && a.stated.count !== to - from + 1) {
      const n = a.names.map((x) => x.name).join('、');
      issue('NOTICE_COUNT_MISMATCH', a.stated.span, { name: n, nameEn: a.names.map((x) => x.nameEn).join(' & '), stated: a.stated.count, from: formatDay(from), to: formatDay(to), actual: to - from + 1 }, 'CAL-01');
    }
    const last = a.extendedTo ?? to;
    // In a combined line (中秋节、国庆节) a day is named after its own statutory holiday,
    // any other day after the holiday with most statutory days in the block.
    const score = (n: HolidayName): number => {
      let c = 0;
      for (let d = from; d <= last; d++) if (statutory.get(d)?.includes(n.name)) c++;
      return c;
    };
    let primary = a.names[0]!;
    for (const n of a.names) if (score(n) > score(primary)) primary = n;
    const reported = new Set<Arrangement>();
    for (let d = from; d <= last; d++) {
      const own = statutory.get(d) ?? [];
      const n = own.includes(primary.name) ? primary : a.names.find((x) => own.includes(x.name)) ?? primary;
      const prev = holidays.get(d);
      if (prev && prev.a !== a) {
        // One issue per pair of lines, at their first common day.
        if (!reported.has(prev.a)) {
          reported.add(prev.a);
          issue('NOTICE_OVERLAPPING_RANGES', a.block.span, { date: formatDay(d), first: prev.n.name, firstEn: prev.n.nameEn, second: n.name, secondEn: n.nameEn }, 'CAL-01');
        }
        continue;
      }
      holidays.set(d, { n, a, span: d > to ? (a.extensionSpan ?? a.span) : a.span });
    }
    const makeup = new Set<number>();
    for (const w of a.workdays) {
      // An extension cancels the make-up days it covers (2020: 2月1日).
      if (w.day >= from && w.day <= last && a.extendedTo !== undefined && w.day > to) continue;
      makeup.add(w.day);
      if (!workdays.has(w.day)) workdays.set(w.day, { n: primary, a, span: w.span, from: a.span });
    }
    balances.push({ a, n: primary, b: balanceOf(from, last, makeup.size, statutory, !a.names.some((n) => lawNames.has(n.name))) });
  }
  for (const [d, w] of workdays) {
    const h = holidays.get(d);
    if (h) issue('NOTICE_OVERLAPPING_RANGES', w.span, { date: formatDay(d), first: h.n.name, firstEn: h.n.nameEn, second: `${w.n.name}（上班）`, secondEn: `${w.n.nameEn} (working day)` }, 'CAL-01');
    const wd = weekdayOfDay(d);
    if (wd !== 0 && wd !== 6) issue('NOTICE_MAKEUP_NOT_WEEKEND', w.span, { date: formatDay(d), weekdayZh: WEEKDAY_ZH[wd], weekdayEn: WEEKDAY_EN[wd] }, 'CAL-01');
  }
  // A statutory day must be a day off (a weekend day not listed is off anyway).
  const covered = new Set(r.arrangements.filter((a) => !a.makeupOnly).flatMap((a) => a.names.map((n) => n.name)));
  const whole = options.name === undefined && r.arrangements.some((a) => !a.headless);
  // CAL-01: 调休 moves rest days, it neither adds nor removes them. Over a whole notice the
  // weekdays off equal the make-up days plus the law's holiday-days (one holiday's 补休 may sit
  // in another's block, as 2015's 中秋节 in 国庆节); reported at the first block that is off.
  if (whole) {
    const sum = (k: keyof Balance): number => balances.reduce((t, x) => t + x.b[k], 0);
    const at = balances.find((x) => x.b.extra !== 0);
    if (at && sum('extra') !== 0) {
      issue('NOTICE_UNBALANCED', at.a.span, { name: at.n.name, nameEn: at.n.nameEn, weekdays: sum('weekdays'), makeup: sum('makeup'), statutory: sum('statutory'), extra: sum('extra') }, 'CAL-01', 'warning');
    }
  }
  for (const [d, names] of statutory) {
    if (!whole && !names.some((n) => covered.has(n))) continue;
    const off = holidays.has(d) || (!workdays.has(d) && (weekdayOfDay(d) === 0 || weekdayOfDay(d) === 6));
    if (!off) {
      const n = holidayName(names[0]!);
      const w = workdays.get(d);
      const a = r.arrangements.find((x) => x.names.some((m) => names.includes(m.name)));
      issue('NOTICE_STATUTORY_DAY_WORKING', w?.span ?? a?.span ?? [0, Math.min(text.length, 40)], { date: formatDay(d), name: names.join('、'), nameEn: n.nameEn }, 'CAL-01');
    }
  }
  const sorted = <T>(m: Map<number, T>): [number, T][] => [...m].sort((x, y) => x[0] - y[0]);
  issues.sort((x, y) => ((x.details.span as number[] | undefined)?.[0] ?? 0) - ((y.details.span as number[] | undefined)?.[0] ?? 0));
  return {
    year,
    holidays: sorted(holidays).map(([d, h]) => dayEntry(d, h.n)),
    workdays: sorted(workdays).map(([d, w]) => dayEntry(d, w.n)),
    issues,
    spans: new Map([...[...holidays].map(([d, h]) => [formatDay(d), h.span] as const), ...[...workdays].map(([d, w]) => [formatDay(d), w.from] as const)]),
  };
}
