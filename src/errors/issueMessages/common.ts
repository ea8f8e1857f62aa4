// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

// Issue messages of codes shared by several modules, in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const COMMON_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    INVALID_INPUT: (d) => (d.reasonZh ?? d.reason ? s(d.reasonZh ?? d.reason) : '输入不符合要求'),
    DUPLICATE_KEY: (d) => `重复的键 ${s(d.key)}`,
    CALENDAR_NOT_COVERED: (d) => `无法判断 ${s(d.date)} 是否工作日：日历数据未覆盖该年`,
    INVALID_TIME_LIMIT: (d) => `时限 ${s(d.value)} 无法识别：${s(d.reasonZh)}`,
    UNKNOWN_EVENT: (d) => `未知的事件类型 ${s(d.type)}（可用：${s(d.known)}）`,
    INVALID_EVENT_TIME: (d) => `事件时间 ${s(d.value)} 无效或没有时区偏移，该事件被忽略`,
    OUT_OF_ORDER: (d) => `事件顺序颠倒：${s(d.type)}（${s(d.at)}）早于前一事件（${s(d.previous)}），已按时间排序处理`,
    EVENT_BEFORE_RECEIVED: (d) => `事件 ${s(d.type)}（${s(d.at)}）早于受理时间 ${s(d.received)}`,
  },
  en: {
    INVALID_INPUT: (d) => (d.reasonEn ?? d.reason ? s(d.reasonEn ?? d.reason) : 'Invalid input'),
    DUPLICATE_KEY: (d) => `Duplicate key ${s(d.key)}`,
    CALENDAR_NOT_COVERED: (d) => `Cannot tell whether ${s(d.date)} is a working day: the calendar data does not cover that year`,
    INVALID_TIME_LIMIT: (d) => `Time limit ${s(d.value)} cannot be read: ${s(d.reasonEn)}`,
    UNKNOWN_EVENT: (d) => `Unknown event type ${s(d.type)} (known: ${s(d.known)})`,
    INVALID_EVENT_TIME: (d) => `Event time ${s(d.value)} is invalid or has no UTC offset; the event is ignored`,
    OUT_OF_ORDER: (d) => `Events out of order: ${s(d.type)} (${s(d.at)}) is before the previous event (${s(d.previous)}); evaluated in time order`,
    EVENT_BEFORE_RECEIVED: (d) => `Event ${s(d.type)} (${s(d.at)}) is before the case was received (${s(d.received)})`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type CommonIssueCode = keyof typeof COMMON_ISSUES.zh;
