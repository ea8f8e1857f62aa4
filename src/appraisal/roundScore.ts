import { GuifanError } from '../errors/GuifanError';
import { fromDecimal, roundToString } from '../_lib/rational';

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
 * @throws {GuifanError} `INVALID_AMOUNT` for NaN, infinities and non-decimals
 * @example
 * roundScore(2.675) //=> '2.68'
 * roundScore('2.665') //=> '2.66'
 * roundScore('-0.0365', 3) //=> '-0.036'
 * roundScore('2.665', 2, 'half-up') //=> '2.67'
 */
export function roundScore(value: number | string, precision = 2, rule: 'half-even' | 'half-up' = 'half-even'): string {
  if ((typeof value !== 'number' && typeof value !== 'string') || (typeof value === 'number' && !Number.isFinite(value)) || !Number.isInteger(precision)) {
    throw new GuifanError('INVALID_AMOUNT', { value, name: 'value', expectedZh: '应为有限的十进制数', expectedEn: 'a finite decimal' }, 'APR-04');
  }
  try {
    return roundToString(fromDecimal(String(value)), precision, rule);
  } catch (cause) {
    throw new GuifanError('INVALID_AMOUNT', { value, name: 'value', expectedZh: '应为有限的十进制数', expectedEn: 'a finite decimal' }, 'APR-04', { cause });
  }
}
