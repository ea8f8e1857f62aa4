import { civilFromDays, daysFromCivil, weekdayOfDay } from '../../_lib/civil';
import { GuifanError } from '../../errors/GuifanError';
import type { CalendarDayEntry, ResolvedCalendarOptions } from '../schema';
import type { DayCorrection, DayKind, DaySource } from '../types';
import { type OfficialData, yearEnd, yearStart } from './officialData';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR, type StatutoryDay } from './statutory';

/** What a calendar knows about one day before it is formatted as a DayInfo. */
export interface Status {
  workday: boolean;
  kind: DayKind;
  name?: string;
  nameEn?: string;
  inLieu?: boolean;
  provisional: boolean;
  source: DaySource;
  correction?: DayCorrection;
}

interface ListedDay {
  kind: 'holiday' | 'makeup-workday';
  name?: string;
  nameEn?: string;
}

export function optionError(path: (string | number)[], value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_CALENDAR_OPTIONS', { path: path.join('.'), value, reasonZh, reasonEn }, 'CAL-02');
}

const entryParts = (e: CalendarDayEntry): { date: string; name?: string | undefined; nameEn?: string | undefined } => (typeof e === 'string' ? { date: e } : e);

/** Collects listed days into `into`, rejecting a day listed both as rest and as work. */
function collect(
  holidays: readonly CalendarDayEntry[],
  workdays: readonly CalendarDayEntry[],
  paths: readonly [(string | number)[], (string | number)[]],
  into: Map<number, ListedDay>,
  inYear?: number,
): void {
  const seen = new Map<number, { kind: ListedDay['kind']; path: string }>();
  const put = (list: readonly CalendarDayEntry[], kind: ListedDay['kind'], path: (string | number)[]): void => {
    list.forEach((e, i) => {
      const { date, name, nameEn } = entryParts(e);
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const day = daysFromCivil(y, m, d);
      const here = [...path, i].join('.');
      if (inYear !== undefined && y !== inYear) {
        throw optionError([...path, i], date, `不在 ${inYear} 年内`, `is not in ${inYear}`);
      }
      const other = seen.get(day);
      if (other !== undefined && other.kind !== kind) {
        throw new GuifanError('CONFLICTING_CALENDAR_DAYS', { date, paths: [other.path, here] }, 'CAL-01');
      }
      seen.set(day, { kind, path: here });
      const listed: ListedDay = { kind };
      if (name !== undefined) listed.name = name;
      if (nameEn !== undefined) listed.nameEn = nameEn;
      into.set(day, listed);
    });
  };
  put(holidays, 'holiday', paths[0]);
  put(workdays, 'makeup-workday', paths[1]);
}

/** The days a calendar answers for: the packaged years, the overlay years that adjoin them, and the provisional range. */
export interface DayStatus {
  /** First and last day with known arrangements (CAL-02). */
  lo: number;
  hi: number;
  /** First and last day the calendar answers for at all (wider in provisional mode). */
  supLo: number;
  supHi: number;
  overlayYears: readonly number[];
  extraDays: number;
  /** The status of a supported day. */
  status(day: number): Status;
  /** Its status before the organisation's extra days: what the notice (or the weekly rule) says. */
  noticeStatus(day: number): Status;
  /** Whether a supported day is one of the law's statutory holidays for its year (DUT-05). */
  isStatutory(day: number): boolean;
  /** The weekly rest days, by weekday (0 = Sunday). */
  weeklyRest: readonly boolean[];
}

/**
 * The status of every day (CAL-01, CAL-02): the organisation's extra days over
 * the overlay years over the packaged data over the weekly rule; outside the
 * coverage, in provisional mode, the law's statutory days alone.
 */
