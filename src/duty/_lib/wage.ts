import { q, roundScaled, roundToString, type Q, type RoundingRule } from '../../_lib/rational';
import { parseOrIssues } from '../../_lib/zodIssues';
import { GuifanError } from '../../errors/GuifanError';
import type { LocalizedText } from '../../errors/types';
import { validationError } from '../../errors/validationError';
import { WageSchema } from '../schema';
import { yuan } from './text';

/** An hourly wage in exact fen, read from a monthly or an hourly wage (DUT-06). */
export interface HourlyWage {
  readonly hourly: Q;
  /** Whether the wage is monthly: then the normal hours of working days are in it already. */
  readonly monthly: boolean;
  readonly explanation: LocalizedText;
}

/** 21.75 days × 8 hours: the hours a monthly wage pays for (劳社部发〔2008〕3号, DUT-06). */
export const MONTH_HOURS = q(174n);

/** The exact hourly wage of `{ monthlyWageFen }` or `{ hourlyWageFen }`; VALIDATION_FAILED otherwise. */
export function readWage(wage: unknown, path: readonly (string | number)[]): HourlyWage {
  const p = parseOrIssues(WageSchema, wage, path, 'DUT-06');
  if (!p.data) throw validationError(p.issues, 'DUT-06');
  if ('monthlyWageFen' in p.data) {
    const m = BigInt(p.data.monthlyWageFen);
    const hourly = q(m, MONTH_HOURS.n);
    const approx = roundToString(q(m, 17_400n), 4, 'half-even');
    return {
      hourly,
      monthly: true,
      explanation: {
        'zh-CN': `月工资 ${yuan(m)} 元 ÷ 21.75 天 ÷ 8 小时 = 小时工资 ${approx} 元（DUT-06，劳社部发〔2008〕3号）`,
        en: `monthly wage CNY ${yuan(m)} ÷ 21.75 days ÷ 8 hours = hourly wage CNY ${approx} (DUT-06, 劳社部发〔2008〕3号)`,
      },
    };
  }
  const h = BigInt(p.data.hourlyWageFen);
  return { hourly: q(h), monthly: false, explanation: { 'zh-CN': `小时工资 ${yuan(h)} 元`, en: `hourly wage CNY ${yuan(h)}` } };
}

/** The exact fen that `ms` of work at `percent` earns. */
export const amountOf = (w: HourlyWage, ms: number, percent: number): Q => q(w.hourly.n * BigInt(ms) * BigInt(percent), w.hourly.d * 360_000_000n);

/** Rounds exact fen once to whole fen (GB/T 8170 half-even by default). */
export function toFen(x: Q, rounding: RoundingRule): number {
  const n = roundScaled(x, 0, rounding);
  // A wage of up to Number.MAX_SAFE_INTEGER fen over years of hours can pass 2^53.
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new GuifanError('INVALID_AMOUNT', { value: n.toString(), name: 'fen', expectedZh: '金额超出可精确表示的范围', expectedEn: 'the amount is too large to be exact' }, 'DUT-06');
  }
  return Number(n);
}

/** The `rounding` option: GB/T 8170 half-even unless `'half-up'` (四舍五入). */
export function roundingOf(value: unknown): RoundingRule {
  if (value === undefined || value === 'half-even' || value === 'half-up') return value ?? 'half-even';
  throw new GuifanError('INVALID_OPTIONS', { path: 'rounding', value, reasonZh: "应为 'half-even'（GB/T 8170）或 'half-up'", reasonEn: "expected 'half-even' (GB/T 8170) or 'half-up'" });
}
