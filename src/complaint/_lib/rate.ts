import type { LocalizedText, RuleId } from '../../errors/types';
import { fromNumber, mul, q, roundToString, toExactString } from '../../_lib/rational';

/**
 * A rate with its parts: exact, rounded once for display (GB/T 8170), and its target.
 *
 * @example
 * const c = (id, satisfaction) => ({ id, kind: 'consultation', channel: 'phone', receivedAt: '2026-03-02T09:00+08:00', satisfaction })
 * const records = [c('Q1', 'satisfied'), c('Q2', 'satisfied'), c('Q3', 'unsatisfied')]
 * const r = complaintMetrics(records, { from: '2026-03-01', to: '2026-03-31' }).rates.consultationSatisfaction;
 * [r.numerator, r.denominator, r.exactPercent, r.percent, r.target] //=> [2, 3, '200/3', '66.7', { min: 90, met: false }]
 */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** The exact percentage, a terminating decimal or `'n/d'` (`'1000/11'`); absent when the denominator is 0. */
  readonly exactPercent?: string;
  /** The percentage rounded once, GB/T 8170 (四舍六入五成双), e.g. `'92.3'`; absent when the denominator is 0. */
  readonly percent?: string;
  /** The target, when the rule sets one: at least `min` percent. `met` is decided on the exact value; absent with no data. */
  readonly target?: { readonly min: number; readonly met?: boolean };
  readonly rule: RuleId;
  readonly label: LocalizedText;
}

export function rate(numerator: number, denominator: number, rule: RuleId, label: LocalizedText, precision: number, min?: number): Rate {
  const base = { numerator, denominator, rule, label: Object.freeze(label) };
  if (denominator === 0) return Object.freeze({ ...base, ...(min !== undefined ? { target: Object.freeze({ min }) } : {}) });
  const pct = mul(q(BigInt(numerator), BigInt(denominator)), q(100n));
  let met = false;
  if (min !== undefined) {
    const m = fromNumber(min);
    // numerator/denominator × 100 ≥ min, in integers
    met = BigInt(numerator) * 100n * m.d >= m.n * BigInt(denominator);
  }
  return Object.freeze({
    ...base,
    exactPercent: toExactString(pct),
    percent: roundToString(pct, precision, 'half-even'),
    ...(min !== undefined ? { target: Object.freeze({ min, met }) } : {}),
  });
}
