// Issue 24: evaluateCases copied a case id of NaN, Infinity or an Invalid Date into its summaries,
// where evaluateCase rejects the same case. Both paths now hold ids to the one rule of SlaCaseSchema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCase, evaluateCases, isGuifanError, PROPERTY_SERVICE_CENTRE, SlaCaseSchema } from '../../src/index';
import { isCaseId } from '../../src/sla/_lib/caseId';

const kase = (id: unknown) => ({ id, attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] });
const AT = '2026-10-12T11:00+08:00';
const outcome = (f: () => unknown): string => {
  try {
    const r = f() as { id?: unknown } | { id?: unknown }[];
    return `ok ${String(Array.isArray(r) ? r[0]?.id : r.id)}`;
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    return `${e.code} ${(e.details.issues as { message: { en: string } }[] | undefined)?.[0]?.message.en}`;
  }
};

describe('ESC-04 evaluateCases checks case ids as evaluateCase does (issue 24)', () => {
  it.each([NaN, Infinity, new Date(NaN), 5, null, {}, ['T-1'], 10n])('ESC-04 a case id of %s is VALIDATION_FAILED on every path, with the same message', (id) => {
    const single = outcome(() => evaluateCase(PROPERTY_SERVICE_CENTRE, kase(id) as never, AT));
    expect(single).toMatch(/^VALIDATION_FAILED/);
    for (const detail of ['summary', 'columns', 'full'] as const) {
      expect(outcome(() => evaluateCases(PROPERTY_SERVICE_CENTRE, [kase('ok'), kase(id)] as never, AT, { detail } as never)), detail).toBe(single);
    }
  });

  it('ESC-04 an id the single path accepts is copied as it is', () => {
    for (const id of ['T-1', '', undefined]) {
      expect(evaluateCases(PROPERTY_SERVICE_CENTRE, [kase(id) as never], AT)[0]!.id).toBe(id);
      expect(evaluateCase(PROPERTY_SERVICE_CENTRE, kase(id) as never, AT).id).toBe(id);
    }
  });

  it("ESC-04 the batch's id predicate is the schema's id rule", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }), (v) => {
        expect(isCaseId(v)).toBe(SlaCaseSchema.shape.id.safeParse(v).success);
      }),
      { numRuns: 300 },
    );
  });
});
