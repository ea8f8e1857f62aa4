import { MS_PER_DAY, MS_PER_MINUTE, weekdayOfDay } from '../../_lib/civil';
import { toEpochMs } from '../../_lib/input';
import type { Zone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import type { Instant } from '../types';
import type { BusinessHours } from '../schema';
import { clipAfternoon, compileBusinessHours, type MinuteSegments } from './businessHours';
import { createWallClock } from './wallClock';

/** What business time needs from the calendar it belongs to. */
export interface BusinessTimeContext {
  zone: Zone;
  /** The calendar's `businessHours` option (validated here: INVALID_BUSINESS_HOURS). */
  businessHours: BusinessHours;
  /** Whether a supported day is a working day. */
  isWorkday(day: number): boolean;
  /** Whether a supported day is its audience's half-day holiday (CAL-03). */
  isHalfDay(day: number): boolean;
  label(day: number): string;
  supLo: number;
  supHi: number;
  /** Day number of the first day of each year slot, and one past the last. */
  yearStarts: Int32Array;
  yearCount: number;
  slotOf(day: number): number;
  notCovered(day: number): GuifanError;
}

/** Business time of one calendar (CAL-03, CAL-04, CAL-05), on epoch milliseconds. */
export interface BusinessTime {
  /** The day's own segments as instants; a segment crossing midnight ends on the next day. */
  segmentsMs(day: number): number[];
  /** The open instants of one civil day (its own segments before midnight, the day before's after it). */
  intervalsMs(day: number): number[];
  /** `ms` of business time after `t` (before it when negative); `t` itself for 0. */
  addBusinessMs(t: number, ms: number): number;
  /** Business ms in [x, y] for x ≤ y. */
  businessMsBetween(x: number, y: number): number;
  /** `t` when open at `t` (t in [start, end)), else the next opening. */
  nextBusinessMs(t: number): number;
  /** `t` when open just before `t` (t in (start, end]), else the previous closing. */
  previousBusinessMs(t: number): number;
  addBusinessTime(start: Instant, minutes: number): Date;
  businessTimeBetween(from: Instant, to: Instant): number;
}

/** Sorts [start, end) pairs by start (a fall-back's repeated hour can interleave two segments). */
function sortPairs(iv: number[]): number[] {
  for (let j = 2; j < iv.length; j += 2) {
    if (iv[j]! < iv[j - 2]!) {
      const pairs: [number, number][] = [];
      for (let k = 0; k < iv.length; k += 2) pairs.push([iv[k]!, iv[k + 1]!]);
      pairs.sort((p, q) => p[0] - q[0]);
      return pairs.flat();
    }
  }
  return iv;
}

/** The business time of a calendar without `businessHours`: nothing is open, and asking for business time is an error. */
export function noBusinessTime(): BusinessTime {
  const none = (what: string) => (): never => {
    throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: what, whatEn: what }, 'CAL-04');
  };
  const empty = (): number[] => [];
  // Callers test hasHours before asking for business time; these answer as an empty week would.
  return {
    segmentsMs: empty,
    intervalsMs: empty,
    addBusinessMs: none('addBusinessTime'),
    businessMsBetween: () => 0,
    nextBusinessMs: none('nextBusinessMoment'),
    previousBusinessMs: none('previousBusinessMoment'),
    addBusinessTime: none('addBusinessTime'),
    businessTimeBetween: none('businessTimeBetween'),
  };
}

/**
 * Business time of a calendar with `businessHours`. Passed to buildCalendar
 * by createCalendar only, so that the default calendar's bundle (which has no
 * business hours) does not carry it.
 */
