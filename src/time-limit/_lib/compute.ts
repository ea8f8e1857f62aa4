import { civilFromDays, daysFromCivil, daysInMonth, minutesOfDay, MS_PER_DAY } from '../../_lib/civil';
import { inRange, toEpochMs, type Instant } from '../../_lib/input';
import { optionsOf } from '../../_lib/options';
import { createZone, type Zone } from '../../_lib/zone';
import { internalsOf, type CalendarInternals } from '../../calendar/_lib/internals';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import type { RuleId } from '../../errors/types';
import type { TimeLimit } from '../schema';
import { normalizeLimit, type NormalizedLimit } from './normalize';

/**
 * Options shared by dueAt / explainDue.
 *
 * @example
 * // a request at 10:00 on a working day counts that day as the first
 * dueAt('2026-09-30T10:00+08:00', '1个工作日内', { countFrom: 'same-day-if-before-cutoff' }).toISOString()
 * //=> '2026-09-30T16:00:00.000Z' (24:00 of 09-30 in Shanghai)
 */
export interface DueOptions {
  /** The calendar to count in. @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /** Zone for start text without an offset; without it such text is `AMBIGUOUS_INSTANT`. @default undefined */
  timeZone?: string;
  /**
   * Move a last day that is a rest day to the next working day (TL-03). For
   * minute/hour limits, a due instant on a rest day moves to the start of the
   * next working day (its opening time when the calendar has business hours).
   * @default true for day/week/month limits, false for minute/hour limits
   */
  rollOverRestDays?: boolean;
  /** When the last day ends: 24:00, or when business stops (needs business hours) (TL-04). @default 'midnight' */
  endOfDay?: 'midnight' | 'close-of-business';
  /**
   * `'next-day'`: the start day is not counted (民法典 第二百零一条, TL-02).
   * `'same-day-if-before-cutoff'`: a start on a working day before `cutoff` counts that day as the first.
   * @default 'next-day'
   */
  countFrom?: 'next-day' | 'same-day-if-before-cutoff';
  /** Cutoff for `countFrom: 'same-day-if-before-cutoff'`, `'HH:mm'`. @default '17:00' */
  cutoff?: string;
}

/**
 * How a limit is counted: `'natural-time'` (minutes, hours: TL-01),
 * `'business-time'` (working hours, CAL-04), `'calendar-days'` and
 * `'calendar-months'` (days, weeks, months: TL-02, TL-03) or `'working-days'` (TL-05).
 *
 * @example
 * explainDue('2026-09-30T16:00+08:00', '1个工作日内').counting //=> 'working-days'
 * explainDue('2026-09-30T16:00+08:00', { amount: 2, unit: 'hour' }).counting //=> 'natural-time'
 * explainDue('2026-09-30T16:00+08:00', '一个月内').counting //=> 'calendar-months'
 */
export type Counting = 'natural-time' | 'business-time' | 'calendar-days' | 'calendar-months' | 'working-days';

export interface DuePlan {
  cal: CalendarInternals;
  calendar: WorkingCalendar;
  zone: Zone;
  start: number;
  startDay: number;
  limit: NormalizedLimit;
  counting: Counting;
  startDayCounted: boolean;
  /** Last day before any roll-over (day counting only). */
  nominalLastDay: number | undefined;
  lastDay: number | undefined;
  rolled: boolean;
  endOfDay: 'midnight' | 'close-of-business' | undefined;
  /** close-of-business asked for, but the last day has no business hours. */
  closedLastDay: boolean;
  due: number;
}

/** The rules a plan applied, in the order they apply (derived, so the hot path allocates nothing for them). */
export function rulesOf(p: DuePlan): RuleId[] {
  switch (p.counting) {
    case 'natural-time':
      return p.rolled ? ['TL-01', 'TL-03'] : ['TL-01'];
    case 'business-time':
      return ['CAL-04', 'TL-05'];
    case 'working-days':
      return ['TL-05', 'TL-02', 'TL-04'];
    default:
      return p.rolled ? ['TL-02', 'TL-03', 'TL-04'] : ['TL-02', 'TL-04'];
  }
}

