// Issue 24: thresholdsBetween reads the log once and replays each clock forward (it replayed the whole
// log at every step: 16,000 events took 78 s). These tests hold the linear version to the answers of the
// quadratic one (test/sla/_thresholdsReference.ts, the previous code) on every kind of history, and check
// that its cost grows linearly with the log (test/_helpers/growth.ts: n against 8n, no time bound).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, HOSPITAL, isGuifanError, PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE, thresholdsBetween, UTILITY_FEE_CENTRE, type SlaCase } from '../../src/index';
import { growthRatio, MAX_GROWTH, MEASURE_GROWTH } from '../_helpers/growth';
import { LONG_LOG_POLICY, longCase, wholeLog, type LogShape } from '../_helpers/slaLogs.mjs';
import { thresholdsBetweenReference } from './_thresholdsReference';

const policies = [LONG_LOG_POLICY, PROPERTY_SERVICE_CENTRE, UTILITY_FEE_CENTRE, REAL_ESTATE_CALL_CENTRE, HOSPITAL].map((p) => compileSlaPolicy(p));
const T0 = Date.parse('2026-09-28T08:00:00+08:00');
const MIN = 60_000;

const answer = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (e) {
    if (isGuifanError(e)) return `threw ${e.code}`;
    throw e;
  }
};

// Any history: every event type, clock-specific pauses and resets, contacts, retroactive starts,
// agreed deadlines, reclassification, events out of order and at the same instant.
const eventArb = fc.record(
  {
    type: fc.constantFrom('received', 'received', 'dispatched', 'contacted', 'replied', 'paused', 'resumed', 'paused', 'resumed', 'reclassified', 'deadline-agreed', 'resolved', 'visited', 'reopened', 'cancelled', 'reset', 'progress-updated'),
    minute: fc.integer({ min: 0, max: 20 * 24 * 60 }),
    clock: fc.option(fc.constantFrom('reply', 'answer', 'complaint-answer', 'contact', 'nope'), { nil: undefined, freq: 4 }),
    contact: fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined, freq: 3 }),
    startedAfter: fc.option(fc.integer({ min: -600, max: 60 }), { nil: undefined, freq: 6 }),
    dueAfter: fc.integer({ min: -2 * 24 * 60, max: 9 * 24 * 60 }),
    attrs: fc.option(fc.record({ kind: fc.constantFrom('complaint', 'query', 'consultation'), complexity: fc.constantFrom('simple', 'general', 'complex'), urgency: fc.constantFrom('high', 'normal', 'urgent-15', 'low-120') }, { requiredKeys: [] }), { nil: undefined }),
  },
  { requiredKeys: ['type', 'minute', 'dueAfter'] },
);
const caseArb = fc.record({
  attributes: fc.record({ kind: fc.constantFrom('complaint', 'query'), complexity: fc.constantFrom('simple', 'general', 'complex'), urgency: fc.constantFrom('high', 'normal', 'urgent-15') }, { requiredKeys: [] }),
  events: fc.array(eventArb, { maxLength: 14 }),
}).map(({ attributes, events }): SlaCase => ({
  attributes,
  events: [
    { type: 'received', at: T0 },
    ...events.map((e) => {
      const at = T0 + e.minute * MIN;
      return {
        type: e.type,
        at,
        ...(e.clock !== undefined && e.type !== 'received' ? { clock: e.clock } : {}),
        ...(e.contact !== undefined ? { contact: e.contact } : {}),
        ...(e.startedAfter !== undefined && (e.type === 'received' || e.type === 'reset') ? { startedAt: at + e.startedAfter * MIN } : {}),
        ...(e.type === 'deadline-agreed' ? { due: at + e.dueAfter * MIN } : {}),
        ...(e.attrs !== undefined && (e.type === 'received' || e.type === 'reclassified') ? { attributes: e.attrs } : {}),
      };
    }),
  ],
}));
const windowArb = fc.tuple(fc.integer({ min: -60, max: 25 * 24 * 60 }), fc.integer({ min: 0, max: 25 * 24 * 60 })).map(([from, len]) => [T0 + from * MIN, T0 + (from + len) * MIN] as const);

describe('ESC-03 thresholdsBetween is linear in the log and answers as before (issue 24)', () => {
  it('ESC-03 equals the step-by-step full replay on any history, window and policy', () => {
    let crossed = 0;
    fc.assert(
      fc.property(fc.constantFrom(...policies), caseArb, windowArb, (p, kase, [from, to]) => {
        const got = answer(() => thresholdsBetween(p, kase, from, to));
        expect(got).toEqual(answer(() => thresholdsBetweenReference(p, kase, from, to)));
        if (Array.isArray(got) && got.length > 1) crossed++;
      }),
      { numRuns: 400 },
    );
    // the histories must reach the crossings, not only the errors and the empty windows
    expect(crossed).toBeGreaterThan(40);
  });

  it('ESC-03 equals the full replay on long logs of notes, pauses and mixed events, and across split windows', () => {
    for (const shape of ['notes', 'pauses', 'mixed'] as const) {
      const kase = longCase(400, shape);
      const [a, b] = wholeLog(kase);
      const whole = thresholdsBetween(LONG_LOG_POLICY, kase, a, b);
      expect(whole.length, shape).toBeGreaterThan(3);
      expect(whole, shape).toEqual(thresholdsBetweenReference(LONG_LOG_POLICY, kase, a, b));
      const mid = Math.floor((a + b) / 2);
      expect([...thresholdsBetween(LONG_LOG_POLICY, kase, a, mid), ...thresholdsBetween(LONG_LOG_POLICY, kase, mid, b)], shape).toEqual(whole);
    }
  });

  it.runIf(MEASURE_GROWTH).each<LogShape>(['notes', 'pauses', 'mixed'])('ESC-03 the cost of a %s log grows linearly: 8× the events, well under 32× the time', (shape) => {
    const logs = (n: number) => {
      const kase = longCase(n, shape);
      const [a, b] = wholeLog(kase);
      return () => thresholdsBetween(LONG_LOG_POLICY, kase, a, b);
    };
    const { ratio, report } = growthRatio(logs(500), logs(4_000));
    expect(ratio, report).toBeLessThan(MAX_GROWTH);
  });
});
