import { civilFromDays } from '../../_lib/civil';
import type { RuleId } from '../../errors/types';
import type { ComplaintSummary } from '../summarySchema';
import { COMPLAINT_SUMMARY_FORMAT } from '../summarySchema';
import { channelsOf, newComplaint, type ComplaintTally } from './complaintTally';
import { newCountTally, type CountTally } from './countTally';
import type { ValidationIssue } from './makeIssue';
import type { MetricsFacts } from './metricsFacts';
import type { MetricsReport } from './metricsFinish';
import { newMetricsTally, type MetricsTally } from './metricsTally';
import type { PeriodEcho } from './period';
import type { WaitingComplaint } from './quietWeek';
import type { Loose } from './read';
import type { PlanDays, PlanFailure } from './status';
import { newSummary, sealSummary, type Summary, type SummarySettings } from './summary';
import { Votes } from './votes';

// A summary to JSON and back: Maps and Sets as arrays of pairs (a key from the records is never an object key),
// nothing that JSON cannot carry (no NaN, no undefined in arrays).

type Json = ComplaintSummary;
type CountJson = Json['count'];
type MetricsJson = NonNullable<Json['metrics']>;
type PeriodJson = NonNullable<Json['options']['period']>;
type FactsJson = NonNullable<NonNullable<NonNullable<Json['ids']>[number]['counted']>['metrics']>;
type WaitingJson = MetricsJson['waiting'][number];

const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * A value an issue quotes from a record, as JSON can carry it: a BigInt as `'12n'`, a function or symbol as its
 * description, a cycle as `'[Circular]'`, nesting past 32 levels as `'[…]'` (other values as they are).
 */
function jsonSafe(v: unknown, path: Set<object> = new Set()): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function' || typeof v === 'symbol') return String(typeof v === 'function' ? `[function ${v.name}]` : v.description ?? 'symbol');
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (path.has(v)) return '[Circular]';
  if (path.size >= 32) return '[…]';
  path.add(v);
  const out = Array.isArray(v) ? v.map((x) => jsonSafe(x, path)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonSafe(x, path)]));
  path.delete(v);
  return out;
}

/** An issue as JSON carries it (the values it quotes made JSON-safe). */
const issueJson = <T>(x: ValidationIssue): T => jsonSafe(x) as T;
const issuesJson = <T>(list: readonly ValidationIssue[]): T[] => list.map((x) => issueJson<T>(x));
const defined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The options as the summary writes them: merging needs them equal. */
export function optionsJson(s: SummarySettings): Json['options'] {
  const e = s.echo;
  const r = s.report;
  const period: PeriodJson | null =
    e === undefined || r === undefined
      ? null
      : { ...e, precision: r.precision, targets: { ...r.targets }, clocks: r.clocks === undefined ? null : r.clocks.map((c) => ({ name: c.name, rule: c.rule, label: { ...c.label } })) };
  return { detail: s.detail, ids: s.ids, period };
}

/** The settings of a summary read back from JSON: it merges and finishes, but reads no more records (the calendar is not in it). */
export function settingsOfJson(o: Json['options']): SummarySettings {
  const p = o.period;
  const echo: PeriodEcho | undefined = p === null ? undefined : { from: p.from, to: p.to, at: p.at, calendar: p.calendar, quietPeriod: p.quietPeriod, visitWithin: p.visitWithin, rollOverRestDays: p.rollOverRestDays, policy: p.policy, statistics: p.statistics };
  const report: MetricsReport | undefined =
    p === null ? undefined : { from: p.from ?? undefined, to: p.to, atMs: Date.parse(p.at), precision: p.precision, targets: p.targets, clocks: p.clocks === null ? undefined : p.clocks.map((c) => ({ name: c.name, rule: c.rule as RuleId, label: c.label })) };
  return { detail: o.detail, ids: o.ids, count: true, report, echo, statistics: p?.statistics ?? false, rules: undefined, ledger: o.ids === 'check' };
}

const complaintJson = (c: ComplaintTally): CountJson['complaints'][number] => ({
  kind: c.kind,
  id: c.id,
  firstAt: c.firstAt,
  firstRecord: c.firstRecord,
  times: c.times,
  anonymousPeople: c.anonymousPeople,
  customers: [...new Set(c.customers)],
  largerPeople: [...(c.largerPeople ?? [])],
  rootCauses: c.rootCauses?.entries() ?? [],
  described: c.described.entries(),
  impact: [...(c.impact ?? [])],
  channels: channelsOf(c),
  heat: c.heat === undefined ? null : { ...c.heat },
  records: c.records === undefined ? null : c.records.map((x) => [x.id, x.at, x.reason]),
});

