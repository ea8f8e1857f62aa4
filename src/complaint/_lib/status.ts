import { formatDay } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import type { CalendarInternals } from '../../calendar/_lib/internals';
import type { WorkingCalendar } from '../../calendar/types';
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
  /** Scratch timeline reused across records (metrics); never kept in a result. */
  scratch?: Float64Array;
  /**
   * Plans by start day, for limits counted in whole days from the next day (the
   * plan then depends on the day alone): the metrics loop asks for the same
   * few hundred days a million times. Per call; absent = no memo.
   */
  memo?: Map<NormalizedLimit, Map<number, PlanDays>>;
}

/** The parts of a due plan the status reads. */
interface PlanDays {
  due: number;
  lastDay: number | undefined;
  nominalLastDay: number | undefined;
}

/** planCore, through the memo when the limit is counted in whole days from the next day. */
function planDays(s: StatusSettings, t: number, limit: NormalizedLimit): PlanDays {
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

/** Other complaints about one matter: received instants ascending, ids alongside. */
export interface Repeats {
  t: number[];
  ids: string[];
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
const RESOLVED = 1;
const VISITED = 2;
const REOPENED = 3;

/** Index of the first repeat strictly after `t` that is not the record itself, or -1. */
function firstRepeatAfter(rp: Repeats, t: number, self: unknown): number {
  let lo = 0;
  let hi = rp.t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rp.t[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  while (lo < rp.t.length && rp.ids[lo] === self) lo++;
  return lo < rp.t.length ? lo : -1;
}

/** What happens while resolved, up to `upTo` (inclusive): a repeat reopens, the quiet week closes. */
function advance(c: StatusCore, repeats: Repeats | undefined, self: unknown, upTo: number): void {
  if (c.state !== 'resolved') return;
  // Repeats decide only for complaints closed by the quiet week (CMP-14: 对于无须回访的投诉，以处理完毕后一周内无再次投诉);
  // a visited complaint closes on the customer's verdict.
  const k = repeats && !c.needsVisit ? firstRepeatAfter(repeats, c.resolvedAt, self) : -1;
  const rt = k >= 0 ? repeats!.t[k]! : Infinity;
  const qe = has(c.quietEnd) ? c.quietEnd : Infinity;
  if (rt <= upTo && rt < qe) {
    c.state = 'reopened';
    c.reason = 'repeat-complaint';
    c.reopenedAt = c.repeatAt = rt;
    c.repeatId = repeats!.ids[k];
  } else if (qe <= upTo) {
    c.state = 'closed';
    c.reason = 'quiet-week';
    c.closedAt = qe;
  }
}

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
  // Timeline: [t, kind, index] triples of the events that matter here (a
  // scratch array reused across records on the metrics path).
  const tl: Float64Array = s.scratch !== undefined && s.scratch.length >= events.length * 3 ? s.scratch : new Float64Array(Math.max(24, events.length * 3));
  if (s.scratch !== undefined && tl !== s.scratch) s.scratch = tl;
  let len = 0;
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Loose;
    if (e === null || typeof e !== 'object') continue;
    const type = e.type;
    const kind = type === 'resolved' ? RESOLVED : type === 'visited' ? VISITED : type === 'reopened' ? REOPENED : -1;
    if (kind < 0) continue;
    const t = ms(e.at);
    if (t === undefined) {
      issues?.push(makeIssue('INVALID_EVENT_TIME', [...(typeof root === 'number' ? [root] : root), 'events', i, 'at'], { value: e.at }, 'CMP-14', 'warning'));
      continue;
    }
    if (t > atMs) continue;
    if (t < last) sorted = false;
    last = t;
    tl[len++] = t;
    tl[len++] = kind;
    tl[len++] = i;
  }
  let order: number[] | undefined;
  if (!sorted) {
    order = [];
    for (let k = 0; k < len; k += 3) order.push(k);
    order.sort((a, b) => tl[a]! - tl[b]! || tl[a + 2]! - tl[b + 2]!);
  }
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
  const n = len / 3;
  for (let j = 0; j < n; j++) {
    const k = order ? order[j]! : j * 3;
    const t = tl[k]!;
    const kind = tl[k + 1]!;
    const idx = tl[k + 2]!;
    advance(c, repeats, self, t);
    if (kind === RESOLVED) {
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
    } else if (kind === VISITED) {
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
        issues?.push(makeIssue('MISSING_VISIT_OUTCOME', [...(typeof root === 'number' ? [root] : root), 'events', idx, 'outcome'], { at: e.at, value: outcome }, 'CMP-14'));
      }
    } else if (c.state === 'resolved' || c.state === 'closed') {
      c.state = 'reopened';
      c.reason = 'reopened-event';
      c.reopenedAt = t;
      c.closedAt = NaN;
    }
  }
  advance(c, repeats, self, atMs);
  return c;
}

