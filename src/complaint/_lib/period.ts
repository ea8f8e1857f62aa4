import { formatDay, parseCivilDate } from '../../_lib/civil';
import { digestText } from '../../_lib/digest';
import { toEpochMs } from '../../_lib/input';
import { createZone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';
import type { RuleId } from '../../errors/types';
import { compiledOf, compileSlaPolicy, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import type { SlaPolicy } from '../../sla/schema';
import { canonical } from './canonical';
import type { MetricsReport } from './metricsFinish';
import { clockLabels, type MetricsRules } from './metricsFacts';
import { newStatusCore } from './status';
import { settingsOf, type ClosureOptions } from './statusSettings';

// The period of complaintMetrics (and of a summary's metrics), resolved from the options once.

/** The metrics options after their schema (as complaintMetrics and summarizeComplaints take them). */
export interface PeriodOptions {
  calendar?: ClosureOptions['calendar'] | undefined;
  quietPeriod?: unknown;
  visitWithin?: unknown;
  rollOverRestDays?: boolean | undefined;
  /** Absent: from the day of the earliest received instant among the records (or of `at`, when earlier): see {@link openFrom}. */
  from?: string | undefined;
  to: string;
  at?: string | Date | undefined;
  policy?: object | undefined;
  precision?: number | undefined;
  targets?: { consultationSatisfaction?: number | undefined; returnVisit?: number | undefined; badReviews?: number | undefined } | undefined;
  statistics?: boolean | undefined;
}

/**
 * What a summary writes of its period, to tell whether two summaries can merge
 * (JSON; a calendar and a policy by their names and a digest of their data).
 */
export interface PeriodEcho {
  /** `null`: from the first record's day (known once every record is in). */
  readonly from: string | null;
  readonly to: string;
  readonly at: string;
  readonly calendar: { readonly name: string; readonly timeZone: string; readonly digest: string };
  readonly quietPeriod: { readonly amount: number; readonly unit: string; readonly kind: string };
  readonly visitWithin: { readonly amount: number; readonly unit: string; readonly kind: string };
  readonly rollOverRestDays: boolean | null;
  readonly policy: { readonly id: string; readonly digest: string } | null;
  readonly statistics: boolean;
}

/** A resolved period: the rules records are read with, what the report needs, and its echo. */
export interface Period {
  readonly rules: MetricsRules;
  readonly report: MetricsReport;
  readonly echo: PeriodEcho;
}

const bad = (path: string, value: unknown, reasonZh: string, reasonEn: string, rule: RuleId): GuifanError => new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, rule);

/** The period of `o` (already through its schema; `rawPolicy` as the caller gave it: the schema keeps no keys of it), or the GuifanError complaintMetrics throws. */
export function resolvePeriod(o: PeriodOptions, rawPolicy: unknown, rule: RuleId): Period {
  const fromDay = o.from === undefined ? undefined : parseCivilDate(o.from);
  const toDay = parseCivilDate(o.to);
  if (o.from !== undefined && fromDay === undefined) throw bad('from', o.from, "应为 'YYYY-MM-DD' 格式的真实日期", "expected a real 'YYYY-MM-DD' day", rule);
  if (toDay === undefined) throw bad('to', o.to, "应为 'YYYY-MM-DD' 格式的真实日期", "expected a real 'YYYY-MM-DD' day", rule);
  if (fromDay !== undefined && toDay < fromDay) throw bad('to', o.to, `不应早于 from（${o.from}）`, `must not be before from (${o.from})`, rule);
  const status = settingsOf(o);
  // Reused by every due computation of the call (CMP-14, CMP-15: the same few hundred days, a million times).
  status.plan = {} as never;
  status.memo = new Map();
  const zone = status.cal.zone;
  let atMs: number;
  try {
    atMs = o.at === undefined ? zone.instantOf(toDay + 1, 0) : toEpochMs(o.at);
  } catch (e) {
    if (isGuifanError(e)) throw new GuifanError(e.code, e.details, rule, { cause: e });
    throw e;
  }
  let policy: CompiledSlaPolicy | undefined;
  if (o.policy !== undefined) {
    try {
      policy = compileSlaPolicy(rawPolicy as SlaPolicy);
      compiledOf(policy);
    } catch (e) {
      if (isGuifanError(e)) throw bad('policy', (rawPolicy as { id?: unknown }).id, e.messages['zh-CN'], e.messages.en, rule);
      throw e;
    }
  }
  // Ids were checked before the metrics read a record: their statistical complaints trust them.
  const statistics = o.statistics ?? true;
  const rules: MetricsRules = { startMs: fromDay === undefined ? -Infinity : zone.instantOf(fromDay, 0), endMs: zone.instantOf(toDay + 1, 0), atMs, status, policy, statistics, scratch: newStatusCore(), scratchIssues: [] };
  const report: MetricsReport = {
    from: fromDay === undefined ? undefined : formatDay(fromDay),
    to: formatDay(toDay),
    atMs,
    precision: o.precision ?? 1,
    targets: { consultationSatisfaction: o.targets?.consultationSatisfaction ?? 90, returnVisit: o.targets?.returnVisit ?? 100, badReviews: o.targets?.badReviews ?? 100 },
    clocks: policy !== undefined ? clockLabels(policy) : undefined,
  };
  const limit = (l: typeof status.quiet) => ({ amount: l.amount, unit: l.unit, kind: l.kind });
  const calendar = status.calendar;
  const echo: PeriodEcho = {
    from: report.from ?? null,
    to: report.to,
    at: new Date(atMs).toISOString(),
    calendar: { name: calendar.name, timeZone: calendar.timeZone, digest: digestText(canonical({ options: calendar.options, source: calendar.source })) },
    quietPeriod: limit(status.quiet),
    visitWithin: limit(status.visit),
    rollOverRestDays: o.rollOverRestDays ?? null,
    policy: policy !== undefined ? { id: policy.id, digest: digestText(canonical(compiledOf(policy).policy)) } : null,
    statistics,
  };
  return { rules, report, echo };
}

/**
 * The first day of a period given without one: the day of the earliest
 * received instant among all the records read (`firstMs`, Infinity for none),
 * or of the judging instant when that is earlier — as `check-complaints`
 * reads a file. Every record is received on or after it, so reading them with
 * no lower bound counted exactly the records of this period.
 */
export function openFrom(firstMs: number, atMs: number, timeZone: string): string {
  return formatDay(createZone(timeZone).dayOf(Math.min(firstMs, atMs)));
}
