import { civilFromDays, formatDay, weekdayOfDay } from '../../_lib/civil';
import { toDayNumber, type DateInput } from '../../_lib/input';
import { createZone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import type { ResolvedCalendarOptions } from '../schema';
import type { BusinessInterval, CalendarSource, DayInfo, WorkdayExplanation, WorkingCalendar } from '../types';
import { INTERNALS, type CalendarInternals } from './internals';
import { AUDIENCE_DAYS } from './businessHours';
import { noBusinessTime, type createBusinessTime } from './businessTime';
import { createDayStatus } from './dayStatus';
import type { OfficialData } from './officialData';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR, type StatutoryDay } from './statutory';
import { createWorkdayIndex } from './workdayIndex';
import { inLieuOf } from './payFlags';

/**
 * Builds a calendar from validated options. The working-day index is built on
 * first use and kept inside the (frozen) calendar.
 */
export function buildCalendar(
  opts: ResolvedCalendarOptions,
  official: OfficialData,
  statutoryHolidays?: (year: number) => StatutoryDay[],
  businessTime?: typeof createBusinessTime,
): WorkingCalendar {
  const zone = createZone(opts.timeZone);
  const { lo, hi, supLo, supHi, overlayYears, extraDays, status, noticeStatus, isStatutory, weeklyRest } = createDayStatus(opts, official, statutoryHolidays);

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
        answerableYears: [STATUTORY_MIN_YEAR, STATUTORY_MAX_YEAR],
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
  const audienceDay = opts.audience === undefined ? undefined : AUDIENCE_DAYS[opts.audience];

  const isHalfDay = (day: number): boolean => {
    if (!audienceDay) return false;
    const [, m, d] = civilFromDays(day);
    return m === audienceDay.month && d === audienceDay.day && status(day).workday;
  };

  const supportedDay = (day: number): number => {
    if (day < supLo || day > supHi) throw notCovered(day);
    return day;
  };

  // Like the statutory rules, business time is passed in only by createCalendar (the default calendar has no hours).
  const businessHours = opts.businessHours;
  /* c8 ignore next */
  if (businessHours !== undefined && !businessTime) throw new Error('guifan: a calendar with business hours needs createBusinessTime');
  const biz =
    businessHours === undefined
      ? noBusinessTime()
      : businessTime!({ zone, businessHours, isWorkday: (day) => status(day).workday, isHalfDay, label, supLo, supHi, yearStarts, yearCount, slotOf, notCovered });

  const info = (day: number): DayInfo => {
    if (day < supLo || day > supHi) throw notCovered(day);
    const s = status(day);
    const half = audienceDay && isHalfDay(day) ? { halfDay: Object.freeze({ name: audienceDay.name, nameEn: audienceDay.nameEn, from: '12:00' }) } : {};
    // DUT-05: the law's days, and the weekdays the notice (not the organisation) made rest days.
    const statutory = isStatutory(day);
    const inLieu = inLieuOf(day, s, noticeStatus(day), weeklyRest, statutory);
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
      const iv = biz.segmentsMs(supportedDay(toDay(d)));
      const out: BusinessInterval[] = [];
      for (let j = 0; j < iv.length; j += 2) out.push(Object.freeze({ start: new Date(iv[j]!), end: new Date(iv[j + 1]!) }));
      return out;
    },
    closeOfBusiness: (d) => {
      const iv = biz.segmentsMs(supportedDay(toDay(d)));
      return iv.length ? new Date(iv[iv.length - 1]!) : undefined;
    },
    addBusinessTime: biz.addBusinessTime,
    businessTimeBetween: biz.businessTimeBetween,
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
    hasHours: businessHours !== undefined,
    intervalsMs: (day) => biz.intervalsMs(supportedDay(day)),
    segmentsMs: (day) => biz.segmentsMs(supportedDay(day)),
    addBusinessMs: biz.addBusinessMs,
    businessMsBetween: biz.businessMsBetween,
    nextBusinessMs: biz.nextBusinessMs,
    previousBusinessMs: biz.previousBusinessMs,
  };
  Object.defineProperty(calendar, INTERNALS, { value: Object.freeze(internals), enumerable: false });
  return Object.freeze(calendar);
}
