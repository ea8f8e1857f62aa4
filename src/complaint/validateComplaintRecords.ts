import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { repathIssue } from '../errors/buildIssue';
import { GuifanError } from '../errors/GuifanError';
import { eventTypesOption, optionsObject } from './_lib/modelOptions';
import { resolveTaxonomy } from './_lib/taxonomyIndex';
import { checkRecord, eventTypesOf } from './_lib/checkRecord';
import type { ValidateComplaintRecordOptions } from './validateComplaintRecord';

/**
 * Checks a batch of complaint records: each as {@link validateComplaintRecord}
 * does (paths start with the record's index), plus record ids used twice
 * (`DUPLICATE_RECORD_ID`, CMP-20: forms are numbered) — a duplicate would be
 * counted twice or merged silently.
 *
 * @param records - an array of records, possibly untrusted
 * @param options - see {@link ValidateComplaintRecordOptions}
 * @returns `{ success, issues }`
 * @example
 * const r = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '漏水', demand: '维修', kind: 'complaint' }
 * validateComplaintRecords([r, r]).issues.map((i) => [i.code, i.path]) //=> [['DUPLICATE_RECORD_ID', [1, 'id']]]
 */
export function validateComplaintRecords(records: unknown, options?: ValidateComplaintRecordOptions): { success: boolean; issues: readonly ValidationIssue[] } {
  if (!Array.isArray(records)) throw new GuifanError('INVALID_OPTIONS', { path: 'records', value: records, reasonZh: '应为投诉记录数组', reasonEn: 'must be an array of complaint records' });
  const o = optionsObject(options, 'options');
  const index = resolveTaxonomy(o.taxonomy);
  const eventTypes = eventTypesOf(eventTypesOption(o.eventTypes));
  const issues: ValidationIssue[] = [];
  const firstIndex = new Map<string, number>();
  records.forEach((record, i) => {
    for (const issue of checkRecord(record, { index, eventTypes })) issues.push(repathIssue(issue, [i, ...issue.path]));
    const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id.length === 0) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else issues.push(makeIssue('DUPLICATE_RECORD_ID', [i, 'id'], { id, first: first + 1, index: i + 1, value: id }, 'CMP-20'));
  });
  return { success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) };
}
