import { GuifanError } from '../errors/GuifanError';
import { newSummary, readRecord } from './_lib/summary';
import { summaryToJson } from './_lib/summaryJson';
import { summarizerSettings, type SummarizeComplaintsOptions } from './createComplaintSummarizer';
import type { ComplaintRecord } from './schema';
import type { ComplaintSummary } from './summarySchema';

/**
 * Summarizes complaint records into a JSON-able partial answer: per statistical
 * complaint (its merge key, CMP-05/06) the times, distinct customers, categories
 * (CMP-07), first record, impact, channels and online heat; with `from` and `to`,
 * the metrics' counts of the period, each complaint's closure facts (CMP-14)
 * and the repeats they wait for; with `ids: 'check'`, each id's records and what
 * the one that counts contributed (CMP-20). Summaries of parts of the records
 * merge ({@link mergeComplaintSummaries}) in any order and grouping, and
 * {@link finishComplaintSummary} of the merged summary is exactly
 * `countComplaints` and `complaintMetrics` of all the records — so a count can
 * be shared between processes, machines or days. Each part gives its first
 * record's index in the whole list as `offset`. Without `ids: 'check'` a
 * summary's size follows the statistical complaints, not the records; with it,
 * every record's id stays in (a check across parts needs them).
 *
 * @param records - complaint records ({@link ComplaintRecord}): an array or any iterable (read once, one at a time)
 * @param options - {@link SummarizeComplaintsOptions}
 * @returns a {@link ComplaintSummary} (JSON: `JSON.stringify` it to store it; values quoted in issues come back as JSON writes them)
 * @throws {GuifanError} `INVALID_OPTIONS` (not iterable, bad options; `from` without `to`), `INVALID_DATE`, `CALENDAR_NOT_COVERED`
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const records = [
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C1' }, matter: 'leak-1501', category: 'leak' },
 *   { ...base, id: 'T3', receivedAt: '2026-03-03T10:00+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ]
 * const a = summarizeComplaints(records.slice(0, 2))
 * const b = summarizeComplaints(records.slice(2), { offset: 2 })
 * const { count } = finishComplaintSummary(mergeComplaintSummaries(a, b))
 * count.byCategory //=> { leak: 1, noise: 1 }
 * count.complaints[0].people //=> 2
 * JSON.stringify(count) === JSON.stringify(countComplaints(records)) //=> true
 */
export function summarizeComplaints(records: Iterable<ComplaintRecord>, options?: SummarizeComplaintsOptions): ComplaintSummary {
  const { settings, offset } = summarizerSettings(options);
  if (records === null || typeof records !== 'object' || typeof (records as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'records', value: records, reasonZh: '应为投诉记录数组（或可迭代对象）', reasonEn: 'expected an array (or an iterable) of complaint records' }, 'CMP-05');
  }
  const s = newSummary(settings);
  for (const record of records) readRecord(s, record, offset + s.records);
  return summaryToJson(s);
}
