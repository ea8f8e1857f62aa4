import { finishSummary } from './_lib/summary';
import { readSummary } from './_lib/summaryInput';
import type { ComplaintCount } from './_lib/countTypes';
import type { ComplaintMetrics } from './_lib/metricsTypes';
import type { ComplaintSummary } from './summarySchema';

/**
 * What a summary comes to: the count, and with a period the metrics.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const records = [{ ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' }]
 * const r = finishComplaintSummary(summarizeComplaints(records, { from: '2026-03-01', to: '2026-03-31' }));
 * [r.count.total, r.metrics.records, r.metrics.byKind] //=> [1, 1, { complaint: 1 }]
 */
export interface FinishedComplaintSummary {
  /** As `countComplaints(records, { detail, ids })` answers. */
  readonly count: ComplaintCount;
  /** As `complaintMetrics(records, { from, to, … })` answers, when the summary has a period. */
  readonly metrics?: ComplaintMetrics;
}

/**
 * Finishes a summary (one, or merged from parts): exactly what
 * `countComplaints` and — with a period — `complaintMetrics` answer on all its
 * records with the summary's options. The summary itself is left as it is.
 *
 * @param summary - a {@link ComplaintSummary}
 * @returns a {@link FinishedComplaintSummary}
 * @throws {GuifanError} `INVALID_OPTIONS` (not a summary, another format version); `VALIDATION_FAILED` (a damaged summary); `CALENDAR_NOT_COVERED` where complaintMetrics throws it
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const records = [
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ]
 * const options = { from: '2026-03-01', to: '2026-03-31' }
 * const r = finishComplaintSummary(JSON.parse(JSON.stringify(summarizeComplaints(records, options))))
 * r.count.complaints[0].explanation.en //=> "matter noise-1501: counted as one complaint under 'noise' (CMP-04, CMP-07); raised 2 times by 2 people, counted once (CMP-05)."
 * JSON.stringify(r.metrics) === JSON.stringify(complaintMetrics(records, options)) //=> true
 */
export function finishComplaintSummary(summary: ComplaintSummary): FinishedComplaintSummary {
  const { count, metrics } = finishSummary(readSummary(summary, 'summary'));
  return Object.freeze({ count: count!, ...(metrics !== undefined ? { metrics } : {}) });
}