function optionError(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, 'TL-02');
}

function cutoffMinutes(cutoff: unknown): number {
  if (typeof cutoff !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) {
    throw optionError('cutoff', cutoff, "应为 'HH:mm'", "expected 'HH:mm'");
  }
  return minutesOfDay(cutoff);
}

export function resolveCommon(optionsIn: DueOptions): { calendar: WorkingCalendar; cal: CalendarInternals; explicitZone: Zone | undefined } {
  const options = optionsOf(optionsIn);
  const calendar = options.calendar ?? chinaCalendar();
  const cal = internalsOf(calendar);
  let explicitZone: Zone | undefined;
  if (options.timeZone !== undefined) explicitZone = options.timeZone === cal.zone.name ? cal.zone : createZone(options.timeZone);
  return { calendar, cal, explicitZone };
}

/** End instant of a last day: 24:00, or close of business (24:00 when the day has no hours: see closedOn). */
export function endOf(cal: CalendarInternals, day: number, mode: 'midnight' | 'close-of-business'): number {
  if (mode === 'close-of-business') {
    if (!cal.hasHours) throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: "endOfDay: 'close-of-business'", whatEn: "endOfDay: 'close-of-business'" }, 'TL-04');
    // The day's own segments: one that crosses midnight closes the next morning.
    const iv = cal.segmentsMs(day);
    if (iv.length) return iv[iv.length - 1]!;
  }
  return cal.zone.instantOf(day + 1, 0);
}

/** Whether close of business was asked for on a day with no business hours. */
export function closedOn(cal: CalendarInternals, day: number, mode: 'midnight' | 'close-of-business'): boolean {
  return mode === 'close-of-business' && cal.segmentsMs(day).length === 0;
}

/** The corresponding day `months` later (民法典 第二百零二条: no such day → the month's last day). */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const idx = y * 12 + (m - 1) + months;
  const ty = Math.floor(idx / 12);
  const tm = idx - ty * 12 + 1;
  return daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

const DUE_ZH = '期限（起算时间加上时限）';
const DUE_EN = 'The due instant (start plus the limit)';

/** Computes a due instant and everything needed to explain it. */
export function planDue(start: Instant, limitIn: TimeLimit | string, optionsIn: DueOptions): DuePlan {
  const options = optionsOf(optionsIn);
  const { calendar, cal, explicitZone } = resolveCommon(options);
  const limit = normalizeLimit(limitIn);
  if (limit.kind === 'lead') {
    throw new GuifanError(
      'INVALID_TIME_LIMIT',
      { text: limitIn, offset: 0, column: 1, reasonZh: '提前量请用 latestStart 计算', reasonEn: 'a lead time is computed with latestStart' },
      'TL-08',
    );
  }
  return planCore(cal, calendar, toEpochMs(start, explicitZone), limit, options);
}

/**
 * planDue on numbers, for hot paths that have already resolved the calendar
 * and validated the limit (the SLA evaluator).
 */
