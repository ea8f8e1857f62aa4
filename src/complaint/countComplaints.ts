import * as z from 'zod/mini';
import { GuifanError } from '../errors/GuifanError';
import { countCore } from './_lib/count';
import type { ComplaintCount } from './_lib/countTypes';
import { parseOptions } from './_lib/statsOptions';
import type { ComplaintRecord } from './schema';

/**
 * Options of {@link countComplaints}.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const records = [{ ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' }]
 * countComplaints(records).complaints[0].records //=> [{ id: 'T1', reason: 'first', rule: 'CMP-05' }]
 * countComplaints(records, { detail: 'counts', ids: 'trust' }).complaints[0].records //=> undefined
 */
export interface CountComplaintsOptions {
  /**
   * `'records'`: each statistical complaint lists the records it merges and
   * why; `'counts'`: numbers only (no per-record list: memory grows with the
   * number of complaints, not of records — for dashboards over millions).
   * @default 'records'
   */
  detail?: 'records' | 'counts';
  /**
   * `'check'`: find records sharing an id (an identical copy is dropped with a
   * warning; differing versions are all left out, an error). `'trust'`: the
   * caller guarantees unique ids (a database key) and no id index is built, so
   * memory grows with the statistical complaints and their distinct customers only.
   * @default 'check'
   */
  ids?: 'check' | 'trust';
}

/**
 * Schema of {@link CountComplaintsOptions}.
 *
 * @example
 * CountComplaintsOptionsSchema.safeParse({ detail: 'counts' }).success //=> true
 * CountComplaintsOptionsSchema.safeParse({ detail: 'all' }).success //=> false
 */
export const CountComplaintsOptionsSchema = z.strictObject({ detail: z.optional(z.enum(['records', 'counts'])), ids: z.optional(z.enum(['check', 'trust'])) });

/**
 * Counts complaints the way the seed's 客户投诉统计说明 (002_673a1afb47376297.txt)
 * requires, into statistical complaints (投诉件):
 * - only records of kind `complaint` count (CMP-01); a record not yet verified
 *   by the designated person is `pending`, one verified as not counted is
 *   `notCounted` (CMP-03);
 * - records about one matter (`matter`) are one complaint however many times
 *   and people raised it, with the number of times and of people and the
 *   impact recorded (CMP-05); different matters of one customer count
 *   separately, each in its category (CMP-04);
 * - the posts of an online thread count once with their reply heat, except
 *   follow-ups with `online.newContent`, which count separately (CMP-06);
 * - the category is the final cause (CMP-07): when any record of a complaint
 *   carries a `rootCause`, the complaint counts under it and records that only
 *   describe the symptom do not vote; several root causes: the one most records
 *   give (a tie to the least name), with a `CATEGORY_CONFLICT` warning; with no
 *   root cause, the recorded category, else the described symptom, decides the
 *   same way (see `classifyComplaint` for the taxonomy's say).
 * Each statistical complaint lists the records it merges and why. The answer
 * does not depend on input order; an identical duplicate record is dropped
 * with a warning, differing records with one id are all left out (error).
 * Only the fields counted on are read: run `validateComplaintRecord` for a
 * full check of each record. This is the summary of one list, finished:
 * `summarizeComplaints` gives the same count of parts counted apart.
 *
 * @param records - complaint records ({@link ComplaintRecord})
 * @param options - {@link CountComplaintsOptions}
 * @returns a frozen {@link ComplaintCount}
 * @throws {GuifanError} `INVALID_OPTIONS` (not an array, bad options) with rule CMP-05
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C1' }, matter: 'leak-1501', category: 'leak' },
 *   { ...base, id: 'T3', receivedAt: '2026-03-03T10:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * r.total //=> 2
 * r.byCategory //=> { leak: 1, noise: 1 }
 * r.complaints[0].times //=> 2
 * r.complaints[0].records.map((m) => m.reason) //=> ['first', 'same-matter']
 */
export function countComplaints(records: readonly ComplaintRecord[], options: CountComplaintsOptions = {}): ComplaintCount {
  const o = parseOptions(CountComplaintsOptionsSchema, options, 'CMP-05');
  if (!Array.isArray(records)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'records', value: records, reasonZh: '应为投诉记录数组', reasonEn: 'expected an array of complaint records' }, 'CMP-05');
  }
  return countCore(records, { detail: o.detail ?? 'records', ids: o.ids ?? 'check' });
}
