import type { LocalizedText, RuleId } from '../../errors/types';
import { compiledOf, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import type { CaseEvent, SlaCase } from '../../sla/schema';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { repeatedMatterOf, waitingOf, type WaitingComplaint } from './quietWeek';
import { categoryOf, ms, str, UNCLASSIFIED, type Loose } from './read';
import { has, statusCore, type ComplaintState, type StatusCore, type StatusSettings } from './status';

// What one record contributes to the metrics of a period (CMP-14, CMP-15, CMP-19): worked out once, with the
// calendar, as plain data — the metrics add these up, and a summary can take a record's part back (CMP-20).

/** What reading a record for the metrics needs: the period, the judging instant, the calendar's rules, an SLA policy. */
export interface MetricsRules {
  startMs: number;
  endMs: number;
  atMs: number;
  status: StatusSettings;
  policy: CompiledSlaPolicy | undefined;
  /** Whether to count the period's statistical complaints too. */
  statistics: boolean;
  /** One status object, and one list for its issues, reused for every record (only their counts and copies are kept). */
  scratch: StatusCore;
  scratchIssues: ValidationIssue[];
}

/** An SLA clock's on-time rate as the metrics report it. */
export interface ClockLabel {
  readonly name: string;
  readonly rule: RuleId;
  readonly label: LocalizedText;
}

/** The labels of an SLA policy's clocks, in the policy's order. */
export function clockLabels(policy: CompiledSlaPolicy): ClockLabel[] {
  return compiledOf(policy).clocks.map((ck) => {
    const def = ck.def as { name: string; rules?: readonly string[]; label?: string; labelEn?: string };
    return { name: def.name, rule: (def.rules?.[0] ?? 'CMP-08') as RuleId, label: { 'zh-CN': `${def.label ?? def.name}按时率`, en: `${def.labelEn ?? def.name} on time` } };
  });
}

/**
 * What one record contributes to the metrics: plain data, one object per
 * record (in one whole list the object is reused from record to record).
 */
export interface MetricsFacts {
  /** Issues the record raised (an unreadable received instant: then it contributes nothing else). */
  issues: readonly ValidationIssue[] | undefined;
  /** A complaint record about a matter, received by the judging instant: the matter it may repeat (CMP-14). */
  repeatOf: string | undefined;
  /** Its received instant, epoch ms. */
  receivedAt: number;
  /** Received in the period: the rest counts. */
  inPeriod: boolean;
  day: number;
  kind: string;
  channel: string;
  /** Consultations: whether the customer was satisfied (CMP-19: a consultation without an answer counts in the denominator only). */
  satisfied: boolean | undefined;
  /** Complaints: their own category (CMP-07) … */
  category: string | undefined;
  /** … where they stand at the judging instant (CMP-14), and whether their return visit was due and made in time (CMP-15) … */
  state: ComplaintState | undefined;
  visitDue: boolean;
  visitOnTime: boolean;
  /** … or, needing no return visit, the complaint waiting for every repeat about its matter. */
  waiting: WaitingComplaint | undefined;
  /** A bad review (差评) and its “三个100%” by the judging instant (CMP-19). */
  badReview: boolean;
  verified: boolean;
  rectified: boolean;
  revisited: boolean;
  /** With an SLA policy: each clock's state (an index into CLOCK_STATES, 255 when it does not apply), once evaluated. */
  clocks: number[] | undefined;
}

export const newMetricsFacts = (): MetricsFacts => clearFacts({} as MetricsFacts);

/** `f` with nothing contributed yet (every field set, in one order: one object shape for all). */
function clearFacts(f: MetricsFacts): MetricsFacts {
  f.issues = undefined;
  f.repeatOf = undefined;
  f.receivedAt = NaN;
  f.inPeriod = false;
  f.day = 0;
  f.kind = '';
  f.channel = '';
  f.satisfied = undefined;
  f.category = undefined;
  f.state = undefined;
  f.visitDue = false;
  f.visitOnTime = false;
  f.waiting = undefined;
  f.badReview = false;
  f.verified = false;
  f.rectified = false;
  f.revisited = false;
  f.clocks = undefined;
  return f;
}

/**
 * What record `r` (id `id`, index `i`) contributes, written into `f` (a new
 * object unless one is given to reuse): every complaint record about a matter
 * is a possible repeat, whenever it was received; the rest counts for records
 * received in the period.
 */
export function metricsFactsOf(r: Loose, i: number, id: string, rules: MetricsRules, f: MetricsFacts = newMetricsFacts()): MetricsFacts {
  clearFacts(f);
  const t = ms(r.receivedAt);
  if (t === undefined) {
    f.issues = [makeIssue('INVALID_INPUT', [i, 'receivedAt'], { value: r.receivedAt, reasonZh: '受理时间无效或没有时区偏移，该记录未计入', reasonEn: 'the received instant is invalid or has no offset; the record is not counted' }, 'CMP-03')];
    return f;
  }
  f.receivedAt = t;
  const matter = r.kind === 'complaint' ? str(r.matter) : undefined;
  f.repeatOf = repeatedMatterOf(r, t, rules.atMs);
  if (t < rules.startMs || t >= rules.endMs) return f;
  f.inPeriod = true;
  f.day = rules.status.cal.zone.dayOf(t);
  f.kind = str(r.kind) ?? '(none)';
  f.channel = str(r.channel) ?? '(none)';
  if (f.kind === 'consultation') f.satisfied = r.satisfaction === 'satisfied';
  else if (f.kind === 'complaint') {
    f.category = categoryOf(r) ?? UNCLASSIFIED;
    addClosure(f, r, i, id, t, matter, rules);
  }
  addBadReview(f, r, rules.atMs);
  return f;
}

/** CMP-14, CMP-15: where a complaint stands at the judging instant, and whether its return visit was due and made in time. */
function addClosure(f: MetricsFacts, r: Loose, i: number, id: string, t: number, matter: string | undefined, rules: MetricsRules): void {
  const needs = typeof r.needsReturnVisit === 'boolean' ? r.needsReturnVisit : true;
  // Closed by a quiet week unless a repeat comes: decided once every record is in.
  if (!needs && matter !== undefined) {
    f.waiting = waitingOf(r, i, id, matter, t, rules.status, rules.atMs);
    return;
  }
  const issues = rules.scratchIssues;
  const c = statusCore(r, needs, rules.atMs, undefined, rules.status, issues, i, rules.scratch);
  if (issues.length > 0) {
    f.issues = issues.slice();
    issues.length = 0;
  }
  f.state = c.state;
  // A visit counts once it is due, or made (CMP-15: 三日内回访).
  f.visitDue = needs && has(c.visitDue) && (has(c.visitAt) || rules.atMs >= c.visitDue);
  f.visitOnTime = f.visitDue && c.visitAt <= c.visitDue;
}

/** CMP-19 “三个100%” for a bad review (差评): verified, rectified, and revisited (a visit at or after rectification) by the judging instant. */
function addBadReview(f: MetricsFacts, r: Loose, atMs: number): void {
  const br = r.badReview as Loose | undefined;
  if (br === null || typeof br !== 'object') return;
  f.badReview = true;
  const verified = ms(br.verifiedAt);
  const rectifiedAt = ms(br.rectifiedAt);
  f.verified = verified !== undefined && verified <= atMs;
  f.rectified = rectifiedAt !== undefined && rectifiedAt <= atMs;
  const events = Array.isArray(r.events) ? (r.events as Loose[]) : [];
  f.revisited =
    f.rectified &&
    events.some((e) => {
      if (e === null || typeof e !== 'object' || e.type !== 'visited') return false;
      const at = ms(e.at);
      return at !== undefined && at >= rectifiedAt! && at <= atMs;
    });
}

const SLA_EVENT_KEYS = ['type', 'at', 'clock', 'attributes', 'due', 'reason'] as const;

/** The record as an SLA case: its kind and tiers as attributes, `received` at its received instant, then its log. */
export function slaCaseOf(r: Loose, kind: string, id: string): SlaCase {
  const attributes: Record<string, string> = { kind };
  for (const a of ['complexity', 'urgency'] as const) if (typeof r[a] === 'string') attributes[a] = r[a] as string;
  const events: CaseEvent[] = [{ type: 'received', at: r.receivedAt as string }];
  for (const e of Array.isArray(r.events) ? (r.events as Loose[]) : []) {
    if (e === null || typeof e !== 'object' || e.type === 'received') continue;
    const x: Record<string, unknown> = {};
    for (const k of SLA_EVENT_KEYS) if (e[k] !== undefined) x[k] = e[k];
    events.push(x as CaseEvent);
  }
  return { id, attributes, events };
}
