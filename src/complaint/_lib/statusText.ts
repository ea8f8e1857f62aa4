import { formatDay } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import { has, rolledOver, type StatusCore, type StatusSettings } from './status';

/** The status as sentences. */
export function statusText(c: StatusCore, s: StatusSettings, quietText: string, visitText: string): { 'zh-CN': string; en: string } {
  const f = (t: number): string => (has(t) ? formatInstant(t, s.cal.zone) : '—');
  const d = (x: number): string => (has(x) ? formatDay(x) : '—');
  switch (c.reason) {
    case 'not-resolved':
      return { 'zh-CN': '尚未处理完毕（没有 resolved 事件）。', en: 'Not resolved yet (no resolved event).' };
    case 'awaiting-visit':
      return {
        'zh-CN': `已于 ${f(c.resolvedAt)} 处理完毕，待回访：回访验证时客户满意即关闭（CMP-14）；回访时限“${visitText}”，应在 ${d(c.visitLastDay)} 24:00（${f(c.visitDue)}）前完成（CMP-15）。`,
        en: `Resolved at ${f(c.resolvedAt)}, awaiting the return visit: a satisfied customer at the visit closes it (CMP-14); the visit is due "${visitText}", by 24:00 of ${d(c.visitLastDay)} (${f(c.visitDue)}) (CMP-15).`,
      };
    case 'awaiting-quiet-week':
      return {
        'zh-CN': `已于 ${f(c.resolvedAt)} 处理完毕，无须回访：处理完毕后“${quietText}”无再次投诉即关闭（CMP-14），即 ${d(c.quietLastDay)} 24:00（${f(c.quietEnd)}）${rolledOver(c) ? `；最后一日 ${d(c.quietNominalLastDay)} 是休息日，顺延（民法典第二百零三条，TL-03）` : ''}。`,
        en: `Resolved at ${f(c.resolvedAt)}, no visit needed: it closes when "${quietText}" after completion passes with no repeat complaint (CMP-14), at 24:00 of ${d(c.quietLastDay)} (${f(c.quietEnd)})${rolledOver(c) ? `; the last day ${d(c.quietNominalLastDay)} is a rest day and rolls over (Civil Code art. 203, TL-03)` : ''}.`,
      };
    case 'satisfied-visit':
      return { 'zh-CN': `已关闭：${f(c.closedAt)} 回访时客户对处理结果满意（CMP-14）。`, en: `Closed: the customer was satisfied at the return visit at ${f(c.closedAt)} (CMP-14).` };
    case 'quiet-week':
      return {
        'zh-CN': `已关闭：${f(c.resolvedAt)} 处理完毕后“${quietText}”内无再次投诉，于 ${d(c.quietLastDay)} 24:00（${f(c.closedAt)}）关闭（CMP-14）。`,
        en: `Closed: no repeat complaint within "${quietText}" after completion at ${f(c.resolvedAt)}; closed at 24:00 of ${d(c.quietLastDay)} (${f(c.closedAt)}) (CMP-14).`,
      };
    case 'unsatisfied-visit':
      return { 'zh-CN': `未关闭：${f(c.visitAt)} 回访时客户不满意，需继续处理（CMP-14）。`, en: `Open: the customer was not satisfied at the return visit at ${f(c.visitAt)}; handling continues (CMP-14).` };
    case 'repeat-complaint':
      return { 'zh-CN': `重新打开：关闭前 ${f(c.repeatAt)} 收到同一事项的再次投诉 ${c.repeatId ?? ''}（CMP-14）。`, en: `Reopened: a repeat complaint ${c.repeatId ?? ''} about the same matter came at ${f(c.repeatAt)}, before it closed (CMP-14).` };
    case 'reopened-event':
      return { 'zh-CN': `重新打开：${f(c.reopenedAt)} 的 reopened 事件。`, en: `Reopened by the reopened event at ${f(c.reopenedAt)}.` };
  }
}
