import { civilFromDays } from '../../_lib/civil';
import { sortCountIssues, statisticsOf } from './countTally';
import type { ValidationIssue } from './makeIssue';
import type { ClockLabel } from './metricsFacts';
import type { MetricsTally } from './metricsTally';
import type { ComplaintMetrics } from './metricsTypes';
import { cleanIssue } from './printable';
import { decideWaiting } from './quietWeek';
import { rate, type Rate } from './rate';

// The metrics of a period once every record is in: the waiting complaints decided, the rates against their targets.

/** What the report needs besides the counts (all JSON-able: a summary carries it). */
export interface MetricsReport {
  /** Undefined until known, for a period from the first record's day ({@link openFrom}). */
  readonly from: string | undefined;
  readonly to: string;
  readonly atMs: number;
  readonly precision: number;
  readonly targets: { readonly consultationSatisfaction: number; readonly returnVisit: number; readonly badReviews: number };
  /** With an SLA policy: its clocks, in order. */
  readonly clocks: readonly ClockLabel[] | undefined;
}

const sortedObject = (m: ReadonlyMap<string, number>): Readonly<Record<string, number>> => {
  const o: Record<string, number> = {};
  for (const k of [...m.keys()].sort()) o[k] = m.get(k)!;
  return Object.freeze(o);
};

/** Records per `'YYYY-MM'` in the calendar's zone. */
function byMonthOf(m: MetricsTally): Map<string, number> {
  const out = new Map(m.byMonth);
  for (const [day, n] of m.byDay) {
    const [y, month] = civilFromDays(day);
    const k = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

/**
 * complaintMetrics' answer: `idIssues` (what the id check found) first, then
 * each record's issues in record order, then the warnings of the period's count.
 * Decides the waiting complaints in `m` (so `m` is used up).
 */
export function finishMetrics(m: MetricsTally, r: MetricsReport, idIssues: readonly ValidationIssue[]): ComplaintMetrics {
  decideWaiting(m.quietWeek, r.atMs, (w, c, issues) => {
    m.states[c.state]++;
    if (c.state === 'closed') m.closed++;
    if (issues.length > 0) m.issues.set(w.index, issues);
  });
  const stats = m.period !== undefined ? statisticsOf(m.period) : undefined;
  const p = r.precision;
  const T = r.targets;
  const b = m.badReviews;
  const onTime = r.clocks !== undefined ? Object.freeze(Object.fromEntries(r.clocks.map((c) => {
    const x = m.onTime.get(c.name) ?? { met: 0, decided: 0 };
    return [c.name, rate(x.met, x.decided, c.rule, c.label, p)];
  }))) : undefined;
  const rates = {
    consultationSatisfaction: rate(m.satisfied, m.consultations, 'CMP-19', { 'zh-CN': '客户咨询满意率', en: 'consultation satisfaction' }, p, T.consultationSatisfaction),
    returnVisit: rate(m.visitsOnTime, m.visitsDue, 'CMP-15', { 'zh-CN': '投诉回访率（三日内）', en: 'return visits on time' }, p, T.returnVisit),
    closure: rate(m.closed, m.complaints, 'CMP-14', { 'zh-CN': '投诉关闭率', en: 'complaints closed' }, p),
    badReviews: Object.freeze({
      verified: rate(b.verified, b.total, 'CMP-19', { 'zh-CN': '差评核实率', en: 'bad reviews verified' }, p, T.badReviews),
      rectified: rate(b.rectified, b.total, 'CMP-19', { 'zh-CN': '差评整改率', en: 'bad reviews rectified' }, p, T.badReviews),
      revisited: rate(b.revisited, b.total, 'CMP-19', { 'zh-CN': '整改回访率', en: 'rectified bad reviews revisited' }, p, T.badReviews),
    }),
    ...(onTime !== undefined ? { onTime } : {}),
  };
  const targets = (
    [
      ['consultationSatisfaction', rates.consultationSatisfaction],
      ['returnVisit', rates.returnVisit],
      ['badReviews.verified', rates.badReviews.verified],
      ['badReviews.rectified', rates.badReviews.rectified],
      ['badReviews.revisited', rates.badReviews.revisited],
    ] as const
  ).map(([name, x]: readonly [string, Rate]) => Object.freeze({ name, rule: x.rule, min: x.target!.min, ...(x.target!.met !== undefined ? { met: x.target!.met } : {}) }));
  const recordIssues = [...m.issues.entries()].sort((x, y) => x[0] - y[0]).flatMap(([, list]) => list);
  const issues = [...idIssues, ...recordIssues, ...(stats !== undefined ? sortCountIssues([...stats.warnings]) : [])];
  return Object.freeze({
    from: r.from!,
    to: r.to,
    at: new Date(r.atMs),
    records: m.records,
    byKind: sortedObject(m.byKind),
    byChannel: sortedObject(m.byChannel),
    byMonth: sortedObject(byMonthOf(m)),
    byCategory: sortedObject(m.byCategory),
    ...(stats !== undefined ? { complaints: Object.freeze({ total: stats.ranked.length, byCategory: stats.byCategory, pending: m.period!.pendingCount }) } : {}),
    states: Object.freeze(m.states),
    rates: Object.freeze(rates),
    targets: Object.freeze(targets),
    issues: Object.freeze(issues.map(cleanIssue)),
  });
}
