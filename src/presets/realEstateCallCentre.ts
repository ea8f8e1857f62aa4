import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * Real-estate call centre (seed 002 《客户服务管理体系》): after dispatch the
 * responsible department contacts the customer within 15 min / 30 min / 1 h /
 * 2 h by urgency, or the call centre escalates (ESC-01); complaints are
 * answered within 48 hours (CMP-12); hot complaints are reported to the group
 * within 1 working day (CMP-13); a completion time re-agreed with the customer
 * becomes the new escalation deadline (TL-06, ESC-02); unsolved cases go up
 * staff → supervisor → manager → group (ESC-03).
 * For a class-1 emergency (一类突发事件: disasters, fire or explosion, theft,
 * abnormal injury or death, liability over 5,000 yuan, negative press) the
 * responsible department manager reaches the site within 2 hours (CMP-18).
 * Case attributes: `urgency` (`urgent-15` | `high-30` | `normal-60` | `low-120`),
 * `hot` (`yes`), `emergency` (`class-1`). Extra events: `reported-to-group`,
 * `manager-on-site`.
 *
 * @example
 * validatePolicy(REAL_ESTATE_CALL_CENTRE).success //=> true
 * const r = evaluateCase(REAL_ESTATE_CALL_CENTRE, { attributes: { urgency: 'urgent-15' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }, { type: 'dispatched', at: '2026-10-12T10:05+08:00' }] }, '2026-10-12T10:30+08:00')
 * r.clocks.find((c) => c.name === 'contact').state //=> 'breached' (15 minutes for an urgent case)
 */
export const REAL_ESTATE_CALL_CENTRE = /* @__PURE__ */ deepFreeze({
  id: 'real-estate-call-centre',
  name: '房地产公司呼叫中心（投诉派发、答复、升级）',
  nameEn: 'Real-estate call centre',
  source: '002 《客户服务管理体系》 客户投诉的处理、投诉处理延期、热点投诉',
  eventTypes: ['reported-to-group', 'manager-on-site'],
  allowAgreedBeyondMax: true,
  clocks: [
    {
      name: 'contact',
      label: '派发后联系客户',
      rules: ['ESC-01'],
      source: '002 客户投诉的处理（升级时限之一）',
      start: ['dispatched'],
      stop: ['contacted'],
      pausable: false,
      limits: [
        { when: { urgency: 'urgent-15' }, target: '15分钟内' },
        { when: { urgency: 'high-30' }, target: '30分钟内' },
        { when: { urgency: 'normal-60' }, target: '1小时内' },
        { when: { urgency: 'low-120' }, target: '2小时内' },
      ],
      target: '2小时内',
      escalation: [{ level: 'call-centre', label: '呼叫中心升级处理', offset: '0分钟' }],
    },
    {
      name: 'answer',
      label: '投诉答复',
      rules: ['CMP-12'],
      source: '002 投诉处理操作流程（答复时间不超过48小时）',
      start: ['received'],
      stop: ['replied', 'resolved'],
      max: '不超过48小时',
      target: '48小时内',
    },
    {
      name: 'completion',
      label: '约定完成',
      rules: ['TL-06', 'ESC-02', 'ESC-03'],
      source: '002 投诉处理延期',
      start: ['received'],
      stop: ['resolved'],
      agreeable: true,
      escalation: [
        { level: 'supervisor', label: '主管', offset: '0分钟' },
        { level: 'manager', label: '部门经理', offset: '1个工作日' },
        { level: 'group', label: '集团', offset: '3个工作日' },
      ],
    },
    {
      name: 'hot-report',
      label: '热点投诉报集团',
      rules: ['CMP-13'],
      source: '002 热点投诉',
      when: { hot: 'yes' },
      start: ['received'],
      stop: ['reported-to-group'],
      pausable: false,
      target: '1个工作日内',
    },
    {
      name: 'emergency-on-site',
      label: '一类突发事件经理到场',
      rules: ['CMP-18'],
      source: '002 一类突发事件的特殊通报要求（主责部门经理需在2小时内到达现场）',
      when: { emergency: 'class-1' },
      start: ['received'],
      stop: ['manager-on-site'],
      pausable: false,
      target: '2小时内',
      escalation: [{ level: 'group', label: '集团', offset: '0分钟' }],
    },
  ],
} as const satisfies SlaPolicy);
