import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * Property service centre (seed 004 篇2 《公司客户服务中心服务规范》 第九–十二条):
 * consultation at once, query within 15 minutes, complaint reply within 2 hours
 * of acceptance, and the complaint answered by complexity — simple at once,
 * general within 1 working day (never more than 3), complex within 5 (never more
 * than 7); past the limit, contact the customer proactively (CMP-08, ESC-04).
 * “立即” is met within the contact the case arrived in (events with the same
 * `contact`), or within the policy's `immediateGrace` (none here); a simple
 * complaint has no maximum of its own (the seed gives none).
 * After a complaint is dealt with, the complainant gets a return visit within
 * three days (CMP-15, seed 000 客户服务中心工作职责 回访要求).
 * Case attributes: `kind` (`consultation` | `query` | `complaint`), `complexity`
 * (`simple` | `general` | `complex`).
 *
 * @example
 * validatePolicy(PROPERTY_SERVICE_CENTRE).success //=> true
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-09-30T10:00+08:00' }] }
 * const answer = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-09-30T11:00+08:00').clocks.find((c) => c.name === 'complaint-answer');
 * [answer.due.toISOString(), answer.max.toISOString()] //=> ['2026-10-08T16:00:00.000Z', '2026-10-10T16:00:00.000Z'] (国庆节 skipped)
 */
export const PROPERTY_SERVICE_CENTRE = /* @__PURE__ */ deepFreeze({
  id: 'property-service-centre',
  name: '物业客户服务中心（咨询、查询、投诉处理时限）',
  nameEn: 'Property service centre',
  source: '004 篇2 《公司客户服务中心服务规范》 第九至十二条',
  clocks: [
    {
      name: 'consultation',
      label: '咨询处理',
      rules: ['CMP-08'],
      source: '004 篇2 第九条',
      when: { kind: 'consultation' },
      start: ['received'],
      stop: ['replied', 'resolved'],
      target: '立即',
    },
    {
      name: 'query',
      label: '查询处理',
      rules: ['CMP-08'],
      source: '004 篇2 第十条',
      when: { kind: 'query' },
      start: ['received'],
      stop: ['replied', 'resolved'],
      target: '15分钟内',
    },
    {
      name: 'complaint-reply',
      label: '投诉回复',
      rules: ['CMP-08'],
      source: '004 篇2 第十一条',
      when: { kind: 'complaint' },
      start: ['received'],
      stop: ['replied', 'resolved'],
      target: '2小时内',
      escalation: [{ level: 'supervisor', label: '主管', offset: '0分钟' }],
    },
    {
      name: 'complaint-answer',
      label: '投诉处理答复',
      rules: ['CMP-08', 'ESC-04'],
      source: '004 篇2 第十二条',
      when: { kind: 'complaint' },
      start: ['received'],
      stop: ['resolved'],
      agreeable: true,
      limits: [
        // 第十二条 gives a simple complaint no maximum: it does not borrow the general one.
        { when: { complexity: 'simple' }, target: '立即', max: null },
        { when: { complexity: 'general' }, target: '1个工作日内', max: '最长不得超过3个工作日' },
        { when: { complexity: 'complex' }, target: '5个工作日内', max: '最长不超过7个工作日' },
      ],
      target: '1个工作日内',
      max: '最长不得超过3个工作日',
      escalation: [
        { level: 'supervisor', label: '主管（超过期限，主动回复客户）', offset: '0分钟' },
        { level: 'manager', label: '经理', relativeTo: 'max', offset: '0分钟' },
      ],
    },
    {
      name: 'return-visit',
      label: '投诉回访',
      rules: ['CMP-15'],
      source: '000 客户服务中心工作职责 回访要求（投诉回访三日内）',
      when: { kind: 'complaint' },
      start: ['resolved'],
      stop: ['visited'],
      pausable: false,
      target: '三日内',
      escalation: [{ level: 'supervisor', label: '主管', offset: '0分钟' }],
    },
  ],
} as const satisfies SlaPolicy);