export function createBusinessTime(ctx: BusinessTimeContext): BusinessTime {
  const { zone, supLo, supHi, yearStarts, yearCount, slotOf, notCovered } = ctx;
  const hours = compileBusinessHours(ctx.businessHours);
  const wall = createWallClock(zone);

  const minuteSegments = (day: number): MinuteSegments => {
    if (hours.allDay) return hours.hours;
    if (!ctx.isWorkday(day)) return [];
    // No date string unless there are per-date hours: bizYear() asks this for every day of a year.
    const segs = (hours.dates.size ? hours.dates.get(ctx.label(day)) : undefined) ?? hours.weekdays.get(weekdayOfDay(day)) ?? hours.hours;
    return ctx.isHalfDay(day) ? clipAfternoon(segs) : segs;
  };

  /** Wall-clock minute ranges of `day` as instants (CAL-04: gaps skipped, repeated hours once per real minute). */
  const toInstants = (day: number, segs: readonly (readonly [number, number])[]): number[] => {
    const out: number[] = [];
    const base = day * MS_PER_DAY;
    for (const [s, e] of segs) wall.range(base + s * MS_PER_MINUTE, base + e * MS_PER_MINUTE, out);
    return sortPairs(out);
  };

  // Each day's instants are read once (supported days only; callers never change the arrays).
  const ownCache: (number[] | undefined)[] = [];
  const dayCache: (number[] | undefined)[] = [];
  const cached = (cache: (number[] | undefined)[], day: number, read: (day: number) => number[]): number[] => {
    const i = day - supLo;
    if (i < 0 || day > supHi) return read(day);
    return (cache[i] ??= read(day));
  };

  const segmentsMs = (day: number): number[] => cached(ownCache, day, (d) => toInstants(d, minuteSegments(d)));

  const intervalsMs = (day: number): number[] => (hours.overnight ? cached(dayCache, day, dayIntervals) : segmentsMs(day));

  const dayIntervals = (day: number): number[] => {
    // The day before's segment that crosses midnight runs into this day. Before
    // the first supported day nothing is known, so nothing runs in from there.
    const parts: [number, number][] = [];
    if (day - 1 >= supLo) for (const [, e] of minuteSegments(day - 1)) if (e > 1440) parts.push([0, e - 1440]);
    for (const [s, e] of minuteSegments(day)) parts.push([s, Math.min(e, 1440)]);
    parts.sort((p, q) => p[0] - q[0]);
    // Another day's hours may overlap this day's: an open minute counts once.
    const merged: [number, number][] = [];
    for (const p of parts) {
      const last = merged[merged.length - 1];
      if (last && p[0] < last[1]) last[1] = Math.max(last[1], p[1]);
      else merged.push([p[0], p[1]]);
    }
    return toInstants(day, merged);
  };

  // Business time, one year at a time: bizYear(i)[k] = business ms of the
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

  const supportedDay = (day: number): number => {
    if (day < supLo || day > supHi) throw notCovered(day);
    return day;
  };

  /**
   * The first day from `from` on by which `amount` (> 0) business ms have
   * passed, and how much of it is still needed on that day.
   */
  const forwardDay = (from: number, amount: number): { day: number; need: number } => {
    if (from > supHi) throw notCovered(supHi + 1);
    let i = slotOf(from);
    let cum = bizYear(i);
    let k = from - yearStarts[i]!;
    let target = cum[k]! + amount;
    while (cum[cum.length - 1]! < target) {
      target -= cum[cum.length - 1]!;
      if (++i >= yearCount) throw notCovered(supHi + 1);
      cum = bizYear(i);
      k = 0;
    }
    // smallest k with cum[k + 1] >= target: the day on which the time runs out
    let hi = cum.length - 2;
    while (k < hi) {
      const mid = (k + hi) >> 1;
      if (cum[mid + 1]! >= target) hi = mid;
      else k = mid + 1;
    }
    return { day: yearStarts[i]! + k, need: target - cum[k]! };
  };

  /**
   * The last day from `from` back by which `amount` (> 0) business ms have
   * passed, counting back, and how much of it is still needed on that day
   * (counted back from its end).
   */
  const backwardDay = (from: number, amount: number): { day: number; need: number } => {
    if (from < supLo) throw notCovered(supLo - 1);
    let i = slotOf(from);
    let cum = bizYear(i);
    let target = cum[from - yearStarts[i]! + 1]! - amount;
    while (target < 0) {
      if (--i < 0) throw notCovered(supLo - 1);
      cum = bizYear(i);
      target += cum[cum.length - 1]!;
    }
    // smallest m with cum[m] > target: the day m − 1 on which the time runs out
    let lo = 1;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return { day: yearStarts[i]! + lo - 1, need: cum[lo]! - target };
  };

  const forward = (t: number, ms: number): number => {
    const day = supportedDay(zone.dayOf(t));
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
    const { day: last, need } = forwardDay(day + 1, rem);
    const iv = intervalsMs(last);
    let left = need;
    for (let j = 0; j < iv.length; j += 2) {
      const len = iv[j + 1]! - iv[j]!;
      if (left <= len) return iv[j]! + left;
      left -= len;
    }
    /* c8 ignore next */
    throw new Error('business-time index out of step');
  };

  // Counting back mirrors counting forward: landing exactly on an opening
  // returns that opening, as landing on a closing returns the closing.
  const backward = (t: number, ms: number): number => {
    const day = supportedDay(zone.dayOf(t));
    let rem = ms;
    const today = intervalsMs(day);
    for (let j = today.length - 2; j >= 0; j -= 2) {
      const s = today[j]!;
      const e = Math.min(today[j + 1]!, t);
      if (e > s) {
        if (rem <= e - s) return e - rem;
        rem -= e - s;
      }
    }
    const { day: first, need } = backwardDay(day - 1, rem);
    const iv = intervalsMs(first);
    let left = need;
    for (let j = iv.length - 2; j >= 0; j -= 2) {
      const len = iv[j + 1]! - iv[j]!;
      if (left <= len) return iv[j + 1]! - left;
      left -= len;
    }
    /* c8 ignore next */
    throw new Error('business-time index out of step');
  };

  const addBusinessMs = (t: number, ms: number): number => {
    supportedDay(zone.dayOf(t));
    if (ms === 0) return t;
    return ms > 0 ? forward(t, ms) : backward(t, -ms);
  };

  const nextBusinessMs = (t: number): number => {
    const day = supportedDay(zone.dayOf(t));
    const today = intervalsMs(day);
    for (let j = 0; j < today.length; j += 2) if (today[j + 1]! > t) return Math.max(today[j]!, t);
    return intervalsMs(forwardDay(day + 1, 1).day)[0]!;
  };

  const previousBusinessMs = (t: number): number => {
    const day = supportedDay(zone.dayOf(t));
    const today = intervalsMs(day);
    for (let j = today.length - 2; j >= 0; j -= 2) if (today[j]! < t) return Math.min(today[j + 1]!, t);
    const iv = intervalsMs(backwardDay(day - 1, 1).day);
    return iv[iv.length - 1]!;
  };

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

  return {
    segmentsMs,
    intervalsMs,
    addBusinessMs,
    businessMsBetween,
    nextBusinessMs,
    previousBusinessMs,
    addBusinessTime: (start, minutes) => {
      if (typeof minutes !== 'number' || !Number.isFinite(minutes)) {
        throw new GuifanError('INVALID_AMOUNT', {
          value: minutes,
          name: 'minutes',
          expectedZh: '分钟数应为有限数（负数向前倒推）',
          expectedEn: 'minutes must be a finite number (negative counts back)',
        });
      }
      // Rounded by magnitude, so that −m lands where +m came from.
      const ms = Math.sign(minutes) * Math.round(Math.abs(minutes) * MS_PER_MINUTE);
      return new Date(addBusinessMs(toEpochMs(start), ms));
    },
    businessTimeBetween: (from, to) => {
      const x = toEpochMs(from);
      const y = toEpochMs(to);
      return x <= y ? businessMsBetween(x, y) / MS_PER_MINUTE : -businessMsBetween(y, x) / MS_PER_MINUTE;
    },
  };
}
