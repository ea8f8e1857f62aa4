import * as z from 'zod/mini';
import type { CivilDate, Instant } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import type { CompiledSlaPolicy } from '../sla/compileSlaPolicy';
import type { SlaPolicy } from '../sla/schema';
import type { ComplaintMetrics } from './_lib/metricsTypes';
import { resolvePeriod } from './_lib/period';
import { closureShape, type ClosureOptions } from './_lib/statusSettings';
import { parseOptions } from './_lib/statsOptions';
import { finishSummary, summarizeList } from './_lib/summary';
import type { ComplaintRecord } from './schema';

/**
 * Options of {@link complaintMetrics}.
 *
 * @example
 * const c = (id, satisfaction) => ({ id, kind: 'consultation', channel: 'phone', receivedAt: '2026-03-02T09:00+08:00', satisfaction })
 * const records = [c('Q1', 'satisfied'), c('Q2', 'satisfied'), c('Q3', 'unsatisfied')]
 * complaintMetrics(records, { from: '2026-03-01', to: '2026-03-31' }).rates.consultationSatisfaction.percent //=> '66.7'
 * complaintMetrics(records, { from: '2026-03-01', to: '2026-03-31', precision: 2, targets: { consultationSatisfaction: 60 } }).rates.consultationSatisfaction
 * //=> { numerator: 2, denominator: 3, rule: 'CMP-19', label: { 'zh-CN': '客户咨询满意率', en: 'consultation satisfaction' }, exactPercent: '200/3', percent: '66.67', target: { min: 60, met: true } }
 */
export interface ComplaintMetricsOptions extends ClosureOptions {
  /** First day of the period, `'YYYY-MM-DD'` in the calendar's zone (included). */
  from: CivilDate;
  /** Last day of the period (included). */
  to: CivilDate;
  /** The instant states, visits and SLA clocks are judged at. @default 24:00 of `to` */
  at?: Instant;
  /** An SLA policy (e.g. `PROPERTY_SERVICE_CENTRE`): adds on-time rates per clock (`guifan/sla`). @default undefined */
  policy?: SlaPolicy | CompiledSlaPolicy;
  /** Decimals of the displayed percentages (rounded once, GB/T 8170). @default 1 */
  precision?: number;
  /**
   * Targets in percent. @default { consultationSatisfaction: 90 (CMP-19), returnVisit: 100 (CMP-15), badReviews: 100 (CMP-19 “三个100%”) }
   */
  targets?: { consultationSatisfaction?: number; returnVisit?: number; badReviews?: number };
  /** As in countComplaints: `'trust'` skips the duplicate-id index. @default 'check' */
  ids?: 'check' | 'trust';
  /**
   * Also count the period's statistical complaints (`complaints`, as countComplaints does). Pass `false` when you
   * call countComplaints yourself, so the records are not grouped twice.
   * @default true
   */
  statistics?: boolean;
}

const pct = z.number().check(z.minimum(0), z.maximum(100));
/**
 * Schema of {@link ComplaintMetricsOptions}.
 *
 * @example
 * ComplaintMetricsOptionsSchema.safeParse({ from: '2026-03-01', to: '2026-03-31', precision: 2 }).success //=> true
 * ComplaintMetricsOptionsSchema.safeParse({ from: '2026-03-01', to: '2026-03-31', precision: 9 }).success //=> false
 */
export const ComplaintMetricsOptionsSchema = z.strictObject({
  ...closureShape,
  from: z.string(),
  to: z.string(),
  at: z.optional(z.union([z.string(), z.date()])),
  policy: z.optional(z.object({})),
  precision: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  ids: z.optional(z.enum(['check', 'trust'])),
  statistics: z.optional(z.boolean()),
  targets: z.optional(z.strictObject({ consultationSatisfaction: z.optional(pct), returnVisit: z.optional(pct), badReviews: z.optional(pct) })),
});

/**
 * Complaint metrics over a period in the calendar's zone (CMP-19, CMP-15,
 * CMP-14): records by kind, channel, month and category; the statistical
 * complaints (as `countComplaints` counts them); states at `at`; and rates, each
 * with numerator and denominator, exact, rounded once for display (GB/T 8170)
 * and judged against its target on the exact value:
 * - 客户咨询满意率 = satisfied consultations ÷ all consultations of the period ×
 *   100 %, target ≥ 90 % (seed 002_673a1afb47376297.txt; a consultation with no
 *   recorded `satisfaction` counts in the denominator only);
 * - return visits within “三日内” of completion ÷ complaints due a visit by
 *   `at`, target 100 % (CMP-15, seed 000_f2b4871b7e896d5d.txt 回访要求);
 * - “三个100%” for bad reviews (seed 003_a81383e5793b87b0.txt 江苏 第五条:
 *   “差评”核实整改和整改回访): verified, rectified, and revisited after rectification;
 * - complaints closed at `at` (CMP-14), and with `policy`, on-time rates per
 *   SLA clock (met ÷ met + met late + breached; running clocks are not decided).
 *
 * @param records - complaint records of any kinds ({@link ComplaintRecord})
 * @param options - {@link ComplaintMetricsOptions}: `from` and `to` are required
 * @returns a frozen {@link ComplaintMetrics}
 * @throws {GuifanError} `INVALID_OPTIONS` (period, targets, policy), `INVALID_DATE`, `CALENDAR_NOT_COVERED`
 * @example
 * const c = (id, satisfaction) => ({ id, kind: 'consultation', channel: 'phone', receivedAt: '2026-03-02T09:00+08:00', satisfaction })
 * const m = complaintMetrics([c('Q1', 'satisfied'), c('Q2', 'satisfied'), c('Q3', 'unsatisfied')], { from: '2026-03-01', to: '2026-03-31' })
 * m.rates.consultationSatisfaction.percent //=> '66.7'
 * m.rates.consultationSatisfaction.exactPercent //=> '200/3'
 * m.rates.consultationSatisfaction.target //=> { min: 90, met: false }
 * m.byMonth //=> { '2026-03': 3 }
 */
export function complaintMetrics(records: readonly ComplaintRecord[], options: ComplaintMetricsOptions): ComplaintMetrics {
  const o = parseOptions(ComplaintMetricsOptionsSchema, options, 'CMP-19');
  if (!Array.isArray(records)) throw new GuifanError('INVALID_OPTIONS', { path: 'records', value: records, reasonZh: '应为投诉记录数组', reasonEn: 'expected an array of complaint records' }, 'CMP-19');
  const period = resolvePeriod(o, options.policy, 'CMP-19');
  const settings = { detail: 'counts', ids: o.ids ?? 'check', count: false, report: period.report, echo: period.echo, statistics: period.rules.statistics, rules: period.rules, ledger: false } as const;
  return finishSummary(summarizeList(records, settings)).metrics!;
}
