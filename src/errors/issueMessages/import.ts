// describeValue (as s) never throws: an issue may quote a BigInt, a cycle, an object with no prototype.
import { describeValue as s } from '../../_lib/describe';
import { issueTable } from '../buildIssue';

/** A count from details, never coerced (Number() of a hostile value can throw or recurse). */
const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

// Issue messages of holiday data from other sources (fromChineseDays, fromHolidayCn), in both locales: a table of
// their own, so that the bundles that read notices (the SLA path, createCalendar) do not carry them (see ../buildIssue).

export const IMPORT_ISSUES = /* @__PURE__ */ issueTable({
  zh: {
    IMPORT_NOT_A_SOURCE: (d) => `不是${s(d.sourceZh)}：${s(d.reasonZh)}`,
    IMPORT_BAD_DAY: (d) => `${s(d.source)} 的 ${s(d.year)} 年数据中的一天无法读取：“${s(d.value)}”${d.reasonZh ? `（${s(d.reasonZh)}）` : ''}`,
    IMPORT_CONFLICTING_DAY: (d) => `${s(d.source)} 把 ${s(d.date)} 同时列为放假和上班`,
    IMPORT_WEEKDAY_WORKDAY: (d) => `${s(d.source)} 把工作日 ${s(d.date)} 列为上班日：不影响答案，已略去（调休上班只在周末）`,
    IMPORT_STATUTORY_DAY_WORKING: (d) => `${s(d.date)} 是法定节假日（${s(d.name)}，《全国年节及纪念日放假办法》），${s(d.source)} 的数据却没有放假`,
    IMPORT_YEAR_UNBALANCED: (d) =>
      `${s(d.source)} 的 ${s(d.year)} 年调休不平衡：${num(d.extra) > 0 ? '多出' : '少了'} ${s(Math.abs(num(d.extra)))} 个休息日——工作日放假 ${s(d.weekdays)} 天，调休上班 ${s(d.makeup)} 天，法定节假日 ${s(d.statutory)} 天（调休只移动休息日，不增减；已知的例外是 2020 年延长春节假期）`,
    IMPORT_YEAR_EMPTY: (d) => `${s(d.source)} 没有 ${s(d.year)} 年的任何放假安排（尚未发布），未载入该年`,
    IMPORT_YEAR_PACKAGED: (d) => `${s(d.year)} 年已在随包数据（国务院通知）中，未载入 ${s(d.source)} 的该年数据（要替换请在 years 中列出该年）`,
  },
  en: {
    IMPORT_NOT_A_SOURCE: (d) => `Not ${s(d.sourceEn)}: ${s(d.reasonEn)}`,
    IMPORT_BAD_DAY: (d) => `A day of ${s(d.source)}'s ${s(d.year)} cannot be read: "${s(d.value)}"${d.reasonEn ? ` (${s(d.reasonEn)})` : ''}`,
    IMPORT_CONFLICTING_DAY: (d) => `${s(d.source)} lists ${s(d.date)} both as a day off and as a working day`,
    IMPORT_WEEKDAY_WORKDAY: (d) => `${s(d.source)} lists the weekday ${s(d.date)} as a working day: it changes nothing and is left out (make-up days are weekend days)`,
    IMPORT_STATUTORY_DAY_WORKING: (d) => `${s(d.date)} is a statutory holiday (${s(d.nameEn || d.name)}, national holidays regulation) but ${s(d.source)}'s data gives no day off`,
    IMPORT_YEAR_UNBALANCED: (d) =>
      `${s(d.source)}'s ${s(d.year)} does not balance: it ${num(d.extra) > 0 ? 'adds' : 'removes'} ${s(Math.abs(num(d.extra)))} rest day(s) — ${s(d.weekdays)} weekdays off, ${s(d.makeup)} make-up working days, ${s(d.statutory)} statutory days (调休 moves rest days, it does not add or remove them; the known exception is 2020's extended Spring Festival)`,
    IMPORT_YEAR_EMPTY: (d) => `${s(d.source)} has no arrangement for ${s(d.year)} (not published yet): the year is not loaded`,
    IMPORT_YEAR_PACKAGED: (d) => `${s(d.year)} is in the packaged data (the State Council's notices): ${s(d.source)}'s ${s(d.year)} is not loaded (list it in years to replace it)`,
  },
});

/** The codes this table has messages for. */
export type ImportIssueCode = keyof typeof IMPORT_ISSUES.zh;
