import { describeValue } from '../_lib/describe';
import { GuifanError } from './GuifanError';
import type { MessageDetails } from './messages';
import type { Locale, LocalizedText, RuleId } from './types';

/**
 * Codes of validation issues (problems found in user data, reported rather
 * than thrown). Stable once published.
 *
 * @example
 * const policy = { id: 'x', name: 'x', clocks: [{ name: 'a', start: ['received'], stop: ['replied'], target: '3个工作日内', max: '1个工作日内' }] }
 * validatePolicy(policy).issues.map((i) => i.code) //=> ['MAX_BEFORE_TARGET']
 */
export type IssueCode =
  | 'INVALID_INPUT'
  | 'WEIGHTS_DO_NOT_SUM'
  | 'ITEMS_DO_NOT_SUM'
  | 'DUPLICATE_KEY'
  | 'SCORE_OUT_OF_RANGE'
  | 'UNKNOWN_DIMENSION'
  | 'UNKNOWN_ITEM'
  | 'MISSING_SCORE'
  | 'BONUS_OUT_OF_RANGE'
  | 'MISSING_MONTHS'
  | 'DUPLICATE_MONTH'
  | 'INCONSISTENT_WEIGHTS'
  | 'EMPTY_AVERAGE'
  | 'PENALTY_OUT_OF_RANGE'
  | 'UNKNOWN_OFFENCE'
  | 'DISTRIBUTION_CAP_EXCEEDED'
  | 'UNKNOWN_EVENT'
  | 'UNKNOWN_CLOCK'
  | 'INVALID_EVENT_TIME'
  | 'OUT_OF_ORDER'
  | 'EVENT_BEFORE_RECEIVED'
  | 'OVERLAPPING_PAUSE'
  | 'RESUME_WITHOUT_PAUSE'
  | 'AGREED_BEYOND_MAX'
  | 'MAX_BEFORE_TARGET'
  | 'MISSING_MAX'
  | 'INVALID_TIME_LIMIT'
  | 'MISSING_ITEM'
  | 'WEEKDAY_MISMATCH'
  | 'END_NOT_AFTER_START'
  | 'NON_WORKING_DAY'
  | 'OUTSIDE_BUSINESS_HOURS'
  | 'MATERIALS_LATE'
  | 'NOTICE_AFTER_START'
  | 'TOO_MANY_ATTENDEES'
  | 'CALENDAR_NOT_COVERED'
  | 'SCHEDULE_LATE'
  | 'SCHEDULE_NOT_DECIDED'
  | 'MEETING_OUTSIDE_MONTH'
  | 'CHANGE_NOTICE_MISSING'
  | 'ATTENDEE_NOT_NOTIFIED'
  | 'CHANGE_NOTICE_MISMATCH'
  | 'CHANGE_NOTICE_LATE'
  | 'REPORTED_TO_WRONG_PERSON'
  | 'REPORTED_TOO_LATE'
  | 'UNREADABLE_TEXT'
  // conduct (SVC-01…SVC-04)
  | 'FORBIDDEN_PHRASE'
  | 'DISCOURAGED_WORD'
  | 'CALL_NOT_ANSWERED'
  | 'ANSWERED_LATE'
  | 'GREETING_MISSING'
  | 'GREETING_ORGANISATION_MISSING'
  | 'ACTOR_MISSING'
  | 'NO_OWNER'
  | 'HANDOVER_WITHOUT_OWNER'
  | 'HANDOVER_LATE'
  | 'NOT_FOLLOWED_UP'
  | 'RESULT_NOT_RECORDED'
  | 'ANSWER_NOT_SATISFACTORY'
  | 'UNCIVIL_LANGUAGE'
  | 'MANUAL_UPDATE_OVERDUE'
  | 'MANUAL_UPDATE_LATE'
  | 'MONTH_END_CHECK_MISSING'
  | 'UNKNOWN_RULE_CHANGE'
  | 'EMPTY_TEXT'
  // meeting: parseMeetingNotice
  | 'NOT_IN_TEXT'
  // holiday notice
  | 'NOTICE_NO_YEAR'
  | 'NOTICE_YEAR_MISMATCH'
  | 'NOTICE_WEEKDAY_MISMATCH'
  | 'NOTICE_LUNAR_MISMATCH'
  | 'NOTICE_COUNT_MISMATCH'
  | 'NOTICE_MAKEUP_NOT_WEEKEND'
  | 'NOTICE_STATUTORY_DAY_WORKING'
  | 'NOTICE_DATE_OUT_OF_YEAR'
  | 'NOTICE_OVERLAPPING_RANGES'
  | 'NOTICE_UNREADABLE_LINE'
  | 'NOTICE_ARRANGEMENT_REPLACED'
  // complaint
  | 'MISSING_RECORD_FIELD'
  | 'MISSING_OFFSET'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_PARENT_CATEGORY'
  | 'CATEGORY_CYCLE'
  | 'PROVISIONAL_CATEGORY'
  | 'MISSING_VISIT_OUTCOME'
  | 'VISIT_BEFORE_COMPLAINT'
  | 'VISIT_BEFORE_RESOLVED'
  | 'DUPLICATE_RECORD_ID'
  // complaint (counting, closure, metrics, archive)
  | 'NOT_VERIFIED'
  | 'CATEGORY_CONFLICT'
  // --- sla (issue 17) ---
  | 'PROVISIONAL_DEADLINE'
  | 'UNMATCHED_ATTRIBUTE'
  | 'RECLASSIFIED_WITHOUT_ATTRIBUTES'
  | 'DUPLICATE_RECEIVED'
  | 'STARTED_AT_AFTER_EVENT';

