import { optionsOf } from '../_lib/options';
import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationError } from '../errors/validationError';
import { bonusIssues } from './_lib/bonus';
import { add, cmp, div, exact, finish, finishDisplay, mul, num, parseOrIssues, resolveRounding, ROUNDING_LABEL, sum, type Q, type ScoreResult } from './_lib/core';
import { ANNUAL_WEIGHTS } from './presets';
import { AnnualInputSchema, AnnualWeightsSchema, type AnnualInput, type AnnualWeights, type Rounding, type WeightedScore } from './schema';

/**
 * Options of {@link composeAnnual}.
 *
 * @example
 * const input = { inspections: [96, 98], monthly: Array(10).fill(95), yearEnd: 90 }
 * safeComposeAnnual(input).success //=> false (2 months missing)
 * composeAnnual(input, { missingMonths: 'renormalize' }).display //=> '92.90'
 * composeAnnual(input, { expectedMonths: 10 }).display //=> '92.90'
 */
export interface ComposeAnnualOptions {
  /** Shares in percent. @default ANNUAL_WEIGHTS (20 / 30 / 50, APR-04) */
  weights?: AnnualWeights;
  /** How many monthly appraisals a full year has (a whole number 1–12). @default 12 */
  expectedMonths?: number;
  /**
   * What to do when monthly appraisals are missing — never silent:
   * `'reject'` (an issue), `'renormalize'` (average what is there), `'zero'`
   * (missing months score 0). @default 'reject'
   */
  missingMonths?: 'reject' | 'renormalize' | 'zero';
  /** @default { rule: 'half-even', precision: 2 } */
  rounding?: Rounding;
}

/**
 * The annual total with its three weighted parts.
 *
 * @example
 * const a = composeAnnual({ inspections: [100], monthly: [105], yearEnd: 101 }, { expectedMonths: 1 })
 * a.exact //=> '102' (20 % × 100 + 30 % × 105 + 50 % × 101)
 * a.excellent //=> true (above 100: 优秀员工, APR-05)
 */
export interface AnnualScore extends ScoreResult {
  /** The year-end weighted result is still above 100: 优秀员工 (APR-05). Decided on the exact value. */
  readonly excellent: boolean;
  /** Exact weighted averages of the parts. */
  readonly averages: { readonly inspections: string; readonly monthly: string; readonly yearEnd: string };
}

interface Entry {
  score: Q;
  weight: Q;
}

function entries(list: readonly WeightedScore[], part: string, issues: ValidationIssue[]): Entry[] {
  const out: Entry[] = [];
  const byDays = list.filter((x) => typeof x === 'object' && x.days !== undefined).length;
  if (byDays && byDays !== list.length) {
    issues.push(makeIssue('INCONSISTENT_WEIGHTS', [part], { reasonZh: '部分分数给了覆盖天数、部分没有', reasonEn: 'some scores give the days they cover and some do not' }, 'APR-04'));
  }
  for (const x of list) {
    if (typeof x === 'number') out.push({ score: num(x), weight: num(1) });
    else out.push({ score: num(x.score), weight: num(x.weight ?? x.days ?? 1) });
  }
  return out;
}

const average = (es: readonly Entry[]): Q => div(sum(es.map((e) => mul(e.score, e.weight))), sum(es.map((e) => e.weight)));

/**
 * The annual appraisal total (APR-04): 20 % × the weighted average of weekly
 * and monthly inspections + 30 % × the weighted average of monthly appraisals
 * + 50 % × the year-end appraisal; then a commendation bonus (APR-05). Monthly
 * totals above 100 are carried as they are; a final result still above 100
 * marks the employee 优秀员工. Averages are equal-weighted unless scores carry
 * `weight` or `days`. Exact arithmetic, rounded once.
 *
 * @param input - {@link AnnualInput}
 * @param options - {@link ComposeAnnualOptions}
 * @returns an {@link AnnualScore}
 * @throws {GuifanError} `VALIDATION_FAILED` with `details.issues` (e.g. `MISSING_MONTHS`, `INCONSISTENT_WEIGHTS`, `WEIGHTS_DO_NOT_SUM`); `INVALID_OPTIONS` for `expectedMonths` outside 1–12 or an unknown `missingMonths`
 * @example
 * composeAnnual({ inspections: [96, 98], monthly: Array(12).fill(95), yearEnd: 90 }).display //=> '92.90'
 */