function complaintOf(j: CountJson['complaints'][number]): ComplaintTally {
  const c = newComplaint(j.kind, j.id, j.records !== null);
  c.firstAt = j.firstAt;
  c.firstRecord = j.firstRecord;
  c.times = j.times;
  c.anonymousPeople = j.anonymousPeople;
  c.customers = [...j.customers];
  c.tidyAt = 2 * c.customers.length + 32;
  if (j.largerPeople.length > 0) c.largerPeople = new Map(j.largerPeople);
  if (j.rootCauses.length > 0) c.rootCauses = votesOf(j.rootCauses);
  c.described = votesOf(j.described);
  if (j.impact.length > 0) c.impact = new Set(j.impact);
  const [first, ...more] = j.channels;
  c.channel = first;
  if (more.length > 0) c.moreChannels = new Set(more);
  if (j.heat !== null) c.heat = { ...j.heat };
  if (j.records !== null) c.records = j.records.map(([id, at, reason]) => ({ id, at, reason }));
  return c;
}

function votesOf(entries: readonly (readonly [string, number])[]): Votes {
  const v = new Votes();
  for (const [value, n] of entries) v.add(value, n);
  return v;
}

function countJson(t: CountTally): CountJson {
  return {
    complaints: [...t.complaints.matter.values(), ...t.complaints.thread.values(), ...t.complaints.record.values()].map(complaintJson),
    threads: [...t.threads].map(([thread, m]) => [thread, nullable(m.opening), nullable(m.least)]),
    counted: t.counted,
    pending: [...t.pending],
    pendingCount: t.pendingCount,
    notCounted: [...t.notCounted],
    notComplaints: [...t.notComplaints],
    unreadable: [...t.unreadable],
    issues: issuesJson(t.issues),
  };
}

function countOf(j: CountJson, keepRecords: boolean, lists: boolean): CountTally {
  const t = newCountTally(keepRecords, lists, true);
  for (const x of j.complaints) t.complaints[x.kind].set(x.id, complaintOf(x));
  for (const [thread, opening, least] of j.threads) t.threads.set(thread, { opening: defined(opening), least: defined(least) });
  t.counted = j.counted;
  t.pending = [...j.pending];
  t.pendingCount = j.pendingCount;
  t.notCounted = [...j.notCounted];
  t.notComplaints = [...j.notComplaints];
  t.unreadable = [...j.unreadable];
  t.issues = j.issues as ValidationIssue[];
  return t;
}

const planJson = (p: PlanDays | PlanFailure): WaitingJson['plans'][number][1] =>
  'error' in p ? { error: { code: p.error.code, details: jsonSafe(p.error.details) as Record<string, unknown>, rule: nullable(p.error.rule) } } : { due: p.due, lastDay: nullable(p.lastDay), nominalLastDay: nullable(p.nominalLastDay) };
const planOf = (p: WaitingJson['plans'][number][1]): PlanDays | PlanFailure =>
  'error' in p ? { error: { code: p.error.code as PlanFailure['error']['code'], details: p.error.details, rule: defined(p.error.rule) as RuleId | undefined } } : { due: p.due, lastDay: defined(p.lastDay), nominalLastDay: defined(p.nominalLastDay) };
const waitingJson = (w: WaitingComplaint): WaitingJson => ({
  index: w.index,
  id: w.id,
  matter: w.matter,
  receivedAt: w.receivedAt,
  steps: w.steps.map((x) => [x.type, x.at, x.index, nullable(x.outcome)]),
  issues: issuesJson(w.issues),
  visitIssues: w.visitIssues.map(([i, x]) => [i, issueJson(x)]),
  plans: w.plans.map(([t, p]) => [t, planJson(p)]),
});
const waitingOfJson = (w: WaitingJson): WaitingComplaint => ({
  index: w.index,
  id: w.id,
  matter: w.matter,
  receivedAt: w.receivedAt,
  steps: w.steps.map(([type, at, index, outcome]) => ({ type, at, index, outcome: defined(outcome) })),
  issues: w.issues as ValidationIssue[],
  visitIssues: w.visitIssues.map(([i, x]) => [i, x as ValidationIssue]),
  plans: w.plans.map(([t, p]) => [t, planOf(p)]),
});