/**
 * One problem in user data: where, what, which rule, how bad, in both languages.
 *
 * @example
 * const i = makeIssue('DUPLICATE_MONTH', ['monthly', 1], { month: '2026-03' }, 'APR-04');
 * [i.code, i.rule, i.path, i.severity, i.message.en] //=> ['DUPLICATE_MONTH', 'APR-04', ['monthly', 1], 'error', 'Month 2026-03 appears twice']
 */
export interface ValidationIssue {
  readonly code: IssueCode;
  readonly rule: RuleId | undefined;
  /** Path to the offending value, e.g. `['monthly', 3, 'score']`. */
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  readonly details: MessageDetails;
}

// describeValue never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
const s = (v: unknown): string => describeValue(v);

type IssueMessages = Record<IssueCode, (d: MessageDetails) => string>;

export const issueMessagesZh: IssueMessages = {
  INVALID_INPUT: (d) => (d.reasonZh ?? d.reason ? s(d.reasonZh ?? d.reason) : '输入不符合要求'),
  WEIGHTS_DO_NOT_SUM: (d) => `各部分分值之和为 ${s(d.sum)}，应等于 ${s(d.expected)}`,
  ITEMS_DO_NOT_SUM: (d) => `“${s(d.dimension)}”各子项满分之和为 ${s(d.sum)}，应等于该项分值 ${s(d.expected)}`,
  DUPLICATE_KEY: (d) => `重复的键 ${s(d.key)}`,
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
  UNKNOWN_EVENT: (d) => `未知的事件类型 ${s(d.type)}（可用：${s(d.known)}）`,
  UNKNOWN_CLOCK: (d) => `策略中没有时钟 ${s(d.clock)}（可用：${s(d.known)}）`,
  INVALID_EVENT_TIME: (d) => `事件时间 ${s(d.value)} 无效或没有时区偏移，该事件被忽略`,
  OUT_OF_ORDER: (d) => `事件顺序颠倒：${s(d.type)}（${s(d.at)}）早于前一事件（${s(d.previous)}），已按时间排序处理`,
  EVENT_BEFORE_RECEIVED: (d) => `事件 ${s(d.type)}（${s(d.at)}）早于受理时间 ${s(d.received)}`,
  OVERLAPPING_PAUSE: (d) => `时钟 ${s(d.clock)} 在 ${s(d.at)} 已处于暂停状态，重复暂停被忽略`,
  RESUME_WITHOUT_PAUSE: (d) => `时钟 ${s(d.clock)} 在 ${s(d.at)} 未暂停，恢复事件被忽略`,
  AGREED_BEYOND_MAX: (d) => `约定的完成时间 ${s(d.agreed)} 超过时钟 ${s(d.clock)} 的最长时限 ${s(d.max)}，策略不允许，约定未采用（TL-06）`,
  MAX_BEFORE_TARGET: (d) => `时钟 ${s(d.clock)} 的最长时限 ${s(d.max)} 短于目标时限 ${s(d.target)}`,
  MISSING_MAX: (d) => `时钟 ${s(d.clock)} 的升级层级按最长时限计算，但没有设置最长时限`,
  INVALID_TIME_LIMIT: (d) => `时限 ${s(d.value)} 无法识别：${s(d.reasonZh)}`,
  MISSING_ITEM: (d) => `缺少${s(d.itemZh)}${d.ordinal ? `（第${s(d.ordinal)}项）` : ''}`,
  WEEKDAY_MISMATCH: (d) => `写的是“${s(d.stated)}”，但 ${s(d.date)} 是${s(d.actualZh)}`,
  END_NOT_AFTER_START: (d) => `结束时间 ${s(d.end)} 不晚于开始时间 ${s(d.start)}`,
  NON_WORKING_DAY: (d) => `${s(d.date)} 不是工作日（${s(d.reasonZh)}）`,
  OUTSIDE_BUSINESS_HOURS: (d) => `会议时间 ${s(d.start)}–${s(d.end)} 不在营业时间内`,
  MATERIALS_LATE: (d) => `会议材料${d.sentAt ? `于 ${s(d.sentAt)} 分发` : '尚未分发'}，应在 ${s(d.latest)} 前分发（“${s(d.lead)}”）`,
  NOTICE_AFTER_START: (d) => `通知于 ${s(d.issuedAt)} 发出，晚于会议开始 ${s(d.start)}`,
  TOO_MANY_ATTENDEES: (d) => `参会 ${s(d.count)} 人，超过上限 ${s(d.max)} 人（少开会、开短会、控制人数）`,
  CALENDAR_NOT_COVERED: (d) => `无法判断 ${s(d.date)} 是否工作日：日历数据未覆盖该年`,
  SCHEDULE_LATE: (d) => `${s(d.month)} 的会议预定表于 ${s(d.decidedAt)} 决定，应在 ${s(d.deadline)} 前（每月20日前）`,
  SCHEDULE_NOT_DECIDED: (d) => `${s(d.month)} 的会议预定表没有决定日期；应在 ${s(d.deadline)} 前决定`,
  MEETING_OUTSIDE_MONTH: (d) => `会议日期 ${s(d.date)} 不在 ${s(d.month)} 内`,
  CHANGE_NOTICE_MISSING: (d) => `会议${s(d.whatZh)}已变更，但没有变更通知`,
  ATTENDEE_NOT_NOTIFIED: (d) => `变更通知没有送达 ${s(d.person)}`,
  CHANGE_NOTICE_MISMATCH: (d) => `变更通知所列变更（${s(d.stated)}）与实际变更（${s(d.actual)}）不符`,
  CHANGE_NOTICE_LATE: (d) => `变更通知于 ${s(d.issuedAt)} 发出，晚于会议开始 ${s(d.start)}`,
  REPORTED_TO_WRONG_PERSON: (d) => `缺席或迟到应报告会议主持人或召集人（${s(d.expected)}），而不是 ${s(d.reportedTo)}`,
  REPORTED_TOO_LATE: (d) => `缺席或迟到于 ${s(d.reportedAt)} 报告，应在会议开始 ${s(d.start)} 前`,
  UNREADABLE_TEXT: (d) => `无法识别：${s(d.text)}${d.reasonZh ? `（${s(d.reasonZh)}）` : ''}`,
  // conduct (SVC-01…SVC-04)
  FORBIDDEN_PHRASE: (d) => `服务禁用语“${s(d.value)}”（${s(d.listName)}：“${s(d.phrase)}”）`,
  DISCOURAGED_WORD: (d) => `应避免的用语“${s(d.value)}”（${s(d.listName)}：“${s(d.phrase)}”）`,
  CALL_NOT_ANSWERED: () => '来电无人接听',
  ANSWERED_LATE: (d) => `第 ${s(d.rings)} 声铃响才接听，应在铃响 ${s(d.max)} 声内接起`,
  GREETING_MISSING: (d) => `接听时没有先说“${s(d.greeting)}”：${s(d.value)}`,
  GREETING_ORGANISATION_MISSING: (d) => `外线接听应自报“${s(d.organisation)}”：${s(d.value)}`,
  ACTOR_MISSING: (d) => `${s(d.type)} 事件没有记录经办人（actor），无法判断首问责任`,
  NO_OWNER: (d) => `首问责任人 ${s(d.actor)} 既未当场答复，也未在 ${s(d.latest)} 前移交给明确的责任人`,
  HANDOVER_WITHOUT_OWNER: (d) => `${s(d.actor)} 移交时没有写明接手的责任人`,
  HANDOVER_LATE: (d) => `${s(d.actor)} 于 ${s(d.at)} 才移交，应在 ${s(d.latest)} 前移交`,
  NOT_FOLLOWED_UP: (d) => `首问责任人 ${s(d.actor)} 移交给 ${s(d.owner)} 后没有跟踪到底`,
  RESULT_NOT_RECORDED: (d) => `${s(d.actor)} 未将处理结果记录在案`,
  ANSWER_NOT_SATISFACTORY: (d) => `${s(d.at)} 回访时客户不满意`,
  UNCIVIL_LANGUAGE: (d) => `${s(d.actor)} 使用了服务禁用语：${s(d.value)}`,
  MANUAL_UPDATE_OVERDUE: (d) => `规章变更 ${s(d.id)} 后，手册应在 ${s(d.due)} 前更新，至今未更新`,
  MANUAL_UPDATE_LATE: (d) => `规章变更 ${s(d.id)} 的手册更新于 ${s(d.updatedAt)}，晚于 ${s(d.due)}`,
  MONTH_END_CHECK_MISSING: (d) => `${s(d.month)} 月底没有核查手册（应在 ${s(d.due)} 前）`,
  UNKNOWN_RULE_CHANGE: (d) => `手册更新引用了不存在的规章变更 ${s(d.value)}`,
  EMPTY_TEXT: () => '文字为空，没有可检查的内容',
  // meeting: parseMeetingNotice
  NOT_IN_TEXT: (d) => `文本中没有${s(d.itemZh)}`,
  // holiday notice
  NOTICE_NO_YEAR: (d) => `无法确定通知的年份${d.reasonZh ? `（${s(d.reasonZh)}）` : ''}：标题应写明“关于YYYY年部分节假日安排”，或传入 year`,
  NOTICE_YEAR_MISMATCH: (d) => `通知标题写的是 ${s(d.titleYear)} 年，但指定的年份是 ${s(d.year)} 年`,
  NOTICE_WEEKDAY_MISMATCH: (d) => `${s(d.date)} 注为“${s(d.stated)}”，实为${s(d.actualZh)}`,
  NOTICE_LUNAR_MISMATCH: (d) => `${s(d.date)} 注为“${s(d.stated)}”，与农历不符`,
  NOTICE_COUNT_MISMATCH: (d) => `“${s(d.name)}”写“共${s(d.stated)}天”，但 ${s(d.from)} 至 ${s(d.to)} 共 ${s(d.actual)} 天`,
  NOTICE_MAKEUP_NOT_WEEKEND: (d) => `调休上班日 ${s(d.date)} 是${s(d.weekdayZh)}，不是周末（调休上班只安排在周六、周日）`,
  NOTICE_STATUTORY_DAY_WORKING: (d) => `${s(d.date)} 是法定节假日（${s(d.name)}，《全国年节及纪念日放假办法》），通知却没有安排放假`,
  NOTICE_DATE_OUT_OF_YEAR: (d) => `${s(d.date)} 不在 ${s(d.year)} 年通知的范围内（该年及前一年 12 月、后一年 1 月）`,
  NOTICE_OVERLAPPING_RANGES: (d) => `${s(d.date)} 同时出现在“${s(d.first)}”和“${s(d.second)}”的安排中`,
  NOTICE_UNREADABLE_LINE: (d) => `无法读取“${s(d.excerpt)}”（${s(d.reasonZh)}）`,
  NOTICE_ARRANGEMENT_REPLACED: (d) => `“${s(d.name)}”的安排被后文的调整取代`,
  // complaint
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
  // complaint (counting, closure, metrics, archive)
  NOT_VERIFIED: (d) => `${s(d.count)} 条投诉记录尚未经指定专人核实是否予以统计（${Array.isArray(d.ids) ? d.ids.join('、') : s(d.ids)}${Number(d.count) > 20 ? ' 等' : ''}）：列为待核实，不计入投诉件数`,
  CATEGORY_CONFLICT: (d) => `同一事项 ${s(d.key)} 的记录分属不同分类（${s(d.categories)}）：按最终原因应为同一分类，暂按 ${s(d.chosen)} 统计`,
  // --- sla (issue 17) ---
  PROVISIONAL_DEADLINE: (d) => `时钟 ${s(d.clock)} 的期限用到了尚未发布放假安排的日子（${s(d.from)} 至 ${s(d.until)}），按法定节假日推算，结果为推算（provisional，CAL-02）`,
  UNMATCHED_ATTRIBUTE: (d) => `时钟 ${s(d.clock)}：属性 ${s(d.attribute)} 的值 ${s(d.value)} 不在任何时限条件中（已知：${s(d.known)}），按默认时限计算`,
  RECLASSIFIED_WITHOUT_ATTRIBUTES: (d) => `${s(d.at)} 的 reclassified 事件没有给出新的属性，分类未改变`,
  DUPLICATE_RECEIVED: (d) => `案件已于 ${s(d.first)} 受理，${s(d.at)} 的第二个 received 事件不再开始计时`,
  STARTED_AT_AFTER_EVENT: (d) => `${s(d.type)} 事件（${s(d.at)}）的追溯开始时间 ${s(d.startedAt)} 晚于事件本身，已忽略`,
};