export function composeAnnual(input: AnnualInput, options?: ComposeAnnualOptions): AnnualScore;
// The implementation names its raw arguments …In: the checked values take the public names.
export function composeAnnual(input: AnnualInput, optionsIn: ComposeAnnualOptions = {}): AnnualScore {
  const options = optionsOf(optionsIn);
  const parsed = parseOrIssues(AnnualInputSchema, input, [], 'APR-04');
  const w = parseOrIssues(AnnualWeightsSchema, options.weights ?? ANNUAL_WEIGHTS, ['options', 'weights'], 'APR-04');
  if (!parsed.data || !w.data) throw validationError([...parsed.issues, ...w.issues], 'APR-04');
  const a = parsed.data;
  const weights = w.data;
  const rounding = resolveRounding(options.rounding);
  const issues: ValidationIssue[] = [...bonusIssues(a.bonus, ['bonus'])];
  const wsum = sum([num(weights.inspections), num(weights.monthly), num(weights.yearEnd)]);
  if (cmp(wsum, num(100)) !== 0) issues.push(makeIssue('WEIGHTS_DO_NOT_SUM', ['options', 'weights'], { sum: exact(wsum), expected: 100 }, 'APR-04'));

  const ins = entries(a.inspections, 'inspections', issues);
  const mon = entries(a.monthly, 'monthly', issues);
  if (!ins.length) issues.push(makeIssue('EMPTY_AVERAGE', ['inspections'], { part: '周检、月检' }, 'APR-04'));
  // Months named twice, and months missing from a full year.
  const months = a.monthly.flatMap((x) => (typeof x === 'object' && x.month ? [x.month] : []));
  const dup = months.find((m, i) => months.indexOf(m) !== i);
  if (dup) issues.push(makeIssue('DUPLICATE_MONTH', ['monthly'], { month: dup, value: dup }, 'APR-04'));
  const expected = options.expectedMonths ?? 12;
  const policy = options.missingMonths ?? 'reject';
  // fuzz (issue 10): 1e9 expected months pushed 1e9 zero scores; an unknown policy silently renormalized.
  if (!(Number.isInteger(expected) && expected >= 1 && expected <= 12)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'expectedMonths', value: expected, reasonZh: '应为 1–12 之间的整数', reasonEn: 'a whole number from 1 to 12' }, 'APR-04');
  }
  if (policy !== 'reject' && policy !== 'renormalize' && policy !== 'zero') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'missingMonths', value: policy, reasonZh: "应为 'reject'、'renormalize' 或 'zero'", reasonEn: "expected 'reject', 'renormalize' or 'zero'" }, 'APR-04');
  }
  let missingNames: string[] = [];
  if (a.year !== undefined && months.length === a.monthly.length) {
    for (let m = 1; m <= 12; m++) {
      const name = `${a.year}-${String(m).padStart(2, '0')}`;
      if (!months.includes(name)) missingNames.push(name);
    }
  } else missingNames = [];
  const missing = Math.max(0, expected - a.monthly.length);
  if (missing > 0) {
    if (policy === 'reject') {
      issues.push(makeIssue('MISSING_MONTHS', ['monthly'], { count: a.monthly.length, expected, missing: missingNames.join(', ') || undefined }, 'APR-04'));
    } else if (policy === 'zero') {
      if (a.monthly.some((x) => typeof x === 'object' && x.days !== undefined)) {
        issues.push(makeIssue('INCONSISTENT_WEIGHTS', ['monthly'], { reasonZh: "按天数加权时不能用 missingMonths: 'zero'（缺的月份没有天数）", reasonEn: "missingMonths: 'zero' cannot be used with weights by days (a missing month has no days)" }, 'APR-04'));
      }
      for (let i = 0; i < missing; i++) mon.push({ score: num(0), weight: num(1) });
    }
  }
  if (!mon.length) issues.push(makeIssue('EMPTY_AVERAGE', ['monthly'], { part: '月度考核' }, 'APR-04'));
  if (issues.length) throw validationError(issues, 'APR-04');

  const avgIns = average(ins);
  const avgMon = average(mon);
  const yearEnd = num(a.yearEnd);
  const pct = (x: number): Q => div(num(x), num(100));
  const cIns = mul(avgIns, pct(weights.inspections));
  const cMon = mul(avgMon, pct(weights.monthly));
  const cEnd = mul(yearEnd, pct(weights.yearEnd));
  const base = add(add(cIns, cMon), cEnd);
  const total = a.bonus ? add(base, num(a.bonus.points)) : base;
  const excellent = cmp(total, num(100)) > 0;
  const rules: ('APR-04' | 'APR-05')[] = ['APR-04'];
  if (a.bonus || excellent) rules.push('APR-05');
  const parts = [
    { label: `周检、月检加权平均（${ins.length} 次）`, labelEn: `Inspections, weighted average (${ins.length})`, value: exact(avgIns), weight: `${weights.inspections}%`, contribution: exact(cIns) },
    { label: `月度考核加权平均（${mon.length} 个月${missing && policy !== 'reject' ? `，缺 ${missing} 个月按 ${policy === 'zero' ? '0 分' : '已有月份重新平均'}` : ''}）`, labelEn: `Monthly appraisals, weighted average (${mon.length})`, value: exact(avgMon), weight: `${weights.monthly}%`, contribution: exact(cMon) },
    { label: '年终考评', labelEn: 'Year-end appraisal', value: exact(yearEnd), weight: `${weights.yearEnd}%`, contribution: exact(cEnd) },
  ];
  if (a.bonus) parts.push({ label: `嘉奖加分（${a.bonus.reason}）`, labelEn: `Commendation bonus (${a.bonus.reason})`, value: String(a.bonus.points), weight: '', contribution: String(a.bonus.points) });
  const line = () => parts.slice(0, 3).map((p) => `${p.weight} × ${p.value}`).join(' + ');
  const res = finish(
    total,
    rounding,
    parts.map((p) => (p.weight ? p : { label: p.label, labelEn: p.labelEn, value: p.value, contribution: p.contribution })),
    rules,
    {
      'zh-CN': `年度总分 = ${line()} = ${exact(base)}${a.bonus ? `；嘉奖加 ${a.bonus.points} 分 = ${exact(total)}` : ''}（APR-04）；按${ROUNDING_LABEL(rounding.rule, true)}保留 ${rounding.precision} 位：${finishDisplay(total, rounding)}${excellent ? '；加权后仍超过 100 分，按“优秀员工”奖励（APR-05）' : ''}。`,
      en: `Annual total = ${line()} = ${exact(base)}${a.bonus ? `; bonus +${a.bonus.points} = ${exact(total)}` : ''} (APR-04); rounded by ${ROUNDING_LABEL(rounding.rule, false)} to ${rounding.precision} places: ${finishDisplay(total, rounding)}${excellent ? '; still above 100 after weighting: rewarded as an excellent employee (APR-05)' : ''}.`,
    },
    a.bonus,
  );
  return Object.freeze({ ...res, excellent, averages: Object.freeze({ inspections: exact(avgIns), monthly: exact(avgMon), yearEnd: exact(yearEnd) }) });
}
