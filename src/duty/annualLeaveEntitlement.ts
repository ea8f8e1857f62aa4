import { daysFromCivil, parseCivilDate } from '../_lib/civil';
import { optionsOf } from '../_lib/options';
import { fromNumber, q, roundToString, sub, toExactString, type Q } from '../_lib/rational';
import { parseOrIssues } from '../_lib/zodIssues';
import { GuifanError } from '../errors/GuifanError';
import type { LocalizedText, RuleId } from '../errors/types';
import { validationError } from '../errors/validationError';
import { makeIssue } from './_lib/makeIssue';
import { AnnualLeaveInputSchema, type AnnualLeaveInput } from './schema';

/**
 * Options of {@link annualLeaveEntitlement}.
 *
 * @example
 * annualLeaveEntitlement({ serviceYears: 5, year: 2026, sickLeaveDays: 50 }, { sickLeaveDaysPerMonth: 25 }).excluded //=> 'sick-leave'
 */
export interface AnnualLeaveOptions {
  /** Days that make one month of sick leave for DUT-08's 2/3/4 months. @default 30 */
  sickLeaveDaysPerMonth?: number;
}

/**
 * A year's paid annual leave (DUT-07…DUT-09), with its reasons.
 *
 * @example
 * const e = annualLeaveEntitlement({ serviceYears: 12, year: 2026, joinedOn: '2026-10-08' });
 * [e.fullYearDays, e.days, e.exactDays, e.rules] //=> [10, 2, '170/73', ['DUT-07', 'DUT-09']]
 */
export interface AnnualLeaveEntitlement {
  readonly year: number;
  /** The whole year's leave by cumulative service (DUT-07): 0, 5, 10 or 15. */
  readonly fullYearDays: number;
  /** Whole days for the part of the year in the organisation; a fraction below one day is not granted (DUT-09). */
  readonly days: number;
  /** The pro-rata days before the fraction is dropped, exact (`'170/73'`). */
  readonly exactDays: string;
  /** `days` less `takenDays`, never below 0; for a leaver, 第十二条's whole untaken days. */
  readonly untakenDays: number;
  /** Why there is no leave this year (DUT-08), if so. */
  readonly excluded: 'school-holidays' | 'personal-leave' | 'sick-leave' | undefined;
  readonly rules: readonly RuleId[];
  /** Each step with its article, in 简体中文 and English. */
  readonly explanation: LocalizedText;
}

const ITEM = ['', '（一）', '（二）', '（三）', '（四）', '（五）'];

/** DUT-07: the whole year's days by cumulative service (职工带薪年休假条例 第三条). */
const fullDaysOf = (years: number): number => (years < 1 ? 0 : years < 10 ? 5 : years < 20 ? 10 : 15);

/**
 * Paid annual leave of one person for one year (职工带薪年休假条例, 企业职工带薪年休假实施办法):
 * - DUT-07 (条例第三条): by cumulative service — ≥ 1 year 5 days, ≥ 10 years 10, ≥ 20 years 15;
 * - DUT-08 (条例第四条): none that year after school holidays longer than the leave,
 *   ≥ 20 days of 事假 without pay deducted, or sick leave of 2, 3 or 4 months by service;
 * - DUT-09 (实施办法第五条、第十二条): joining or leaving during the year, the days in
 *   the organisation ÷ 365 × the year's days, a fraction below one whole day not granted.
 * `serviceYears` is what the caller knows for the year; the months of sick leave
 * are counted as `sickLeaveDaysPerMonth` days (a documented choice, default 30).
 *
 * @param input - an {@link AnnualLeaveInput}
 * @param options - {@link AnnualLeaveOptions}
 * @returns a frozen {@link AnnualLeaveEntitlement}
 * @throws {GuifanError} `VALIDATION_FAILED` for bad input (a negative service, a date that does not exist, leaving before joining); `INVALID_OPTIONS`
 * @example
 * annualLeaveEntitlement({ serviceYears: 12, year: 2026 }).days //=> 10
 * annualLeaveEntitlement({ serviceYears: 12, year: 2026, joinedOn: '2026-10-08' }).explanation['zh-CN']
 * //=> '累计工作已满 10 年不满 20 年，全年年休假 10 天（条例第三条）；当年度在本单位的日历天数 85 天 ÷ 365 × 10 天 ≈ 2.33 天，不足 1 整天的部分不享受：2 天（实施办法第五条）'
 * annualLeaveEntitlement({ serviceYears: 3, year: 2026, personalLeaveDays: 20 }).excluded //=> 'personal-leave'
 */
