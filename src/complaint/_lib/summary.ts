import { append } from '../../_lib/append';
import { digestText } from '../../_lib/digest';
import { canonical } from './canonical';
import { compactRecord } from './compact';
import { countRecord, finishCountLazily, mergeCountTallies, newCountTally, noteThreadMattersOf, presentedCount, type CountTally, type LazyCount } from './countTally';
import type { ComplaintCount } from './countTypes';
import { checkIds, judgeVersions, noIdIssue, recordId, type IdCheck } from './ids';
import type { ValidationIssue } from './makeIssue';
import { finishMetrics, type MetricsReport } from './metricsFinish';
import { openFrom, type PeriodEcho } from './period';
import { metricsFactsOf, newMetricsFacts, slaCaseOf, type MetricsFacts, type MetricsRules } from './metricsFacts';
import { addFacts, flushSla, mergeMetricsTallies, newMetricsTally, type MetricsTally } from './metricsTally';
import { noteRepeatsOf } from './quietWeek';
import type { ComplaintMetrics } from './metricsTypes';
import { byText, ms, type Loose } from './read';

// A summary of complaint records as they come in: the state of each statistical complaint (CMP-04…07), the metrics'
// counts (CMP-14, CMP-15, CMP-19), and what the id check needs (CMP-20). countComplaints and complaintMetrics are a
// summary of one list, finished; summaries of parts of the records merge into the summary of them all.

/** How a summary reads records: the options, resolved. */
export interface SummarySettings {
  readonly detail: 'records' | 'counts';
  readonly ids: 'check' | 'trust';
  /** Count the statistical complaints of every record (countComplaints' part). */
  readonly count: boolean;
  /** With a period: what its metrics report, and the options as the summary writes them. */
  readonly report: MetricsReport | undefined;
  readonly echo: PeriodEcho | undefined;
  readonly statistics: boolean;
  /** How a record is read for the metrics (with the calendar): absent in a summary read back from JSON, which takes no more records. */
  readonly rules: MetricsRules | undefined;
  /** Keep the id ledger (`ids: 'check'`, a summary that may meet other summaries). */
  readonly ledger: boolean;
}

/** What the id check knows of one id (CMP-20). */
export interface LedgerEntry {
  /** Every record with this id: its index, and a digest of the whole record (equal digests: the same record). */
  occurrences: [number, string][];
  /** The version that counts, while every version is the same record: what it contributed, so that it can be taken back. */
  counted: { readonly index: number; readonly record: Loose; readonly metrics: MetricsFacts | undefined } | undefined;
}

/**
 * Where a summarizer (createComplaintSummarizer) keeps its summary: the
 * command line, in the same thread, finishes it without writing it as JSON.
 */
export const SUMMARY_STATE: unique symbol = Symbol('guifan.complaintSummary');

/** The summary a summarizer is building. */
export const stateOf = (summarizer: object): Summary => (summarizer as { [SUMMARY_STATE]: Summary })[SUMMARY_STATE];

/** A summary while it is being built, merged or finished. */
export interface Summary {
  readonly settings: SummarySettings;
  /** Records read. */
  records: number;
  /** The record indices read, as disjoint `[start, end)` ranges in order. */
  spans: [number, number][];
  /** With a period from the first record's day: the earliest received instant of the records read (Infinity: none yet). */
  first: number;
  /** Records that are not an object with an id (CMP-03): an issue each. */
  readonly noId: Map<number, ValidationIssue>;
  readonly ledger: Map<string, LedgerEntry> | undefined;
  /** A whole list's id check, when the summary was made of one list at once. */
  checked: IdCheck | undefined;
  /** A record was counted before another version of its id came: the tallies are made again from the ledger before they are read. */
  stale: boolean;
  count: CountTally | undefined;
  metrics: MetricsTally | undefined;
  /** The facts object reused from record to record when none is kept. */
  readonly scratchFacts: MetricsFacts;
}

// A summary that more records may join notes what later records may need (threads' matters, repeats) as it reads;
// a whole list looks for them afterwards, only when needed.
const newTallies = (s: SummarySettings, whole = false): Pick<Summary, 'count' | 'metrics'> => ({
  count: s.count ? newCountTally(s.detail === 'records', true, !whole) : undefined,
  metrics: s.report !== undefined ? newMetricsTally(s.statistics, s.report.clocks, !whole) : undefined,
});

