import { formatInstant } from '../../_lib/formatInstant';
import { quotedValue } from '../../_lib/describe';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { LocalizedText, RuleId } from '../../errors/types';
import { formatTimeLimit } from '../../time-limit/formatTimeLimit';
import { planCore, type DueOptions } from '../../time-limit/_lib/compute';
import { planLatest } from '../../time-limit/_lib/latest';
import type { NormalizedLimit } from '../../time-limit/_lib/normalize';
import type { CaseAttributes, CaseEvent, SlaCase } from '../schema';
import { matches, type CompiledClock, type CompiledPolicy, type SlaLimit } from './compile';
import { deliver, type Delivered, type Delivery } from './deliver';
import { trySlaEpochMs } from './instant';
import { activeInstant, dueWithPauses, isBusiness, type PauseShift } from './pauses';

/**
 * The state of one clock at the evaluation instant.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00').clocks[0].state //=> 'running'
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T13:00+08:00').clocks[0].state //=> 'breached'
 */
export type ClockState = 'not-started' | 'running' | 'paused' | 'met' | 'breached' | 'met-late' | 'cancelled';

/**
 * A threshold (warning or escalation level) and whether it was crossed by `at`.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const t = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T13:00+08:00').clocks[0].escalations[0];
 * [t.name, t.label, t.at.toISOString(), t.reached] //=> ['supervisor', '主管', '2026-10-12T04:00:00.000Z', true]
 */
export interface Threshold {
  readonly name: string;
  readonly label?: string;
  /** Crossed once the clock is still running strictly after this instant. */
  readonly at: Date;
  readonly reached: boolean;
  /**
   * Escalation levels with a `deliver` other than `'at-instant'` (CAL-06): when the notification goes out
   * (never before `at`), to whom, and — to the duty officer — when it is handed over to the office.
   */
  readonly delivery?: { readonly at: Date; readonly to: 'office' | 'duty-officer'; readonly handOverAt?: Date };
}

/**
 * One clock of a case, evaluated.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const c = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00').clocks[0];
 * [c.name, c.state, c.targetLimit, c.due.toISOString(), c.percentOfTarget, c.rules] //=> ['complaint-reply', 'running', '2小时内', '2026-10-12T04:00:00.000Z', 50, ['CMP-08', 'ESC-03']]
 */
