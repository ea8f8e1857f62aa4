import { civilFromDays, daysFromCivil, formatDay, weekdayOfDay } from '../../_lib/civil';
import { toDayNumber, toEpochMs, type DateInput } from '../../_lib/input';
import { createZone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import type { CalendarDayEntry, ResolvedCalendarOptions } from '../schema';
import type { BusinessInterval, CalendarSource, DayCorrection, DayInfo, DayKind, DaySource, WorkdayExplanation, WorkingCalendar } from '../types';
import { INTERNALS, type CalendarInternals } from './internals';
import { AUDIENCE_DAYS, clipAfternoon, compileBusinessHours, type MinuteSegments } from './businessHours';
import { type OfficialData, yearEnd, yearStart } from './officialData';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR, type StatutoryDay } from './statutory';
import { inLieuOf } from './payFlags';

interface Status {
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

/** The working-day index of one year, built the first time a day in it is touched. */
interface YearIndex {
  /** Day number of 1 January (or of the first supported day). */
  start: number;
  /** cum[i] = working days among start … start + i − 1 (length: days + 1). */
  cum: Uint16Array;
  /** Day numbers of the year's working days, ascending. */
  list: Int32Array;
}

function optionError(path: (string | number)[], value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_CALENDAR_OPTIONS', { path: path.join('.'), value, reasonZh, reasonEn }, 'CAL-02');
}

function entryParts(e: CalendarDayEntry): { date: string; name?: string | undefined; nameEn?: string | undefined } {
  return typeof e === 'string' ? { date: e } : e;
}

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

/**
 * Builds a calendar from validated options. The working-day index is built on
 * first use and kept inside the (frozen) calendar.
 */
export function buildCalendar(
  opts: ResolvedCalendarOptions,
  official: OfficialData,
  statutoryHolidays?: (year: number) => StatutoryDay[],
): WorkingCalendar {
  const zone = createZone(opts.timeZone);
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

  const source: CalendarSource = Object.freeze({
    name: opts.name ?? '中国大陆',
    data: official.source.data,
    version: official.source.version,
    officialYears: Object.freeze([official.firstYear, official.lastYear] as const),
    overlayYears: Object.freeze([...overlayYears]),
    extraDays: extraDays.size,
  });

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

  const notCovered = (day: number): GuifanError => {
    const [year] = civilFromDays(day);
    return new GuifanError(
      'CALENDAR_NOT_COVERED',
      {
        date: formatDay(day),
        year,
        coverageStart: formatDay(lo),
        coverageEnd: formatDay(hi),
        supportedStart: formatDay(supLo),
        supportedEnd: formatDay(supHi),
        outOfCoverage: opts.outOfCoverage,
      },
      'CAL-02',
    );
  };

  // The working-day index, one year at a time: a year is built the first time
  // a day in it is touched, so a first answer costs one year, not all of them.
  const firstIdxYear = civilFromDays(supLo)[0];
  const yearCount = civilFromDays(supHi)[0] - firstIdxYear + 1;
  const yearStarts = new Int32Array(yearCount + 1);
  for (let i = 0; i <= yearCount; i++) yearStarts[i] = i === 0 ? supLo : i === yearCount ? supHi + 1 : yearStart(firstIdxYear + i);
  const yearIndexes: (YearIndex | undefined)[] = [];
  /** Which year slot holds `day` (supLo ≤ day ≤ supHi). */
  let lastSlot = 0;
  const slotOf = (day: number): number => {
    // Most questions in a run stay in one year: try the last one first.
    if (day >= yearStarts[lastSlot]! && day < yearStarts[lastSlot + 1]!) return lastSlot;
    let i = Math.min(yearCount - 1, Math.floor((day - yearStarts[0]!) / 365.2425));
    while (yearStarts[i]! > day) i--;
    while (yearStarts[i + 1]! <= day) i++;
    return (lastSlot = i);
  };
  const yearIndex = (i: number): YearIndex => {
    const known = yearIndexes[i];
    if (known) return known;
    const start = yearStarts[i]!;
    const n = yearStarts[i + 1]! - start;
    const cum = new Uint16Array(n + 1);
    const list: number[] = [];
    for (let k = 0; k < n; k++) {
      const w = status(start + k).workday;
      cum[k + 1] = cum[k]! + (w ? 1 : 0);
      if (w) list.push(start + k);
    }
    return (yearIndexes[i] = { start, cum, list: Int32Array.from(list) });
  };

  const toDay = (d: DateInput): number => toDayNumber(d, zone);

  // Formatting a date string costs more than the arithmetic itself, so each
  // supported day's string is made once, on first use.
  const labels: (string | undefined)[] = [];
  const label = (day: number): string => {
    const i = day - supLo;
    if (i < 0 || day > supHi) return formatDay(day);
    return (labels[i] ??= formatDay(day));
  };

  // --- Business hours (CAL-03, CAL-04, CAL-05) ---------------------------
  const hours = opts.businessHours === undefined ? undefined : compileBusinessHours(opts.businessHours);
  const audienceDay = opts.audience === undefined ? undefined : AUDIENCE_DAYS[opts.audience];

  const isHalfDay = (day: number): boolean => {
    if (!audienceDay) return false;
    const [, m, d] = civilFromDays(day);
    return m === audienceDay.month && d === audienceDay.day && status(day).workday;
  };

  const minuteSegments = (day: number): MinuteSegments => {
    if (!hours) return [];
    if (hours.allDay) return hours.hours;
    if (!status(day).workday) return [];
    // No date string unless there are per-date hours: bizCum() asks this for every supported day.
    const segs = (hours.dates.size ? hours.dates.get(label(day)) : undefined) ?? hours.weekdays.get(weekdayOfDay(day)) ?? hours.hours;
    return isHalfDay(day) ? clipAfternoon(segs) : segs;
  };

  /** Open intervals of a day as epoch-ms pairs. */
  const intervalsMs = (day: number): number[] => {
    const out: number[] = [];
    for (const [s, e] of minuteSegments(day)) out.push(zone.instantOf(day, s), zone.instantOf(day, e));
    return out;
  };

  // Business time, also one year at a time: bizYear(i)[k] = business ms of the
  // first k days of year slot i, built the first time that year is touched.
  const bizYears: (Float64Array | undefined)[] = [];
  const bizYear = (i: number): Float64Array => {
    const known = bizYears[i];
    if (known) return known;
    const start = yearStarts[i]!;
    const n = yearStarts[i + 1]! - start;
    const cum = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) {
      const iv = intervalsMs(start + k);
      let sum = 0;
      for (let j = 0; j < iv.length; j += 2) sum += iv[j + 1]! - iv[j]!;
      cum[k + 1] = cum[k]! + sum;
    }
    return (bizYears[i] = cum);
  };

