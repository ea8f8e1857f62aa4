import { add, cmp, div, fromNumber, mul, q, roundToString, sub, sum, toExactString, type Q, type RoundingRule } from '../../_lib/rational';
import { parseBilingual } from '../../_lib/zodIssues';
import { makeIssue } from './makeIssue';
import type { LocalizedText, RuleId } from '../../errors/types';
import { validationError } from '../../errors/validationError';
import { RoundingSchema, type Rounding } from '../schema';

/**
 * One contribution to a total, exact, so an auditor can redo the sum.
 *
 * @example
 * scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 } }).parts[0] //=> { label: '德', labelEn: 'Ethics', value: '18', contribution: '18' }
 * composeAnnual({ inspections: [96, 98], monthly: Array(12).fill(95), yearEnd: 90 }).parts.map((p) => p.weight) //=> ['20%', '30%', '50%']
 */
export interface ScorePart {
  /** What it is, e.g. `'德'` or `'月度考核加权平均'`. */
  readonly label: string;
  readonly labelEn: string;
  /** The part's own value (exact decimal or fraction `'n/d'`). */
  readonly value: string;
  /** Its weight, when the total is weighted (e.g. `'20%'`). */
  readonly weight?: string;
  /** What it adds to the total (exact). */
  readonly contribution: string;
}

/**
 * A score with its reasons: the rounded total, the exact total, the rounding
 * applied, the parts, the rule ids and a bilingual explanation.
 *
 * @example
 * const s = scoreInspection({ deductions: [{ points: 2, reason: '前台物品摆放不整齐' }] })
 * s.value //=> 98
 * s.display //=> '98.00'
 * s.rounding.rule //=> 'half-even'
 */
export interface ScoreResult {
  /** The total rounded once at the end, as a number. */
  readonly value: number;
  /** The rounded total written with its decimals, e.g. `'92.00'`. */
  readonly display: string;
  /** The exact total before rounding (`'92'`, `'277/3'`). */
  readonly exact: string;
  readonly rounding: { readonly rule: RoundingRule; readonly precision: number; readonly name: string };
  readonly parts: readonly ScorePart[];
  readonly bonus?: { readonly points: number; readonly reason: string; readonly ref?: string };
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

export const ROUNDING_NAMES: Record<RoundingRule, string> = {
  'half-even': 'GB/T 8170-2008 数值修约（四舍六入五成双）',
  'half-up': '四舍五入（round half up）',
};

export interface ResolvedRounding {
  rule: RoundingRule;
  precision: number;
}

export function resolveRounding(r: Rounding | undefined): ResolvedRounding {
  const p = parseBilingual(RoundingSchema, r ?? {});
  if (!p.success) throw validationError(p.problems.map((x) => makeIssue('INVALID_INPUT', ['rounding', ...x.path], { value: x.value, reasonZh: x.message['zh-CN'], reasonEn: x.message.en })));
  return p.data;
}


export const exact = toExactString;
export const num = fromNumber;
export { add, cmp, div, mul, q, sub, sum, type Q };

export function finish(
  total: Q,
  rounding: ResolvedRounding,
  parts: ScorePart[],
  rules: RuleId[],
  explanation: LocalizedText,
  bonus?: { points: number; reason: string; ref?: string | undefined },
): ScoreResult {
  const display = roundToString(total, rounding.precision, rounding.rule);
  const res: ScoreResult = {
    value: Number(display),
    display,
    exact: toExactString(total),
    rounding: Object.freeze({ ...rounding, name: ROUNDING_NAMES[rounding.rule] }),
    parts: Object.freeze(parts.map((p) => Object.freeze(p))),
    ...(bonus ? { bonus: Object.freeze({ points: bonus.points, reason: bonus.reason, ...(bonus.ref ? { ref: bonus.ref } : {}) }) } : {}),
    rules: Object.freeze([...new Set(rules)]),
    explanation: Object.freeze(explanation),
  };
  return Object.freeze(res);
}

export type { SafeResult } from '../../_lib/safe';

export const ROUNDING_LABEL = (rule: RoundingRule, zh: boolean): string =>
  rule === 'half-even' ? (zh ? ' GB/T 8170-2008 修约规则' : 'GB/T 8170-2008 round-half-even') : zh ? '四舍五入' : 'round-half-up';
export const finishDisplay = (total: Q, r: ResolvedRounding): string => roundToString(total, r.precision, r.rule);

export { parseOrIssues } from '../../_lib/zodIssues';