export const issueMessagesEn: IssueMessages = {
  INVALID_INPUT: (d) => (d.reasonEn ?? d.reason ? s(d.reasonEn ?? d.reason) : 'Invalid input'),
  WEIGHTS_DO_NOT_SUM: (d) => `The shares add up to ${s(d.sum)}; they must add up to ${s(d.expected)}`,
  ITEMS_DO_NOT_SUM: (d) => `The sub-item maxima of "${s(d.dimension)}" add up to ${s(d.sum)}; they must equal its share ${s(d.expected)}`,
  DUPLICATE_KEY: (d) => `Duplicate key ${s(d.key)}`,
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
  UNKNOWN_EVENT: (d) => `Unknown event type ${s(d.type)} (known: ${s(d.known)})`,
  UNKNOWN_CLOCK: (d) => `The policy has no clock ${s(d.clock)} (known: ${s(d.known)})`,
  INVALID_EVENT_TIME: (d) => `Event time ${s(d.value)} is invalid or has no UTC offset; the event is ignored`,
  OUT_OF_ORDER: (d) => `Events out of order: ${s(d.type)} (${s(d.at)}) is before the previous event (${s(d.previous)}); evaluated in time order`,
  EVENT_BEFORE_RECEIVED: (d) => `Event ${s(d.type)} (${s(d.at)}) is before the case was received (${s(d.received)})`,
  OVERLAPPING_PAUSE: (d) => `Clock ${s(d.clock)} is already paused at ${s(d.at)}; the second pause is ignored`,
  RESUME_WITHOUT_PAUSE: (d) => `Clock ${s(d.clock)} is not paused at ${s(d.at)}; the resume is ignored`,
  AGREED_BEYOND_MAX: (d) => `The agreed completion time ${s(d.agreed)} is past the maximum ${s(d.max)} of clock ${s(d.clock)}, which the policy does not allow; the agreement is not applied (TL-06)`,
  MAX_BEFORE_TARGET: (d) => `Clock ${s(d.clock)}: the maximum ${s(d.max)} is shorter than the target ${s(d.target)}`,
  MISSING_MAX: (d) => `Clock ${s(d.clock)} escalates relative to its maximum but has none`,
  INVALID_TIME_LIMIT: (d) => `Time limit ${s(d.value)} cannot be read: ${s(d.reasonEn)}`,
  MISSING_ITEM: (d) => `Missing ${s(d.itemEn)}${d.ordinal ? ` (item ${s(d.ordinal)})` : ''}`,
  WEEKDAY_MISMATCH: (d) => `The notice says "${s(d.stated)}" but ${s(d.date)} is a ${s(d.actualEn)}`,
  END_NOT_AFTER_START: (d) => `The end ${s(d.end)} is not after the start ${s(d.start)}`,
  NON_WORKING_DAY: (d) => `${s(d.date)} is not a working day (${s(d.reasonEn)})`,
  OUTSIDE_BUSINESS_HOURS: (d) => `The meeting ${s(d.start)}–${s(d.end)} is outside business hours`,
  MATERIALS_LATE: (d) => `Meeting materials ${d.sentAt ? `were sent ${s(d.sentAt)}` : 'have not been sent'}; they should go out by ${s(d.latest)} ("${s(d.leadEn)}")`,
  NOTICE_AFTER_START: (d) => `The notice was issued ${s(d.issuedAt)}, after the meeting started (${s(d.start)})`,
  TOO_MANY_ATTENDEES: (d) => `${s(d.count)} attendees, more than the ${s(d.max)} allowed (fewer, shorter meetings with fewer people)`,
  CALENDAR_NOT_COVERED: (d) => `Cannot tell whether ${s(d.date)} is a working day: the calendar data does not cover that year`,
  SCHEDULE_LATE: (d) => `The meeting schedule for ${s(d.month)} was decided ${s(d.decidedAt)}; it is due by ${s(d.deadline)} (before the 20th)`,
  SCHEDULE_NOT_DECIDED: (d) => `The meeting schedule for ${s(d.month)} has no decision date; it is due by ${s(d.deadline)}`,
  MEETING_OUTSIDE_MONTH: (d) => `The meeting date ${s(d.date)} is not in ${s(d.month)}`,
  CHANGE_NOTICE_MISSING: (d) => `The meeting's ${s(d.whatEn)} changed but no change notice was issued`,
  ATTENDEE_NOT_NOTIFIED: (d) => `The change notice did not reach ${s(d.person)}`,
  CHANGE_NOTICE_MISMATCH: (d) => `The change notice lists ${s(d.stated)} but the actual changes are ${s(d.actual)}`,
  CHANGE_NOTICE_LATE: (d) => `The change notice was issued ${s(d.issuedAt)}, after the meeting started (${s(d.start)})`,
  REPORTED_TO_WRONG_PERSON: (d) => `Absence or lateness goes to the chair or convener (${s(d.expected)}), not to ${s(d.reportedTo)}`,
  REPORTED_TOO_LATE: (d) => `Absence or lateness was reported ${s(d.reportedAt)}; it must be before the start (${s(d.start)})`,
  UNREADABLE_TEXT: (d) => `Could not read: ${s(d.text)}${d.reasonEn ? ` (${s(d.reasonEn)})` : ''}`,
  // conduct (SVC-01…SVC-04)
  FORBIDDEN_PHRASE: (d) => `Forbidden service phrase "${s(d.value)}" (${s(d.listNameEn)}: "${s(d.phrase)}")`,
  DISCOURAGED_WORD: (d) => `Word to avoid "${s(d.value)}" (${s(d.listNameEn)}: "${s(d.phrase)}")`,
  CALL_NOT_ANSWERED: () => 'Nobody answered the call',
  ANSWERED_LATE: (d) => `Answered at ring ${s(d.rings)}; calls must be picked up within ${s(d.max)} rings`,
  GREETING_MISSING: (d) => `The answer does not open with "${s(d.greeting)}": ${s(d.value)}`,
  GREETING_ORGANISATION_MISSING: (d) => `An outside call must be answered with "${s(d.organisation)}": ${s(d.value)}`,
  ACTOR_MISSING: (d) => `The ${s(d.type)} event records no actor, so first-inquiry responsibility cannot be checked`,
  NO_OWNER: (d) => `The first receiver ${s(d.actor)} neither answered on the spot nor handed the case to a named owner by ${s(d.latest)}`,
  HANDOVER_WITHOUT_OWNER: (d) => `${s(d.actor)} handed the case over without naming the owner`,
  HANDOVER_LATE: (d) => `${s(d.actor)} handed the case over at ${s(d.at)}; it was due by ${s(d.latest)}`,
  NOT_FOLLOWED_UP: (d) => `The first receiver ${s(d.actor)} did not follow the case up after handing it to ${s(d.owner)}`,
  RESULT_NOT_RECORDED: (d) => `${s(d.actor)} did not record the result`,
  ANSWER_NOT_SATISFACTORY: (d) => `The customer was not satisfied at the return visit of ${s(d.at)}`,
  UNCIVIL_LANGUAGE: (d) => `${s(d.actor)} used forbidden service language: ${s(d.value)}`,
  MANUAL_UPDATE_OVERDUE: (d) => `Rule change ${s(d.id)}: the manual was due to be updated by ${s(d.due)} and still is not`,
  MANUAL_UPDATE_LATE: (d) => `Rule change ${s(d.id)}: the manual was updated ${s(d.updatedAt)}, after ${s(d.due)}`,
  MONTH_END_CHECK_MISSING: (d) => `No month-end check of the manual for ${s(d.month)} (due by ${s(d.due)})`,
  UNKNOWN_RULE_CHANGE: (d) => `A manual update names an unknown rule change ${s(d.value)}`,
  EMPTY_TEXT: () => 'The text is empty: nothing to check',
  // meeting: parseMeetingNotice
  NOT_IN_TEXT: (d) => `The text does not state ${s(d.itemEn)}`,
  // holiday notice
  NOTICE_NO_YEAR: (d) => `Cannot tell the notice's year${d.reasonEn ? ` (${s(d.reasonEn)})` : ''}: the title should name it ("关于YYYY年部分节假日安排"), or pass year`,
  NOTICE_YEAR_MISMATCH: (d) => `The notice's title names ${s(d.titleYear)} but the year given is ${s(d.year)}`,
  NOTICE_WEEKDAY_MISMATCH: (d) => `${s(d.date)} is annotated "${s(d.stated)}" but is a ${s(d.actualEn)}`,
  NOTICE_LUNAR_MISMATCH: (d) => `${s(d.date)} is annotated "${s(d.stated)}", which is not its lunar date`,
  NOTICE_COUNT_MISMATCH: (d) => `${s(d.nameEn || d.name)}: the notice says ${s(d.stated)} days but ${s(d.from)} to ${s(d.to)} is ${s(d.actual)} days`,
  NOTICE_MAKEUP_NOT_WEEKEND: (d) => `The make-up working day ${s(d.date)} is a ${s(d.weekdayEn)}, not a weekend day`,
  NOTICE_STATUTORY_DAY_WORKING: (d) => `${s(d.date)} is a statutory holiday (${s(d.nameEn || d.name)}, national holidays regulation) but the notice gives no day off`,
  NOTICE_DATE_OUT_OF_YEAR: (d) => `${s(d.date)} is outside the ${s(d.year)} notice (that year, the December before and the January after)`,
  NOTICE_OVERLAPPING_RANGES: (d) => `${s(d.date)} is in both the ${s(d.firstEn || d.first)} and the ${s(d.secondEn || d.second)} arrangements`,
  NOTICE_UNREADABLE_LINE: (d) => `Cannot read "${s(d.excerpt)}" (${s(d.reasonEn)})`,
  NOTICE_ARRANGEMENT_REPLACED: (d) => `The arrangement of ${s(d.nameEn || d.name)} is replaced by a later adjustment`,
  // complaint
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
  // complaint (counting, closure, metrics, archive)
  NOT_VERIFIED: (d) => `${s(d.count)} complaint record(s) not yet verified by the designated person (${Array.isArray(d.ids) ? d.ids.join(', ') : s(d.ids)}${Number(d.count) > 20 ? ' …' : ''}): listed as pending, not counted`,
  CATEGORY_CONFLICT: (d) => `Records of one matter ${s(d.key)} have different categories (${s(d.categories)}); by the root cause they should share one; counted under ${s(d.chosen)}`,
  // --- sla (issue 17) ---
  PROVISIONAL_DEADLINE: (d) => `Clock ${s(d.clock)} depends on days whose arrangement is not published yet (${s(d.from)} to ${s(d.until)}): estimated from the statutory holidays, the answer is provisional (CAL-02)`,
  UNMATCHED_ATTRIBUTE: (d) => `Clock ${s(d.clock)}: attribute ${s(d.attribute)} = ${s(d.value)} matches no limit (known: ${s(d.known)}); the default limits apply`,
  RECLASSIFIED_WITHOUT_ATTRIBUTES: (d) => `The reclassified event at ${s(d.at)} gives no new attributes; the classification is unchanged`,
  DUPLICATE_RECEIVED: (d) => `The case was already received at ${s(d.first)}; the second received event at ${s(d.at)} does not start the clocks again`,
  STARTED_AT_AFTER_EVENT: (d) => `The retroactive start ${s(d.startedAt)} of the ${s(d.type)} event (${s(d.at)}) is after the event itself; ignored`,
};

