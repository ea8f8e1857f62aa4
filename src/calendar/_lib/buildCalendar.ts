import { civilFromDays, formatDay, weekdayOfDay } from '../../_lib/civil';
import { toDayNumber, toEpochMs, type DateInput } from '../../_lib/input';
import { createZone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import type { ResolvedCalendarOptions } from '../schema';
import type { BusinessInterval, CalendarSource, DayInfo, WorkdayExplanation, WorkingCalendar } from '../types';
import { INTERNALS, type CalendarInternals } from './internals';
import { AUDIENCE_DAYS, clipAfternoon, compileBusinessHours, type MinuteSegments } from './businessHours';
import { createDayStatus } from './dayStatus';
import type { OfficialData } from './officialData';
import type { StatutoryDay } from './statutory';
import { createWorkdayIndex } from './workdayIndex';

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
  const { lo, hi, supLo, supHi, overlayYears, extraDays, status } = createDayStatus(opts, official, statutoryHolidays);

  const source: CalendarSource = Object.freeze({
    name: opts.name ?? '中国大陆',
    data: official.source.data,
    version: official.source.version,
    officialYears: Object.freeze([official.firstYear, official.lastYear] as const),
    overlayYears: Object.freeze([...overlayYears]),
    extraDays,
  });

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

  // The working-day index, one year at a time (workdayIndex.ts).
  const { yearStarts, yearCount, slotOf, addDays, between } = createWorkdayIndex(supLo, supHi, (day) => status(day).workday, notCovered);

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
    return Object.freeze({ date: label(day), weekday: weekdayOfDay(day), ...s, ...half });
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
