import type { CompiledClock } from './compile';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { NormalizedLimit } from '../../time-limit/_lib/normalize';
import type { PausedDue } from './pauses';
import type { Prepared } from './prepare';

/**
 * One clock's replay of a case's log so far (ESC-01…ESC-05): where the event
 * loop stands. It can be resumed with more events, so that thresholdsBetween
 * reads each event once instead of replaying the whole log at every step
 * (issue 24); evaluateCase replays once from a fresh run.
 */
export interface ClockRun {
  /** Events of the prepared log (in time order) replayed so far. */
  k: number;
  start: number | undefined;
  stop: number | undefined;
  pausedNow: boolean;
  startContact: string | undefined;
  sameContact: boolean;
  cancelled: boolean;
  /** The start came from a `startedAt` override. */
  retro: number | undefined;
  /** Instants of the `reset` events applied. */
  resets: number[];
  /** Periodic clocks: the last update and the updates so far. */
  lastUpdate: number | undefined;
  updates: number;
  agreed: { t: number; reason: string | undefined } | undefined;
  /**
   * The pauses, in time order and disjoint. While the clock is paused the last
   * one is open: its end is set to the evaluation instant when it is read.
   */
  pauses: [number, number][];
  /** `closed[i]`: the total length of the first `i` pauses, for every pause already closed (prefix sums). */
  closed: number[];
  /** A run replayed further and read again (thresholdsBetween) keeps each deadline's count of the closed pauses. */
  memo: { target: Map<NormalizedLimit, PausedDue>; max: Map<NormalizedLimit, PausedDue> } | undefined;
}

const NONE: readonly never[] = Object.freeze([]);
const ZERO: readonly number[] = Object.freeze([0]);

/** A run before any event. The usual log (no pause, no reset) allocates nothing more; `resumable` runs keep memos. */
export function newRun(resumable = false): ClockRun {
  return {
    k: 0,
    start: undefined,
    stop: undefined,
    pausedNow: false,
    startContact: undefined,
    sameContact: false,
    cancelled: false,
    retro: undefined,
    resets: NONE as never[],
    lastUpdate: undefined,
    updates: 0,
    agreed: undefined,
    pauses: NONE as never[],
    closed: ZERO as number[],
    memo: resumable ? { target: new Map(), max: new Map() } : undefined,
  };
}

/** Whether the run holds no pause at all (the shared empty list). */
const noPauses = (run: ClockRun): boolean => (run.pauses as unknown) === NONE;

/** Closes the open pause at `t` and records its length. */
function closePause(run: ClockRun, t: number): void {
  const p = run.pauses[run.pauses.length - 1]!;
  p[1] = t;
  run.closed.push(run.closed[run.closed.length - 1]! + (t - p[0]));
  run.pausedNow = false;
}

function openPauses(run: ClockRun): void {
  if (noPauses(run)) {
    run.pauses = [];
    run.closed = [0];
  }
}

/**
 * Replays the events `run.k … upTo − 1` of the prepared log for clock `ck`.
 * Problems of the history (a pause while paused, a resume without a pause) are
 * reported once, as they are replayed.
 */
export function replay(run: ClockRun, ck: CompiledClock, ev: Prepared, upTo: number, issues: ValidationIssue[]): void {
  const name = ck.def.name;
  const rare = ev.rare;
  for (let k = run.k; k < upTo; k++) {
    const e = ev.src[ev.idx[k]!]!;
    const t = ev.t[k]!;
    const type = e.type;
    if (run.start === undefined) {
      if (ck.start.has(type)) {
        run.start = t;
        if (rare) {
          const st = ev.due[k]!;
          if (type !== 'deadline-agreed' && st === st && st !== t) run.start = run.retro = st;
          run.startContact = e.contact;
        }
      }
      continue;
    }
    if (rare && type === 'reset' && (e.clock === undefined || e.clock === name)) {
      // Restart from here (or from its startedAt): the earlier run stays in the log and in `resets`.
      if ((run.resets as unknown) === NONE) run.resets = [];
      run.resets.push(t);
      const st = ev.due[k]!;
      run.start = st === st ? st : t;
      run.retro = run.start !== t ? run.start : undefined;
      run.stop = undefined;
      run.cancelled = false;
      run.pausedNow = false;
      run.pauses = NONE as never[];
      run.closed = ZERO as number[];
      run.agreed = undefined;
      run.lastUpdate = undefined;
      run.updates = 0;
      run.startContact = e.contact;
      continue;
    }
    if (run.stop !== undefined) {
      if (type === 'reopened') {
        openPauses(run);
        run.pauses.push([run.stop, t]); // the time between closing and reopening does not count
        run.closed.push(run.closed[run.closed.length - 1]! + (t - run.stop));
        run.stop = undefined;
        run.cancelled = false;
      }
      continue;
    }
    if (rare && type === 'cancelled' && (e.clock === undefined || e.clock === name)) {
      run.stop = t;
      run.cancelled = true;
      if (run.pausedNow) closePause(run, t);
      continue;
    }
    if (ck.updates !== undefined && ck.updates.has(type)) {
      // A periodic clock (CMP-09): each update starts the next period.
      run.lastUpdate = t;
      run.updates++;
      continue;
    }
    if (ck.stop.has(type)) {
      run.stop = t;
      if (rare) run.sameContact = run.startContact !== undefined && e.contact === run.startContact;
      if (run.pausedNow) closePause(run, t);
    } else if ((type === 'paused' || type === 'resumed') && ck.def.pausable && (e.clock === undefined || e.clock === name)) {
      if (type === 'paused') {
        if (run.pausedNow) issues.push(makeIssue('OVERLAPPING_PAUSE', ['events', ev.idx[k]!], { clock: name, at: new Date(t).toISOString() }, 'ESC-04'));
        else {
          openPauses(run);
          run.pauses.push([t, t]);
          run.pausedNow = true;
        }
      } else if (!run.pausedNow) issues.push(makeIssue('RESUME_WITHOUT_PAUSE', ['events', ev.idx[k]!], { clock: name, at: new Date(t).toISOString() }, 'ESC-04'));
      else closePause(run, t);
    } else if (type === 'deadline-agreed' && (e.clock === name || (e.clock === undefined && ck.def.agreeable))) {
      run.agreed = { t: ev.due[k]!, reason: e.reason };
    }
  }
  run.k = upTo;
}

/** The pauses as of `at`: the open one (while paused) ends at `at`. */
export function pausesAt(run: ClockRun, at: number): [number, number][] {
  if (run.pausedNow) run.pauses[run.pauses.length - 1]![1] = at;
  return run.pauses;
}
