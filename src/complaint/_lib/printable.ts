import { makeIssue, type ValidationIssue } from './makeIssue';

const isBad = (v: unknown): boolean => (typeof v === 'number' && Number.isNaN(v)) || (v instanceof Date && Number.isNaN(v.getTime()));

function hasBad(v: unknown, depth = 0): boolean {
  if (isBad(v)) return true;
  if (depth > 8 || typeof v !== 'object' || v === null) return false;
  try {
    return Object.values(v).some((x) => hasBad(x, depth + 1));
  } catch {
    return false;
  }
}

/** `v` with NaN and Invalid Date written out as text, so that an issue never carries them (they would look like results). */
export function printable(v: unknown, depth = 0): unknown {
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v;
  if (depth > 8 || typeof v !== 'object' || v === null || !hasBad(v)) return v;
  if (Array.isArray(v)) return v.map((x) => printable(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = printable(x, depth + 1);
  return out;
}

/** The issue, rebuilt with printable details when they echo a NaN or an Invalid Date from the input. */
export function cleanIssue(issue: ValidationIssue): ValidationIssue {
  if (!hasBad(issue.details)) return issue;
  // Every issue that reaches here was made by this module's makeIssue (its codes), or is INVALID_INPUT.
  return makeIssue(issue.code as Parameters<typeof makeIssue>[0], issue.path, printable(issue.details) as Record<string, unknown>, issue.rule, issue.severity);
}
