import * as z from 'zod/mini';
import type { CivilDate } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import { resolvePeriod } from './_lib/period';
import { parseOptions } from './_lib/statsOptions';
import { newSummary, readRecord, SUMMARY_STATE, type Summary, type SummarySettings } from './_lib/summary';
import { summaryToJson } from './_lib/summaryJson';
import { ComplaintMetricsOptionsSchema, type ComplaintMetricsOptions } from './complaintMetrics';
import { CountComplaintsOptionsSchema, type CountComplaintsOptions } from './countComplaints';
import type { ComplaintRecord } from './schema';
import type { ComplaintSummary } from './summarySchema';

/**
 * Options of {@link summarizeComplaints} and {@link createComplaintSummarizer}:
 * those of `countComplaints`, and with `from` and `to` those of
 * `complaintMetrics` — every part of the records is summarized with the same.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const part = [{ ...base, id: 'T9', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C9' }, matter: 'lift-2' }]
 * const s = summarizeComplaints(part, { detail: 'counts', ids: 'trust', from: '2026-03-01', to: '2026-03-31', offset: 1000 });
 * [s.spans, s.options.period.from, s.metrics.records] //=> [[[1000, 1001]], '2026-03-01', 1]
 */
export interface SummarizeComplaintsOptions extends CountComplaintsOptions, Partial<Omit<ComplaintMetricsOptions, 'ids' | 'from' | 'to'>> {
  /**
   * First day of the period (included). Left out with `to` given: the day of
   * the earliest received instant among all the records (or of `at`, when
   * earlier), as `guifan check-complaints` reads a file — known once every
   * part is merged. @default undefined
   */
  from?: CivilDate;
  /** Last day of the period (included): with it, the metrics of the period are summarized too (as complaintMetrics). @default undefined (counting only) */
  to?: CivilDate;
  /**
   * The index of the first record in the whole list: issue paths and the id
   * check speak of records by their index there, so each part of a list says
   * where it starts. @default 0
   */
  offset?: number;
}

/**
 * Schema of {@link SummarizeComplaintsOptions}.
 *
 * @example
 * SummarizeComplaintsOptionsSchema.safeParse({ from: '2026-03-01', to: '2026-03-31', offset: 100000 }).success //=> true
 * SummarizeComplaintsOptionsSchema.safeParse({ offset: -1 }).success //=> false
 */
export const SummarizeComplaintsOptionsSchema = z.extend(z.partial(ComplaintMetricsOptionsSchema), {
  ...CountComplaintsOptionsSchema.def.shape,
  offset: z.optional(z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
});

/** The settings of a summary that may be merged (a ledger of ids with `ids: 'check'`), and its first index. */
export function summarizerSettings(options: SummarizeComplaintsOptions | undefined): { settings: SummarySettings; offset: number } {
  const o = parseOptions(SummarizeComplaintsOptionsSchema, options, 'CMP-05');
  if (o.from !== undefined && o.to === undefined) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'to', value: o.to, reasonZh: '给出 from 时也应给出 to（统计期的指标）；不给 to 则只计数', reasonEn: 'give to with from (the metrics of a period); without to, only counting' }, 'CMP-19');
  }
  const period = o.to !== undefined ? resolvePeriod({ ...o, to: o.to }, options?.policy, 'CMP-19') : undefined;
  const ids = o.ids ?? 'check';
  const settings: SummarySettings = { detail: o.detail ?? 'records', ids, count: true, report: period?.report, echo: period?.echo, statistics: period?.rules.statistics ?? false, rules: period?.rules, ledger: ids === 'check' };
  return { settings, offset: o.offset ?? 0 };
}

/**
 * A summarizer that takes records one at a time: what a stream (an NDJSON
 * file, a queue) feeds, keeping per statistical complaint only its state and,
 * with `ids: 'check'`, what the id check needs of each record.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const s = createComplaintSummarizer({ detail: 'counts' })
 * s.add({ ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' })
 * s.add({ ...base, id: 'T2', receivedAt: '2026-03-03T09:00+08:00', customer: { id: 'C2' }, matter: 'noise-1501' })
 * s.records //=> 2
 * finishComplaintSummary(s.summary()).count.complaints[0].people //=> 2
 * s.add({ ...base, id: 'T9', receivedAt: '2026-03-04T09:00+08:00', customer: { id: 'C3' }, matter: 'leak-9' }, 100)
 * s.summary().spans //=> [[0, 2], [100, 101]]
 */
export interface ComplaintSummarizer {
  /**
   * Reads the next record. Its index in the whole list is `offset` plus the
   * records read before it, unless given: then it must be greater than the
   * index of the record read before (a worker reading every other batch of a
   * file gives each record its own index).
   */
  add(record: ComplaintRecord, index?: number): void;
  /** Records read so far. */
  readonly records: number;
  /** The summary of the records read so far, as JSON (more records may follow). */
  summary(): ComplaintSummary;
}

/**
 * Starts a summary to feed one record at a time ({@link ComplaintSummarizer}):
 * the streaming form of {@link summarizeComplaints}, with the same options and
 * the same summary for the same records.
 *
 * @param options - {@link SummarizeComplaintsOptions}
 * @returns a {@link ComplaintSummarizer}
 * @throws {GuifanError} `INVALID_OPTIONS` (as countComplaints and complaintMetrics; `from` without `to`), `INVALID_DATE`, `CALENDAR_NOT_COVERED`
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const s = createComplaintSummarizer({ ids: 'trust' })
 * for (const id of ['T1', 'T2', 'T3']) s.add({ ...base, id, receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' })
 * const { count } = finishComplaintSummary(s.summary());
 * [count.total, count.complaints[0].times, count.complaints[0].people] //=> [1, 3, 1]
 */
export function createComplaintSummarizer(options?: SummarizeComplaintsOptions): ComplaintSummarizer {
  const { settings, offset } = summarizerSettings(options);
  const s: Summary = newSummary(settings);
  let next = offset;
  const summarizer: ComplaintSummarizer = {
    add: (record, index) => {
      if (index !== undefined && !(Number.isSafeInteger(index) && index >= next)) {
        throw new GuifanError('INVALID_OPTIONS', { path: 'index', value: index, reasonZh: `应为不小于 ${next} 的整数（各记录在全部记录中的序号，逐条递增）`, reasonEn: `expected a whole number not below ${next} (each record's index in the whole list, increasing)` }, 'CMP-05');
      }
      const i = index ?? next;
      next = i + 1;
      readRecord(s, record, i);
    },
    get records() {
      return s.records;
    },
    summary: () => summaryToJson(s),
  };
  return Object.defineProperty(summarizer, SUMMARY_STATE, { value: s });
}
