import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * Property department reception (seed 001 第三篇 《物业部接待客户投诉规章制度》:
 * every complaint gets a response within 24 hours and is followed up, CMP-09;
 * 第一篇 《客户上门投诉接待规范》 4.8: when other departments are needed, the
 * customer is contacted within three working days, CMP-10; written complaints go
 * to the supervisor and, if serious or unresolved, to management, CMP-11).
 * Case attributes: `channel` (`walk-in` | `phone` | `written` …).
 *
 * @example
 * validatePolicy(PROPERTY_RECEPTION).success //=> true
 * const r = evaluateCase(PROPERTY_RECEPTION, { attributes: { channel: 'walk-in' }, events: [{ type: 'received', at: '2026-09-30T10:00+08:00' }] }, '2026-09-30T11:00+08:00')
 * r.clocks.map((c) => c.name) //=> ['response', 'walk-in-follow-up']
 * r.clocks[1].due.toISOString() //=> '2026-10-10T16:00:00.000Z' (three working days: 10-08, 10-09, 10-10)
 */
export const PROPERTY_RECEPTION = /* @__PURE__ */ deepFreeze({
  id: 'property-reception',
  name: '物业部客户投诉接待',
  nameEn: 'Property department reception',
  source: '001 第一篇 4.8；第三篇',
  clocks: [
    {
      name: 'response',
      label: '回应投诉',
      rules: ['CMP-09'],
      source: '001 第三篇（所有客户投诉应于24小时内给予回应并跟进）',
      start: ['received'],
      stop: ['replied', 'contacted', 'resolved'],
      target: '24小时内',
      escalation: [{ level: 'supervisor', label: '主管', offset: '0分钟' }],
    },
    {
      name: 'walk-in-follow-up',
      label: '上门投诉联系客户',
      rules: ['CMP-10'],
      source: '001 第一篇 4.8（三个工作日内与您联系）',
      when: { channel: 'walk-in' },
      start: ['received'],
      stop: ['contacted', 'resolved'],
      target: '三个工作日内',
      escalation: [{ level: 'supervisor', label: '主管', offset: '0分钟' }],
    },
    {
      name: 'written-escalation',
      label: '书面投诉呈报',
      rules: ['CMP-11', 'ESC-03'],
      source: '001 第三篇 3（书面投诉一律交主管，严重或未解决的呈报管理层）',
      when: { channel: 'written' },
      start: ['received'],
      stop: ['resolved'],
      target: '三个工作日内',
      escalation: [
        { level: 'supervisor', label: '主管', offset: '0分钟', direction: 'after' },
        { level: 'manager', label: '管理层（附事件报告）', offset: '2个工作日' },
      ],
    },
  ],
} as const satisfies SlaPolicy);
