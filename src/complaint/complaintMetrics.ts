import * as z from 'zod/mini';
import { toEpochMs, type CivilDate, type Instant } from '../_lib/input';
import { parseCivilDate } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { compiledOf, compileSlaPolicy, type CompiledSlaPolicy } from '../sla/compileSlaPolicy';
import type { SlaPolicy } from '../sla/schema';
import { metricsCore, type ComplaintMetrics } from './_lib/metrics';
import { closureShape, settingsOf, type ClosureOptions } from './_lib/statusSettings';
import { parseOptions } from './_lib/statsOptions';
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

const bad = (path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError => new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, 'CMP-19');

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
  if (!Array.isArray(records)) throw bad('records', records, '应为投诉记录数组', 'expected an array of complaint records');
  const fromDay = parseCivilDate(o.from);
  const toDay = parseCivilDate(o.to);
  if (fromDay === undefined) throw bad('from', o.from, "应为 'YYYY-MM-DD' 格式的真实日期", "expected a real 'YYYY-MM-DD' day");
  if (toDay === undefined) throw bad('to', o.to, "应为 'YYYY-MM-DD' 格式的真实日期", "expected a real 'YYYY-MM-DD' day");
  if (toDay < fromDay) throw bad('to', o.to, `不应早于 from（${o.from}）`, `must not be before from (${o.from})`);
  const status = settingsOf(o);
  let atMs: number;
  try {
    atMs = o.at === undefined ? status.cal.zone.instantOf(toDay + 1, 0) : toEpochMs(o.at);
  } catch (e) {
    if (isGuifanError(e)) throw new GuifanError(e.code, e.details, 'CMP-19', { cause: e });
    throw e;
  }
  let policy: CompiledSlaPolicy | undefined;
  if (o.policy !== undefined) {
    try {
      policy = compileSlaPolicy(options.policy as SlaPolicy);
      compiledOf(policy);
    } catch (e) {
      if (isGuifanError(e)) throw bad('policy', (options.policy as { id?: unknown }).id, e.messages['zh-CN'], e.messages.en);
      throw e;
    }
  }
  return metricsCore(records, {
    fromDay,
    toDay,
    atMs,
    precision: o.precision ?? 1,
    targets: {
      consultationSatisfaction: o.targets?.consultationSatisfaction ?? 90,
      returnVisit: o.targets?.returnVisit ?? 100,
      badReviews: o.targets?.badReviews ?? 100,
    },
    status,
    policy,
    ids: o.ids ?? 'check',
    statistics: o.statistics ?? true,
  });
}