export function newSummary(settings: SummarySettings, whole = false): Summary {
  return { settings, records: 0, spans: [], first: Infinity, noId: new Map(), ledger: settings.ledger ? new Map() : undefined, checked: undefined, stale: false, ...newTallies(settings, whole), scratchFacts: newMetricsFacts() };
}

/** Adds index `i` to the ranges read. */
export function addSpan(spans: [number, number][], i: number): void {
  const last = spans[spans.length - 1];
  if (last !== undefined && last[1] === i) last[1] = i + 1;
  else spans.push([i, i + 1]);
}

/**
 * Adds what a record (or, taken in again, its kept form) contributes: to the
 * count, and to the metrics (`facts`, when known; else worked out now — into
 * one reused object when the summary keeps no ledger).
 */
function addCounted(s: Summary, r: Loose, i: number, id: string, facts?: MetricsFacts): MetricsFacts | undefined {
  if (s.count !== undefined) countRecord(s.count, r, i, id);
  const m = s.metrics;
  if (m === undefined) return undefined;
  const keep = s.ledger !== undefined;
  const f = facts ?? metricsFactsOf(r, i, id, s.settings.rules!, keep ? undefined : s.scratchFacts);
  // With an SLA policy, a record's clocks are evaluated with others' (flushSla); facts taken in again carry theirs.
  const sla = facts === undefined && s.settings.report?.clocks !== undefined && f.inPeriod;
  addFacts(m, f, i, sla ? slaCaseOf(r, f.kind, id) : undefined, keep);
  // The period's own statistical complaints (its records only).
  if (f.inPeriod && m.period !== undefined) countRecord(m.period, r, i, id);
  return keep ? f : undefined;
}

/** What a record contributes to the metrics, worked out now to be taken in later (its SLA case queued for its clocks). */
function pendingFacts(s: Summary, r: Loose, i: number, id: string): MetricsFacts {
  const f = metricsFactsOf(r, i, id, s.settings.rules!);
  if (s.settings.report?.clocks !== undefined && f.inPeriod) s.metrics!.sla.push({ case: slaCaseOf(r, f.kind, id), facts: f });
  return f;
}

/** A period from the first record's day starts at the earliest received instant of every record read (with an id or not). */
function noteFirst(s: Summary, record: unknown): void {
  const t = record !== null && typeof record === 'object' ? ms((record as Loose).receivedAt) : undefined;
  if (t !== undefined && t < s.first) s.first = t;
}

/** How many SLA cases a summary holds before it evaluates them. */
const SLA_BATCH = 8192;

/** Reads record `i` into a summary (its id checked against the ledger, when it keeps one). */
export function readRecord(s: Summary, record: unknown, i: number): void {
  s.records++;
  addSpan(s.spans, i);
  if (s.settings.report !== undefined && s.settings.report.from === undefined) noteFirst(s, record);
  const id = recordId(record);
  if (id === undefined) {
    s.noId.set(i, noIdIssue(i, record));
    return;
  }
  const r = record as Loose;
  if (s.ledger === undefined) addCounted(s, r, i, id);
  else {
    const version = digestText(canonical(r));
    const entry = s.ledger.get(id);
    if (entry === undefined) {
      const facts = addCounted(s, r, i, id);
      s.ledger.set(id, { occurrences: [[i, version]], counted: { index: i, record: compactRecord(r), metrics: facts } });
    } else {
      const o = entry.occurrences;
      o.push([i, version]);
      // Records usually come in index order: sorting at every copy made many copies of one id quadratic.
      if (o[o.length - 2]![0] > i) o.sort((a, b) => a[0] - b[0]);
      const c = entry.counted;
      // A later copy of the counted record is dropped and changes nothing; anything else changes what counts.
      if (c === undefined || version !== entry.occurrences[0]![1] || i < c.index) {
        s.stale = true;
        if (c !== undefined && i < c.index) entry.counted = { index: i, record: compactRecord(r), metrics: s.metrics !== undefined ? pendingFacts(s, r, i, id) : undefined };
      }
    }
  }
  if (s.metrics !== undefined && s.metrics.sla.length >= SLA_BATCH) flushSla(s.metrics, s.settings.rules?.policy, s.settings.rules!.atMs);
}