/** Records per month: the days named by their month in the calendar's zone. */
function monthsOf(m: MetricsTally): [string, number][] {
  const out = new Map(m.byMonth);
  for (const [d, n] of m.byDay) {
    const [y, month] = civilFromDays(d);
    const k = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return [...out];
}

function metricsJson(m: MetricsTally): MetricsJson {
  return {
    records: m.records,
    byKind: [...m.byKind],
    byChannel: [...m.byChannel],
    byMonth: monthsOf(m),
    byCategory: [...m.byCategory],
    states: { ...m.states },
    consultations: m.consultations,
    satisfied: m.satisfied,
    visitsDue: m.visitsDue,
    visitsOnTime: m.visitsOnTime,
    complaints: m.complaints,
    closed: m.closed,
    badReviews: { ...m.badReviews },
    onTime: [...m.onTime].map(([clock, r]) => [clock, r.met, r.decided]),
    issues: [...m.issues].map(([i, list]) => [i, issuesJson(list)]),
    repeats: [...m.quietWeek.repeats].map(([matter, list]) => [matter, [...list]]),
    waiting: m.quietWeek.waiting.map(waitingJson),
    period: m.period === undefined ? null : countJson(m.period),
  };
}

function metricsOf(j: MetricsJson, s: SummarySettings): MetricsTally {
  const m = newMetricsTally(s.statistics, s.report?.clocks, true);
  m.records = j.records;
  for (const [k, n] of j.byKind) m.byKind.set(k, n);
  for (const [k, n] of j.byChannel) m.byChannel.set(k, n);
  for (const [k, n] of j.byMonth) m.byMonth.set(k, n);
  for (const [k, n] of j.byCategory) m.byCategory.set(k, n);
  Object.assign(m.states, j.states);
  for (const k of ['consultations', 'satisfied', 'visitsDue', 'visitsOnTime', 'complaints', 'closed'] as const) m[k] = j[k];
  Object.assign(m.badReviews, j.badReviews);
  for (const [clock, met, decided] of j.onTime) m.onTime.set(clock, { met, decided });
  for (const [i, list] of j.issues) m.issues.set(i, list as ValidationIssue[]);
  for (const [matter, list] of j.repeats) m.quietWeek.repeats.set(matter, [...list]);
  for (const w of j.waiting) m.quietWeek.waiting.push(waitingOfJson(w));
  if (j.period !== null) (m as { period: CountTally | undefined }).period = countOf(j.period, false, false);
  return m;
}

const factsJson = (f: MetricsFacts): FactsJson => ({
  issues: f.issues === undefined ? null : issuesJson(f.issues),
  repeatOf: nullable(f.repeatOf),
  receivedAt: Number.isNaN(f.receivedAt) ? null : f.receivedAt,
  inPeriod: f.inPeriod,
  day: f.day,
  kind: f.kind,
  channel: f.channel,
  satisfied: nullable(f.satisfied),
  category: nullable(f.category),
  state: nullable(f.state),
  visitDue: f.visitDue,
  visitOnTime: f.visitOnTime,
  waiting: f.waiting === undefined ? null : waitingJson(f.waiting),
  badReview: f.badReview,
  verified: f.verified,
  rectified: f.rectified,
  revisited: f.revisited,
  clocks: f.clocks === undefined ? null : [...f.clocks],
});

const factsOf = (j: FactsJson): MetricsFacts => ({
  issues: defined(j.issues) as ValidationIssue[] | undefined,
  repeatOf: defined(j.repeatOf),
  receivedAt: j.receivedAt ?? NaN,
  inPeriod: j.inPeriod,
  day: j.day,
  kind: j.kind,
  channel: j.channel,
  satisfied: defined(j.satisfied),
  category: defined(j.category),
  state: defined(j.state),
  visitDue: j.visitDue,
  visitOnTime: j.visitOnTime,
  waiting: j.waiting === null ? undefined : waitingOfJson(j.waiting),
  badReview: j.badReview,
  verified: j.verified,
  rectified: j.rectified,
  revisited: j.revisited,
  clocks: defined(j.clocks),
});

/** The summary as JSON (sealed first: SLA cases evaluated, a clash of ids settled). */
export function summaryToJson(s: Summary): ComplaintSummary {
  sealSummary(s);
  return {
    ...COMPLAINT_SUMMARY_FORMAT,
    options: optionsJson(s.settings),
    records: s.records,
    spans: s.spans.map(([a, b]) => [a, b]),
    first: s.first === Infinity ? null : s.first,
    noId: issuesJson([...s.noId].sort((a, b) => a[0] - b[0]).map(([, x]) => x)),
    ids:
      s.ledger === undefined
        ? null
        : [...s.ledger].map(([id, e]) => ({
            id,
            occurrences: e.occurrences.map(([i, v]) => [i, v]),
            counted: e.counted === undefined ? null : { index: e.counted.index, record: jsonSafe(e.counted.record) as Record<string, unknown>, metrics: e.counted.metrics === undefined ? null : factsJson(e.counted.metrics) },
          })),
    count: countJson(s.count!),
    metrics: s.metrics === undefined ? null : metricsJson(s.metrics),
  };
}

/** A summary read back from JSON (already checked against ComplaintSummarySchema). */
export function summaryFromJson(j: ComplaintSummary): Summary {
  const settings = settingsOfJson(j.options);
  const s = newSummary(settings);
  s.records = j.records;
  s.spans = j.spans.map(([a, b]) => [a, b]);
  s.first = j.first ?? Infinity;
  for (const x of j.noId) s.noId.set(x.path[0] as number, x as ValidationIssue);
  for (const e of j.ids ?? []) {
    s.ledger!.set(e.id, {
      occurrences: e.occurrences.map(([i, v]) => [i, v]),
      counted: e.counted === null ? undefined : { index: e.counted.index, record: e.counted.record as Loose, metrics: e.counted.metrics === null ? undefined : factsOf(e.counted.metrics) },
    });
  }
  s.count = countOf(j.count, settings.detail === 'records', true);
  s.metrics = j.metrics === null ? undefined : metricsOf(j.metrics, settings);
  return s;
}
