import type { CalendarInternals } from '../../calendar/_lib/internals';
import { endOf, planCore, type DueOptions } from '../../time-limit/_lib/compute';
import type { NormalizedLimit } from '../../time-limit/_lib/normalize';
import type { CompiledPolicy } from './compile';
import { firstEndAfter } from './pauseSpans';

/**
 * How a limit measures the time a pause takes (issue 10 item 1):
 * - `'working-days'` (工作日 limits): the share of each working day the pause
 *   covers (of its business hours when the calendar has them, else of the whole
 *   day), summed; the deadline moves by that many working days rounded up,
 *   because a day-counted deadline is the end of a day (TL-04);
 * - `'calendar-days'` (日/周/月 limits): the same over every calendar day, then
 *   the move is followed by TL-03's roll-over and TL-04's end of day;
 * - `'business-time'` (工作小时, 半个工作日): the business time paused, added in business time;
 * - `'natural-time'` (分钟/小时): the paused time itself.
 */
export type PauseMeasure = 'working-days' | 'calendar-days' | 'business-time' | 'natural-time';

/** What the pauses did to one deadline: enough to explain it. */
export interface PauseShift {
  measure: PauseMeasure;
  /** Natural ms of the pauses that moved it (those beginning before it). */
  pausedMs: number;
  /** Days lost (fractional) for day measures; ms lost for time measures. */
  lost: number;
  /** Whole days the deadline moved (day measures). */
  days: number;
  /** The deadline without pauses, and with them. */
  from: number;
  to: number;
}

export const isBusiness = (l: NormalizedLimit): boolean => l.unit === 'workhour' || (l.unit === 'workday' && !Number.isInteger(l.amount));

export function measureOf(l: NormalizedLimit): PauseMeasure {
  if (isBusiness(l)) return 'business-time';
  if (l.unit === 'workday') return 'working-days';
  if (l.unit === 'day' || l.unit === 'week' || l.unit === 'month') return 'calendar-days';
  return 'natural-time';
}

/** Share of day `day` (a working day when `working`) that [x, y) covers, in the measure's weight. */
function share(cal: CalendarInternals, day: number, x: number, y: number, working: boolean): number {
  if (working && cal.hasHours) {
    // The day's own hours: a segment crossing midnight belongs to the day it starts on (CAL-04).
    const iv = cal.segmentsMs(day);
    let open = 0;
    let hit = 0;
    for (let j = 0; j < iv.length; j += 2) {
      open += iv[j + 1]! - iv[j]!;
      hit += Math.max(0, Math.min(y, iv[j + 1]!) - Math.max(x, iv[j]!));
    }
    if (open > 0) return hit / open;
  }
  const d0 = cal.zone.instantOf(day, 0);
  const d1 = cal.zone.instantOf(day + 1, 0);
  const a = Math.max(x, d0);
  const b = Math.min(y, d1);
  if (b <= a) return 0;
  return (b - a) / (d1 - d0);
}

/** Days of [a, b) lost: working days only for `'working-days'`, every day for `'calendar-days'`. */
export function daysLost(cal: CalendarInternals, a: number, b: number, workingOnly: boolean): number {
  if (b <= a) return 0;
  const da = cal.zone.dayOf(a);
  const db = cal.zone.dayOf(b - 1);
  const part = (day: number): number => (!workingOnly || cal.isWorkday(day) ? share(cal, day, a, b, workingOnly) : 0);
  // With business hours, the day before's hours may run past midnight into the pause (CAL-04), and
  // the last day but one's may run past its end: both are weighed as parts.
  const hours = workingOnly && cal.hasHours;
  const before = hours && da - 1 >= cal.supLo ? part(da - 1) : 0;
  if (da === db) return before + part(da);
  // Whole days in between are counted, not walked (a pause may last months).
  const last = hours ? db - 1 : db;
  const middle = last - da - 1;
  // A working day wholly covered counts 1 whatever its hours.
  const whole = middle <= 0 ? 0 : workingOnly ? cal.workdaysBetween(da, last - 1) : middle;
  return before + part(da) + whole + (hours && last > da ? part(last) : 0) + part(db);
}

/** Rounds a fractional day count up, forgiving float noise (0.5 + 0.5 is one day, not two). */
const ceilDays = (lost: number): number => Math.max(0, Math.ceil(lost - 1e-9));