/**
 * The summary of one whole list (no ledger: nothing will be merged into it).
 * Most lists hold each id once, so the records are read in one pass that notes
 * their ids, checked for a repeat at the end; only when an id repeats are the
 * records read again, leaving out what the id check decides (CMP-20).
 */
export function summarizeList(records: readonly unknown[], settings: SummarySettings): Summary {
  const s = newSummary({ ...settings, ledger: false }, true);
  const ids: string[] | undefined = settings.ids === 'check' ? [] : undefined;
  for (let i = 0; i < records.length; i++) {
    const id = recordId(records[i]);
    if (id === undefined) s.noId.set(i, noIdIssue(i, records[i]));
    else {
      ids?.push(id);
      addCounted(s, records[i] as Loose, i, id);
    }
  }
  if (ids !== undefined && !allDifferent(ids)) return summarizeChecked(records, settings);
  lookAfterwards(s, records, undefined);
  s.records = records.length;
  if (records.length > 0) s.spans = [[0, records.length]];
  sealSummary(s);
  return s;
}

/** Ids in increasing order (by length, then text: 'R9' before 'R10'), as exports by key write them, differ at a glance. */
const increasing = (ids: readonly string[]): boolean => ids.every((id, k) => k === 0 || id.length > ids[k - 1]!.length || (id.length === ids[k - 1]!.length && id > ids[k - 1]!));

/** Whether no id occurs twice: ids in order are seen to differ in one pass; others go through a Set. */
const allDifferent = (ids: readonly string[]): boolean => increasing(ids) || new Set(ids).size === ids.length;

/**
 * A whole list notes no threads' matters (CMP-06) and no repeats (CMP-14) as it
 * is read: they are looked for now, in one more pass, when a post without a
 * matter or a complaint needing no return visit waits for them.
 */
function lookAfterwards(s: Summary, records: readonly unknown[], skip: ReadonlySet<number> | undefined): void {
  const rules = s.settings.rules;
  const period = s.metrics?.period;
  const inPeriod = (r: Loose): boolean => {
    const t = ms(r.receivedAt);
    return t !== undefined && t >= rules!.startMs && t < rules!.endMs;
  };
  if (s.count !== undefined && s.count.complaints.thread.size > 0) noteThreadMattersOf(s.count, records, skip, () => true);
  if (period !== undefined && period.complaints.thread.size > 0) noteThreadMattersOf(period, records, skip, inPeriod);
  const m = s.metrics;
  if (m !== undefined && m.quietWeek.waiting.length > 0) noteRepeatsOf(m.quietWeek, records, skip, rules!.atMs);
}

/** The summary of a list whose ids repeat: the id check first, then the records it lets take part. */
function summarizeChecked(records: readonly unknown[], settings: SummarySettings): Summary {
  const s = newSummary({ ...settings, ledger: false }, true);
  s.checked = checkIds(records, settings.ids);
  for (let i = 0; i < records.length; i++) {
    if (!s.checked.skip.has(i)) addCounted(s, records[i] as Loose, i, recordId(records[i])!);
  }
  lookAfterwards(s, records, s.checked.skip);
  s.records = records.length;
  if (records.length > 0) s.spans = [[0, records.length]];
  sealSummary(s);
  return s;
}

/** Brings the tallies up to date: SLA cases evaluated; after a clash of ids, the tallies made again from the ledger. */
export function sealSummary(s: Summary): void {
  // The clocks first: the facts that are taken in again below carry them.
  if (s.metrics !== undefined) flushSla(s.metrics, s.settings.rules?.policy, s.settings.report!.atMs);
  if (s.stale) {
    Object.assign(s, newTallies(s.settings));
    for (const [id, e] of s.ledger!) {
      const keep = e.occurrences.length > 1 ? judgeVersions(id, e.occurrences).keep : e.occurrences[0]![0];
      if (keep === undefined) e.counted = undefined;
      else addCounted(s, e.counted!.record, keep, id, e.counted!.metrics);
    }
    s.stale = false;
  }
  if (s.metrics !== undefined) flushSla(s.metrics, s.settings.rules?.policy, s.settings.report!.atMs);
}

