// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of meeting (MTG-…), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const MEETING_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    MISSING_ITEM: (d) => `缺少${s(d.itemZh)}${d.ordinal ? `（第${s(d.ordinal)}项）` : ''}`,
    WEEKDAY_MISMATCH: (d) => `写的是“${s(d.stated)}”，但 ${s(d.date)} 是${s(d.actualZh)}`,
    END_NOT_AFTER_START: (d) => `结束时间 ${s(d.end)} 不晚于开始时间 ${s(d.start)}`,
    NON_WORKING_DAY: (d) => `${s(d.date)} 不是工作日（${s(d.reasonZh)}）`,
    OUTSIDE_BUSINESS_HOURS: (d) => `会议时间 ${s(d.start)}–${s(d.end)} 不在营业时间内`,
    MATERIALS_LATE: (d) => `会议材料${d.sentAt ? `于 ${s(d.sentAt)} 分发` : '尚未分发'}，应在 ${s(d.latest)} 前分发（“${s(d.lead)}”）`,
    NOTICE_AFTER_START: (d) => `通知于 ${s(d.issuedAt)} 发出，晚于会议开始 ${s(d.start)}`,
    TOO_MANY_ATTENDEES: (d) => `参会 ${s(d.count)} 人，超过上限 ${s(d.max)} 人（少开会、开短会、控制人数）`,
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
    NOT_IN_TEXT: (d) => `文本中没有${s(d.itemZh)}`,
  },
  en: {
    MISSING_ITEM: (d) => `Missing ${s(d.itemEn)}${d.ordinal ? ` (item ${s(d.ordinal)})` : ''}`,
    WEEKDAY_MISMATCH: (d) => `The notice says "${s(d.stated)}" but ${s(d.date)} is a ${s(d.actualEn)}`,
    END_NOT_AFTER_START: (d) => `The end ${s(d.end)} is not after the start ${s(d.start)}`,
    NON_WORKING_DAY: (d) => `${s(d.date)} is not a working day (${s(d.reasonEn)})`,
    OUTSIDE_BUSINESS_HOURS: (d) => `The meeting ${s(d.start)}–${s(d.end)} is outside business hours`,
    MATERIALS_LATE: (d) => `Meeting materials ${d.sentAt ? `were sent ${s(d.sentAt)}` : 'have not been sent'}; they should go out by ${s(d.latest)} ("${s(d.leadEn)}")`,
    NOTICE_AFTER_START: (d) => `The notice was issued ${s(d.issuedAt)}, after the meeting started (${s(d.start)})`,
    TOO_MANY_ATTENDEES: (d) => `${s(d.count)} attendees, more than the ${s(d.max)} allowed (fewer, shorter meetings with fewer people)`,
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
    NOT_IN_TEXT: (d) => `The text does not state ${s(d.itemEn)}`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type MeetingIssueCode = keyof typeof MEETING_ISSUES.zh;