/** A day-counted deadline moved by `k` days (working days, or calendar days then TL-03 / TL-04). */
function shiftedDue(cp: CompiledPolicy, s0: number, l: NormalizedLimit, opts: DueOptions, k: number): number {
  const { cal, calendar } = cp;
  const plan = planCore(cal, calendar, s0, l, opts, cp.scratch);
  if (k === 0) return plan.due;
  const mode = opts.endOfDay ?? 'midnight';
  let last: number;
  if (l.unit === 'workday') last = cal.addDays(plan.lastDay!, k);
  else {
    last = plan.nominalLastDay! + k;
    if ((opts.rollOverRestDays ?? true) && !cal.isWorkday(last)) last = cal.addDays(last, 1);
  }
  return endOf(cal, last, mode);
}

/**
 * Where the pauses' effect on one deadline stands after the first `j` pauses.
 * Pauses are only ever added at the end (and the last one closed), so a run
 * that is replayed further (thresholdsBetween, issue 24) goes on from here
 * instead of walking every pause again: each pause is counted once.
 */
export interface PausedDue {
  s0: number;
  l: NormalizedLimit;
  opts: DueOptions;
  pauses: readonly [number, number][];
  base: number;
  j: number;
  due: number;
  lost: number;
  pausedMs: number;
  days: number;
  /** A pause began at or after the deadline: later pauses (which begin later still) never move it. */
  done: boolean;
}

/**
 * The deadline of a limit, pushed back by the pauses that begin before it, in
 * the limit's own measure (see {@link PauseMeasure}). A later pause counts when
 * it begins before the deadline as already moved. `closedCount` pauses are
 * final (the last may still be open); `memo`, when given, keeps the count of
 * the final ones for the next call on the same run.
 */
export function dueWithPauses(
  cp: CompiledPolicy,
  s0: number,
  l: NormalizedLimit,
  opts: DueOptions,
  pauses: readonly [number, number][],
  shifts?: { shift: PauseShift | undefined },
  closedCount = pauses.length,
  memo?: Map<NormalizedLimit, PausedDue>,
): number {
  // The usual case (no pause) allocates nothing: this runs for every clock of every case in a batch.
  if (pauses.length === 0) return planCore(cp.cal, cp.calendar, s0, l, opts, cp.scratch).due;
  return pausedDue(cp, s0, l, opts, pauses, closedCount, memo, shifts);
}

/** {@link dueWithPauses} with pauses: kept out of line so the pause-free path stays small. */
function pausedDue(cp: CompiledPolicy, s0: number, l: NormalizedLimit, opts: DueOptions, pauses: readonly [number, number][], closedCount: number, memo: Map<NormalizedLimit, PausedDue> | undefined, shifts: { shift: PauseShift | undefined } | undefined): number {
  let st = memo?.get(l);
  if (!st || st.s0 !== s0 || st.opts !== opts || st.pauses !== pauses) {
    const base = planCore(cp.cal, cp.calendar, s0, l, opts, cp.scratch).due;
    // Pauses that end by s0 move nothing (a periodic clock's period starts after them): start past them.
    st = { s0, l, opts, pauses, base, j: Math.min(firstEndAfter(pauses, s0), closedCount), due: base, lost: 0, pausedMs: 0, days: 0, done: false };
    memo?.set(l, st);
  }
  const measure = measureOf(l);
  while (!st.done && st.j < closedCount) countPause(cp, st, measure, pauses[st.j++]!);
  // The open pause (while paused) ends at the evaluation instant: counted on a copy, never kept.
  const last = st.done || closedCount >= pauses.length ? st : { ...st };
  if (last !== st) countPause(cp, last, measure, pauses[pauses.length - 1]!);
  if (last.pausedMs > 0 && shifts) shifts.shift = { measure, pausedMs: last.pausedMs, lost: last.lost, days: last.days, from: last.base, to: last.due };
  return last.due;
}

/** Adds one pause to a deadline's count (or marks it done: the pause began after the deadline). */
function countPause(cp: CompiledPolicy, st: PausedDue, measure: PauseMeasure, [a0, b]: readonly [number, number]): void {
  const { cal, calendar } = cp;
  const a = Math.max(a0, st.s0);
  if (a >= st.due) {
    st.done = true;
    return;
  }
  if (b <= a) return;
  st.pausedMs += b - a;
  if (measure === 'business-time') {
    st.lost += cal.businessMsBetween(a, b);
    st.due = cal.addBusinessMs(st.base, st.lost);
  } else if (measure === 'natural-time') {
    st.lost += b - a;
    st.due = planCore(cal, calendar, st.s0 + st.lost, st.l, st.opts, cp.scratch).due;
  } else {
    st.lost += daysLost(cal, a, b, measure === 'working-days');
    st.days = ceilDays(st.lost);
    st.due = shiftedDue(cp, st.s0, st.l, st.opts, st.days);
  }
}
