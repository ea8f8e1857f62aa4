import { describeValue } from '../_lib/describe';
import type { GuifanErrorCode, LocalizedText } from './types';

// The messages of thrown errors (GuifanError), in both locales. This file
// imports no error class: GuifanError renders these tables, and formatMessage /
// localize (./formatMessage.ts), which throw GuifanError for a bad call, read them.

/**
 * Details carried by an error; every field is optional so messages degrade gracefully.
 *
 * @example
 * const e = new GuifanError('INVALID_DATE', { value: '2026-02-30' })
 * e.details //=> { value: '2026-02-30' }
 */
export type MessageDetails = Readonly<Record<string, unknown>>;

type MessageMap = Record<GuifanErrorCode, (d: MessageDetails) => string>;

/** A value in quotes when it is text, else as the one value printer writes it (never throws). */
const show = (v: unknown): string => (typeof v === 'string' ? `'${describeValue(v)}'` : describeValue(v));

/** A detail as plain text; never throws (details may quote any user input). */
const txt = describeValue;

/** Whether a year lies outside the years any calendar can answer for (`answerableYears`, 2000–2099). */
const outsideStatutory = (d: MessageDetails): boolean => {
  try {
    const r = d.answerableYears;
    return Array.isArray(r) && typeof d.year === 'number' && (d.year < r[0] || d.year > r[1]);
  } catch {
    return false; // details may be any user value, a revoked Proxy included
  }
};

const hint = (d: MessageDetails, key: string): string => (typeof d[key] === 'string' ? (d[key] as string) : '');