/** The id check's verdict from the ledger (records without an id first, then each repeated id, in the order its second record comes). */
export function idVerdictOf(s: Summary): { issues: ValidationIssue[]; rejected: string[] } {
  if (s.checked !== undefined) return { issues: [...s.checked.issues], rejected: [...s.checked.rejected] };
  const issues = [...s.noId.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const repeated = [...(s.ledger ?? [])].filter(([, e]) => e.occurrences.length > 1).sort((a, b) => a[1].occurrences[1]![0] - b[1].occurrences[1]![0]);
  const rejected: string[] = [];
  for (const [id, e] of repeated) {
    const v = judgeVersions(id, e.occurrences);
    append(issues, v.issues);
    if (v.keep === undefined) rejected.push(id);
  }
  return { issues, rejected: rejected.sort(byText) };
}

/** What a summary comes to: countComplaints' answer (when it counts every record) and complaintMetrics' (when it has a period). */
export interface Finished {
  readonly count: ComplaintCount | undefined;
  readonly metrics: ComplaintMetrics | undefined;
}

/** The metrics' report, its first day known once every record is in (a period from the first record's day). */
function reportOf(s: Summary): MetricsReport {
  const r = s.settings.report!;
  return r.from !== undefined ? r : { ...r, from: openFrom(s.first, r.atMs, s.settings.echo!.calendar.timeZone) };
}

/** Finishes a summary (its tallies are used up: finish a copy to go on). */
export function finishSummary(s: Summary): Finished {
  const { count, metrics } = finishSummaryLazily(s);
  return { count: count !== undefined ? presentedCount(count) : undefined, metrics };
}

/** {@link finishSummary}, the statistical complaints presented as they are gone through (the command line writes each and lets it go). */
export function finishSummaryLazily(s: Summary): { readonly count: LazyCount | undefined; readonly metrics: ComplaintMetrics | undefined } {
  sealSummary(s);
  const { issues, rejected } = idVerdictOf(s);
  return {
    count: s.count !== undefined ? finishCountLazily(s.count, issues, rejected) : undefined,
    metrics: s.metrics !== undefined ? finishMetrics(s.metrics, reportOf(s), issues) : undefined,
  };
}

/** Whether two summaries read a record at the same index (then they are not of different records). */
export function spansOverlap(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** Disjoint ranges, joined where they touch. */
function joinSpans(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/**
 * Adds summary `from` into `into` (same options, other records: checked by the
 * caller). Two parts of one statistical complaint, of one month's counts …
 * add up. When both hold a record with one id (CMP-20), what counts for that id
 * changes: the tallies are made again from the ledger (when next sealed).
 */
export function mergeInto(into: Summary, from: Summary): void {
  sealSummary(into);
  sealSummary(from);
  into.records += from.records;
  into.first = Math.min(into.first, from.first);
  into.spans = joinSpans([...into.spans, ...from.spans.map(([a, b]): [number, number] => [a, b])]);
  for (const [i, x] of from.noId) into.noId.set(i, x);
  if (into.ledger !== undefined && from.ledger !== undefined) {
    for (const [id, e] of from.ledger) {
      const mine = into.ledger.get(id);
      if (mine === undefined) {
        into.ledger.set(id, e);
        continue;
      }
      into.stale = true;
      mine.occurrences = [...mine.occurrences, ...e.occurrences].sort((a, b) => a[0] - b[0]);
      // While the versions are one record, the first counts: keep what it contributed, from whichever side read it.
      if (e.counted !== undefined && (mine.counted === undefined || e.counted.index < mine.counted.index)) mine.counted = e.counted;
    }
    if (into.stale) return;
  }
  if (into.count !== undefined && from.count !== undefined) mergeCountTallies(into.count, from.count);
  if (into.metrics !== undefined && from.metrics !== undefined) mergeMetricsTallies(into.metrics, from.metrics);
}
