// The vocabularies of a complaint record (CMP-01, CMP-02, CMP-08, CMP-14): kinds, channels, tiers, outcomes, event types.
import { deepFreeze } from '../_lib/freeze';
import { BASE_EVENT_TYPES } from '../sla/schema';

/**
 * Request kinds (CMP-01, seed 002 定义; 004 篇2 第九–十二条 and its 规范用语):
 * only `complaint` (客户投诉) is a complaint; consultation (咨询), query (查询),
 * suggestion (建议), reservation (预约) and repair (报修) are other requests.
 *
 * @example
 * REQUEST_KINDS //=> ['complaint', 'consultation', 'query', 'suggestion', 'reservation', 'repair', 'other']
 */
export const REQUEST_KINDS = /* @__PURE__ */ deepFreeze(['complaint', 'consultation', 'query', 'suggestion', 'reservation', 'repair', 'other'] as const);
/**
 * A request kind (CMP-01): one of {@link REQUEST_KINDS}; only `'complaint'` is a complaint.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * needsReturnVisit({ kind: 'consultation' }) //=> false
 * classifyComplaint({ ...record, kind: 'consultation' }).isComplaint //=> false
 */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * Channels a complaint arrives by (CMP-02, seed 002 客户投诉统计说明: 来访、来电、
 * 书信、电子邮件、网上论坛、报刊, and complaints passed on by the parent company or a
 * related unit; 001 第三篇 亲自、电话、书面). `written` covers letters (书信/来函) and
 * other written complaints, as in the `PROPERTY_RECEPTION` preset.
 *
 * @example
 * COMPLAINT_CHANNELS.includes('walk-in') //=> true
 * COMPLAINT_CHANNELS.includes('fax') //=> false
 */
export const COMPLAINT_CHANNELS = /* @__PURE__ */ deepFreeze(['walk-in', 'phone', 'written', 'email', 'online', 'press', 'transferred', 'other'] as const);
/**
 * A channel a complaint arrives by (CMP-02): one of {@link COMPLAINT_CHANNELS}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * validateComplaintRecord({ ...record, channel: 'fax' }).issues[0].code //=> 'UNKNOWN_CHANNEL'
 */
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/**
 * Complexity (CMP-08, 004 篇2 第十二条): 简单 / 一般 / 复杂 投诉.
 *
 * @example
 * COMPLAINT_COMPLEXITIES //=> ['simple', 'general', 'complex']
 */
export const COMPLAINT_COMPLEXITIES = /* @__PURE__ */ deepFreeze(['simple', 'general', 'complex'] as const);
/**
 * A complaint's complexity (CMP-08): `'simple'` (简单), `'general'` (一般) or `'complex'` (复杂).
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * classifyComplaint({ ...record, complexity: 'complex' }).attributes.complexity //=> 'complex' (for the SLA policy's tiers)
 */
export type ComplaintComplexity = (typeof COMPLAINT_COMPLEXITIES)[number];

/**
 * Urgency tiers of the `REAL_ESTATE_CALL_CENTRE` preset (002: 15 分钟、30 分钟、1 小时、2 小时).
 *
 * @example
 * COMPLAINT_URGENCIES //=> ['urgent-15', 'high-30', 'normal-60', 'low-120']
 */
export const COMPLAINT_URGENCIES = /* @__PURE__ */ deepFreeze(['urgent-15', 'high-30', 'normal-60', 'low-120'] as const);
/**
 * An urgency tier of the `REAL_ESTATE_CALL_CENTRE` preset: one of {@link COMPLAINT_URGENCIES}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * classifyComplaint({ ...record, urgency: 'urgent-15' }).attributes.urgency //=> 'urgent-15'
 */
export type ComplaintUrgency = (typeof COMPLAINT_URGENCIES)[number];

/**
 * Outcomes of a return visit (回访, CMP-14).
 *
 * @example
 * VISIT_OUTCOMES //=> ['satisfied', 'unsatisfied']
 */
export const VISIT_OUTCOMES = /* @__PURE__ */ deepFreeze(['satisfied', 'unsatisfied'] as const);
/**
 * The outcome of a return visit (回访, CMP-14): `'satisfied'` closes the complaint, `'unsatisfied'` reopens it.
 *
 * @example
 * const events = [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }, { type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'unsatisfied' }]
 * complaintStatus({ id: 'T1', kind: 'complaint', events }, { at: '2026-03-04T09:00+08:00' }).reason //=> 'unsatisfied-visit'
 */
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/**
 * The event types of a complaint's log: the SLA vocabulary, equal to
 * `BASE_EVENT_TYPES` of `guifan/sla` (a test keeps them equal; written out here
 * so that this module does not load the SLA schemas).
 *
 * @example
 * COMPLAINT_EVENT_TYPES.includes('visited') //=> true
 * COMPLAINT_EVENT_TYPES.includes('reported-to-group') //=> false (pass it in options.eventTypes)
 */
export const COMPLAINT_EVENT_TYPES = BASE_EVENT_TYPES;
/**
 * An event type of the SLA vocabulary: one of {@link COMPLAINT_EVENT_TYPES}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const r = { ...record, events: [{ type: 'reported-to-group', at: '2026-03-02T10:00+08:00' }] }
 * validateComplaintRecord(r).issues[0].code //=> 'UNKNOWN_EVENT'
 * validateComplaintRecord(r, { eventTypes: ['reported-to-group'] }).success //=> true
 */
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];