/** The status as sentences. */
export function statusText(c: StatusCore, s: StatusSettings, quietText: string, visitText: string): { 'zh-CN': string; en: string } {
  const f = (t: number): string => (has(t) ? formatInstant(t, s.cal.zone) : '—');
  const d = (x: number): string => (has(x) ? formatDay(x) : '—');
  switch (c.reason) {
    case 'not-resolved':
      return { 'zh-CN': '尚未处理完毕（没有 resolved 事件）。', en: 'Not resolved yet (no resolved event).' };
    case 'awaiting-visit':
      return {
        'zh-CN': `已于 ${f(c.resolvedAt)} 处理完毕，待回访：回访验证时客户满意即关闭（CMP-14）；回访时限“${visitText}”，应在 ${d(c.visitLastDay)} 24:00（${f(c.visitDue)}）前完成（CMP-15）。`,
        en: `Resolved at ${f(c.resolvedAt)}, awaiting the return visit: a satisfied customer at the visit closes it (CMP-14); the visit is due "${visitText}", by 24:00 of ${d(c.visitLastDay)} (${f(c.visitDue)}) (CMP-15).`,
      };
    case 'awaiting-quiet-week':
      return {
        'zh-CN': `已于 ${f(c.resolvedAt)} 处理完毕，无须回访：处理完毕后“${quietText}”无再次投诉即关闭（CMP-14），即 ${d(c.quietLastDay)} 24:00（${f(c.quietEnd)}）${rolledOver(c) ? `；最后一日 ${d(c.quietNominalLastDay)} 是休息日，顺延（民法典第二百零三条，TL-03）` : ''}。`,
        en: `Resolved at ${f(c.resolvedAt)}, no visit needed: it closes when "${quietText}" after completion passes with no repeat complaint (CMP-14), at 24:00 of ${d(c.quietLastDay)} (${f(c.quietEnd)})${rolledOver(c) ? `; the last day ${d(c.quietNominalLastDay)} is a rest day and rolls over (Civil Code art. 203, TL-03)` : ''}.`,
      };
    case 'satisfied-visit':
      return { 'zh-CN': `已关闭：${f(c.closedAt)} 回访时客户对处理结果满意（CMP-14）。`, en: `Closed: the customer was satisfied at the return visit at ${f(c.closedAt)} (CMP-14).` };
    case 'quiet-week':
      return {
        'zh-CN': `已关闭：${f(c.resolvedAt)} 处理完毕后“${quietText}”内无再次投诉，于 ${d(c.quietLastDay)} 24:00（${f(c.closedAt)}）关闭（CMP-14）。`,
        en: `Closed: no repeat complaint within "${quietText}" after completion at ${f(c.resolvedAt)}; closed at 24:00 of ${d(c.quietLastDay)} (${f(c.closedAt)}) (CMP-14).`,
      };
    case 'unsatisfied-visit':
      return { 'zh-CN': `未关闭：${f(c.visitAt)} 回访时客户不满意，需继续处理（CMP-14）。`, en: `Open: the customer was not satisfied at the return visit at ${f(c.visitAt)}; handling continues (CMP-14).` };
    case 'repeat-complaint':
      return { 'zh-CN': `重新打开：关闭前 ${f(c.repeatAt)} 收到同一事项的再次投诉 ${c.repeatId ?? ''}（CMP-14）。`, en: `Reopened: a repeat complaint ${c.repeatId ?? ''} about the same matter came at ${f(c.repeatAt)}, before it closed (CMP-14).` };
    case 'reopened-event':
      return { 'zh-CN': `重新打开：${f(c.reopenedAt)} 的 reopened 事件。`, en: `Reopened by the reopened event at ${f(c.reopenedAt)}.` };
  }
}

/**
 * Repeat complaints by matter (kind `complaint`, valid receivedAt), each list
 * ascending — only for matters that have a complaint needing no return visit:
 * repeats decide nothing else, so the index stays small.
 */
export function repeatIndex(records: readonly unknown[]): Map<string, Repeats> {
  const m = new Map<string, Repeats>();
  for (const x of records) {
    const r = x as Loose;
    if (r === null || typeof r !== 'object' || r.kind !== 'complaint' || r.needsReturnVisit !== false) continue;
    const matter = str(r.matter);
    if (matter && !m.has(matter)) m.set(matter, { t: [], ids: [] });
  }
  if (m.size === 0) return m;
  let unsorted: Set<Repeats> | undefined;
  for (const x of records) {
    const r = x as Loose;
    if (r === null || typeof r !== 'object' || r.kind !== 'complaint') continue;
    const matter = str(r.matter);
    const g = matter ? m.get(matter) : undefined;
    const id = str(r.id);
    if (!g || !id) continue;
    const t = ms(r.receivedAt);
    if (t === undefined) continue;
    if (g.t.length && t < g.t[g.t.length - 1]!) (unsorted ??= new Set()).add(g);
    g.t.push(t);
    g.ids.push(id);
  }
  if (unsorted) {
    for (const g of unsorted) {
      const o = g.t.map((_, i) => i).sort((a, b) => g.t[a]! - g.t[b]! || (g.ids[a]! < g.ids[b]! ? -1 : 1));
      g.t = o.map((i) => g.t[i]!);
      g.ids = o.map((i) => g.ids[i]!);
    }
  }
  return m;
}
