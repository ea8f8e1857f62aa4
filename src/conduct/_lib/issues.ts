import { tryEpochMs } from '../../_lib/input';
export { parseOrIssues } from '../../_lib/zodIssues';
import type { ValidationIssue } from '../../errors/issues';


/** success = no issue of severity 'error'. */
export const succeeded = (issues: readonly ValidationIssue[]): boolean => !issues.some((i) => i.severity === 'error');

/** An instant of user data: a `Date`, ISO text with an offset, or epoch milliseconds; `undefined` when it is none. */
export function readInstant(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) <= 8.64e15 ? v : undefined;
  return tryEpochMs(v);
}

/** A user value as an issue may echo it (the library's one rule for NaN and invalid dates). */
export { quotedValue as echo } from '../../_lib/describe';
