import { checkMergeable, readSummary } from './_lib/summaryInput';
import { mergeInto } from './_lib/summary';
import { summaryToJson } from './_lib/summaryJson';
import type { ComplaintSummary } from './summarySchema';

/**
 * Merges summaries of different records (`summarizeComplaints` of parts of one
 * list, each with its `offset`) into the summary of them all: each statistical
 * complaint's parts add up (times, people, categories, heat, the first record),
 * as do the metrics' counts; a post without a matter joins its thread's matter
 * and a complaint needing no return visit meets its repeats whichever part they
 * were in; with `ids: 'check'`, records that share an id across parts are
 * judged as one list would judge them (CMP-20). The merge is associative and
 * commutative: any grouping and order gives the same summary's answer.
 *
 * @param first - a summary (JSON, as `summarizeComplaints` returns it or read back from a file)
 * @param more - summaries of other records, made with the same options
 * @returns the summary of all their records
 * @throws {GuifanError} `INVALID_OPTIONS` (not a summary, another format version, other options, the same record indices); `VALIDATION_FAILED` (a damaged summary: `INVALID_INPUT` issues with paths)
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const t = (id, minutes) => ({ ...base, id, receivedAt: new Date(Date.parse('2026-03-02T09:00+08:00') + minutes * 60000), customer: { id: `C-${id}` }, matter: 'lift-3' })
 * const parts = [[t('T1', 0), t('T2', 5)], [t('T3', 10)], [t('T4', 15)]].map((p, k) => summarizeComplaints(p, { offset: [0, 2, 3][k] }))
 * const all = mergeComplaintSummaries(...parts);
 * [all.records, all.spans] //=> [4, [[0, 4]]]
 * finishComplaintSummary(all).count.complaints[0].times //=> 4
 * const refused = (() => { try { mergeComplaintSummaries(parts[0], parts[0]) } catch (e) { return [e.code, e.details.path] } })()
 * refused //=> ['INVALID_OPTIONS', 'summaries.1.spans'] (the same records twice)
 */
export function mergeComplaintSummaries(first: ComplaintSummary, ...more: ComplaintSummary[]): ComplaintSummary {
  const into = readSummary(first, more.length > 0 ? 'summaries.0' : 'summary');
  more.forEach((x, k) => {
    const path = `summaries.${k + 1}`;
    const other = readSummary(x, path);
    checkMergeable(into, other, path);
    mergeInto(into, other);
  });
  return summaryToJson(into);
}