export function annualLeaveEntitlement(input: AnnualLeaveInput, options: AnnualLeaveOptions = {}): AnnualLeaveEntitlement {
  const perMonth = optionsOf(options).sickLeaveDaysPerMonth ?? 30;
  if (typeof perMonth !== 'number' || !(perMonth > 0 && perMonth <= 31)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'sickLeaveDaysPerMonth', value: perMonth, reasonZh: '应为 1–31 之间的天数', reasonEn: 'expected a number of days from 1 to 31' });
  }
  const p = parseOrIssues(AnnualLeaveInputSchema, input, [], 'DUT-07');
  if (!p.data) throw validationError(p.issues, 'DUT-07');
  const a = p.data;
  const zh: string[] = [];
  const en: string[] = [];
  const rules: RuleId[] = ['DUT-07'];
  const full = fullDaysOf(a.serviceYears);
  if (full === 0) {
    zh.push('累计工作不满 1 年，不享受年休假（条例第二条、第三条）');
    en.push('less than 1 year of cumulative service: no annual leave (Regulations Art. 2, 3)');
  } else {
    const [lo, hi] = full === 5 ? [1, 10] : full === 10 ? [10, 20] : [20, undefined];
    zh.push(`累计工作已满 ${lo} 年${hi ? `不满 ${hi} 年` : ''}，全年年休假 ${full} 天（条例第三条）`);
    en.push(`${lo}${hi ? `–${hi}` : '+'} years of cumulative service: ${full} days a year (Regulations Art. 3)`);
  }

  // DUT-08: no leave this year (条例第四条).
  let excluded: AnnualLeaveEntitlement['excluded'];
  const sickMonths = full === 5 ? 2 : full === 10 ? 3 : 4;
  if (full > 0 && (a.schoolHolidayDays ?? 0) > full) {
    excluded = 'school-holidays';
    zh.push(`依法享受寒暑假 ${a.schoolHolidayDays} 天，多于年休假天数，当年不享受年休假（条例第四条${ITEM[1]}）`);
    en.push(`school holidays of ${a.schoolHolidayDays} days, more than the leave: none this year (Regulations Art. 4(1))`);
  } else if (full > 0 && (a.personalLeaveDays ?? 0) >= 20) {
    excluded = 'personal-leave';
    zh.push(`请事假累计 ${a.personalLeaveDays} 天（20 天以上）且未扣工资，当年不享受年休假（条例第四条${ITEM[2]}）`);
    en.push(`${a.personalLeaveDays} days of personal leave without pay deducted (20 or more): none this year (Regulations Art. 4(2))`);
  } else if (full > 0 && (a.sickLeaveDays ?? 0) >= sickMonths * perMonth) {
    excluded = 'sick-leave';
    const item = ITEM[sickMonths + 1];
    zh.push(`请病假累计 ${a.sickLeaveDays} 天，达 ${sickMonths} 个月（每月按 ${perMonth} 天计），当年不享受年休假（条例第四条${item}）`);
    en.push(`${a.sickLeaveDays} days of sick leave, ${sickMonths} months or more (${perMonth} days a month): none this year (Regulations Art. 4(${sickMonths + 1}))`);
  }
  if (excluded) rules.push('DUT-08');

  // DUT-09: the part of the year in the organisation (实施办法第五条、第十二条).
  const y0 = daysFromCivil(a.year, 1, 1);
  const y1 = daysFromCivil(a.year, 12, 31);
  const joined = a.joinedOn === undefined ? undefined : parseCivilDate(a.joinedOn)!;
  const left = a.leftOn === undefined ? undefined : parseCivilDate(a.leftOn)!;
  if (joined !== undefined && left !== undefined && left < joined) {
    throw validationError([makeIssue('INVALID_INPUT', ['leftOn'], { value: a.leftOn, reasonZh: '离职日期早于入职日期', reasonEn: 'leaves before joining' }, 'DUT-09')], 'DUT-09');
  }
  const first = Math.max(y0, joined ?? y0);
  const last = Math.min(y1, left ?? y1);
  const base = excluded ? 0 : full;
  let exact: Q = q(BigInt(base));
  if (first > last) {
    exact = q(0n);
    zh.push(`${a.year} 年不在本单位工作，当年无年休假`);
    en.push(`not with the organisation in ${a.year}: no leave that year`);
  } else if ((first > y0 || last < y1) && base > 0) {
    const n = last - first + 1;
    exact = q(BigInt(n * base), 365n);
    if (exact.n > exact.d * BigInt(base)) exact = q(BigInt(base));
    const articles = [...(first > y0 ? ['第五条'] : []), ...(last < y1 ? ['第十二条'] : [])];
    const approx = roundToString(exact, 2, 'half-even');
    zh.push(`当年度在本单位的日历天数 ${n} 天 ÷ 365 × ${base} 天 ≈ ${approx} 天，不足 1 整天的部分不享受：${floorOf(exact).n} 天（实施办法${articles.join('、')}）`);
    en.push(`${n} calendar days with the organisation ÷ 365 × ${base} days ≈ ${approx}; a fraction below one whole day is not granted: ${floorOf(exact).n} days (Measures Art. ${articles.map((x) => (x === '第五条' ? 5 : 12)).join(', ')})`);
    rules.push('DUT-09');
  }
  const days = Number(floorOf(exact).n);
  const taken = a.takenDays ?? 0;
  const untaken = left !== undefined && left <= y1 ? Math.max(0, Number(floorOf(sub(exact, fromNumber(taken))).n)) : Math.max(0, days - taken);
  return Object.freeze({
    year: a.year,
    fullYearDays: full,
    days,
    exactDays: toExactString(exact),
    untakenDays: untaken,
    excluded,
    rules: Object.freeze(rules),
    explanation: Object.freeze({ 'zh-CN': zh.join('；'), en: en.join('; ') }),
  });
}

/** The whole part of a non-negative exact value. */
function floorOf(x: Q): Q {
  return q(x.n >= 0n ? x.n / x.d : -((-x.n + x.d - 1n) / x.d));
}
