import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * Utility fee centre (seed 003 篇1 《服务行业公司规章制度》 四、服务承诺): the
 * customer service department works 周一至周五 8:30–17:00 (CAL-04) while the
 * 12319 hotline serves 24 hours (CAL-05); a complaint not needing a third
 * party is followed by contact with the user within 2 hours and a handling
 * opinion and reply within 4 working days (CMP-16).
 *
 * @example
 * validatePolicy(UTILITY_FEE_CENTRE).success //=> true
 * const r = evaluateCase(UTILITY_FEE_CENTRE, [{ type: 'received', at: '2026-10-12T10:00+08:00' }], '2026-10-12T11:00+08:00')
 * r.clocks.map((c) => [c.name, c.due.toISOString()]) //=> [['contact', '2026-10-12T04:00:00.000Z'], ['reply', '2026-10-16T09:00:00.000Z']]
 */
export const UTILITY_FEE_CENTRE = /* @__PURE__ */ deepFreeze({
  id: 'utility-fee-centre',
  name: '公用事业收费服务中心（投诉联系与答复）',
  nameEn: 'Utility fee centre',
  source: '003 篇1 四（一）（二）',
  calendar: { name: '收费服务中心', businessHours: { hours: [['08:30', '17:00']] } },
  clocks: [
    {
      name: 'contact',
      label: '联系用户',
      rules: ['CMP-16', 'CAL-05'],
      source: '003 篇1 四（二）（热线 12319 24 小时受理）',
      start: ['received'],
      stop: ['contacted'],
      target: '2小时内',
      warnings: [{ percent: 75 }],
      escalation: [{ level: 'supervisor', label: '主管', offset: '0分钟' }],
    },
    {
      name: 'reply',
      label: '提出处理意见并答复',
      rules: ['CMP-16', 'CAL-04'],
      source: '003 篇1 四（二）',
      start: ['received'],
      stop: ['replied', 'resolved'],
      target: '4个工作日内',
      dueOptions: { endOfDay: 'close-of-business' },
      warnings: [{ before: '2小时' }],
      escalation: [
        { level: 'supervisor', label: '主管', offset: '0分钟' },
        { level: 'manager', label: '经理', offset: '1个工作日' },
      ],
    },
  ],
} as const satisfies SlaPolicy);
