import { isGuifanError } from '../errors/isGuifanError';
import type { SafeResult } from './_lib/core';
import { composeAnnual, type AnnualScore, type ComposeAnnualOptions } from './composeAnnual';
import type { AnnualInput } from './schema';

/**
 * {@link composeAnnual} that returns its problems instead of throwing.
 *
 * @param input - annual inputs, possibly untrusted
 * @param options - {@link ComposeAnnualOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }` (error.details.issues)
 * @example
 * safeComposeAnnual({ inspections: [90], monthly: [90, 90], yearEnd: 90 }).success //=> false (10 months missing)
 */
export function safeComposeAnnual(input: unknown, options: ComposeAnnualOptions = {}): SafeResult<AnnualScore> {
  try {
    return { success: true, data: composeAnnual(input as AnnualInput, options) };
  } catch (e) {
    if (isGuifanError(e)) return { success: false, error: e };
    throw e;
  }
}
