// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of SLA clocks and events (ESC-…, TL-06), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const SLA_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    UNKNOWN_CLOCK: (d) => `策略中没有时钟 ${s(d.clock)}（可用：${s(d.known)}）`,
    OVERLAPPING_PAUSE: (d) => `时钟 ${s(d.clock)} 在 ${s(d.at)} 已处于暂停状态，重复暂停被忽略`,
    RESUME_WITHOUT_PAUSE: (d) => `时钟 ${s(d.clock)} 在 ${s(d.at)} 未暂停，恢复事件被忽略`,
    AGREED_BEYOND_MAX: (d) => `约定的完成时间 ${s(d.agreed)} 超过时钟 ${s(d.clock)} 的最长时限 ${s(d.max)}，策略不允许，约定未采用（TL-06）`,
    MAX_BEFORE_TARGET: (d) => `时钟 ${s(d.clock)} 的最长时限 ${s(d.max)} 短于目标时限 ${s(d.target)}`,
    MISSING_MAX: (d) => `时钟 ${s(d.clock)} 的升级层级按最长时限计算，但没有设置最长时限`,
    PROVISIONAL_DEADLINE: (d) => `时钟 ${s(d.clock)} 的期限用到了尚未发布放假安排的日子（${s(d.from)} 至 ${s(d.until)}），按法定节假日推算，结果为推算（provisional，CAL-02）`,
    UNMATCHED_ATTRIBUTE: (d) => `时钟 ${s(d.clock)}：属性 ${s(d.attribute)} 的值 ${s(d.value)} 不在任何时限条件中（已知：${s(d.known)}），按默认时限计算`,
    RECLASSIFIED_WITHOUT_ATTRIBUTES: (d) => `${s(d.at)} 的 reclassified 事件没有给出新的属性，分类未改变`,
    DUPLICATE_RECEIVED: (d) => `案件已于 ${s(d.first)} 受理，${s(d.at)} 的第二个 received 事件不再开始计时`,
    STARTED_AT_AFTER_EVENT: (d) => `${s(d.type)} 事件（${s(d.at)}）的追溯开始时间 ${s(d.startedAt)} 晚于事件本身，已忽略`,
  },
  en: {
    UNKNOWN_CLOCK: (d) => `The policy has no clock ${s(d.clock)} (known: ${s(d.known)})`,
    OVERLAPPING_PAUSE: (d) => `Clock ${s(d.clock)} is already paused at ${s(d.at)}; the second pause is ignored`,
    RESUME_WITHOUT_PAUSE: (d) => `Clock ${s(d.clock)} is not paused at ${s(d.at)}; the resume is ignored`,
    AGREED_BEYOND_MAX: (d) => `The agreed completion time ${s(d.agreed)} is past the maximum ${s(d.max)} of clock ${s(d.clock)}, which the policy does not allow; the agreement is not applied (TL-06)`,
    MAX_BEFORE_TARGET: (d) => `Clock ${s(d.clock)}: the maximum ${s(d.max)} is shorter than the target ${s(d.target)}`,
    MISSING_MAX: (d) => `Clock ${s(d.clock)} escalates relative to its maximum but has none`,
    PROVISIONAL_DEADLINE: (d) => `Clock ${s(d.clock)} depends on days whose arrangement is not published yet (${s(d.from)} to ${s(d.until)}): estimated from the statutory holidays, the answer is provisional (CAL-02)`,
    UNMATCHED_ATTRIBUTE: (d) => `Clock ${s(d.clock)}: attribute ${s(d.attribute)} = ${s(d.value)} matches no limit (known: ${s(d.known)}); the default limits apply`,
    RECLASSIFIED_WITHOUT_ATTRIBUTES: (d) => `The reclassified event at ${s(d.at)} gives no new attributes; the classification is unchanged`,
    DUPLICATE_RECEIVED: (d) => `The case was already received at ${s(d.first)}; the second received event at ${s(d.at)} does not start the clocks again`,
    STARTED_AT_AFTER_EVENT: (d) => `The retroactive start ${s(d.startedAt)} of the ${s(d.type)} event (${s(d.at)}) is after the event itself; ignored`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type SlaIssueCode = keyof typeof SLA_ISSUES.zh;
