import { formatInstant } from '../../_lib/formatInstant';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';
import { formatTimeLimit } from '../../time-limit/formatTimeLimit';
import { planCore } from '../../time-limit/_lib/compute';
import { planLatest } from '../../time-limit/_lib/latest';
import type { CaseAttributes } from '../schema';
import { consultsCalendar, deliveryOrIssue, firstUsedDay, markProvisional, NO_SPAN, widen } from './calendarSpan';
import { matches, type CompiledClock, type CompiledLimits, type CompiledPolicy } from './compile';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { activeInstant, pausedWithin } from './pauseSpans';
import { dueWithPauses, isBusiness, type PauseShift } from './pauses';
import type { Prepared } from './prepare';
import { newRun, pausesAt, replay, type ClockRun } from './replay';
import type { ClockCore } from './types';

const NONE: readonly never[] = Object.freeze([]);

/** Instants a Date can hold; a deadline past them is an error, never an Invalid Date. */
const DATE_LIMIT = 8.64e15;
function outOfRange(clock: string, t: number): GuifanError {
  return new GuifanError('INVALID_DATE', { value: t, reasonZh: `时钟 ${clock} 的期限超出可表示的时间范围`, reasonEn: `clock ${clock}: a deadline beyond the range of representable instants` }, 'ESC-04');
}

/** The next change: one millisecond after the earliest threshold not yet crossed (a live clock only). */
const nextAfter = (live: boolean, fire: number, at: number, next: number): number => (live && fire >= at && fire + 1 < next ? fire + 1 : next);

/**
 * Evaluates one clock. `lean` (the batch summary) skips the per-threshold
 * objects: only the state, deadlines, level and next change are kept.
 */
export function evaluateClockCore(cp: CompiledPolicy, ck: CompiledClock, ev: Prepared, at: number, issues: ValidationIssue[], lean = false): ClockCore {
  const lim = limitsOf(ck, ev.attrs, issues);
  const run = newRun();
  replay(run, ck, ev, ev.n, issues);
  return clockAt(cp, ck, ev, run, lim, at, issues, lean);
}

/** The limits in force for the case's attributes (the first `limits` entry that matches, else the clock's own). */
export function limitsOf(ck: CompiledClock, attrs: CaseAttributes, issues: ValidationIssue[]): CompiledLimits {
  for (const x of ck.limits) if (matches(x.when, attrs)) return x.limits;
  if (ck.known) unmatched(ck, attrs, issues);
  return ck.every ? ck.periodic! : ck.base;
}

/**
 * The state, deadlines, warnings and levels of a clock whose log has been
 * replayed into `run`, at the instant `at` (which is not before any event replayed).
 */
