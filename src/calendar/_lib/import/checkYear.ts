import { formatDay, parseCivilDate, weekdayOfDay } from '../../../_lib/civil';
import type { NoticeDay } from '../notice/check';
import { holidayName, type HolidayName } from '../notice/names';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { statutoryHolidays } from '../statutory';

/** One day as a data source lists it. */
export interface SourceDay {
  readonly date: unknown;
  /** `true`: a rest day; `false`: a working day. */
  readonly off: unknown;
  /** The holiday's name as the source writes it (`'“五一”'`, `'国庆节、中秋节'`, `'清明'`). */
  readonly name?: unknown;
  readonly nameEn?: unknown;
  /** Where it is in the input, for the issue. */
  readonly path: readonly (string | number)[];
}

/** A year read from a data source, checked like a notice. */
export interface CheckedYear {
  readonly holidays: NoticeDay[];
  readonly workdays: NoticeDay[];
  readonly issues: ValidationIssue[];
  /** No error: the year may be loaded. */
  readonly ok: boolean;
}

const isWeekend = (day: number): boolean => weekdayOfDay(day) === 0 || weekdayOfDay(day) === 6;

/**
 * Checks the days a data source (chinese-days, holiday-cn) lists for one
 * notice year — that year, and the December before for a 元旦 that starts
 * there — as parseHolidayNotice checks a notice (CAL-01): real dates in reach,
 * no day both off and working, make-up days on weekends, every statutory day
 * off, and the year's balance (调休 moves rest days: the weekdays off equal the
 * make-up days plus the law's holiday-days; a warning, as 2020's extension).
 */
export function checkYear(year: number, days: readonly SourceDay[], source: string): CheckedYear {
  const issues: ValidationIssue[] = [];
  const at = (path: readonly (string | number)[]): (string | number)[] => [...path];
  const statutory = new Map<number, HolidayName[]>();
  for (const s of statutoryHolidays(year)) statutory.set(s.day, s.name.split('、').map(holidayName));
  const lawNames = new Set([...statutory.values()].flat().map((n) => n.name));
  const lo = parseCivilDate(`${year - 1}-12-01`)!;
  const hi = parseCivilDate(`${year}-12-31`)!;

  const listed = new Map<number, { off: boolean; names: HolidayName[]; path: readonly (string | number)[] }>();
  for (const d of days) {
    const day = typeof d.date === 'string' ? parseCivilDate(d.date) : undefined;
    if (day === undefined || typeof d.off !== 'boolean' || day < lo || day > hi) {
      const reasonZh = day === undefined ? '日期应为存在的 YYYY-MM-DD' : typeof d.off !== 'boolean' ? '应注明放假或上班（布尔值）' : `不在 ${year} 年（及前一年 12 月）内`;
      const reasonEn = day === undefined ? 'the date must be an existing YYYY-MM-DD' : typeof d.off !== 'boolean' ? 'must say off or working (a boolean)' : `not in ${year} (or the December before)`;
      issues.push(makeIssue('IMPORT_BAD_DAY', at(d.path), { value: d.date, source, year, reasonZh, reasonEn }, 'CAL-01'));
      continue;
    }
    const raw = typeof d.name === 'string' && d.name.trim() !== '' ? d.name : undefined;
    const names = raw === undefined ? [] : raw.split('、').map((n) => holidayName(n));
    if (names.length === 1 && typeof d.nameEn === 'string' && d.nameEn !== '' && names[0]!.nameEn === '') names[0] = { name: names[0]!.name, nameEn: d.nameEn };
    const prev = listed.get(day);
    if (prev && prev.off !== d.off) {
      issues.push(makeIssue('IMPORT_CONFLICTING_DAY', at(d.path), { value: formatDay(day), date: formatDay(day), source }, 'CAL-01'));
      continue;
    }
    if (!d.off && !isWeekend(day)) {
      // A weekday listed as working changes nothing (holiday-cn's 2020-02-03 “起正常上班”).
      issues.push(makeIssue('IMPORT_WEEKDAY_WORKDAY', at(d.path), { value: formatDay(day), date: formatDay(day), source }, 'CAL-01', 'warning'));
      continue;
    }
    listed.set(day, { off: d.off, names, path: d.path });
  }

  if (listed.size === 0) {
    // An empty list is a year not yet published, never a year without holidays.
    issues.push(makeIssue('IMPORT_YEAR_EMPTY', [String(year)], { value: year, year, source }, 'CAL-02', 'warning'));
    return { holidays: [], workdays: [], issues, ok: false };
  }
  // Every statutory day must be off: listed as a rest day, or a weekend day not made working.
  for (const [day, names] of statutory) {
    const l = listed.get(day);
    if (l ? !l.off : !isWeekend(day)) {
      issues.push(makeIssue('IMPORT_STATUTORY_DAY_WORKING', l ? at(l.path) : [formatDay(day)], { value: formatDay(day), date: formatDay(day), name: names.map((n) => n.name).join('、'), nameEn: names.map((n) => n.nameEn).join(' & '), source }, 'CAL-01'));
    }
  }

  // Names: a day of a combined name (国庆节、中秋节) is named after its own statutory holiday, else the one with most statutory days.
  const lawDays = (n: HolidayName): number => [...statutory.values()].filter((ns) => ns.some((x) => x.name === n.name)).length;
  const nameOf = (day: number, names: HolidayName[]): HolidayName => {
    const own = statutory.get(day) ?? [];
    return names.find((n) => own.some((o) => o.name === n.name)) ?? [...names].sort((a, b) => lawDays(b) - lawDays(a))[0] ?? { name: '节假日', nameEn: 'Holiday' };
  };
  const holidays: NoticeDay[] = [];
  const workdays: NoticeDay[] = [];
  let weekdaysOff = 0;
  let makeup = 0;
  const ownDays = new Map<string, number>();
  for (const [day, l] of [...listed].sort((a, b) => a[0] - b[0])) {
    const n = nameOf(day, l.names);
    const entry: NoticeDay = n.nameEn ? { date: formatDay(day), name: n.name, nameEn: n.nameEn } : { date: formatDay(day), name: n.name };
    if (l.off) {
      holidays.push(entry);
      if (!isWeekend(day)) weekdaysOff++;
      if (!lawNames.has(n.name) && !ownDays.has(n.name)) ownDays.set(n.name, day);
    } else {
      workdays.push(entry);
      makeup++;
    }
  }
  let law = 0;
  for (const names of statutory.values()) law += names.length;
  // A holiday the law does not name (2015's commemoration) has its first day, on a weekday, as its own.
  for (const day of ownDays.values()) if (!isWeekend(day)) law++;
  const extra = weekdaysOff - makeup - law;
  if (extra !== 0) issues.push(makeIssue('IMPORT_YEAR_UNBALANCED', [String(year)], { value: year, year, source, weekdays: weekdaysOff, makeup, statutory: law, extra }, 'CAL-01', 'warning'));
  return { holidays, workdays, issues, ok: !issues.some((i) => i.severity === 'error') };
}
