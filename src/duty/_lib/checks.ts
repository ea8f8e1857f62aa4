import { civilFromDays, weekdayOfDay } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import type { Zone } from '../../_lib/zone';
import { IS_OVERTIME, type Classifier, type Piece } from './classify';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { GoodShift } from './roster';
import { gaps, merge, type Span } from './sweep';

// One small function per rule of a roster check (DUT-01…DUT-03, CAL-06).

const hours = (ms: number): number => Math.round(ms / 36_000) / 100;

/** A person in an issue's details: the id, and the name when the roster gives one. */
export type Who = { readonly person: string; readonly name?: string };

/** The period being checked: whole civil days [fromDay, toDay] of the calendar's zone. */
export interface Period {
  readonly fromDay: number;
  readonly toDay: number;
  readonly start: number;
  readonly end: number;
}

/** The required spans of a window over the period: '24x7', or its segments on the days it applies to. */
export function windowSpans(segments: readonly (readonly [number, number])[] | '24x7', applies: (day: number) => boolean, period: Period, zone: Zone): Span[] {
  if (segments === '24x7') return [[period.start, period.end]];
  const out: Span[] = [];
  for (let day = period.fromDay; day <= period.toDay; day++) {
    if (!applies(day)) continue;
    for (const [s, e] of segments) out.push([zone.instantOf(day, s), zone.instantOf(day, e)]);
  }
  return merge(out);
}

/** DUT-01: every instant of a window staffed by at least `min` people; each shortfall with its exact stretch. */
export function coverageIssues(required: readonly Span[], staff: readonly Span[], min: number, path: readonly (string | number)[], window: string, zone: Zone): ValidationIssue[] {
  return gaps(required, staff, min).map((g) =>
    makeIssue(
      g.count === 0 ? 'SERVICE_UNCOVERED' : 'SERVICE_UNDERSTAFFED',
      path,
      { window, from: formatInstant(g.start, zone), to: formatInstant(g.end, zone), hours: hours(g.end - g.start), staffed: g.count, required: min },
      'DUT-01',
    ),
  );
}

/** CAL-06, DUT-01: the office's closed hours over the period (nights, rest days, holidays). */
export function offHours(intervalsMs: (day: number) => number[], period: Period, zone: Zone): Span[] {
  const out: Span[] = [];
  for (let day = period.fromDay; day <= period.toDay; day++) {
    let t = zone.instantOf(day, 0);
    const iv = intervalsMs(day);
    for (let j = 0; j < iv.length; j += 2) {
      if (iv[j]! > t) out.push([t, iv[j]!]);
      t = Math.max(t, iv[j + 1]!);
    }
    const next = zone.instantOf(day + 1, 0);
    if (next > t) out.push([t, next]);
  }
  return merge(out);
}

/** CAL-06, DUT-01: a duty officer (总值班) on duty at every instant the office is closed. */
export function dutyOfficerIssues(closed: readonly Span[], officers: readonly Span[], zone: Zone): ValidationIssue[] {
  return gaps(closed, officers, 1).map((g) =>
    makeIssue('DUTY_OFFICER_MISSING', ['offHoursDutyOfficer'], { from: formatInstant(g.start, zone), to: formatInstant(g.end, zone), hours: hours(g.end - g.start) }, 'DUT-01'),
  );
}

/** Two shifts of one person at once: one pass over the person's shifts in start order. */
export function overlapIssues(shifts: readonly GoodShift[], who: Who, zone: Zone): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  let longest: GoodShift | undefined;
  for (const s of shifts) {
    if (longest && s.start < longest.end) {
      out.push(
        makeIssue('OVERLAPPING_SHIFTS', ['shifts', s.index], { ...who, from: formatInstant(s.start, zone), to: formatInstant(Math.min(s.end, longest.end), zone), other: longest.id }, 'DUT-01'),
      );
    }
    if (!longest || s.end > longest.end) longest = s;
  }
  return out;
}

/** DUT-02: at least one day of rest in every week (Monday–Sunday) wholly inside the period. */
export function weeklyRestIssues(who: Who, path: readonly (string | number)[], pieces: readonly Piece[], period: Period, c: Classifier): ValidationIssue[] {
  const worked = new Set(pieces.map((p) => p.day));
  const out: ValidationIssue[] = [];
  const monday = period.fromDay + ((8 - weekdayOfDay(period.fromDay)) % 7);
  for (let m = monday; m + 6 <= period.toDay; m += 7) {
    let rest = false;
    for (let d = m; d < m + 7 && !rest; d++) rest = !worked.has(d);
    if (!rest) out.push(makeIssue('NO_WEEKLY_REST', path, { ...who, from: c.label(m), to: c.label(m + 6) }, 'DUT-02'));
  }
  return out;
}

/**
 * DUT-03: at most `perDayMs` beyond normal hours in a day (any kind of day)
 * and at most `perMonthMs` of overtime in a calendar month — working-day hours
 * beyond normal hours, rest-day hours not given back as rest, statutory-day hours.
 */
export function overtimeIssues(who: Who, path: readonly (string | number)[], pieces: readonly Piece[], normalMs: number, perDayMs: number, perMonthMs: number, c: Classifier): ValidationIssue[] {
  const daily = new Map<number, number>();
  const monthly = new Map<string, number>();
  for (const p of pieces) {
    const len = p.end - p.start;
    daily.set(p.day, (daily.get(p.day) ?? 0) + len);
    if (IS_OVERTIME[p.cls]) {
      const [y, m] = civilFromDays(p.day);
      const key = `${y}-${String(m).padStart(2, '0')}`;
      monthly.set(key, (monthly.get(key) ?? 0) + len);
    }
  }
  const out: ValidationIssue[] = [];
  for (const [day, worked] of [...daily].sort((a, b) => a[0] - b[0])) {
    if (worked - normalMs > perDayMs) {
      out.push(makeIssue('DAILY_OVERTIME_EXCEEDED', path, { ...who, date: c.label(day), hours: hours(worked), overtime: hours(worked - normalMs), limit: hours(perDayMs) }, 'DUT-03'));
    }
  }
  for (const [month, ms] of [...monthly].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (ms > perMonthMs) out.push(makeIssue('MONTHLY_OVERTIME_EXCEEDED', path, { ...who, month, overtime: hours(ms), limit: hours(perMonthMs) }, 'DUT-03'));
  }
  return out;
}