export interface ClockEvaluation {
  readonly name: string;
  readonly label?: string;
  readonly state: ClockState;
  readonly startedAt?: Date;
  readonly stoppedAt?: Date;
  /** The limit in force (after reclassification), as written. */
  readonly targetLimit?: string;
  readonly maxLimit?: string;
  /** The escalation deadline in force: the target extended by pauses, or a re-agreed time (TL-06). */
  readonly due?: Date;
  /** The hard maximum (ESC-04), extended by pauses. */
  readonly max?: Date;
  readonly agreed?: { readonly due: Date; readonly reason?: string };
  /** Active time so far, in ms (natural, and business time when the calendar has hours). */
  readonly elapsed: { readonly natural: number; readonly business?: number };
  /** Until `due` (negative once past it), while the clock runs. */
  readonly remaining?: { readonly natural: number; readonly business?: number };
  readonly percentOfTarget?: number;
  /** Paused time in ms. */
  readonly paused: number;
  readonly overMax: boolean;
  readonly warnings: readonly Threshold[];
  readonly escalations: readonly Threshold[];
  /** The highest escalation level reached. */
  readonly level?: string;
  /** The next instant at which this clock's state, levels or warnings change (none when stopped or paused). */
  readonly nextChangeAt?: Date;
  /**
   * Whether due, max or a level depends on a day whose holiday arrangement is not published yet
   * (a calendar with `outOfCoverage: 'provisional'` estimates it from the statutory rules; CAL-02).
   */
  readonly provisional: boolean;
  /** The instants of the `reset` events that restarted this clock (the earlier runs stay in the log). */
  readonly resets?: readonly Date[];
  /** Periodic clocks (`every`, CMP-09): updates so far, and when the current period began. */
  readonly updates?: number;
  readonly periodStartedAt?: Date;
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

/**
 * A case evaluated at an instant.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const r = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00');
 * [r.attributes, r.notApplicable, r.nextChangeAt.toISOString(), r.provisional, r.issues]
 * //=> [{ kind: 'complaint', complexity: 'general' }, ['consultation', 'query'], '2026-10-12T04:00:00.001Z', false, []]
 */
export interface CaseEvaluation {
  readonly id?: string;
  readonly at: Date;
  /** Attributes in force at `at` (after reclassification). */
  readonly attributes: Readonly<CaseAttributes>;
  readonly clocks: readonly ClockEvaluation[];
  /** Clocks whose `when` does not match this case. */
  readonly notApplicable: readonly string[];
  /** When to evaluate again: the earliest change of any clock. */
  readonly nextChangeAt?: Date;
  /** Whether any clock's result is provisional (CAL-02). */
  readonly provisional: boolean;
  /** Problems found in the history; evaluation goes on without the offending events. */
  readonly issues: readonly ValidationIssue[];
}

const EMPTY_ATTRS: CaseAttributes = Object.freeze({}) as CaseAttributes;

/**
 * A case's log, read and checked, as parallel arrays (no object per event: the
 * batch path evaluates millions of events). `idx[k]` is the position in the
 * original log of the k-th event in time order; only events at or before `at`.
 */
export interface Prepared {
  n: number;
  idx: Int32Array;
  t: Float64Array;
  due: Float64Array;
  src: readonly CaseEvent[];
  attrs: CaseAttributes;
  /** Whether the log uses reset, cancelled, startedAt or contact (the replay loop skips those checks otherwise). */
  rare: boolean;
}

export function newPrepared(size = 16): Prepared {
  return { n: 0, idx: new Int32Array(size), t: new Float64Array(size), due: new Float64Array(size), src: [], attrs: EMPTY_ATTRS, rare: false };
}

function instant(v: unknown): number | undefined {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  return trySlaEpochMs(v); // kept out of line so that the Date fast path stays small enough to inline
}

/** Event kinds as bits (compile builds `eventCode`): one map lookup per event instead of a chain of compares. */
export const EV_RECEIVED = 1;
export const EV_RECLASSIFIED = 2;
export const EV_AGREED = 4;
/** reset, cancelled: the replay loop only checks for them in logs that have them. */
export const EV_RARE = 8;

/** Reads and checks the log into `p` (reused between cases); only events at or before `at` take part. */
export function prepare(cp: CompiledPolicy, c: SlaCase, at: number, issues: ValidationIssue[], p: Prepared): Prepared {
  const list: readonly CaseEvent[] = c.events;
  if (p.idx.length < list.length) {
    const size = Math.max(list.length, p.idx.length * 2);
    p.idx = new Int32Array(size);
    p.t = new Float64Array(size);
    p.due = new Float64Array(size);
  }
  p.src = list;
  let n = 0;
  let prev = -Infinity;
  let sorted = true;
  let received = Infinity;
  let first = Infinity;
  let attrEvents = false;
  let receivedCount = 0;
  let rare = false;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const t = instant(e.at);
    if (t === undefined) {
      issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'at'], { value: quotedValue(e.at) }, 'ESC-04'));
      continue;
    }
    if (t > at) continue; // the future does not exist yet
    const type = e.type;
    const code = cp.eventCode.get(type);
    if (code === undefined) {
      issues.push(makeIssue('UNKNOWN_EVENT', ['events', i, 'type'], { type, known: [...cp.eventTypes].join(', '), value: type }, 'ESC-04'));
      continue;
    }
    if (e.clock !== undefined && !cp.clockNames.has(e.clock)) {
      issues.push(makeIssue('UNKNOWN_CLOCK', ['events', i, 'clock'], { clock: e.clock, known: [...cp.clockNames].join(', '), value: e.clock }, 'ESC-04'));
      continue;
    }
    let due = NaN;
    if (code & EV_AGREED) {
      const d = instant(e.due);
      if (d === undefined) {
        issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'due'], { value: quotedValue(e.due) }, 'TL-06'));
        continue;
      }
      due = d;
    } else if (e.startedAt !== undefined) {
      // A retroactive start (the case was taken by phone before it was logged): kept in the `due` slot.
      rare = true;
      const d = instant(e.startedAt);
      if (d === undefined) issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'startedAt'], { value: quotedValue(e.startedAt) }, 'ESC-04'));
      else if (d > t) issues.push(makeIssue('STARTED_AT_AFTER_EVENT', ['events', i, 'startedAt'], { type, at: formatInstant(t, cp.cal.zone), startedAt: formatInstant(d, cp.cal.zone), value: e.startedAt }, 'ESC-04', 'warning'));
      else due = d;
    }
    if (t < prev) {
      sorted = false;
      issues.push(makeIssue('OUT_OF_ORDER', ['events', i, 'at'], { type, at: typeof e.at === 'string' ? e.at : new Date(t).toISOString(), previous: new Date(prev).toISOString(), value: e.at }, 'ESC-04', 'warning'));
    }
    if (t > prev) prev = t;
    if (t < first) first = t;
    if ((code & EV_RARE) !== 0 || (!rare && e.contact !== undefined)) rare = true;
    if (code & EV_RECEIVED) {
      if (t < received) received = t;
      receivedCount++;
    }
    if ((code & (EV_RECEIVED | EV_RECLASSIFIED)) !== 0 && e.attributes) attrEvents = true;
    else if (code & EV_RECLASSIFIED) issues.push(makeIssue('RECLASSIFIED_WITHOUT_ATTRIBUTES', ['events', i], { at: formatInstant(t, cp.cal.zone) }, 'ESC-04', 'warning'));
    p.idx[n] = i;
    p.t[n] = t;
    p.due[n] = due;
    n++;
  }
  p.n = n;
  p.rare = rare;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => p.t[a]! - p.t[b]! || p.idx[a]! - p.idx[b]!);
    const idx = order.map((k) => p.idx[k]!);
    const t = order.map((k) => p.t[k]!);
    const due = order.map((k) => p.due[k]!);
    p.idx.set(idx);
    p.t.set(t);
    p.due.set(due);
  }
  // The usual log (received first, no new attributes) needs no second pass.
  if (first < received && received !== Infinity) {
    for (let k = 0; k < n && p.t[k]! < received; k++) {
      const e = list[p.idx[k]!]!;
      issues.push(makeIssue('EVENT_BEFORE_RECEIVED', ['events', p.idx[k]!], { type: e.type, at: new Date(p.t[k]!).toISOString(), received: new Date(received).toISOString() }, 'ESC-04', 'warning'));
    }
  }
  if (receivedCount > 1) {
    // Only the first received starts the clocks; a second one is reported, not silently dropped.
    let seen = false;
    for (let k = 0; k < n; k++) {
      const e = list[p.idx[k]!]!;
      if (e.type !== 'received') continue;
      if (seen) issues.push(makeIssue('DUPLICATE_RECEIVED', ['events', p.idx[k]!], { at: formatInstant(p.t[k]!, cp.cal.zone), first: formatInstant(received, cp.cal.zone) }, 'ESC-04', 'warning'));
      seen = true;
    }
  }
  // The case's own attributes are only copied when an event changes them.
  let attrs: CaseAttributes = c.attributes ?? EMPTY_ATTRS;
  if (attrEvents) {
    attrs = { ...attrs };
    for (let k = 0; k < n; k++) {
      const e = list[p.idx[k]!]!;
      if ((e.type === 'received' || e.type === 'reclassified') && e.attributes) Object.assign(attrs, e.attributes);
    }
  }
  p.attrs = attrs;
  return p;
}

