// The fuzz contract (returns or throws a GuifanError; no Invalid Date, no NaN) for the SLA engine's
// changed and added exports, on the near-miss inputs of test/fuzz/cases/sla-engine.ts. How their cost
// grows is checked without a clock bound: test/sla/thresholds-linear.test.ts and the fuzz growth check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as g from '../../src/index';
import { cases } from '../fuzz/cases/sla-engine';

function noInvalid(v: unknown, seen = new Set<unknown>()): void {
  if (v instanceof Date) return expect(Number.isNaN(v.getTime())).toBe(false);
  if (typeof v === 'number') return expect(Number.isNaN(v)).toBe(false);
  if (typeof v !== 'object' || v === null || seen.has(v)) return;
  seen.add(v);
  if (ArrayBuffer.isView(v)) return; // columns use NaN for “none”, documented
  for (const x of Object.values(v)) noInvalid(x, seen);
}

const call = (fn: (...a: unknown[]) => unknown, args: readonly unknown[]) => {
  try {
    noInvalid(fn(...args));
  } catch (e) {
    if (!g.isGuifanError(e)) throw e;
  }
};

describe('ESC-04 SLA engine exports keep the fuzz contract', () => {
  const c = cases.thresholdsBetween!;
  if (c.kind !== 'function') throw new Error('function case expected');
  it('ESC-03 thresholdsBetween, evaluateCase and evaluateCases on near-miss input', () => {
    fc.assert(
      fc.property(c.near[0]!, (args) => {
        call(g.thresholdsBetween as never, args);
        call(g.evaluateCase as never, [args[0], args[1], args[2]]);
        call(g.evaluateCases as never, [args[0], [args[1]], args[3]]);
        call(g.evaluateCases as never, [args[0], [args[1]], args[3], { detail: 'columns' }]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ESC-04 regressions found by the fuzz contract', () => {
  it('an event time of NaN is an INVALID_EVENT_TIME issue that quotes it as text (seed -614155235)', () => {
    const [r] = g.evaluateCases(g.PROPERTY_SERVICE_CENTRE, [{ attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: NaN }] } as never], 1735689600000);
    expect(r!.issues[0]).toMatchObject({ code: 'INVALID_EVENT_TIME', path: ['events', 0, 'at'], value: 'NaN' });
  });
});
