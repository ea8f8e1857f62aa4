import { safely, type SafeResult } from '../_lib/safe';
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
  return safely(() => composeAnnual(input as AnnualInput, options));
}