  /** Business ms of the whole days a … b (0 when a > b); both supported. */
  const bizDays = (a: number, b: number): number => {
    if (a > b) return 0;
    let i = slotOf(a);
    const last = slotOf(b);
    let cum = bizYear(i);
    let sum = -cum[a - yearStarts[i]!]!;
    while (i < last) {
      sum += cum[cum.length - 1]!;
      cum = bizYear(++i);
    }
    return sum + cum[b - yearStarts[i]! + 1]!;
  };

  const requireHours = (whatZh: string, whatEn: string): void => {
    if (!hours) throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh, whatEn }, 'CAL-04');
  };

  const supportedDay = (day: number): number => {
    if (day < supLo || day > supHi) throw notCovered(day);
    return day;
  };

  const addBusinessMs = (t: number, ms: number): number => {
    const day = supportedDay(zone.dayOf(t));
    if (ms === 0) return t;
    let rem = ms;
    const today = intervalsMs(day);
    for (let j = 0; j < today.length; j += 2) {
      const s = Math.max(today[j]!, t);
      const e = today[j + 1]!;
      if (e > s) {
        if (rem <= e - s) return s + rem;
        rem -= e - s;
      }
    }
    // the rest from the next day on, year by year
    let next = day + 1;
    if (next > supHi) throw notCovered(supHi + 1);
    let i = slotOf(next);
    let cum = bizYear(i);
    let k = next - yearStarts[i]!;
    let target = cum[k]! + rem;
    while (cum[cum.length - 1]! < target) {
      target -= cum[cum.length - 1]!;
      if (++i >= yearCount) throw notCovered(supHi + 1);
      cum = bizYear(i);
      k = 0;
    }
    // smallest k with cum[k + 1] >= target: the day on which the time runs out
    let hi2 = cum.length - 2;
    while (k < hi2) {
      const mid = (k + hi2) >> 1;
      if (cum[mid + 1]! >= target) hi2 = mid;
      else k = mid + 1;
    }
    next = yearStarts[i]! + k;
    let need = target - cum[k]!;
    const iv = intervalsMs(next);
    for (let j = 0; j < iv.length; j += 2) {
      const len = iv[j + 1]! - iv[j]!;
      if (need <= len) return iv[j]! + need;
      need -= len;
    }
    /* c8 ignore next */
    throw new Error('business-time index out of step');
  };

  /** Business ms in [x, y] for x ≤ y. */
  const businessMsBetween = (x: number, y: number): number => {
    const dx = supportedDay(zone.dayOf(x));
    const dy = supportedDay(zone.dayOf(y));
    const overlap = (day: number, a: number, b: number): number => {
      const iv = intervalsMs(day);
      let sum = 0;
      for (let j = 0; j < iv.length; j += 2) sum += Math.max(0, Math.min(b, iv[j + 1]!) - Math.max(a, iv[j]!));
      return sum;
    };
    if (dx === dy) return overlap(dx, x, y);
    return overlap(dx, x, Infinity) + bizDays(dx + 1, dy - 1) + overlap(dy, -Infinity, y);
  };

  const info = (day: number): DayInfo => {
    if (day < supLo || day > supHi) throw notCovered(day);
    const s = status(day);
    const half = audienceDay && isHalfDay(day) ? { halfDay: Object.freeze({ name: audienceDay.name, nameEn: audienceDay.nameEn, from: '12:00' }) } : {};
    // DUT-05: the law's days, and the weekdays the notice (not the organisation) made rest days.
    const statutory = statutoryOf(civilFromDays(day)[0]).has(day);
    const inLieu = inLieuOf(day, s, extraDays.has(day) ? baseStatus(day) : s, rest, statutory);
    return Object.freeze({ date: label(day), weekday: weekdayOfDay(day), ...s, statutory, inLieu, ...half });
  };

  const checkAmount = (amount: unknown): number => {
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      throw new GuifanError('INVALID_AMOUNT', {
        value: amount,
        name: 'amount',
        expectedZh: '工作日数应为整数（可为负数或 0）',
        expectedEn: 'a number of working days must be a whole number (negative or 0 allowed)',
      });
    }
    return amount;
  };

  /** The day `n` working days from `d`; throws when a needed day is not supported. */
  const addDays = (d: number, n: number): number => {
    if (n === 0) return d;
    if (n > 0) {
      if (d + 1 < supLo || d + 1 > supHi) throw notCovered(d + 1);
      let i = slotOf(d + 1);
      let y = yearIndex(i);
      let j = y.cum[d + 1 - y.start]! + n - 1;
      while (j >= y.list.length) {
        j -= y.list.length;
        if (++i >= yearCount) throw notCovered(supHi + 1);
        y = yearIndex(i);
      }
      return y.list[j]!;
    }
    if (d - 1 < supLo || d - 1 > supHi) throw notCovered(d - 1);
    let i = slotOf(d - 1);
    let y = yearIndex(i);
    let j = y.cum[d - y.start]! + n;
    while (j < 0) {
      if (--i < 0) throw notCovered(supLo - 1);
      y = yearIndex(i);
      j += y.list.length;
    }
    return y.list[j]!;
  };

  /** Working days in (x, y] for x ≤ y; throws when a needed day is not supported. */
  const between = (x: number, y: number): number => {
    if (x === y) return 0;
    if (x + 1 < supLo || x + 1 > supHi) throw notCovered(x + 1);
    if (y > supHi) throw notCovered(supHi + 1);
    let i = slotOf(x + 1);
    const last = slotOf(y);
    let yi = yearIndex(i);
    let sum = -yi.cum[x + 1 - yi.start]!;
    while (i < last) {
      sum += yi.list.length;
      yi = yearIndex(++i);
    }
    return sum + yi.cum[y + 1 - yi.start]!;
  };

  /** Whether any day in [x, y] is provisional: a year is provisional as a whole, outside the coverage. */
  const anyProvisional = (x: number, y: number): boolean => x < lo || y > hi;

  const explain = (from: number, to: number, count: number): WorkdayExplanation => {
    const [x, y] = from <= to ? [from + 1, to] : [to + 1, from];
    const skipped: DayInfo[] = [];
    const makeup: DayInfo[] = [];
    const corrections: DayInfo[] = [];
    for (let day = x; day <= y; day++) {
      const s = status(day);
      if (!s.workday) skipped.push(info(day));
      else if (s.kind === 'makeup-workday') makeup.push(info(day));
      if (s.correction) corrections.push(info(day));
    }
    return Object.freeze({
      rule: 'CAL-01',
      from: formatDay(from),
      to: formatDay(to),
      workdays: count,
      skipped: Object.freeze(skipped),
      makeupWorkdays: Object.freeze(makeup),
      corrections: Object.freeze(corrections),
      provisional: x <= y && anyProvisional(x, y),
      source,
    });
  };

  const frozenOptions = Object.freeze(JSON.parse(JSON.stringify(opts)) as Record<string, unknown>);

  const calendar: WorkingCalendar = {
    name: source.name,
    timeZone: zone.name,
    coverage: Object.freeze({ start: formatDay(lo), end: formatDay(hi) }),
    supported: Object.freeze({ start: formatDay(supLo), end: formatDay(supHi) }),
    outOfCoverage: opts.outOfCoverage,
    weekend: Object.freeze([...opts.weekend].sort((p, q) => p - q)),
    source,
    options: frozenOptions,
    toCivilDate: (d) => label(toDay(d)),
    dayInfo: (d) => info(toDay(d)),
    isWorkday: (d) => {
      const day = toDay(d);
      if (day < supLo || day > supHi) throw notCovered(day);
      return status(day).workday;
    },
    nextWorkday: (d) => label(addDays(toDay(d), 1)),
    previousWorkday: (d) => label(addDays(toDay(d), -1)),
    addWorkdays: (d, amount) => {
      const day = toDay(d);
      return label(addDays(day, checkAmount(amount)));
    },
    workdaysBetween: (f, t) => {
      const x = toDay(f);
      const y = toDay(t);
      return x <= y ? between(x, y) : -between(y, x);
    },
    explainAddWorkdays: (d, amount) => {
      const day = toDay(d);
      const n = checkAmount(amount);
      return explain(day, addDays(day, n), n);
    },
    explainWorkdaysBetween: (f, t) => {
      const x = toDay(f);
      const y = toDay(t);
      return explain(x, y, x <= y ? between(x, y) : -between(y, x));
    },
    days: (s, e) => {
      const x = toDay(s);
      const y = toDay(e);
      const out: DayInfo[] = [];
      for (let day = x; day <= y; day++) out.push(info(day));
      return out;
    },
    businessHours: opts.businessHours,
    audience: opts.audience,
    businessIntervals: (d) => {
      const day = supportedDay(toDay(d));
      const iv = intervalsMs(day);
      const out: BusinessInterval[] = [];
      for (let j = 0; j < iv.length; j += 2) out.push(Object.freeze({ start: new Date(iv[j]!), end: new Date(iv[j + 1]!) }));
      return out;
    },
    closeOfBusiness: (d) => {
      const iv = intervalsMs(supportedDay(toDay(d)));
      return iv.length ? new Date(iv[iv.length - 1]!) : undefined;
    },
    addBusinessTime: (start, minutes) => {
      requireHours('addBusinessTime', 'addBusinessTime');
      if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
        throw new GuifanError('INVALID_AMOUNT', {
          value: minutes,
          name: 'minutes',
          expectedZh: '分钟数应为有限的非负数',
          expectedEn: 'minutes must be a finite number ≥ 0',
        });
      }
      return new Date(addBusinessMs(toEpochMs(start), Math.round(minutes * 60_000)));
    },
    businessTimeBetween: (from, to) => {
      requireHours('businessTimeBetween', 'businessTimeBetween');
      const x = toEpochMs(from);
      const y = toEpochMs(to);
      return x <= y ? businessMsBetween(x, y) / 60_000 : -businessMsBetween(y, x) / 60_000;
    },
  };
  const internals: CalendarInternals = {
    zone,
    supLo,
    supHi,
    isWorkday: (day) => status(supportedDay(day)).workday,
    addDays,
    workdaysBetween: (x, y) => (x <= y ? between(x, y) : -between(y, x)),
    anyProvisional: (x, y) => (x <= y ? anyProvisional(x, y) : anyProvisional(y, x)),
    info,
    label,
    hasHours: hours !== undefined,
    intervalsMs: (day) => intervalsMs(supportedDay(day)),
    addBusinessMs,
    businessMsBetween,
  };
  Object.defineProperty(calendar, INTERNALS, { value: Object.freeze(internals), enumerable: false });
  return Object.freeze(calendar);
}
