import type { SlaPolicy } from '../sla/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * Hospital complaints (seed 001 第四篇 《投诉接待制度》 (九)): a serious
 * medical-fault complaint is reported to the hospital head at once; if it led to
 * a death, may be a grade-2 or higher medical accident, or harmed three or more
 * people, to the district/county health bureau within 6 hours (CMP-17).
 * Off-hours complaints go to the duty officer and on to the office at the next
 * working time (CAL-06). Case attributes: `severity` (`serious` |
 * `death` | `grade-2-accident` | `three-or-more-harmed`). Extra events:
 * `reported-to-head`, `reported-to-bureau`.
 *
 * @example
 * validatePolicy(HOSPITAL).success //=> true
 * const r = evaluateCase(HOSPITAL, { attributes: { severity: 'death' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }, '2026-10-12T11:00+08:00')
 * r.clocks.find((c) => c.name === 'report-to-bureau').due.toISOString() //=> '2026-10-12T08:00:00.000Z' (16:00 in Shanghai)
 */
export const HOSPITAL = /* @__PURE__ */ deepFreeze({
  id: 'hospital',
  name: '医院投诉接待（重大医疗过失报告）',
  nameEn: 'Hospital complaints',
  source: '001 第四篇 （九）（十一）',
  eventTypes: ['reported-to-head', 'reported-to-bureau'],
  clocks: [
    {
      name: 'report-to-head',
      label: '向主管院长汇报',
      rules: ['CMP-17'],
      source: '001 第四篇 （九）（立即向主管院长汇报）',
      when: { severity: ['serious', 'death', 'grade-2-accident', 'three-or-more-harmed'] },
      start: ['received'],
      stop: ['reported-to-head'],
      pausable: false,
      target: '立即',
      escalation: [{ level: 'duty-officer', label: '总值班（CAL-06）', offset: '0分钟' }],
    },
    {
      name: 'report-to-bureau',
      label: '向区县卫生局报告',
      rules: ['CMP-17'],
      source: '001 第四篇 （九）（6小时内向区县卫生局报告）',
      when: { severity: ['death', 'grade-2-accident', 'three-or-more-harmed'] },
      start: ['received'],
      stop: ['reported-to-bureau'],
      pausable: false,
      target: '6小时内',
      warnings: [{ before: '1小时' }],
      escalation: [{ level: 'hospital-head', label: '主管院长', offset: '1小时', direction: 'before' }],
    },
  ],
} as const satisfies SlaPolicy);
