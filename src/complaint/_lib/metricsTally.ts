import type { CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import { CLOCK_STATES, evaluateCases } from '../../sla/evaluateCases';
import type { SlaCase } from '../../sla/schema';
import { mergeCountTallies, newCountTally, type CountTally } from './countTally';
import type { ValidationIssue } from './makeIssue';
import type { ClockLabel, MetricsFacts } from './metricsFacts';
import { mergeQuietWeeks, newQuietWeekTally, noteRepeat, type QuietWeekTally } from './quietWeek';
import type { ComplaintState } from './status';

// The metrics of a period (CMP-14, CMP-15, CMP-19) while the records come in: counts that add up across any split of the records.

/** The metrics' counts so far. */
export interface MetricsTally {
  records: number;
  readonly byKind: Map<string, number>;
  readonly byChannel: Map<string, number>;
  /** Records per day number (named by month at the end) … */
  readonly byDay: Map<number, number>;
  /** … and per month, as another part of the records reported them. */
  readonly byMonth: Map<string, number>;
  /** Complaint records per category of their own (CMP-07). */
  readonly byCategory: Map<string, number>;
  readonly states: Record<ComplaintState, number>;
  consultations: number;
  satisfied: number;
  visitsDue: number;
  visitsOnTime: number;
  complaints: number;
  closed: number;
  readonly badReviews: { total: number; verified: number; rectified: number; revisited: number };
  /** Per SLA clock: met, and decided (met, met late, breached). */
  readonly onTime: Map<string, { met: number; decided: number }>;
  /** Records whose SLA cases are not evaluated yet (they are evaluated together, see `flushSla`). */
  sla: { case: SlaCase; facts: MetricsFacts | undefined }[];
  /** Each record's issues, by record index (the issues come out in record order). */
  readonly issues: Map<number, readonly ValidationIssue[]>;
  readonly quietWeek: QuietWeekTally;
  /** Whether every complaint record is noted as a possible repeat as it is read (see `CountTally.noteThreads`). */
  readonly noteRepeats: boolean;
  /** The period's statistical complaints, when counted. */
  readonly period: CountTally | undefined;
}

export function newMetricsTally(statistics: boolean, clocks: readonly ClockLabel[] | undefined, noteLater: boolean): MetricsTally {
  return {
    records: 0,
    byKind: new Map(),
    byChannel: new Map(),
    byDay: new Map(),
    byMonth: new Map(),
    byCategory: new Map(),
    states: { open: 0, resolved: 0, closed: 0, reopened: 0 },
    consultations: 0,
    satisfied: 0,
    visitsDue: 0,
    visitsOnTime: 0,
    complaints: 0,
    closed: 0,
    badReviews: { total: 0, verified: 0, rectified: 0, revisited: 0 },
    onTime: new Map((clocks ?? []).map((c) => [c.name, { met: 0, decided: 0 }])),
    sla: [],
    issues: new Map(),
    quietWeek: newQuietWeekTally(),
    noteRepeats: noteLater,
    period: statistics ? newCountTally(false, false, noteLater) : undefined,
  };
}

const inc = <K>(m: Map<K, number>, k: K, n = 1): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

/**
 * Adds what record `i` contributes. With an SLA policy its case waits in `sla`
 * until the next flush, with its facts when they are kept (`keep`), so that
 * its clock states can be written into them.
 */
export function addFacts(m: MetricsTally, f: MetricsFacts, i: number, slaCase?: SlaCase, keep = false): void {
  if (f.issues !== undefined) m.issues.set(i, f.issues);
  if (f.repeatOf !== undefined && m.noteRepeats) noteRepeat(m.quietWeek, f.repeatOf, f.receivedAt);
  if (!f.inPeriod) return;
  m.records++;
  inc(m.byKind, f.kind);
  inc(m.byChannel, f.channel);
  inc(m.byDay, f.day);
  if (f.satisfied !== undefined) {
    m.consultations++;
    if (f.satisfied) m.satisfied++;
  }
  if (f.category !== undefined) {
    m.complaints++;
    inc(m.byCategory, f.category);
  }
  if (f.waiting !== undefined) m.quietWeek.waiting.push(f.waiting);
  else if (f.state !== undefined) {
    m.states[f.state]++;
    if (f.state === 'closed') m.closed++;
    if (f.visitDue) m.visitsDue++;
    if (f.visitOnTime) m.visitsOnTime++;
  }
  if (f.badReview) {
    m.badReviews.total++;
    if (f.verified) m.badReviews.verified++;
    if (f.rectified) m.badReviews.rectified++;
    if (f.revisited) m.badReviews.revisited++;
  }
  if (f.clocks !== undefined) addClocks(m, f.clocks);
  else if (slaCase !== undefined) m.sla.push({ case: slaCase, facts: keep ? f : undefined });
}

/** CMP-08 and the policy's other clocks: met ÷ decided (met, met late, breached; a running clock is not decided yet). */
function addClocks(m: MetricsTally, clocks: readonly number[]): void {
  let j = 0;
  for (const rate of m.onTime.values()) {
    const state = CLOCK_STATES[clocks[j++]!];
    if (state === 'met') rate.met++;
    if (state === 'met' || state === 'met-late' || state === 'breached') rate.decided++;
  }
}

/** Evaluates the waiting SLA cases together (the policy is compiled once), keeps each record's clock states and counts them. */
export function flushSla(m: MetricsTally, policy: CompiledSlaPolicy | undefined, atMs: number): void {
  if (policy === undefined || m.sla.length === 0) return;
  const batch = m.sla;
  m.sla = [];
  const cols = evaluateCases(policy, batch.map((x) => x.case), new Date(atMs), { detail: 'columns' });
  const n = cols.clocks.length;
  batch.forEach(({ facts }, i) => {
    const clocks = Array.from(cols.state.subarray(i * n, (i + 1) * n));
    if (facts !== undefined) facts.clocks = clocks;
    addClocks(m, clocks);
  });
}

/** Adds another set of records' metrics (both flushed: no SLA case waiting). */
export function mergeMetricsTallies(into: MetricsTally, from: MetricsTally): void {
  into.records += from.records;
  for (const k of ['byKind', 'byChannel', 'byMonth', 'byCategory'] as const) for (const [key, n] of from[k]) inc(into[k], key, n);
  for (const [day, n] of from.byDay) inc(into.byDay, day, n);
  for (const s of ['open', 'resolved', 'closed', 'reopened'] as const) into.states[s] += from.states[s];
  for (const k of ['consultations', 'satisfied', 'visitsDue', 'visitsOnTime', 'complaints', 'closed'] as const) into[k] += from[k];
  for (const k of ['total', 'verified', 'rectified', 'revisited'] as const) into.badReviews[k] += from.badReviews[k];
  for (const [name, r] of from.onTime) {
    const mine = into.onTime.get(name) ?? into.onTime.set(name, { met: 0, decided: 0 }).get(name)!;
    mine.met += r.met;
    mine.decided += r.decided;
  }
  for (const [i, issues] of from.issues) into.issues.set(i, issues);
  mergeQuietWeeks(into.quietWeek, from.quietWeek);
  if (into.period !== undefined && from.period !== undefined) mergeCountTallies(into.period, from.period);
}