/** 简体中文 messages, keyed by code. */
export const zhCN: MessageMap = {
  INVALID_DATE: (d) => `无效日期 ${show(d.value)}：应为真实存在的 'YYYY-MM-DD' 日期、有效的 Date 或带时区偏移的 ISO 时间${hint(d, 'reasonZh') ? `（${hint(d, 'reasonZh')}）` : ''}`,
  AMBIGUOUS_INSTANT: (d) => `时间 ${show(d.value)} 没有时区偏移，含义不明确：请写成 '2026-09-30T16:00+08:00' 这样的形式，或通过 timeZone 选项指定时区`,
  INVALID_AMOUNT: (d) => `无效数量 ${show(d.value)}${d.name ? `（${txt(d.name)}）` : ''}：${hint(d, 'expectedZh') || '应为有限整数'}`,
  INVALID_TIME_ZONE: (d) => `未知时区 ${show(d.value)}：应为 IANA 时区名，如 'Asia/Shanghai'`,
  CALENDAR_NOT_COVERED: (d) =>
    `日历数据不覆盖 ${show(d.date)}（${txt(d.year)} 年）：当前覆盖 ${txt(d.coverageStart)} 至 ${txt(d.coverageEnd)}。` +
    // Advice that fits the calendar: never "set provisional" to one that has it, never `years` beyond 2000–2099.
    (d.outOfCoverage === 'provisional'
      ? `已设置 outOfCoverage: 'provisional'，推算范围为 ${txt(d.supportedStart)} 至 ${txt(d.supportedEnd)}，该日期超出此范围，无法回答`
      : outsideStatutory(d)
        ? `本库最多推算 ${txt((d.answerableYears as unknown[])[0])}–${txt((d.answerableYears as unknown[])[1])} 年（按《全国年节及纪念日放假办法》），该日期超出此范围，无法回答`
        : `该年放假安排发布后，可用 createCalendar({ years: { ${txt(d.year)}: { holidays: [...], workdays: [...] } } }) 补充；` +
          `或设置 outOfCoverage: 'provisional'，按《全国年节及纪念日放假办法》推算（结果标记为 provisional）`),
  INVALID_CALENDAR_OPTIONS: (d) => `日历选项无效：${show(d.path)} ${hint(d, 'reasonZh') || '不符合要求'}（值：${show(d.value)}）`,
  CONFLICTING_CALENDAR_DAYS: (d) => `日期 ${show(d.date)} 同时被指定为休息日和工作日（${show(d.paths)}），请只保留一个`,
  INVALID_BUSINESS_HOURS: (d) => `营业时间无效：${show(d.path)} ${hint(d, 'reasonZh') || '时段为空或相互重叠'}（值：${show(d.value)}）`,
  BUSINESS_HOURS_REQUIRED: (d) => `${hint(d, 'whatZh') || '该计算'}需要营业时间：请在 createCalendar 中设置 businessHours（如 { hours: [['08:30', '17:00']] } 或 '24x7'）`,
  INVALID_TIME_LIMIT: (d) => `无法识别的时限 ${show(d.text)}：第 ${txt(d.column)} 个字符处${hint(d, 'reasonZh') ? `，${hint(d, 'reasonZh')}` : ''}。可写成“3个工作日内”“2小时内”“一周内”“最长不得超过7个工作日”“提前两天”等`,
  INVALID_OPTIONS: (d) => `选项无效：${show(d.path)} ${hint(d, 'reasonZh') || '不符合要求'}（值：${show(d.value)}）`,
  VALIDATION_FAILED: (d) => `数据未通过校验（${txt(d.count ?? '?')} 个问题）${hint(d, 'firstZh') ? `：${hint(d, 'firstZh')}` : ''}`,
  // fuzz (issue 10)
  INSTANT_OUT_OF_RANGE: (d) => `${hint(d, 'whatZh') || '时间'}超出可计算的范围（${show(d.value)}）：只支持 0001-01-01 至 9999-12-31 之间的时刻，请检查时限数量或起算时间`,
  // complaint (counting, closure, metrics, archive numbers: CMP-20)
  INVALID_ARCHIVE_NUMBER: (d) => `无效的档案编号 ${show(d.value)}：${hint(d, 'reasonZh') || `应为 6 位日期（YYMMDD）加 ${txt(d.width ?? 3)} 位序号，如 '040214001'`}`,
  ARCHIVE_SEQUENCE_OUT_OF_RANGE: (d) => `档案序号 ${show(d.value)} 超出范围：应为 1–${txt(d.max ?? 999)} 的整数（序号 ${txt(d.width ?? 3)} 位）${d.date ? `，${txt(d.date)} 当日编号已用完` : ''}`,
  AMBIGUOUS_ARCHIVE_YEAR: (d) => `档案编号 ${show(d.value)} 的年份只有两位（${txt(d.yy)}），可能是 ${show(d.candidates)} 等年份：请通过 baseYear 选项指定百年窗口的起始年（如 baseYear: 2000 表示 2000–2099）`,
};

