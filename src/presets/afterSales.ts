import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * After-sales service (seed 003 售后服务方案及措施 第1篇, ESC-05): a 7×24
 * hotline (CAL-05); on site within 2 hours of a repair call; if the fault is not
 * remedied within 1 day, the buyer may remedy it at the seller's cost. Both
 * clocks run in natural time, weekends and holidays included. Extra event:
 * `on-site`.
 *
 * @example
 * validatePolicy(AFTER_SALES).success //=> true
 * // a repair call on 国庆节 evening: natural time, the holiday counts
 * evaluateCase(AFTER_SALES, [{ type: 'received', at: '2026-10-01T20:00+08:00' }], '2026-10-01T23:00+08:00').clocks.map((c) => [c.name, c.state])
 * //=> [['on-site', 'breached'], ['remedy', 'running']]
 */
export const AFTER_SALES = /* @__PURE__ */ deepFreeze({
  id: 'after-sales',
  name: '售后服务（到场与排除故障）',
  nameEn: 'After-sales service',
  source: '003 售后服务方案及措施 第1篇',
  eventTypes: ['on-site'],
  clocks: [
    {
      name: 'on-site',
      label: '上门到场',
      rules: ['ESC-05', 'CAL-05'],
      source: '003 售后 第1篇（接到报修通知后2小时内上门维修）',
      start: ['received'],
      stop: ['on-site', 'resolved'],
      pausable: false,
      target: '2小时内',
      escalation: [{ level: 'service-centre', label: '客户服务中心', offset: '0分钟' }],
    },
    {
      name: 'remedy',
      label: '排除故障',
      rules: ['ESC-05'],
      source: '003 售后 第1篇（1天内未能排除故障，买方可自行补救，费用由卖方承担）',
      start: ['received'],
      stop: ['resolved'],
      target: '24小时内',
      escalation: [{ level: 'buyer-remedy', label: '买方可自行补救（卖方承担费用）', offset: '0分钟' }],
    },
  ],
} as const satisfies SlaPolicy);
