import type { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';

/**
 * Result of a `safe…` function, zod style: `{ success: true, data }` or
 * `{ success: false, error }` with the {@link GuifanError} the throwing variant would throw.
 *
 * @example
 * safeScoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 } }).data.value //=> 92
 * safeScoreAppraisal({ marks: { 德: 21, 勤: 19, 能: 27, 绩: 28 } }).error.code //=> 'VALIDATION_FAILED'
 */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: GuifanError };

/** Runs `fn`, returning its GuifanError instead of throwing it (other errors still throw: they are bugs). */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (e) {
    if (isGuifanError(e)) return { success: false, error: e };
    throw e;
  }
}
