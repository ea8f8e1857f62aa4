// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of appraisal (APR-…), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const APPRAISAL_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    WEIGHTS_DO_NOT_SUM: (d) => `各部分分值之和为 ${s(d.sum)}，应等于 ${s(d.expected)}`,
    ITEMS_DO_NOT_SUM: (d) => `“${s(d.dimension)}”各子项满分之和为 ${s(d.sum)}，应等于该项分值 ${s(d.expected)}`,
    SCORE_OUT_OF_RANGE: (d) => `分数 ${s(d.value)} 超出范围 [${s(d.min)}, ${s(d.max)}]`,
    UNKNOWN_DIMENSION: (d) => `方案中没有考评项 ${s(d.key)}（可用：${s(d.known)}）`,
    UNKNOWN_ITEM: (d) => `考评项“${s(d.dimension)}”中没有子项 ${s(d.key)}（可用：${s(d.known)}）`,
    MISSING_SCORE: (d) => `缺少“${s(d.key)}”的分数`,
    BONUS_OUT_OF_RANGE: (d) => `嘉奖加分 ${s(d.value)} 应为 1–10 分`,
    MISSING_MONTHS: (d) => `月度考核只有 ${s(d.count)} 个月，应有 ${s(d.expected)} 个${d.missing ? `（缺 ${s(d.missing)}）` : ''}；请指定 missingMonths: 'renormalize' | 'zero'`,
    DUPLICATE_MONTH: (d) => `月份 ${s(d.month)} 重复`,
    INCONSISTENT_WEIGHTS: (d) => `加权方式不一致：${s(d.reasonZh)}`,
    EMPTY_AVERAGE: (d) => `“${s(d.part)}”没有任何分数，无法求平均`,
    PENALTY_OUT_OF_RANGE: (d) => `扣款 ${s(d.yuan)} 元超出“${s(d.offence)}”的范围 ${s(d.minYuan)}–${s(d.maxYuan)} 元`,
    UNKNOWN_OFFENCE: (d) => `未知的首问责任制违规情形 ${s(d.key)}`,
    DISTRIBUTION_CAP_EXCEEDED: (d) => `“${s(d.grade)}”有 ${s(d.count)} 人，超过上限 ${s(d.allowed)} 人（${s(d.share)} × ${s(d.total)} 人）`,
  },
  en: {
    WEIGHTS_DO_NOT_SUM: (d) => `The shares add up to ${s(d.sum)}; they must add up to ${s(d.expected)}`,
    ITEMS_DO_NOT_SUM: (d) => `The sub-item maxima of "${s(d.dimension)}" add up to ${s(d.sum)}; they must equal its share ${s(d.expected)}`,
    SCORE_OUT_OF_RANGE: (d) => `Score ${s(d.value)} is outside [${s(d.min)}, ${s(d.max)}]`,
    UNKNOWN_DIMENSION: (d) => `The scheme has no dimension ${s(d.key)} (known: ${s(d.known)})`,
    UNKNOWN_ITEM: (d) => `Dimension "${s(d.dimension)}" has no sub-item ${s(d.key)} (known: ${s(d.known)})`,
    MISSING_SCORE: (d) => `No score for "${s(d.key)}"`,
    BONUS_OUT_OF_RANGE: (d) => `A commendation bonus of ${s(d.value)} must be 1–10 points`,
    MISSING_MONTHS: (d) => `Only ${s(d.count)} monthly appraisals, ${s(d.expected)} expected${d.missing ? ` (missing ${s(d.missing)})` : ''}; choose missingMonths: 'renormalize' | 'zero'`,
    DUPLICATE_MONTH: (d) => `Month ${s(d.month)} appears twice`,
    INCONSISTENT_WEIGHTS: (d) => `Inconsistent weighting: ${s(d.reasonEn)}`,
    EMPTY_AVERAGE: (d) => `"${s(d.part)}" has no scores to average`,
    PENALTY_OUT_OF_RANGE: (d) => `A deduction of ${s(d.yuan)} yuan is outside the range ${s(d.minYuan)}–${s(d.maxYuan)} yuan for "${s(d.offenceEn ?? d.offence)}"`,
    UNKNOWN_OFFENCE: (d) => `Unknown first-inquiry offence ${s(d.key)}`,
    DISTRIBUTION_CAP_EXCEEDED: (d) => `${s(d.count)} people graded "${s(d.grade)}", more than the ${s(d.allowed)} allowed (${s(d.share)} × ${s(d.total)})`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type AppraisalIssueCode = keyof typeof APPRAISAL_ISSUES.zh;
