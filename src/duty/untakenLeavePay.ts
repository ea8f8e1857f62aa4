import { fromNumber, mul, q, roundToString, toExactString, type Q } from '../_lib/rational';
import { parseOrIssues } from '../_lib/zodIssues';
import type { LocalizedText, RuleId } from '../errors/types';
import { validationError } from '../errors/validationError';
import { yuan } from './_lib/text';
import { roundingOf, toFen } from './_lib/wage';
import { UntakenLeavePayInputSchema, type UntakenLeavePayInput } from './schema';
import type { RoundingRule } from '../_lib/rational';

/**
 * Options of {@link untakenLeavePay}.
 *
 * @example
 * untakenLeavePay({ days: 1, monthlyWageFen: 100 }, { rounding: 'half-up' }).totalFen //=> 14
 */
export interface UntakenLeavePayOptions {
  /** Rounding of exact fen, once per figure. @default 'half-even' (GB/T 8170) */
  rounding?: RoundingRule;
}

/**
 * Pay for annual leave the employer did not let the employee take (DUT-10).
 *
 * @example
 * const p = untakenLeavePay({ days: 3, monthlyWageFen: 870000 });
 * [p.dailyWageFen, p.totalFen, p.extraFen] //=> ['40000', 360000, 240000]
 */
export interface UntakenLeavePay {
  readonly days: number;
  /** The monthly wage used: the average of the months given (overtime pay excluded), exact fen. */
  readonly monthlyWageFen: string;
  /** Daily wage = monthly ÷ 21.75, exact fen (实施办法第十一条). */
  readonly dailyWageFen: string;
  /** 300 % of the daily wage per day, the normal pay for those days included (实施办法第十条). */
  readonly totalFen: number;
  /** What is owed beyond the normal pay already paid: 200 % per day. */
  readonly extraFen: number;
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

const RULES: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['DUT-10', 'DUT-06'] as RuleId[]);

/**
 * Pay for untaken annual leave (DUT-10; 职工带薪年休假条例 第五条, 企业职工带薪年休假实施办法
 * 第十条、第十一条): 300 % of the daily wage for each untaken day, the employee's
 * normal pay for those days included — so 200 % is owed beyond the normal pay.
 * The daily wage is the monthly wage ÷ 21.75, the monthly wage the average of
 * the 12 months before (fewer when employed fewer), overtime pay excluded.
 * Exact, rounded to whole fen once per figure.
 *
 * @param input - `{ days, monthlyWageFen }` or `{ days, monthlyWagesFen: [...] }` (see {@link UntakenLeavePayInputSchema})
 * @param options - {@link UntakenLeavePayOptions}
 * @returns a frozen {@link UntakenLeavePay}
 * @throws {GuifanError} `VALIDATION_FAILED` for bad input; `INVALID_OPTIONS` for a bad rounding
 * @example
 * untakenLeavePay({ days: 3, monthlyWageFen: 870000 }).explanation['zh-CN']
 * //=> '月工资 8700.00 元 ÷ 21.75 = 日工资 400.00 元；未休年休假 3 天 × 300% = 3600.00 元（含正常工作期间的工资收入，另应支付 2400.00 元）（DUT-10，条例第五条，实施办法第十条、第十一条）'
 * untakenLeavePay({ days: 2, monthlyWagesFen: [600000, 660000] }).totalFen //=> 173793
 */
export function untakenLeavePay(input: UntakenLeavePayInput, options: UntakenLeavePayOptions = {}): UntakenLeavePay {
  const rounding = roundingOf(options === null || typeof options !== 'object' ? undefined : options.rounding);
  const p = parseOrIssues(UntakenLeavePayInputSchema, input, [], 'DUT-10');
  if (!p.data) throw validationError(p.issues, 'DUT-10');
  const a = p.data;
  const monthly: Q = 'monthlyWageFen' in a ? q(BigInt(a.monthlyWageFen)) : q(a.monthlyWagesFen.reduce((n, x) => n + BigInt(x), 0n), BigInt(a.monthlyWagesFen.length));
  const daily = q(monthly.n * 100n, monthly.d * 2175n);
  const days = fromNumber(a.days);
  const total = mul(mul(daily, days), q(3n));
  const extra = mul(mul(daily, days), q(2n));
  const [t, e] = [toFen(total, rounding), toFen(extra, rounding)];
  const m = roundToString(q(monthly.n, monthly.d * 100n), 2, rounding);
  const d = roundToString(q(daily.n, daily.d * 100n), 2, rounding);
  const avgZh = 'monthlyWagesFen' in a ? `前 ${a.monthlyWagesFen.length} 个月平均` : '';
  const avgEn = 'monthlyWagesFen' in a ? ` (average of ${a.monthlyWagesFen.length} months)` : '';
  return Object.freeze({
    days: a.days,
    monthlyWageFen: toExactString(monthly),
    dailyWageFen: toExactString(daily),
    totalFen: t,
    extraFen: e,
    rules: RULES,
    explanation: Object.freeze({
      'zh-CN': `${avgZh}月工资 ${m} 元 ÷ 21.75 = 日工资 ${d} 元；未休年休假 ${a.days} 天 × 300% = ${yuan(BigInt(t))} 元（含正常工作期间的工资收入，另应支付 ${yuan(BigInt(e))} 元）（DUT-10，条例第五条，实施办法第十条、第十一条）`,
      en: `monthly wage${avgEn} CNY ${m} ÷ 21.75 = daily wage CNY ${d}; ${a.days} untaken days × 300 % = CNY ${yuan(BigInt(t))} (normal pay included; CNY ${yuan(BigInt(e))} owed beyond it) (DUT-10, Regulations Art. 5, Measures Art. 10, 11)`,
    }),
  });
}
