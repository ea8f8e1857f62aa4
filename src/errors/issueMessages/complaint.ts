// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeList as list, describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of complaint (CMP-…), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const COMPLAINT_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    MISSING_RECORD_FIELD: (d) => `投诉记录缺少“${s(d.fieldZh ?? d.field)}”（${s(d.field)}）：所有受理的投诉都应完整记录`,
    MISSING_OFFSET: (d) => `时间 ${s(d.value)} 没有时区偏移：请写成 '2026-03-02T09:15+08:00' 这样的形式`,
    UNKNOWN_CHANNEL: (d) => `未知的投诉渠道 ${s(d.value)}（可用：${s(d.known)}）`,
    UNKNOWN_KIND: (d) => `未知的诉求类型 ${s(d.value)}（可用：${s(d.known)}）`,
    UNKNOWN_CATEGORY: (d) => `分类 ${s(d.value)} 不在分类体系“${s(d.taxonomy)}”中`,
    UNKNOWN_PARENT_CATEGORY: (d) => `分类 ${s(d.key)} 的上级分类 ${s(d.parent)} 不存在`,
    CATEGORY_CYCLE: (d) => `分类的上下级关系成环：${s(d.cycle)}`,
    PROVISIONAL_CATEGORY: (d) => `尚未查明最终原因：暂按客户描述的表象归入 ${s(d.category)}，统计结果为暂定（应按最终原因分类）`,
    MISSING_VISIT_OUTCOME: (d) => `回访（${s(d.at)}）没有记录客户是否满意（outcome：'satisfied' 或 'unsatisfied'）`,
    VISIT_BEFORE_COMPLAINT: (d) => `回访时间 ${s(d.at)} 早于投诉受理时间 ${s(d.received)}`,
    VISIT_BEFORE_RESOLVED: (d) => `回访时间 ${s(d.at)} 早于处理完毕时间 ${s(d.resolved)}：回访应验证处理结果`,
    DUPLICATE_RECORD_ID: (d) => `记录编号 ${s(d.id)} 重复（第 ${s(d.first)} 条与第 ${s(d.index)} 条）`,
    NOT_VERIFIED: (d) => `${s(d.count)} 条投诉记录尚未经指定专人核实是否予以统计（${list(d.ids, '、')}${typeof d.count === 'number' && d.count > 20 ? ' 等' : ''}）：列为待核实，不计入投诉件数`,
    CATEGORY_CONFLICT: (d) => `同一事项 ${s(d.key)} 的记录分属不同分类（${s(d.categories)}）：按最终原因应为同一分类，暂按 ${s(d.chosen)} 统计`,
  },
  en: {
    MISSING_RECORD_FIELD: (d) => `The complaint record has no ${s(d.fieldEn ?? d.field)} (${s(d.field)}): every complaint received is recorded in full`,
    MISSING_OFFSET: (d) => `The time ${s(d.value)} has no UTC offset: write it as '2026-03-02T09:15+08:00'`,
    UNKNOWN_CHANNEL: (d) => `Unknown complaint channel ${s(d.value)} (known: ${s(d.known)})`,
    UNKNOWN_KIND: (d) => `Unknown request kind ${s(d.value)} (known: ${s(d.known)})`,
    UNKNOWN_CATEGORY: (d) => `Category ${s(d.value)} is not in the taxonomy '${s(d.taxonomy)}'`,
    UNKNOWN_PARENT_CATEGORY: (d) => `Category ${s(d.key)} has an unknown parent ${s(d.parent)}`,
    CATEGORY_CYCLE: (d) => `Category parents form a cycle: ${s(d.cycle)}`,
    PROVISIONAL_CATEGORY: (d) => `The root cause is not known yet: provisionally classified by the described symptom as ${s(d.category)} (statistics follow the final root cause)`,
    MISSING_VISIT_OUTCOME: (d) => `The return visit (${s(d.at)}) does not record whether the customer was satisfied (outcome: 'satisfied' or 'unsatisfied')`,
    VISIT_BEFORE_COMPLAINT: (d) => `The return visit at ${s(d.at)} is before the complaint was received (${s(d.received)})`,
    VISIT_BEFORE_RESOLVED: (d) => `The return visit at ${s(d.at)} is before processing completed (${s(d.resolved)}); a visit verifies the result`,
    DUPLICATE_RECORD_ID: (d) => `Record id ${s(d.id)} appears twice (records ${s(d.first)} and ${s(d.index)})`,
    NOT_VERIFIED: (d) => `${s(d.count)} complaint record(s) not yet verified by the designated person (${list(d.ids, ', ')}${typeof d.count === 'number' && d.count > 20 ? ' …' : ''}): listed as pending, not counted`,
    CATEGORY_CONFLICT: (d) => `Records of one matter ${s(d.key)} have different categories (${s(d.categories)}); by the root cause they should share one; counted under ${s(d.chosen)}`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type ComplaintIssueCode = keyof typeof COMPLAINT_ISSUES.zh;
