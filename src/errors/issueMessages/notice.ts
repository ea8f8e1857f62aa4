// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

/** A count from details, never coerced (Number() of a hostile value can throw or recurse). */
const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

// Issue messages of holiday notices (parseHolidayNotice, createCalendar notices), in both locales. A module's bundle carries only
// the tables of the codes it raises (see ../buildIssue); makeIssue sees them all.

export const NOTICE_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
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
    NOTICE_UNBALANCED: (d) =>
      `全年的调休不平衡（自“${s(d.name)}”的安排起）：${num(d.extra) > 0 ? '多出' : '少了'} ${s(Math.abs(num(d.extra)))} 个休息日——工作日放假 ${s(d.weekdays)} 天，调休上班 ${s(d.makeup)} 天，法定节假日 ${s(d.statutory)} 天（调休只移动休息日，不增减；已知的例外是 2020 年延长春节假期）`,
  },
  en: {
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
    NOTICE_UNBALANCED: (d) =>
      `The year's 调休 does not balance (from the ${s(d.nameEn || d.name)} arrangement on): ${num(d.extra) > 0 ? 'adds' : 'removes'} ${s(Math.abs(num(d.extra)))} rest day(s) — ${s(d.weekdays)} weekdays off, ${s(d.makeup)} make-up working days, ${s(d.statutory)} statutory days (调休 moves rest days, it does not add or remove them; the known exception is 2020's extended Spring Festival)`,
  },
});

/** The codes this table has messages for (its keys: one list, no copy to keep in step). */
export type NoticeIssueCode = keyof typeof NOTICE_ISSUES.zh;
