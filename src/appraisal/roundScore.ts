import { GuifanError } from '../errors/GuifanError';
import { roundToString } from '../_lib/rational';
import { readDecimal } from './_lib/readNumber';

/** Largest number of decimals (either way) {@link roundScore} accepts. */
const MAX_PRECISION = 100;

/**
 * Rounds a decimal once by a named rule: GB/T 8170-2008 (四舍六入五成双, with
 * its sign rule: round the absolute value, then put the sign back) or
 * round-half-up. Numbers are taken as written (`2.675` is exactly 2.675, not
 * the binary 2.67499…); pass a string to be explicit.
 *
 * @param value - a number or a decimal string
 * @param precision - decimal places (negative for tens, hundreds…) @default 2
 * @param rule - `'half-even'` (GB/T 8170) or `'half-up'` @default 'half-even'
 * @returns the rounded value as a fixed-point string
 * @throws {GuifanError} `INVALID_AMOUNT` for NaN, infinities, non-decimals and a precision that is not a whole number from −100 to 100; `INVALID_OPTIONS` for an unknown rule
 * @example
 * roundScore(2.675) //=> '2.68'
 * roundScore('2.665') //=> '2.66'
 * roundScore('-0.0365', 3) //=> '-0.036'
 * roundScore('2.665', 2, 'half-up') //=> '2.67'
 */
export function roundScore(value: number | string, precision = 2, rule: 'half-even' | 'half-up' = 'half-even'): string {
  const exact = readDecimal(value, 'value', 'APR-04');
  // Bounded: 10^precision is computed exactly, and a silly precision must not hang.
  if (!Number.isInteger(precision) || Math.abs(precision) > MAX_PRECISION) {
    throw new GuifanError('INVALID_AMOUNT', { value: precision, name: 'precision', expectedZh: `小数位数应为 −${MAX_PRECISION} 至 ${MAX_PRECISION} 之间的整数`, expectedEn: `a whole number of decimals from −${MAX_PRECISION} to ${MAX_PRECISION}` }, 'APR-04');
  }
  if (rule !== 'half-even' && rule !== 'half-up') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'rule', value: rule, reasonZh: "应为 'half-even' 或 'half-up'", reasonEn: "expected 'half-even' or 'half-up'" }, 'APR-04');
  }
  return roundToString(exact, precision, rule);
}