export function clockAt(cp: CompiledPolicy, ck: CompiledClock, ev: Prepared, run: ClockRun, lim: CompiledLimits, at: number, issues: ValidationIssue[], lean = false): ClockCore {
  const { cal, calendar } = cp;
  const name = ck.def.name;
  const { start, stop, pausedNow, sameContact, cancelled, agreed, closed } = run;
  const pauses = pausesAt(run, at);
  const closedCount = pausedNow ? pauses.length - 1 : pauses.length;
  const core: ClockCore = {
    state: 'not-started',
    start,
    stop,
    due: undefined,
    max: undefined,
    agreed: undefined,
    pausedMs: 0,
    pauses,
    extraNat: 0,
    business: false,
    warnings: ck.warnings.length && !lean ? [] : (NONE as never[]),
    escalations: ck.escalation.length && !lean ? [] : (NONE as never[]),
    level: undefined,
    overMax: false,
    next: undefined,
    target: lim.target,
    maxLimit: lim.max,
    provisional: undefined,
    x: ev.rare || ck.every || pauses.length ? { dueShift: undefined, maxShift: undefined, sameContact: false, retro: run.retro, resets: run.resets, periodStart: undefined, updates: run.updates } : undefined,
  };

  if (start === undefined) return core;
  const s0 = start;
  // Deadlines count from the period's start: the clock's start, or a periodic clock's last update.
  const p0 = run.lastUpdate ?? s0;
  if (ck.every) core.x!.periodStart = p0;
  const opts = ck.dueOptions;
  // The span of days the calendar was asked about (only tracked when it can answer provisionally).
  const track = cp.mayBeProvisional;
  // [useLo, useHi]: no closure here, this runs for every clock of every case in a batch
  const span = track ? [Infinity, -Infinity] : (NO_SPAN as number[]);
  let due: number | undefined;
  if (lim.target) {
    const out = pauses.length ? { shift: undefined as PauseShift | undefined } : undefined;
    due = dueWithPauses(cp, p0, lim.target, opts, pauses, out, closedCount, run.memo?.target);
    if (out) core.x!.dueShift = out.shift;
    core.business = isBusiness(lim.target);
    if (track && consultsCalendar(lim.target, opts)) widen(span, firstUsedDay(cp, p0, lim.target, opts), cal.zone.dayOf(due - 1));
    // “立即” stopped within the contact it started in is on the spot, however long the contact lasted.
    if (lim.target.immediate && stop !== undefined && sameContact && stop > due) due = stop;
    if (core.x) core.x.sameContact = lim.target.immediate === true && stop !== undefined && sameContact;
  }
  let max: number | undefined;
  if (lim.max) {
    const out = pauses.length ? { shift: undefined as PauseShift | undefined } : undefined;
    max = dueWithPauses(cp, s0, lim.max, opts, pauses, out, closedCount, run.memo?.max);
    if (out) core.x!.maxShift = out.shift;
    if (track && consultsCalendar(lim.max, opts)) widen(span, firstUsedDay(cp, s0, lim.max, opts), cal.zone.dayOf(max - 1));
  }
  if (agreed) {
    if (max !== undefined && agreed.t > max && !cp.policy.allowAgreedBeyondMax) {
      issues.push(makeIssue('AGREED_BEYOND_MAX', ['events'], { clock: name, agreed: formatInstant(agreed.t, cal.zone), max: formatInstant(max, cal.zone) }, 'TL-06'));
    } else {
      core.agreed = agreed;
      // An agreement never tightens the regulation's own deadline (ESC-02).
      due = due === undefined ? agreed.t : Math.max(due, agreed.t);
    }
  }
  if ((due !== undefined && !(Math.abs(due) < DATE_LIMIT)) || (max !== undefined && !(Math.abs(max) < DATE_LIMIT))) throw outOfRange(name, due ?? max!);
  core.due = due;
  core.max = max;
  const end = stop ?? at;
  core.pausedMs = pausedWithin(pauses, closed, s0, end);
  core.state = cancelled ? 'cancelled' : stop !== undefined ? (due === undefined || stop <= due ? 'met' : 'met-late') : pausedNow ? 'paused' : due !== undefined && at > due ? 'breached' : 'running';
  core.overMax = max !== undefined && end > max;

  // A threshold is crossed once the clock is still running strictly after it.
  const live = core.state === 'running' || core.state === 'breached';
  let next = Infinity;
  if (due !== undefined) {
    next = nextAfter(live, due, at, next);
    if (max !== undefined) next = nextAfter(live, max, at, next);
    core.extraNat = pausedWithin(pauses, closed, p0, due);
    const window = due - p0 - core.extraNat;
    for (const w of ck.warnings) {
      const fire = 'percent' in w ? activeInstant(p0, Math.round((window * w.percent) / 100), pauses, closed) : due - w.before.amount * (w.before.unit === 'hour' ? 3_600_000 : 60_000);
      if (!(Math.abs(fire) < DATE_LIMIT)) throw outOfRange(name, fire);
      if (!lean) core.warnings.push({ name: 'percent' in w ? `${w.percent}%` : formatTimeLimit(w.before), at: fire, reached: at > fire && (stop === undefined || stop > fire) });
      next = nextAfter(live, fire, at, next);
    }
  }
  for (const e of ck.escalation) {
    const base = e.relativeTo === 'target' ? due : max;
    if (base === undefined) continue;
    let fire: number;
    const o = e.offset;
    if (o.amount === 0) fire = base;
    else if (o.unit === 'minute' || o.unit === 'hour') fire = base + (e.direction === 'after' ? 1 : -1) * o.amount * (o.unit === 'hour' ? 3_600_000 : 60_000);
    else if (e.direction === 'after') fire = planCore(cal, calendar, base - 1, o, opts, cp.scratch).due; // counted from the deadline's own day
    else fire = planLatest(new Date(base - 1), { ...o, kind: 'lead' }, { calendar }, false) as number;
    if (track && o.amount !== 0 && o.unit !== 'minute' && o.unit !== 'hour') widen(span, cal.zone.dayOf(Math.min(base, fire) - 1), cal.zone.dayOf(Math.max(base, fire) - 1));
    if (!(Math.abs(fire) < DATE_LIMIT)) throw outOfRange(name, fire);
    const reached = at > fire && (stop === undefined || stop > fire);
    if (!lean) core.escalations.push({ name: e.level, label: e.label, at: fire, reached, delivered: e.deliver === 'at-instant' ? undefined : deliveryOrIssue(cp, name, e.level, e.deliver, fire, issues) });
    if (reached) core.level = e.level;
    next = nextAfter(live, fire, at, next);
  }
  if (next !== Infinity && !(next < DATE_LIMIT)) throw outOfRange(name, next);
  core.next = next === Infinity ? undefined : next;
  const useLo = span[0]!;
  const useHi = span[1]!;
  if (track && useHi >= useLo && cal.anyProvisional(useLo, useHi)) markProvisional(cp, core, name, useLo, useHi, issues);
  return core;
}

/**
 * {@link evaluateClockCore} for batches: a clock whose deadlines need days past
 * the calendar's data gets a `CALENDAR_NOT_COVERED` issue (and no result)
 * instead of taking the whole batch down.
 */
export function evaluateClockOrIssue(cp: CompiledPolicy, ck: CompiledClock, ev: Prepared, at: number, issues: ValidationIssue[], lean = false): ClockCore | undefined {
  try {
    return evaluateClockCore(cp, ck, ev, at, issues, lean);
  } catch (e) {
    if (!isGuifanError(e) || e.code !== 'CALENDAR_NOT_COVERED') throw e;
    issues.push(makeIssue('CALENDAR_NOT_COVERED', ['clocks', ck.def.name], { clock: ck.def.name, date: e.details.date, year: e.details.year, coverageEnd: e.details.coverageEnd }, 'CAL-02'));
    return undefined;
  }
}

/** UNMATCHED_ATTRIBUTE: a value that selects no limit (a typo such as `'COMPLEX'`) falls back to the defaults, loudly. */
function unmatched(ck: CompiledClock, attrs: CaseAttributes, issues: ValidationIssue[]): void {
  for (const [key, values] of ck.known!) {
    const v = attrs[key];
    if (v !== undefined && !values.has(v)) {
      issues.push(makeIssue('UNMATCHED_ATTRIBUTE', ['attributes', key], { clock: ck.def.name, attribute: key, value: v, known: [...values].join(', ') }, 'ESC-04', 'warning'));
    }
  }
}
