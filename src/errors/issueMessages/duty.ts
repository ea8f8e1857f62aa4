// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';
import type { MessageDetails } from '../messages';

// Issue messages of duty rosters, overtime and leave (DUT-01…DUT-10), in both locales. A module's
// bundle carries only the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

/** A person as messages name them: 王敏（wang）, or the id alone. */
const whoZh = (d: MessageDetails): string => (d.name !== undefined ? `${s(d.name)}（${s(d.person)}）` : s(d.person));
const whoEn = (d: MessageDetails): string => (d.name !== undefined ? `${s(d.name)} (${s(d.person)})` : s(d.person));

export const DUTY_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    SERVICE_UNCOVERED: (d) => `${s(d.window)} 在 ${s(d.from)} 至 ${s(d.to)}（${s(d.hours)} 小时）无人值守，需 ${s(d.required)} 人`,
    SERVICE_UNDERSTAFFED: (d) => `${s(d.window)} 在 ${s(d.from)} 至 ${s(d.to)}（${s(d.hours)} 小时）只有 ${s(d.staffed)} 人，需 ${s(d.required)} 人`,
    DUTY_OFFICER_MISSING: (d) => `${s(d.from)} 至 ${s(d.to)}（${s(d.hours)} 小时）为非办公时间，没有安排总值班（CAL-06）`,
    OFF_HOURS_UNKNOWN: () => '日历没有办公时间（businessHours），无法判断非办公时间，未检查总值班（CAL-06）',
    NO_WEEKLY_REST: (d) => `${whoZh(d)} 在 ${s(d.from)} 至 ${s(d.to)} 这一周每天都有班，没有休息日`,
    DAILY_OVERTIME_EXCEEDED: (d) => `${whoZh(d)} 在 ${s(d.date)} 工作 ${s(d.hours)} 小时，超出正常工作时间 ${s(d.overtime)} 小时，多于每日 ${s(d.limit)} 小时的上限`,
    MONTHLY_OVERTIME_EXCEEDED: (d) => `${whoZh(d)} 在 ${s(d.month)} 加班 ${s(d.overtime)} 小时，多于每月 ${s(d.limit)} 小时的上限`,
    OVERLAPPING_SHIFTS: (d) => `${whoZh(d)} 的两个班次重叠：${s(d.from)} 至 ${s(d.to)}（另见 ${s(d.other)}）`,
    UNKNOWN_PERSON: (d) => `班次写的人员 ${s(d.value)} 不在人员名单中`,
    UNKNOWN_WINDOW: (d) => `班次写的服务时段 ${s(d.value)} 不存在（可用：${s(d.known)}）`,
    SHIFT_END_NOT_AFTER_START: (d) => `班次结束时间 ${s(d.end)} 不晚于开始时间 ${s(d.start)}`,
    COMPENSATORY_REST_ON_STATUTORY_DAY: (d) => `${s(d.date)} 是法定休假日：补休不能代替 300% 的工资报酬，该班次这部分仍按 300% 计`,
  },
  en: {
    SERVICE_UNCOVERED: (d) => `${s(d.window)} is unstaffed from ${s(d.from)} to ${s(d.to)} (${s(d.hours)} h); it needs ${s(d.required)}`,
    SERVICE_UNDERSTAFFED: (d) => `${s(d.window)} has ${s(d.staffed)} on duty from ${s(d.from)} to ${s(d.to)} (${s(d.hours)} h); it needs ${s(d.required)}`,
    DUTY_OFFICER_MISSING: (d) => `No duty officer from ${s(d.from)} to ${s(d.to)} (${s(d.hours)} h), outside office hours (CAL-06)`,
    OFF_HOURS_UNKNOWN: () => 'The calendar has no business hours, so off-hours are unknown and the duty officer was not checked (CAL-06)',
    NO_WEEKLY_REST: (d) => `${whoEn(d)} works every day of the week ${s(d.from)} to ${s(d.to)}: no rest day`,
    DAILY_OVERTIME_EXCEEDED: (d) => `${whoEn(d)} works ${s(d.hours)} h on ${s(d.date)}, ${s(d.overtime)} h beyond normal hours, more than the ${s(d.limit)} h a day allowed`,
    MONTHLY_OVERTIME_EXCEEDED: (d) => `${whoEn(d)} works ${s(d.overtime)} h of overtime in ${s(d.month)}, more than the ${s(d.limit)} h a month allowed`,
    OVERLAPPING_SHIFTS: (d) => `Two shifts of ${whoEn(d)} overlap from ${s(d.from)} to ${s(d.to)} (see also ${s(d.other)})`,
    UNKNOWN_PERSON: (d) => `The shift names ${s(d.value)}, who is not in the list of people`,
    UNKNOWN_WINDOW: (d) => `The shift names service window ${s(d.value)}, which does not exist (known: ${s(d.known)})`,
    SHIFT_END_NOT_AFTER_START: (d) => `The shift ends at ${s(d.end)}, not after its start ${s(d.start)}`,
    COMPENSATORY_REST_ON_STATUTORY_DAY: (d) => `${s(d.date)} is a statutory holiday: compensatory rest does not replace the 300 % pay, so these hours still pay 300 %`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type DutyIssueCode = keyof typeof DUTY_ISSUES.zh;
