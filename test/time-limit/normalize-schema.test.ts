// TL-01: dueAt checks a limit object without zod (time-limit/_lib/normalize.ts,
// to keep zod out of a deadline-only bundle). These tests pin that its
// verdicts are exactly TimeLimitSchema's: same accept/reject, same error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTimeLimit, TIME_UNITS, TimeLimitSchema, type TimeLimit } from '../../src/index';
import { parseBilingual } from '../../src/_lib/zodIssues';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';

/** What TimeLimitSchema says: ok, or the code/path normalizeLimit must throw. */
function schemaVerdict(limit: unknown): 'ok' | { code: string; path?: string } {
  const r = parseBilingual(TimeLimitSchema, limit);
  if (r.success) return 'ok';
  const first = r.problems[0]!;
  return first.path[0] === 'amount' ? { code: 'INVALID_AMOUNT' } : { code: 'INVALID_OPTIONS', path: ['limit', ...first.path].join('.') };
}

/** What normalizeLimit says (through formatTimeLimit, which only normalizes and prints). */
function ownVerdict(limit: unknown): 'ok' | { code: string; path?: string } {
  try {
    formatTimeLimit(limit as TimeLimit);
    return 'ok';
  } catch {
    const e = thrown(() => formatTimeLimit(limit as TimeLimit));
    return e.code === 'INVALID_AMOUNT' ? { code: e.code } : { code: e.code, path: String(e.details.path) };
  }
}

const nearLimit = fc.record(
  {
    amount: fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 2, -1, -0, NaN, Infinity, 1e21), fc.double(), fc.string(), fc.constant(undefined)),
    unit: fc.oneof(fc.constantFrom(...TIME_UNITS), fc.constantFrom('fortnight', '', 'Day', 'constructor'), fc.anything()),
    kind: fc.oneof(fc.constantFrom('within', 'maximum', 'lead', undefined), fc.constantFrom('soon', ''), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('TL-01 limit objects: normalizeLimit agrees with TimeLimitSchema', () => {
  it('TL-01 the same verdict and error for near-valid and odd limits', () => {
    fc.assert(
      // Strings are phrases (parseTimeLimit), not objects: left out here.
      fc.property(fc.oneof(nearLimit, fc.anything().filter((x) => typeof x !== 'string')), (limit) => {
        expect(ownVerdict(limit)).toEqual(schemaVerdict(limit));
      }),
      RUNS,
    );
  });

  it('TL-01 examples: halves, unknown keys, unknown units and kinds', () => {
    for (const limit of [
      { amount: 0.5, unit: 'workday' },
      { amount: 1.5, unit: 'workday' },
      { amount: 1.5, unit: 'hour' },
      { amount: 1.5, unit: 'day' },
      { amount: 3, unit: 'day', extra: 1 },
      { amount: 3, unit: 'fortnight' },
      { amount: -1, unit: 'fortnight' },
      { amount: 3, unit: 'day', kind: 'soon' },
      { amount: 3, unit: 'day', kind: undefined },
      null,
      [],
      42,
    ]) {
      expect(ownVerdict(limit)).toEqual(schemaVerdict(limit));
    }
    // Fixed before this test existed: a third key other than `kind` slipped through.
    expect(ownVerdict({ amount: 3, unit: 'day', extra: 1 })).toEqual({ code: 'INVALID_OPTIONS', path: 'limit' });
  });
});