/** English messages, keyed by code. */
export const en: MessageMap = {
  INVALID_DATE: (d) => `Invalid date ${show(d.value)}: expected a real 'YYYY-MM-DD' day, a valid Date or an ISO instant with an offset${hint(d, 'reasonEn') ? ` (${hint(d, 'reasonEn')})` : ''}`,
  AMBIGUOUS_INSTANT: (d) => `The time ${show(d.value)} has no UTC offset and is ambiguous: write it as '2026-09-30T16:00+08:00' or pass the timeZone option`,
  INVALID_AMOUNT: (d) => `Invalid amount ${show(d.value)}${d.name ? ` (${txt(d.name)})` : ''}: ${hint(d, 'expectedEn') || 'expected a finite integer'}`,
  INVALID_TIME_ZONE: (d) => `Unknown time zone ${show(d.value)}: expected an IANA name such as 'Asia/Shanghai'`,
  CALENDAR_NOT_COVERED: (d) =>
    `The calendar data does not cover ${show(d.date)} (year ${txt(d.year)}); it covers ${txt(d.coverageStart)} to ${txt(d.coverageEnd)}. ` +
    (d.outOfCoverage === 'provisional'
      ? `outOfCoverage: 'provisional' is set and answers from the statutory holidays from ${txt(d.supportedStart)} to ${txt(d.supportedEnd)}; this date is outside that range and cannot be answered`
      : outsideStatutory(d)
        ? `The library answers at most the years ${txt((d.answerableYears as unknown[])[0])}–${txt((d.answerableYears as unknown[])[1])} (from the national holiday regulation); this date is outside them and cannot be answered`
        : `Once that year's arrangement is published, add it with createCalendar({ years: { ${txt(d.year)}: { holidays: [...], workdays: [...] } } }), ` +
          `or set outOfCoverage: 'provisional' to answer from the statutory holidays alone (answers are marked provisional)`),
  INVALID_CALENDAR_OPTIONS: (d) => `Invalid calendar options: ${show(d.path)} ${hint(d, 'reasonEn') || 'is not acceptable'} (value: ${show(d.value)})`,
  CONFLICTING_CALENDAR_DAYS: (d) => `The date ${show(d.date)} is given both as a rest day and as a working day (${show(d.paths)}); keep only one`,
  INVALID_BUSINESS_HOURS: (d) => `Invalid business hours: ${show(d.path)} ${hint(d, 'reasonEn') || 'has an empty or overlapping segment'} (value: ${show(d.value)})`,
  BUSINESS_HOURS_REQUIRED: (d) => `${hint(d, 'whatEn') || 'This computation'} needs business hours: set businessHours in createCalendar (e.g. { hours: [['08:30', '17:00']] } or '24x7')`,
  INVALID_TIME_LIMIT: (d) => `Unrecognised time limit ${show(d.text)} at character ${txt(d.column)}${hint(d, 'reasonEn') ? `: ${hint(d, 'reasonEn')}` : ''}. Write e.g. '3个工作日内', '2小时内', '一周内', '最长不得超过7个工作日', '提前两天'`,
  INVALID_OPTIONS: (d) => `Invalid options: ${show(d.path)} ${hint(d, 'reasonEn') || 'is not acceptable'} (value: ${show(d.value)})`,
  VALIDATION_FAILED: (d) => `The data did not validate (${txt(d.count ?? '?')} issue(s))${hint(d, 'firstEn') ? `: ${hint(d, 'firstEn')}` : ''}`,
  // fuzz (issue 10)
  INSTANT_OUT_OF_RANGE: (d) => `${hint(d, 'whatEn') || 'The instant'} is out of range (${show(d.value)}): only instants from 0001-01-01 to 9999-12-31 are supported; check the amount or the start`,
  // complaint (counting, closure, metrics, archive numbers: CMP-20)
  INVALID_ARCHIVE_NUMBER: (d) => `Invalid archive number ${show(d.value)}: ${hint(d, 'reasonEn') || `expected a 6-digit date (YYMMDD) and a ${txt(d.width ?? 3)}-digit sequence, e.g. '040214001'`}`,
  ARCHIVE_SEQUENCE_OUT_OF_RANGE: (d) => `Archive sequence ${show(d.value)} is out of range: expected an integer 1–${txt(d.max ?? 999)} (${txt(d.width ?? 3)} digits)${d.date ? `; the numbers of ${txt(d.date)} are used up` : ''}`,
  AMBIGUOUS_ARCHIVE_YEAR: (d) => `The archive number ${show(d.value)} has a two-digit year (${txt(d.yy)}), which could be ${show(d.candidates)} and more: pass baseYear, the first year of the 100-year window (baseYear: 2000 reads 2000–2099)`,
};

/** Whether `code` is an error code with messages (an own key: `'toString'` is not one). */
export const isErrorCode = (code: unknown): code is GuifanErrorCode => typeof code === 'string' && Object.prototype.hasOwnProperty.call(zhCN, code);

/** Both texts of a known code's message; `d` is a plain snapshot (see {@link readDetails}). */
export const renderError = (code: GuifanErrorCode, d: MessageDetails): LocalizedText => ({ 'zh-CN': zhCN[code](d), en: en[code](d) });

/**
 * A plain copy of message details: their own enumerable keys, read once.
 * `undefined` when `details` is not an object or cannot be read (a Proxy whose
 * traps throw, a throwing getter); the callers turn that into INVALID_OPTIONS.
 */
export function readDetails(details: unknown): Record<string, unknown> | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  try {
    return { ...details };
  } catch {
    return undefined;
  }
}