/**
 * Builds a {@link ValidationIssue} with its messages from the per-locale maps.
 *
 * @param code - the issue code
 * @param path - where in the input
 * @param details - facts for the message (`value` is also exposed as `issue.value`)
 * @param rule - the rule id it enforces
 * @param severity - `'error'` (the default: the check fails) or `'warning'` (reported, `success` stays true)
 * @returns a frozen issue
 * @throws {GuifanError} `INVALID_OPTIONS` for an unknown code, a path that is not an array of strings/numbers, non-object details, a bad severity
 * @example
 * makeIssue('BONUS_OUT_OF_RANGE', ['bonus', 'points'], { value: 12 }, 'APR-05').message['zh-CN'] //=> '嘉奖加分 12 应为 1–10 分'
 */
export function makeIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  details: MessageDetails = {},
  rule?: RuleId,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  checkIssueArgs(code, path, details, rule, severity);
  const issue: ValidationIssue = {
    code,
    rule,
    path: Object.freeze([...path]),
    ...('value' in details ? { value: details.value } : {}),
    severity,
    message: Object.freeze({ 'zh-CN': issueMessagesZh[code](details), en: issueMessagesEn[code](details) }),
    details: Object.freeze({ ...details }),
  };
  return Object.freeze(issue);
}

/**
 * An issue's message in one locale.
 *
 * @param issue - a {@link ValidationIssue}
 * @param locale - `'zh-CN'` (the default) or `'en'`
 * @returns the message
 * @throws {GuifanError} `INVALID_OPTIONS` when `issue` is not an issue or `locale` is unknown
 * @example
 * issueMessage(makeIssue('DUPLICATE_MONTH', ['monthly'], { month: '2026-03' }), 'en') //=> 'Month 2026-03 appears twice'
 */
