// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of conduct (SVC-01…SVC-04), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const CONDUCT_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    FORBIDDEN_PHRASE: (d) => `服务禁用语“${s(d.value)}”（${s(d.listName)}：“${s(d.phrase)}”）`,
    DISCOURAGED_WORD: (d) => `应避免的用语“${s(d.value)}”（${s(d.listName)}：“${s(d.phrase)}”）`,
    CALL_NOT_ANSWERED: () => '来电无人接听',
    ANSWERED_LATE: (d) => `第 ${s(d.rings)} 声铃响才接听，应在铃响 ${s(d.max)} 声内接起`,
    GREETING_MISSING: (d) => `接听时没有先说“${s(d.greeting)}”：${s(d.value)}`,
    GREETING_NOT_FIRST: (d) => `“${s(d.greeting)}”应最先说，却说在“${s(d.before)}”之后：${s(d.value)}`,
    GREETING_ORGANISATION_MISSING: (d) => `外线接听应自报“${s(d.organisation)}”：${s(d.value)}`,
    ACTOR_MISSING: (d) => `${s(d.type)} 事件没有记录经办人（actor），无法判断首问责任`,
    NO_OWNER: (d) => `首问责任人 ${s(d.actor)} 在 ${s(d.latest)} 前既未答复，也未移交给明确的责任人`,
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
  },
  en: {
    FORBIDDEN_PHRASE: (d) => `Forbidden service phrase "${s(d.value)}" (${s(d.listNameEn)}: "${s(d.phrase)}")`,
    DISCOURAGED_WORD: (d) => `Word to avoid "${s(d.value)}" (${s(d.listNameEn)}: "${s(d.phrase)}")`,
    CALL_NOT_ANSWERED: () => 'Nobody answered the call',
    ANSWERED_LATE: (d) => `Answered at ring ${s(d.rings)}; calls must be picked up within ${s(d.max)} rings`,
    GREETING_MISSING: (d) => `The answer does not open with "${s(d.greeting)}": ${s(d.value)}`,
    GREETING_NOT_FIRST: (d) => `The greeting "${s(d.greeting)}" must come first; it was said after "${s(d.before)}": ${s(d.value)}`,
    GREETING_ORGANISATION_MISSING: (d) => `An outside call must be answered with "${s(d.organisation)}": ${s(d.value)}`,
    ACTOR_MISSING: (d) => `The ${s(d.type)} event records no actor, so first-inquiry responsibility cannot be checked`,
    NO_OWNER: (d) => `The first receiver ${s(d.actor)} neither answered nor handed the case to a named owner by ${s(d.latest)}`,
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
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type ConductIssueCode = keyof typeof CONDUCT_ISSUES.zh;