export function createDayStatus(opts: ResolvedCalendarOptions, official: OfficialData, statutoryHolidays?: (year: number) => StatutoryDay[]): DayStatus {
  const rest = [false, false, false, false, false, false, false];
  for (const w of opts.weekend) rest[w] = true;

  // Whole years given by the host app (a newly published notice, or a correction).
  const yearDays = new Map<number, ListedDay>();
  const overlayYears: number[] = [];
  for (const [key, year] of Object.entries(opts.years)) {
    const y = Number(key);
    if (y < STATUTORY_MIN_YEAR || y > STATUTORY_MAX_YEAR) {
      throw optionError(['years', key], key, `年份应在 ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR} 之间`, `year must be ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR}`);
    }
    overlayYears.push(y);
    collect(year.holidays, year.workdays, [['years', key, 'holidays'], ['years', key, 'workdays']], yearDays, y);
  }
  overlayYears.sort((a, b) => a - b);
  const overlaySet = new Set(overlayYears);

  // Organisation overlays: win over everything else.
  const extraDays = new Map<number, ListedDay>();
  collect(opts.extraHolidays, opts.extraWorkdays, [['extraHolidays'], ['extraWorkdays']], extraDays);

  // Coverage: the official years plus overlay years, which must adjoin them.
  let firstYear = official.firstYear;
  let lastYear = official.lastYear;
  for (const y of overlayYears) {
    if (y === lastYear + 1) lastYear = y;
  }
  for (const y of [...overlayYears].reverse()) {
    if (y === firstYear - 1) firstYear = y;
  }
  for (const y of overlayYears) {
    if (y < firstYear || y > lastYear) {
      throw optionError(
        ['years', String(y)],
        y,
        `与已覆盖年份（${firstYear}–${lastYear}）不相邻，中间年份的安排未知`,
        `does not adjoin the covered years (${firstYear}–${lastYear}); the years between are unknown`,
      );
    }
  }
  const lo = yearStart(firstYear);
  const hi = yearEnd(lastYear);
  const provisionalMode = opts.outOfCoverage === 'provisional';
  // The statutory rules (and their lunar table) are passed in by the callers
  // (createCalendar, chinaCalendar): every day says whether it is statutory (DUT-05).
  /* c8 ignore next */
  if (!statutoryHolidays) throw new Error('guifan: a calendar needs the statutory rules');
  const supLo = provisionalMode ? Math.min(lo, yearStart(STATUTORY_MIN_YEAR)) : lo;
  const supHi = provisionalMode ? Math.max(hi, yearEnd(STATUTORY_MAX_YEAR)) : hi;

  const statutoryCache = new Map<number, Map<number, { name: string; nameEn: string }>>();
  const statutoryOf = (y: number): Map<number, { name: string; nameEn: string }> => {
    let m = statutoryCache.get(y);
    if (!m) {
      m = new Map(statutoryHolidays!(y).map((s) => [s.day, { name: s.name, nameEn: s.nameEn }]));
      statutoryCache.set(y, m);
    }
    return m;
  };

  const weekly = (day: number, provisional: boolean): Status =>
    rest[weekdayOfDay(day)]
      ? { workday: false, kind: 'weekend', provisional, source: 'weekly-rule' }
      : { workday: true, kind: 'workday', provisional, source: 'weekly-rule' };

  const fromListed = (l: ListedDay, provisional: boolean, src: DaySource): Status => {
    const s: Status = { workday: l.kind === 'makeup-workday', kind: l.kind, provisional, source: src };
    if (l.name !== undefined) s.name = l.name;
    if (l.nameEn !== undefined) s.nameEn = l.nameEn;
    return s;
  };

  const baseStatus = (day: number): Status => {
    const year = civilFromDays(day)[0];
    if (overlaySet.has(year)) {
      const l = yearDays.get(day);
      return l ? fromListed(l, false, 'overlay') : weekly(day, false);
    }
    if (day >= lo && day <= hi) {
      const o = official.year(year).get(day);
      if (!o) return weekly(day, false);
      const s: Status = { workday: o.kind === 'makeup-workday', kind: o.kind, name: o.name, nameEn: o.nameEn, provisional: false, source: o.correction ? 'correction' : 'official' };
      if (o.inLieu) s.inLieu = true;
      if (o.correction) {
        const { notice, sentence, reason, reasonEn } = o.correction;
        s.correction = Object.freeze({ notice, sentence, reason, reasonEn });
      }
      return s;
    }
    const st = statutoryOf(year).get(day);
    return st ? { workday: false, kind: 'holiday', name: st.name, nameEn: st.nameEn, provisional: true, source: 'statutory' } : weekly(day, true);
  };

  const status = (day: number): Status => {
    const base = baseStatus(day);
    const extra = extraDays.get(day);
    if (!extra) return base;
    if (extra.kind === 'holiday') {
      return { workday: false, kind: 'holiday', name: extra.name ?? base.name ?? '单位休息日', nameEn: extra.nameEn ?? base.nameEn ?? 'Organisation rest day', provisional: base.provisional, source: 'overlay' };
    }
    if (base.workday) return { ...base, ...(extra.name ? { name: extra.name } : {}), ...(extra.nameEn ? { nameEn: extra.nameEn } : {}), source: 'overlay' };
    const s: Status = { workday: true, kind: 'makeup-workday', provisional: base.provisional, source: 'overlay' };
    const name = extra.name ?? base.name;
    const nameEn = extra.nameEn ?? base.nameEn;
    if (name !== undefined) s.name = name;
    if (nameEn !== undefined) s.nameEn = nameEn;
    return s;
  };

  const noticeStatus = (day: number): Status => (extraDays.has(day) ? baseStatus(day) : status(day));
  const isStatutory = (day: number): boolean => statutoryOf(civilFromDays(day)[0]).has(day);
  return { lo, hi, supLo, supHi, overlayYears, extraDays: extraDays.size, status, noticeStatus, isStatutory, weeklyRest: rest };
}
