import type { ValidationIssue } from '../errors/issues';
import { eventTypesOption, optionsObject } from './_lib/modelOptions';
import { resolveTaxonomy } from './_lib/taxonomyIndex';
import { checkRecord, eventTypesOf } from './_lib/checkRecord';
import type { ComplaintTaxonomy } from './schema';

/**
 * Options of {@link validateComplaintRecord}.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * validateComplaintRecord({ ...record, category: 'noise' }).issues[0].code //=> 'UNKNOWN_CATEGORY'
 * const taxonomy = { id: 'mine', name: '我的分类', categories: [{ key: 'noise', name: '噪音' }, { key: 'environment', name: '环境' }] }
 * validateComplaintRecord({ ...record, category: 'noise' }, { taxonomy }).success //=> true
 */
export interface ValidateComplaintRecordOptions {
  /** The taxonomy categories must belong to. @default DEFAULT_COMPLAINT_TAXONOMY */
  readonly taxonomy?: ComplaintTaxonomy;
  /** Event types beyond the SLA vocabulary (e.g. `'reported-to-group'`). @default [] */
  readonly eventTypes?: readonly string[];
}

/**
 * Checks one complaint record without throwing on it: the fields CMP-03
 * requires (recorder, time, customer and contact, unit/room, content, demand),
 * instants without an offset, an unknown channel (CMP-02) or request kind
 * (CMP-01), a category outside the taxonomy (CMP-07), events out of order, a
 * return visit before the complaint or without its outcome (CMP-14), and the
 * remaining shape. Every issue has a stable code, the rule id, the path and a
 * message in 简体中文 and English. (An invalid taxonomy or options object is the
 * host's configuration error and throws a `GuifanError`.)
 *
 * @param record - a record, possibly untrusted
 * @param options - see {@link ValidateComplaintRecordOptions}
 * @returns `{ success, issues }`: success when there is no issue of severity 'error'
 * @example
 * const ok = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * validateComplaintRecord(ok).success //=> true
 * validateComplaintRecord({ ...ok, receivedAt: '2026-03-02T09:15' }).issues[0].code //=> 'MISSING_OFFSET'
 * validateComplaintRecord({ ...ok, channel: 'fax' }).issues.map((i) => [i.code, i.rule]) //=> [['UNKNOWN_CHANNEL', 'CMP-02']]
 * validateComplaintRecord({ ...ok, demand: '' }).issues[0].message.en //=> 'The complaint record has no demand (demand): every complaint received is recorded in full'
 */
export function validateComplaintRecord(record: unknown, options?: ValidateComplaintRecordOptions): { success: boolean; issues: readonly ValidationIssue[] } {
  const o = optionsObject(options, 'options');
  const index = resolveTaxonomy(o.taxonomy);
  const issues = checkRecord(record, { index, eventTypes: eventTypesOf(eventTypesOption(o.eventTypes)) });
  return { success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) };
}
