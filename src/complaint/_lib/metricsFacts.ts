import type { LocalizedText, RuleId } from '../../errors/types';
import { compiledOf, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import type { CaseEvent, SlaCase } from '../../sla/schema';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { waitingOf, type WaitingComplaint } from './quietWeek';
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
  /**
   * Which matters' repeats to keep (CMP-14): every matter's, when more records may
   * come (a summary); else only those of matters with a complaint needing no return visit.
   */
  keepRepeats: ((matter: string) => boolean) | undefined;
  /** One status object reused for every record (only its counts are kept). */
  scratch: StatusCore;
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

/** Where a complaint of the period stands (CMP-14), and its return visit (CMP-15) … */
export interface Decided {
  readonly state: ComplaintState;
  /** A visit was due by the judging instant, or made. */
  readonly visitDue: boolean;
  readonly visitOnTime: boolean;
}

/** … or, needing no return visit, the complaint waits for every repeat about its matter. */
export interface Waiting {
  readonly waiting: WaitingComplaint;
}

/** A record of the period. */
export interface InPeriod {
  readonly day: number;
  readonly kind: string;
  readonly channel: string;
  /** Consultations: whether the customer was satisfied (CMP-19). */
  readonly satisfied: boolean | undefined;
  /** Complaints: their own category (CMP-07) and closure. */
  readonly category: string | undefined;
  readonly closure: Decided | Waiting | undefined;
  /** A bad review (差评) and its “三个100%” by the judging instant (CMP-19). */
  readonly badReview: { readonly verified: boolean; readonly rectified: boolean; readonly revisited: boolean } | undefined;
  /** With an SLA policy: each clock's state (an index into CLOCK_STATES, 255 when it does not apply), once evaluated. */
  clocks: number[] | undefined;
}

/** What one record contributes to the metrics. */
export interface MetricsFacts {
  /** Issues the record raised (an unreadable received instant: then it contributes nothing else). */
  readonly issues: readonly ValidationIssue[] | undefined;
  /** A complaint record about a matter, received by the judging instant: a possible repeat (CMP-14). */
  readonly repeat: { readonly matter: string; readonly at: number } | undefined;
  readonly inPeriod: InPeriod | undefined;
}

const NONE: MetricsFacts = Object.freeze({ issues: undefined, repeat: undefined, inPeriod: undefined });

/**
 * What record `r` (id `id`, index `i`) contributes: every complaint record about
 * a matter is a possible repeat, whenever it was received; the rest counts for
 * records received in the period. `slaCase` gets the record's SLA case.
 */
export function metricsFactsOf(r: Loose, i: number, id: string, rules: MetricsRules): MetricsFacts {
  const t = ms(r.receivedAt);
  if (t === undefined) {
    const issue = makeIssue('INVALID_INPUT', [i, 'receivedAt'], { value: r.receivedAt, reasonZh: '受理时间无效或没有时区偏移，该记录未计入', reasonEn: 'the received instant is invalid or has no offset; the record is not counted' }, 'CMP-03');
    return { issues: [issue], repeat: undefined, inPeriod: undefined };
  }
  const matter = r.kind === 'complaint' ? str(r.matter) : undefined;
  const repeat = matter !== undefined && t <= rules.atMs && (rules.keepRepeats?.(matter) ?? true) ? { matter, at: t } : undefined;
  if (t < rules.startMs || t >= rules.endMs) return repeat === undefined ? NONE : { issues: undefined, repeat, inPeriod: undefined };
  const kind = str(r.kind) ?? '(none)';
  const issues: ValidationIssue[] = [];
  const complaint = kind === 'complaint';
  const inPeriod: InPeriod = {
    day: rules.status.cal.zone.dayOf(t),
    kind,
    channel: str(r.channel) ?? '(none)',
    // CMP-19 客户咨询满意率: a consultation with no recorded satisfaction counts in the denominator only.
    satisfied: kind === 'consultation' ? r.satisfaction === 'satisfied' : undefined,
    category: complaint ? (categoryOf(r) ?? UNCLASSIFIED) : undefined,
    closure: complaint ? closureOf(r, i, id, t, matter, rules, issues) : undefined,
    badReview: badReviewOf(r, rules.atMs),
    clocks: undefined,
  };
  return { issues: issues.length > 0 ? issues : undefined, repeat, inPeriod };
}

/** CMP-14, CMP-15: where a complaint stands at the judging instant, and whether its return visit was due and made in time. */
function closureOf(r: Loose, i: number, id: string, t: number, matter: string | undefined, rules: MetricsRules, issues: ValidationIssue[]): Decided | Waiting {
  const needs = typeof r.needsReturnVisit === 'boolean' ? r.needsReturnVisit : true;
  // Closed by a quiet week unless a repeat comes: decided once every record is in.
  if (!needs && matter !== undefined) return { waiting: waitingOf(r, i, id, matter, t, rules.status, rules.atMs) };
  const c = statusCore(r, needs, rules.atMs, undefined, rules.status, issues, i, rules.scratch);
  // A visit counts once it is due, or made (CMP-15: 三日内回访).
  const visitDue = needs && has(c.visitDue) && (has(c.visitAt) || rules.atMs >= c.visitDue);
  return { state: c.state, visitDue, visitOnTime: visitDue && c.visitAt <= c.visitDue };
}

/** CMP-19 “三个100%” for a bad review (差评): verified, rectified, and revisited (a visit at or after rectification) by the judging instant. */
function badReviewOf(r: Loose, atMs: number): InPeriod['badReview'] {
  const br = r.badReview as Loose | undefined;
  if (br === null || typeof br !== 'object') return undefined;
  const verified = ms(br.verifiedAt);
  const rectifiedAt = ms(br.rectifiedAt);
  const rectified = rectifiedAt !== undefined && rectifiedAt <= atMs;
  const events = Array.isArray(r.events) ? (r.events as Loose[]) : [];
  const revisited =
    rectified &&
    events.some((e) => {
      if (e === null || typeof e !== 'object' || e.type !== 'visited') return false;
      const at = ms(e.at);
      return at !== undefined && at >= rectifiedAt && at <= atMs;
    });
  return { verified: verified !== undefined && verified <= atMs, rectified, revisited };
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