/** Lean result of one clock (the batch path builds no text). */
export interface ClockCore {
  state: ClockState;
  start: number | undefined;
  stop: number | undefined;
  due: number | undefined;
  max: number | undefined;
  agreed: { t: number; reason: string | undefined } | undefined;
  pausedMs: number;
  pauses: [number, number][];
  /** Paused natural time inside [start, due]: the target's active window is `due − start − extraNat`. */
  extraNat: number;
  business: boolean;
  warnings: { name: string; at: number; reached: boolean }[];
  escalations: { name: string; label: string | undefined; at: number; reached: boolean; delivered: Delivered | undefined }[];
  level: string | undefined;
  overMax: boolean;
  next: number | undefined;
  target: SlaLimit | undefined;
  maxLimit: SlaLimit | undefined;
  /** The provisional days the deadlines depend on (CAL-02), as day numbers. */
  provisional: { from: number; until: number } | undefined;
  /** What only pauses, contacts, resets and periodic clocks need: absent for the usual log (a smaller object per clock in batches). */
  x: ClockExtras | undefined;
}

export interface ClockExtras {
  /** What the pauses moved (issue 10 item 1), per deadline. */
  dueShift: PauseShift | undefined;
  maxShift: PauseShift | undefined;
  /** A “立即” clock stopped within its starting contact. */
  sameContact: boolean;
  /** The start came from a `startedAt` override. */
  retro: number | undefined;
  /** Instants of the `reset` events applied. */
  resets: number[];
  /** Periodic clocks: the current period's start (the last update, or the start) and the updates so far. */
  periodStart: number | undefined;
  updates: number;
}

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
  const attrs = ev.attrs;
  const { cal, calendar } = cp;
  const name = ck.def.name;
  let lim = ck.every ? ck.periodic! : ck.base;
  let matched = false;
  for (const x of ck.limits) {
    if (matches(x.when, attrs)) {
      lim = x.limits;
      matched = true;
      break;
    }
  }
  if (!matched && ck.known) unmatched(ck, attrs, issues);
  let start: number | undefined;
  let stop: number | undefined;
  let pausedNow = false;
  let startContact: string | undefined;
  let sameContact = false;
  let cancelled = false;
  let retro: number | undefined;
  let resets: number[] = NONE as never[];
  let lastUpdate: number | undefined;
  let updates = 0;
  let agreed: ClockCore['agreed'];
  let pauses: [number, number][] = NONE as never[];
  const rare = ev.rare;
  for (let k = 0; k < ev.n; k++) {
    const e = ev.src[ev.idx[k]!]!;
    const t = ev.t[k]!;
    const type = e.type;
    if (start === undefined) {
      if (ck.start.has(type)) {
        start = t;
        if (rare) {
          const st = ev.due[k]!;
          if (type !== 'deadline-agreed' && st === st && st !== t) start = retro = st;
          startContact = e.contact;
        }
      }
      continue;
    }
    if (rare && type === 'reset' && (e.clock === undefined || e.clock === name)) {
      // Restart from here (or from its startedAt): the earlier run stays in the log and in `resets`.
      if ((resets as unknown) === NONE) resets = [];
      resets.push(t);
      const st = ev.due[k]!;
      start = st === st ? st : t;
      retro = start !== t ? start : undefined;
      stop = undefined;
      cancelled = false;
      pausedNow = false;
      pauses = NONE as never[];
      agreed = undefined;
      lastUpdate = undefined;
      updates = 0;
      startContact = e.contact;
      continue;
    }
    if (stop !== undefined) {
      if (type === 'reopened') {
        if ((pauses as unknown) === NONE) pauses = [];
        pauses.push([stop, t]); // the time between closing and reopening does not count
        stop = undefined;
        cancelled = false;
      }
      continue;
    }
    if (rare && type === 'cancelled' && (e.clock === undefined || e.clock === name)) {
      stop = t;
      cancelled = true;
      if (pausedNow) {
        pauses[pauses.length - 1]![1] = t;
        pausedNow = false;
      }
      continue;
    }
    if (ck.updates !== undefined && ck.updates.has(type)) {
      // A periodic clock (CMP-09): each update starts the next period.
      lastUpdate = t;
      updates++;
      continue;
    }
    if (ck.stop.has(type)) {
      stop = t;
      if (rare) sameContact = startContact !== undefined && e.contact === startContact;
      if (pausedNow) {
        pauses[pauses.length - 1]![1] = t;
        pausedNow = false;
      }
    } else if ((type === 'paused' || type === 'resumed') && ck.def.pausable && (e.clock === undefined || e.clock === name)) {
      if (type === 'paused') {
        if (pausedNow) issues.push(makeIssue('OVERLAPPING_PAUSE', ['events', ev.idx[k]!], { clock: name, at: new Date(t).toISOString() }, 'ESC-04'));
        else {
          if ((pauses as unknown) === NONE) pauses = [];
          pauses.push([t, at]);
          pausedNow = true;
        }
      } else if (!pausedNow) issues.push(makeIssue('RESUME_WITHOUT_PAUSE', ['events', ev.idx[k]!], { clock: name, at: new Date(t).toISOString() }, 'ESC-04'));
      else {
        pauses[pauses.length - 1]![1] = t;
        pausedNow = false;
      }
    } else if (type === 'deadline-agreed' && (e.clock === name || (e.clock === undefined && ck.def.agreeable))) {
      agreed = { t: ev.due[k]!, reason: e.reason };
    }
  }
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
    x: rare || ck.every || pauses.length ? { dueShift: undefined, maxShift: undefined, sameContact: false, retro, resets, periodStart: undefined, updates } : undefined,
  };

  if (start === undefined) return core;
  const s0 = start;
  // Deadlines count from the period's start: the clock's start, or a periodic clock's last update.
  const p0 = lastUpdate ?? s0;
  if (ck.every) core.x!.periodStart = p0;
  const opts = ck.dueOptions;
  // The span of days the calendar was asked about (only tracked when it can answer provisionally).
  const track = cp.mayBeProvisional;
  // [useLo, useHi]: no closure here, this runs for every clock of every case in a batch
  const span = track ? [Infinity, -Infinity] : (NO_SPAN as number[]);
  let due: number | undefined;
  if (lim.target) {
    const out = pauses.length ? { shift: undefined as PauseShift | undefined } : undefined;
    due = dueWithPauses(cp, p0, lim.target, opts, pauses, out);
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
    max = dueWithPauses(cp, s0, lim.max, opts, pauses, out);
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
  let pausedMs = 0;
  for (const [a, b] of pauses) pausedMs += Math.max(0, Math.min(b, end) - Math.max(a, s0));
  core.pausedMs = pausedMs;
  core.state = cancelled ? 'cancelled' : stop !== undefined ? (due === undefined || stop <= due ? 'met' : 'met-late') : pausedNow ? 'paused' : due !== undefined && at > due ? 'breached' : 'running';
  core.overMax = max !== undefined && end > max;

  // A threshold is crossed once the clock is still running strictly after it.
  const live = core.state === 'running' || core.state === 'breached';
  let next = Infinity;
  if (due !== undefined) {
    next = nextAfter(live, due, at, next);
    if (max !== undefined) next = nextAfter(live, max, at, next);
    if (pauses.length) {
      let inside = 0;
      for (const [a, b] of pauses) inside += Math.max(0, Math.min(b, due) - Math.max(a, p0));
      core.extraNat = inside;
    }
    const window = due - p0 - core.extraNat;
    for (const w of ck.warnings) {
      const fire = 'percent' in w ? activeInstant(p0, Math.round((window * w.percent) / 100), pauses) : due - w.before.amount * (w.before.unit === 'hour' ? 3_600_000 : 60_000);
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

/** Records the provisional days a clock used (out of line: the usual batch never gets here). */
function markProvisional(cp: CompiledPolicy, core: ClockCore, name: string, useLo: number, useHi: number, issues: ValidationIssue[]): void {
  const cal = cp.cal;
  // The first provisional day used: provisional days lie before or after the data, so search the span.
  let lo = useLo;
  let hi = useHi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cal.anyProvisional(useLo, mid)) hi = mid;
    else lo = mid + 1;
  }
  core.provisional = { from: lo, until: useHi };
  issues.push(makeIssue('PROVISIONAL_DEADLINE', ['clocks', name], { clock: name, from: cal.label(lo), until: cal.label(useHi) }, 'CAL-02', 'warning'));
}

/**
 * A level's delivery; when the next opening lies past the calendar's data, the level keeps its
 * (correct) breach instant and the unknown delivery is a CALENDAR_NOT_COVERED issue.
 */
function deliveryOrIssue(cp: CompiledPolicy, clock: string, level: string, mode: Delivery, fire: number, issues: ValidationIssue[]): Delivered | undefined {
  try {
    return deliver(cp.cal, mode, fire);
  } catch (e) {
    if (!isGuifanError(e) || e.code !== 'CALENDAR_NOT_COVERED') throw e;
    issues.push(makeIssue('CALENDAR_NOT_COVERED', ['clocks', clock, 'escalations', level, 'delivery'], { clock, level, date: e.details.date, year: e.details.year }, 'CAL-06'));
    return undefined;
  }
}

const NO_SPAN: readonly number[] = Object.freeze([Infinity, -Infinity]);

function widen(span: number[], from: number, to: number): void {
  if (from < span[0]!) span[0] = from;
  if (to > span[1]!) span[1] = to;
}

/** Whether counting a limit asks the calendar anything (minute/hour limits only when they roll over rest days). */
function consultsCalendar(l: NormalizedLimit, opts: DueOptions): boolean {
  return (l.unit !== 'minute' && l.unit !== 'hour') || opts.rollOverRestDays === true;
}

/** The first day whose status a limit's count depends on: the day after the start (TL-02), or the start day itself. */
function firstUsedDay(cp: CompiledPolicy, s0: number, l: NormalizedLimit, opts: DueOptions): number {
  const day = cp.cal.zone.dayOf(s0);
  // a rolled minute/hour limit asks only about the day its time runs out on
  if (l.unit === 'minute' || l.unit === 'hour') return cp.cal.zone.dayOf(s0 + l.amount * (l.unit === 'hour' ? 3_600_000 : 60_000));
  if (isBusiness(l) || opts.countFrom === 'same-day-if-before-cutoff') return day;
  return day + 1;
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