export function issueMessage(issue: ValidationIssue, locale: Locale = 'zh-CN'): string {
  const text = isIssueLike(issue) && (locale === 'zh-CN' || locale === 'en') ? (issue.message as Partial<Record<string, unknown>>)[locale] : undefined;
  if (typeof text !== 'string') {
    throw badArg(isIssueLike(issue) ? 'locale' : 'issue', isIssueLike(issue) ? locale : issue, "应为 makeIssue 生成的问题和 'zh-CN' 或 'en'", "expected an issue from makeIssue and 'zh-CN' or 'en'");
  }
  return text;
}

/** Whether `v` has the shape of a {@link ValidationIssue} (as made by makeIssue). */
export function isIssueLike(v: unknown): v is ValidationIssue {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Partial<Record<keyof ValidationIssue, unknown>>;
  return (
    typeof i.code === 'string' &&
    Array.isArray(i.path) &&
    i.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof i.message === 'object' &&
    i.message !== null &&
    typeof (i.message as Partial<LocalizedText>)['zh-CN'] === 'string' &&
    typeof (i.message as Partial<LocalizedText>).en === 'string' &&
    (i.severity === 'error' || i.severity === 'warning')
  );
}

function badArg(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });
}

/** makeIssue is public: a host may call it with anything, and must get a GuifanError back, not a TypeError. */
function checkIssueArgs(code: unknown, path: unknown, details: unknown, rule: unknown, severity: unknown): void {
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(issueMessagesZh, code)) throw badArg('code', code, '未知的问题代码', 'unknown issue code');
  if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) throw badArg('path', path, '应为由字符串和数字组成的数组', 'expected an array of strings and numbers');
  if (typeof details !== 'object' || details === null) throw badArg('details', details, '应为对象', 'expected an object');
  if (rule !== undefined && typeof rule !== 'string') throw badArg('rule', rule, "应为规则编号，如 'APR-05'", "expected a rule id such as 'APR-05'");
  if (severity !== 'error' && severity !== 'warning') throw badArg('severity', severity, "应为 'error' 或 'warning'", "expected 'error' or 'warning'");
}
