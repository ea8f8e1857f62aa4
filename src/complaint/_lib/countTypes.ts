import type { LocalizedText, RuleId } from '../../errors/types';
import type { ValidationIssue } from './makeIssue';

// The answer of countComplaints: statistical complaints (统计投诉件) and what was left out.

/**
 * Why a record belongs to its statistical complaint.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * r.complaints[0].records.map((m) => m.reason) //=> ['first', 'same-matter']
 */
export type MergeReason = 'first' | 'new-content' | 'same-matter' | 'follow-up';

/**
 * One record merged into a statistical complaint, and why.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * r.complaints[0].records[1] //=> { id: 'T2', reason: 'same-matter', rule: 'CMP-05' }
 */
export interface MergedRecord {
  readonly id: string;
  readonly reason: MergeReason;
  readonly rule: RuleId;
}

/**
 * Reply heat of an online complaint (跟帖反应热度, CMP-06).
 *
 * @example
 * const post = { recorder: 'A', channel: 'online', customer: {}, unit: '1-101', content: '电梯又坏了', demand: '尽快修好', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...post, id: 'W1', receivedAt: '2026-03-02T09:00+08:00', online: { thread: 'bbs-88', replies: 40, views: 900 } },
 *   { ...post, id: 'W2', receivedAt: '2026-03-02T10:00+08:00', online: { thread: 'bbs-88', followUp: true, replies: 2 } },
 * ])
 * r.complaints[0].heat //=> { thread: 'bbs-88', posts: 2, followUps: 1, replies: 42, views: 900 }
 */
export interface OnlineHeat {
  /** The thread (主帖) id. */
  readonly thread: string;
  /** Records from the thread merged here: the opening post and follow-ups. */
  readonly posts: number;
  /** Follow-up posts merged here (跟帖). */
  readonly followUps: number;
  /** Sum of the replies recorded on the merged posts. */
  readonly replies: number;
  /** Sum of the views recorded on the merged posts. */
  readonly views: number;
}

/**
 * One statistical complaint (统计投诉件): what several records count as.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * const s = r.complaints[0];
 * [s.key, s.category, s.firstRecord, s.times, s.people] //=> ['matter:noise-1501', 'noise', 'T1', 2, 2]
 */
export interface StatisticalComplaint {
  /** `'matter:<id>'`, `'thread:<id>'` (online, no matter id) or `'record:<id>'` (counted on its own). */
  readonly key: string;
  readonly matter?: string;
  /** The statistical category (CMP-07: the final root cause when a record gives one, else the described category), or `'(unclassified)'`. */
  readonly category: string;
  /** The first record (earliest received, then smallest id). */
  readonly firstRecord: string;
  readonly firstReceivedAt: Date;
  /** How many times it was raised: records merged (投诉次数, CMP-05). */
  readonly times: number;
  /** How many people raised it (投诉人数, CMP-05): distinct customers, each at the `people` its records give. */
  readonly people: number;
  /** Impact texts recorded (影响程度; 网下影响程度 for online posts), distinct and sorted. */
  readonly impact: readonly string[];
  /** Channels it came by, sorted. */
  readonly channels: readonly string[];
  /** Online only (CMP-06). */
  readonly heat?: OnlineHeat;
  /** The records merged and why (omitted with `detail: 'counts'`), in received order. */
  readonly records?: readonly MergedRecord[];
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

/**
 * Result of {@link countComplaints}.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ]);
 * [r.total, r.countedRecords, r.byCategory] //=> [1, 2, { noise: 1 }]
 * countComplaints([{ ...base, id: 'T9', receivedAt: '2026-03-02T09:00+08:00', customer: {}, verification: undefined }]).pending //=> ['T9']
 */
export interface ComplaintCount {
  /** Statistical complaints (投诉件数). */
  readonly total: number;
  /** Records counted (verified as counted, kind `complaint`, not a duplicate). */
  readonly countedRecords: number;
  /** Sorted by first received instant, then key. */
  readonly complaints: readonly StatisticalComplaint[];
  /** Statistical complaints per category (CMP-04, CMP-07), keys sorted. */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Ids of complaint records not yet verified (CMP-03): listed, not counted. Sorted. */
  readonly pending: readonly string[];
  /** Ids of complaint records the designated person verified as not counted (CMP-03). Sorted. */
  readonly notCounted: readonly string[];
  /** Ids of records of other kinds (consultation, query …; CMP-01). Sorted. */
  readonly notComplaints: readonly string[];
  /** Ids of records left out for bad input (see `issues`). Sorted. */
  readonly rejected: readonly string[];
  readonly issues: readonly ValidationIssue[];
  readonly rules: readonly RuleId[];
}

export interface CountOptionsResolved {
  detail: 'records' | 'counts';
  /** `'check'`: index every id to find duplicates; `'trust'`: the caller guarantees unique ids. */
  ids: 'check' | 'trust';
}
