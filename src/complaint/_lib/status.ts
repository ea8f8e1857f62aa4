import type { CalendarInternals } from '../../calendar/_lib/internals';
import type { WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';
import type { MessageDetails } from '../../errors/messages';
import type { RuleId } from '../../errors/types';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { planCore, type DueOptions, type DuePlan } from '../../time-limit/_lib/compute';
import type { NormalizedLimit } from '../../time-limit/_lib/normalize';
import { ms, str, type Loose } from './read';

/**
 * Where a complaint stands (CMP-14).
 *
 * @example
 * const resolved = { id: 'T1', kind: 'complaint', events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }
 * complaintStatus(resolved, { at: '2026-03-04T09:00+08:00' }).state //=> 'resolved'
 * complaintStatus({ ...resolved, needsReturnVisit: false }, { at: '2026-03-10T00:00+08:00' }).state //=> 'closed' (a quiet week passed)
 * complaintStatus({ ...resolved, events: [...resolved.events, { type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'unsatisfied' }] }, { at: '2026-03-04T09:00+08:00' }).state //=> 'open'
 */
export type ComplaintState = 'open' | 'resolved' | 'closed' | 'reopened';

/**
 * Why it stands there.
 *
 * @example
 * const resolved = { id: 'T1', kind: 'complaint', events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }
 * complaintStatus({ ...resolved, needsReturnVisit: false }, { at: '2026-03-04T09:00+08:00' }).reason //=> 'awaiting-quiet-week'
 * complaintStatus({ ...resolved, needsReturnVisit: false }, { at: '2026-03-10T00:00+08:00' }).reason //=> 'quiet-week'
 */
export type StatusReason =
  /** No `resolved` event yet. */
  | 'not-resolved'
  /** Resolved; a satisfied return visit closes it. */
  | 'awaiting-visit'
  /** Resolved, needs no visit; closes when the quiet week passes with no repeat. */
  | 'awaiting-quiet-week'
  /** Closed: the customer was satisfied at the return visit. */
  | 'satisfied-visit'
  /** Closed: one week after completion passed with no repeat complaint. */
  | 'quiet-week'
  /** Open again: the customer was not satisfied at the return visit. */
  | 'unsatisfied-visit'
  /** Reopened: a repeat complaint about the same matter came before it closed. */
  | 'repeat-complaint'
  /** Reopened by a `reopened` event. */
  | 'reopened-event';

export interface StatusSettings {
  cal: CalendarInternals;
  calendar: WorkingCalendar;
  quiet: NormalizedLimit;
  visit: NormalizedLimit;
  due: DueOptions;
  /** One plan object reused by every due computation (no allocation per record). */
  plan?: DuePlan;
  /**
   * Plans by start day, for limits counted in whole days from the next day (the
   * plan then depends on the day alone): the metrics loop asks for the same
   * few hundred days a million times. Per call; absent = no memo.
   */
  memo?: Map<NormalizedLimit, Map<number, PlanDays>>;
  /**
   * Quiet-period plans worked out beforehand, by completion instant (a summary
   * decides its waiting complaints where the calendar is no longer at hand).
   */
  plans?: ReadonlyMap<number, PlanDays | PlanFailure>;
}

/** The parts of a due plan the status reads. */
export interface PlanDays {
  due: number;
  lastDay: number | undefined;
  nominalLastDay: number | undefined;
}

/** A plan that could not be worked out (a day outside the calendar …): its error, raised when the replay needs the plan. */
export interface PlanFailure {
  error: { code: GuifanError['code']; details: MessageDetails; rule: RuleId | undefined };
}

/** planCore, through the memo when the limit is counted in whole days from the next day. */
function planDays(s: StatusSettings, t: number, limit: NormalizedLimit): PlanDays {
  if (s.plans !== undefined) {
    const p = s.plans.get(t);
    if (p === undefined) throw new Error(`guifan: no plan for ${t}`);
    if ('error' in p) throw new GuifanError(p.error.code, p.error.details, p.error.rule);
    return p;
  }
  const memo = s.memo;
  const byDay = memo !== undefined && (s.due.countFrom ?? 'next-day') === 'next-day' && (limit.unit === 'day' || limit.unit === 'week' || limit.unit === 'month' || (limit.unit === 'workday' && Number.isInteger(limit.amount))) ? memo.get(limit) ?? memo.set(limit, new Map()).get(limit)! : undefined;
  if (byDay === undefined) return planCore(s.cal, s.calendar, t, limit, s.due, s.plan);
  const day = s.cal.zone.dayOf(t);
  let hit = byDay.get(day);
  if (hit === undefined) {
    const p = planCore(s.cal, s.calendar, t, limit, s.due, s.plan);
    hit = { due: p.due, lastDay: p.lastDay, nominalLastDay: p.nominalLastDay };
    byDay.set(day, hit);
  }
  return hit;
}

/**
 * The quiet-period plan of a completion at `t`, worked out now for a replay
 * later (see `StatusSettings.plans`): a GuifanError is kept to be raised then,
 * as the replay would have raised it.
 */
export function quietPlanAt(s: StatusSettings, t: number): PlanDays | PlanFailure {
  try {
    const p = planDays(s, t, s.quiet);
    return { due: p.due, lastDay: p.lastDay, nominalLastDay: p.nominalLastDay };
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    return { error: { code: e.code, details: e.details, rule: e.rule } };
  }
}

/**
 * Other complaints about one matter (CMP-14's repeats): received instants
 * ascending, with ids alongside — or without ids when every id is known to be
 * unique (a summary after the id check, CMP-20): then the record's own entry is
 * the one at its own received instant.
 */
export interface Repeats {
  t: readonly number[];
  ids: readonly string[] | undefined;
}

/**
 * Where a record stands, as the replay computes it. Instants and days are
 * epoch ms and day numbers, NaN for none: fields that are always numbers keep
 * one in-place double each, so the metrics loop, reusing one object for a
 * million records, allocates nothing (an `undefined` among them would box
 * every store anew).
 */
export interface StatusCore {
  state: ComplaintState;
  reason: StatusReason;
  needsVisit: boolean;
  resolvedAt: number;
  closedAt: number;
  /** End of the quiet week of the last resolution (no-visit complaints). */
  quietEnd: number;
  quietLastDay: number;
  quietNominalLastDay: number;
  visitDue: number;
  visitLastDay: number;
  /** The first return visit after the last resolution. */
  visitAt: number;
  visitOutcome: string | undefined;
  reopenedAt: number;
  repeatId: string | undefined;
  repeatAt: number;
}

/** A StatusCore whose fields all exist from the start, in one order (one hidden class). */
export const newStatusCore = (): StatusCore => ({
  state: 'open',
  reason: 'not-resolved',
  needsVisit: true,
  resolvedAt: NaN,
  closedAt: NaN,
  quietEnd: NaN,
  quietLastDay: NaN,
  quietNominalLastDay: NaN,
  visitDue: NaN,
  visitLastDay: NaN,
  visitAt: NaN,
  visitOutcome: undefined,
  reopenedAt: NaN,
  repeatId: undefined,
  repeatAt: NaN,
});

/** Whether a StatusCore number is set (not NaN). */
export const has = (x: number): boolean => x === x;

/** Whether the quiet week's last day fell on a rest day and rolled over (TL-03). */
export const rolledOver = (c: StatusCore): boolean => has(c.quietLastDay) && c.quietLastDay !== c.quietNominalLastDay;

const NO_EVENTS: readonly unknown[] = Object.freeze([]);

/** An event of the log that moves the state (CMP-14), at a readable instant no later than the judging instant. */
export interface Step {
  at: number;
  type: 'resolved' | 'visited' | 'reopened';
  /** Its index in the log, for issue paths (and order between events at one instant). */
  index: number;
}

/**
 * The log's steps in time order (a stable sort: events at one instant keep
 * the log's order); an unreadable instant is an issue and no step.
 */
export function stepsOf(events: readonly unknown[], atMs: number, issues: ValidationIssue[] | undefined, root: readonly (string | number)[] | number): Step[] {
  const steps: Step[] = [];
  let sorted = true;
  for (let index = 0; index < events.length; index++) {
    const e = events[index] as Loose;
    if (e === null || typeof e !== 'object') continue;
    const type = e.type;
    if (type !== 'resolved' && type !== 'visited' && type !== 'reopened') continue;
    const at = ms(e.at);
    if (at === undefined) {
      issues?.push(makeIssue('INVALID_EVENT_TIME', [...(typeof root === 'number' ? [root] : root), 'events', index, 'at'], { value: e.at }, 'CMP-14', 'warning'));
      continue;
    }
    if (at > atMs) continue;
    if (steps.length > 0 && at < steps[steps.length - 1]!.at) sorted = false;
    steps.push({ at, type, index });
  }
  if (!sorted) steps.sort((x, y) => x.at - y.at);
  return steps;
}

/** Index of the first repeat strictly after `t` that is not the record itself (`self`: its id, `selfAt`: its received instant), or -1. */
function firstRepeatAfter(rp: Repeats, t: number, self: unknown, selfAt: number | undefined): number {
  let lo = 0;
  let hi = rp.t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rp.t[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  if (rp.ids !== undefined) while (lo < rp.t.length && rp.ids[lo] === self) lo++;
  else if (lo < rp.t.length && rp.t[lo] === selfAt) lo++;
  return lo < rp.t.length ? lo : -1;
}

/** What happens while resolved, up to `upTo` (inclusive): a repeat reopens, the quiet week closes. */
function advance(c: StatusCore, repeats: Repeats | undefined, self: unknown, selfAt: number | undefined, upTo: number): void {
  if (c.state !== 'resolved') return;
  // Repeats decide only for complaints closed by the quiet week (CMP-14: 对于无须回访的投诉，以处理完毕后一周内无再次投诉);
  // a visited complaint closes on the customer's verdict.
  const k = repeats && !c.needsVisit ? firstRepeatAfter(repeats, c.resolvedAt, self, selfAt) : -1;
  const rt = k >= 0 ? repeats!.t[k]! : Infinity;
  const qe = has(c.quietEnd) ? c.quietEnd : Infinity;
  if (rt <= upTo && rt < qe) {
    c.state = 'reopened';
    c.reason = 'repeat-complaint';
    c.reopenedAt = c.repeatAt = rt;
    c.repeatId = repeats!.ids?.[k];
  } else if (qe <= upTo) {
    c.state = 'closed';
    c.reason = 'quiet-week';
    c.closedAt = qe;
  }
}

/** CMP-14: a return visit that does not say whether the customer was satisfied decides nothing. */
export const missingOutcome = (e: Loose, idx: number, root: readonly (string | number)[] | number): ValidationIssue =>
  makeIssue('MISSING_VISIT_OUTCOME', [...(typeof root === 'number' ? [root] : root), 'events', idx, 'outcome'], { at: e.at, value: e.outcome }, 'CMP-14');

/**
 * Replays a record's log with the repeat complaints about its matter, up to
 * `atMs`. Pure numbers, no text: the metrics run it over every record.
 * `repeats` may include the record itself (skipped by id).
 */
export function statusCore(
  r: Loose,
  needsVisit: boolean,
  atMs: number,
  repeats: Repeats | undefined,
  s: StatusSettings,
  issues: ValidationIssue[] | undefined,
  /** The record's path (a bare index: built only when an issue is raised). */
  root: readonly (string | number)[] | number,
  /** A result object to reuse (the metrics loop: no object per record); reset here. */
  out?: StatusCore,
): StatusCore {
  const events: readonly unknown[] = Array.isArray(r.events) ? (r.events as unknown[]) : NO_EVENTS;
  const steps = stepsOf(events, atMs, issues, root);
  const c: StatusCore = out ?? newStatusCore();
  c.state = 'open';
  c.reason = 'not-resolved';
  c.needsVisit = needsVisit;
  c.resolvedAt = NaN;
  c.closedAt = NaN;
  c.quietEnd = NaN;
  c.quietLastDay = NaN;
  c.quietNominalLastDay = NaN;
  c.visitDue = NaN;
  c.visitLastDay = NaN;
  c.visitAt = NaN;
  c.visitOutcome = undefined;
  c.reopenedAt = NaN;
  c.repeatId = undefined;
  c.repeatAt = NaN;
  const self = r.id;
  // Without ids beside the repeats, the record's own entry is the one at its received instant.
  const selfAt = repeats !== undefined && repeats.ids === undefined ? ms(r.receivedAt) : undefined;
  for (const { at: t, type, index: idx } of steps) {
    advance(c, repeats, self, selfAt, t);
    if (type === 'resolved') {
      if (c.state === 'closed') continue; // closed stays closed until reopened
      c.state = 'resolved';
      c.reason = needsVisit ? 'awaiting-visit' : 'awaiting-quiet-week';
      c.resolvedAt = t;
      c.visitAt = NaN;
      c.visitOutcome = undefined;
      if (needsVisit) {
        const p = planDays(s, t, s.visit);
        c.visitDue = p.due;
        c.visitLastDay = p.lastDay ?? NaN;
        c.quietEnd = c.quietLastDay = c.quietNominalLastDay = NaN;
      } else {
        const p = planDays(s, t, s.quiet);
        c.quietEnd = p.due;
        c.quietLastDay = p.lastDay ?? NaN;
        c.quietNominalLastDay = p.nominalLastDay ?? NaN;
        c.visitDue = c.visitLastDay = NaN;
      }
    } else if (type === 'visited') {
      if (c.state !== 'resolved') continue;
      const e = events[idx] as Loose;
      const outcome = e.outcome;
      if (!has(c.visitAt)) {
        c.visitAt = t;
        c.visitOutcome = str(outcome);
      }
      if (outcome === 'satisfied') {
        c.state = 'closed';
        c.reason = 'satisfied-visit';
        c.closedAt = t;
      } else if (outcome === 'unsatisfied') {
        c.state = 'open';
        c.reason = 'unsatisfied-visit';
      } else {
        issues?.push(missingOutcome(e, idx, root));
      }
    } else if (c.state === 'resolved' || c.state === 'closed') {
      c.state = 'reopened';
      c.reason = 'reopened-event';
      c.reopenedAt = t;
      c.closedAt = NaN;
    }
  }
  advance(c, repeats, self, selfAt, atMs);
  return c;
}
