import { GUIFAN_ERROR_BRAND, type GuifanError } from './GuifanError';
import type { GuifanErrorCode } from './types';

/**
 * Whether `value` is a {@link GuifanError}, optionally with a given code. Works
 * across the ESM and CJS builds and across realms, unlike `instanceof`. Never
 * throws: a value whose reading throws (a hostile Proxy, a throwing getter) is
 * not a GuifanError.
 *
 * @param value - anything caught
 * @param code - when given, also require this code
 * @returns `true` when `value` is a GuifanError (with that code)
 * @example
 * isGuifanError(new GuifanError('INVALID_DATE', { value: 'x' })) //=> true
 * isGuifanError(new Error('x')) //=> false
 */
export function isGuifanError(value: unknown, code?: GuifanErrorCode): value is GuifanError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<PropertyKey, unknown>)[GUIFAN_ERROR_BRAND] === true && (code === undefined || (value as GuifanError).code === code);
  } catch {
    return false;
  }
}