export function planCore(cal: CalendarInternals, calendar: WorkingCalendar, t: number, limit: NormalizedLimit, options: DueOptions, into?: DuePlan): DuePlan {
  const zone = cal.zone;
  const startDay = zone.dayOf(t);
  const endMode = options.endOfDay ?? 'midnight';
  if (endMode !== 'midnight' && endMode !== 'close-of-business') {
    throw optionError('endOfDay', endMode, "应为 'midnight' 或 'close-of-business'", "expected 'midnight' or 'close-of-business'");
  }
  const countFrom = options.countFrom ?? 'next-day';
  if (countFrom !== 'next-day' && countFrom !== 'same-day-if-before-cutoff') {
    throw optionError('countFrom', countFrom, "应为 'next-day' 或 'same-day-if-before-cutoff'", "expected 'next-day' or 'same-day-if-before-cutoff'");
  }
  if (options.rollOverRestDays !== undefined && typeof options.rollOverRestDays !== 'boolean') {
    throw optionError('rollOverRestDays', options.rollOverRestDays, '应为 true 或 false', 'expected true or false');
  }
  // `into` lets a batch reuse one plan object instead of allocating millions.
  const plan = into ?? ({} as DuePlan);
  plan.cal = cal;
  plan.calendar = calendar;
  plan.zone = zone;
  plan.start = t;
  plan.startDay = startDay;
  plan.limit = limit;
  plan.counting = 'natural-time';
  plan.startDayCounted = false;
  plan.nominalLastDay = undefined;
  plan.lastDay = undefined;
  plan.rolled = false;
  plan.endOfDay = undefined;
  plan.closedLastDay = false;
  plan.due = t;
  const { amount, unit } = limit;

  if (unit === 'minute' || unit === 'hour') {
    plan.due = inRange(t + amount * (unit === 'hour' ? 3_600_000 : 60_000), limit, DUE_ZH, DUE_EN);
    if (options.rollOverRestDays === true) {
      // A due instant on a rest day waits for work to resume: the start of the
      // next working day (its opening time when there are business hours).
      // Moving to that day's 24:00 instead would make a shorter limit due later.
      const dueDay = zone.dayOf(plan.due);
      if (!cal.isWorkday(dueDay)) {
        const next = cal.addDays(dueDay, 1);
        const iv = cal.hasHours ? cal.segmentsMs(next) : [];
        plan.nominalLastDay = dueDay;
        plan.lastDay = next;
        plan.rolled = true;
        plan.due = iv.length ? iv[0]! : zone.instantOf(next, 0);
      }
    }
    return plan;
  }

  if (unit === 'workhour' || (unit === 'workday' && !Number.isInteger(amount))) {
    if (!cal.hasHours) {
      throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: `时限“${amount} ${unit}”`, whatEn: `the limit ${amount} ${unit}` }, 'CAL-04');
    }
    plan.counting = 'business-time';
    let ms = amount * 3_600_000;
    if (unit === 'workday') {
      // 半个工作日: half of a standard working day's business time.
      const iv = cal.segmentsMs(cal.addDays(startDay, 1));
      let day = 0;
      for (let j = 0; j < iv.length; j += 2) day += iv[j + 1]! - iv[j]!;
      ms = day * amount;
    }
    plan.due = inRange(cal.addBusinessMs(t, Math.round(ms)), limit, DUE_ZH, DUE_EN);
    return plan;
  }

  // Day counting (TL-02 … TL-05).
  const sameDay =
    countFrom === 'same-day-if-before-cutoff' &&
    zone.timeOfDayMs(t) < cutoffMinutes(options.cutoff ?? '17:00') * 60_000 &&
    cal.isWorkday(startDay);
  plan.startDayCounted = sameDay && amount > 0 && unit !== 'month';
  let last: number;
  if (unit === 'workday') {
    plan.counting = 'working-days';
    last = cal.addDays(startDay, plan.startDayCounted ? amount - 1 : amount);
  } else if (unit === 'month') {
    plan.counting = 'calendar-months';
    last = addMonths(startDay, amount);
  } else {
    plan.counting = 'calendar-days';
    last = startDay + amount * (unit === 'week' ? 7 : 1) - (plan.startDayCounted ? 1 : 0);
  }
  plan.nominalLastDay = last;
  if (unit !== 'workday' && (options.rollOverRestDays ?? true) && !cal.isWorkday(last)) {
    last = cal.addDays(last, 1);
    plan.rolled = true;
  }
  plan.lastDay = last;
  plan.endOfDay = endMode;
  plan.due = inRange(endOf(cal, last, endMode), limit, DUE_ZH, DUE_EN);
  plan.closedLastDay = endMode === 'close-of-business' && closedOn(cal, last, endMode);
  return plan;
}

export const DAY_MS = MS_PER_DAY;
