import { append } from '../../_lib/append';
import type { ValidationIssue } from './makeIssue';
import { ms, str, type Loose } from './read';
import type { Step } from './status';
import { missingOutcome, newStatusCore, quietPlanAt, statusCore, stepsOf, type PlanDays, type PlanFailure, type StatusCore, type StatusSettings } from './status';

// CMP-14 for complaints that need no return visit: 处理完毕后一周内无再次投诉 closes them, and a repeat complaint about the
// same matter may be anywhere among the records. Such complaints wait until every record is in; the others are decided at once.

/** A step of a waiting complaint's log: a visit keeps its outcome when it is text. */
export interface WaitingStep extends Step {
  readonly outcome: string | undefined;
}

/** A complaint of the period that needs no return visit: its log, kept until every repeat about its matter is known. */
export interface WaitingComplaint {
  readonly index: number;
  readonly id: string;
  readonly matter: string;
  readonly receivedAt: number;
  /** The log's events that move the state, at readable instants by the judging instant, in time order (CMP-14). */
  readonly steps: readonly WaitingStep[];
  /** The issues reading the log raised (unreadable instants) … */
  readonly issues: readonly ValidationIssue[];
  /** … and, per visit without an outcome, the issue it raises should the replay reach it (while resolved), as worded from the record. */
  readonly visitIssues: readonly (readonly [index: number, issue: ValidationIssue])[];
  /** The quiet period of each completion by the judging instant, worked out with the calendar when the record was read. */
  readonly plans: readonly (readonly [at: number, plan: PlanDays | PlanFailure])[];
}

/** The quiet-week part of the metrics. */
export interface QuietWeekTally {
  /** The received instants of the complaint records about each matter, up to the judging instant (later ones cannot reopen anything). */
  readonly repeats: Map<string, number[]>;
  readonly waiting: WaitingComplaint[];
}

export const newQuietWeekTally = (): QuietWeekTally => ({ repeats: new Map(), waiting: [] });

/** A complaint record about `matter` received at `at`: a repeat for the complaints about it that need no return visit. */
export function noteRepeat(q: QuietWeekTally, matter: string, at: number): void {
  const list = q.repeats.get(matter);
  if (list === undefined) q.repeats.set(matter, [at]);
  else list.push(at);
}

/**
 * A complaint that needs no return visit, as it waits for the repeats: its
 * log read now (the issues worded from the record as it is), and the quiet
 * period of each of its completions.
 */
export function waitingOf(r: Loose, index: number, id: string, matter: string, receivedAt: number, s: StatusSettings, atMs: number): WaitingComplaint {
  const events: readonly unknown[] = Array.isArray(r.events) ? r.events : [];
  const issues: ValidationIssue[] = [];
  const steps: WaitingStep[] = stepsOf(events, atMs, issues, index).map((x) => ({ ...x, outcome: x.type === 'visited' ? str((events[x.index] as Loose).outcome) : undefined }));
  const visitIssues = steps.filter((x) => x.type === 'visited' && x.outcome !== 'satisfied' && x.outcome !== 'unsatisfied').map((x): [number, ValidationIssue] => [x.index, missingOutcome(events[x.index] as Loose, x.index, index)]);
  const plans: [number, PlanDays | PlanFailure][] = [];
  for (const x of steps) if (x.type === 'resolved' && !plans.some(([t]) => t === x.at)) plans.push([x.at, quietPlanAt(s, x.at)]);
  return { index, id, matter, receivedAt, steps, issues, visitIssues, plans };
}

/** Adds another set of records' quiet-week part. */
export function mergeQuietWeeks(into: QuietWeekTally, from: QuietWeekTally): void {
  for (const [matter, list] of from.repeats) {
    const mine = into.repeats.get(matter);
    if (mine === undefined) into.repeats.set(matter, list.slice());
    else append(mine, list);
  }
  append(into.waiting, from.waiting);
}

/**
 * Decides every waiting complaint now that the repeats are known: the replay
 * of `complaintStatus` with the repeats about its matter (ids are unique by now,
 * CMP-20, so its own entry is the one at its received instant). `decided` gets
 * each one's state and the issues its log raised.
 */
export function decideWaiting(q: QuietWeekTally, atMs: number, decided: (w: WaitingComplaint, c: StatusCore, issues: ValidationIssue[]) => void): void {
  // Only the worked-out plans are read: the calendar is not needed here.
  const plans = new Map(q.waiting.flatMap((w) => w.plans));
  const settings = { plans } as unknown as StatusSettings;
  const sorted = new Map<string, readonly number[]>();
  const scratch = newStatusCore();
  for (const w of q.waiting) {
    let t = sorted.get(w.matter);
    if (t === undefined) sorted.set(w.matter, (t = (q.repeats.get(w.matter) ?? []).slice().sort((a, b) => a - b)));
    // The log as its steps, at their own indices: the replay reads nothing else of it.
    const events: unknown[] = [];
    for (const x of w.steps) events[x.index] = { type: x.type, at: new Date(x.at), outcome: x.outcome };
    const raised: ValidationIssue[] = [];
    const c = statusCore({ id: w.id, receivedAt: new Date(w.receivedAt), events: Array.from(events) }, false, atMs, { t, ids: undefined }, settings, raised, w.index, scratch);
    // A visit without an outcome is worded as the record wrote it.
    const worded = new Map(w.visitIssues);
    decided(w, c, [...w.issues, ...raised.map((x) => worded.get(x.path[2] as number) ?? x)]);
  }
}

/** The matter a record may repeat (CMP-14): a complaint record about a matter, received (at `t`) by the judging instant. */
export function repeatedMatterOf(r: Loose, t: number, atMs: number): string | undefined {
  return r.kind === 'complaint' && t <= atMs ? str(r.matter) : undefined;
}

/** Notes, among `records`, the repeats about the matters of the waiting complaints (a whole list, read once more only when some wait). */
export function noteRepeatsOf(q: QuietWeekTally, records: readonly unknown[], skip: ReadonlySet<number> | undefined, atMs: number): void {
  const matters = new Set(q.waiting.map((w) => w.matter));
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Loose;
    if (skip?.has(i) || r === null || typeof r !== 'object' || str(r.id) === undefined) continue;
    const t = ms(r.receivedAt);
    const matter = t !== undefined ? repeatedMatterOf(r, t, atMs) : undefined;
    if (matter !== undefined && matters.has(matter)) noteRepeat(q, matter, t!);
  }
}
