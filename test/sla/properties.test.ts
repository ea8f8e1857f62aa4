import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_STATES, compileSlaPolicy, evaluateCase, evaluateCases, PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE, UTILITY_FEE_CENTRE, type CaseEvaluation, type SlaCase } from '../../src/index';
import { RUNS } from '../_helpers/dates';

const H = 3_600_000;
const T0 = Date.parse('2025-01-01T00:00:00Z');
const T1 = Date.parse('2026-09-30T00:00:00Z');
const startArb = fc.integer({ min: T0, max: T1 }).map((t) => Math.floor(t / 60_000) * 60_000);
const complexity = fc.constantFrom('simple', 'general', 'complex');
const policies = [compileSlaPolicy(PROPERTY_SERVICE_CENTRE), compileSlaPolicy(UTILITY_FEE_CENTRE), compileSlaPolicy(REAL_ESTATE_CALL_CENTRE)];
const policyArb = fc.constantFrom(...policies);
// pauses as (offset from start, length), in minutes
const pausesArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 20 * 24 * 60 }), fc.integer({ min: 1, max: 3 * 24 * 60 })), { maxLength: 3 });

function withPauses(start: number, pauses: [number, number][]): SlaCase['events'] {
  const evs: SlaCase['events'] = [
    { type: 'received', at: new Date(start) },
    { type: 'dispatched', at: new Date(start) },
  ];
  let t = start;
  for (const [gap, len] of pauses) {
    t += gap * 60_000;
    evs.push({ type: 'paused', at: new Date(t) });
    t += len * 60_000;
    evs.push({ type: 'resumed', at: new Date(t) });
  }
  return evs;
}

const signature = (r: CaseEvaluation) =>
  JSON.stringify(r.clocks.map((c) => [c.name, c.state, c.level ?? null, c.overMax, c.warnings.map((w) => w.reached), c.escalations.map((e) => e.reached)]));

describe('SLA properties', () => {
  it('ESC-04 pausing never makes a clock due earlier', () => {
    fc.assert(
      fc.property(startArb, complexity, pausesArb, (start, cx, pauses) => {
        const attributes = { kind: 'complaint', complexity: cx, urgency: 'high-30' };
        const at = new Date(start + 40 * 24 * H);
        for (const p of policies) {
          const plain = evaluateCase(p, { attributes, events: withPauses(start, []) }, at);
          const paused = evaluateCase(p, { attributes, events: withPauses(start, pauses) }, at);
          for (const c of paused.clocks) {
            const o = plain.clocks.find((x) => x.name === c.name)!;
            if (o.due && c.due) expect(c.due.getTime()).toBeGreaterThanOrEqual(o.due.getTime());
            if (o.max && c.max) expect(c.max.getTime()).toBeGreaterThanOrEqual(o.max.getTime());
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ESC-04 adding an event after `at` changes nothing at `at`', () => {
    const types = ['replied', 'resolved', 'paused', 'resumed', 'contacted', 'reopened', 'reclassified', 'deadline-agreed'];
    fc.assert(
      fc.property(policyArb, startArb, complexity, pausesArb, fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 1, max: 10 * 24 * 60 }), fc.constantFrom(...types), (p, start, cx, pauses, atOff, later, type) => {
        const kase: SlaCase = { attributes: { kind: 'complaint', complexity: cx, urgency: 'low-120' }, events: withPauses(start, pauses) };
        const at = new Date(start + atOff * 60_000);
        const extra = { type, at: new Date(at.getTime() + later * 60_000), ...(type === 'reclassified' ? { attributes: { complexity: 'complex' } } : {}), ...(type === 'deadline-agreed' ? { due: new Date(at.getTime() + 99 * H) } : {}) };
        expect(evaluateCase(p, { ...kase, events: [...kase.events, extra] }, at)).toEqual(evaluateCase(p, kase, at));
      }),
      RUNS,
    );
  });

  it('TL-06 re-agreeing within max never breaches earlier than the original target', () => {
    const p = policies[0]!;
    fc.assert(
      fc.property(startArb, fc.constantFrom('general', 'complex'), fc.integer({ min: 0, max: 1000 }), (start, cx, frac) => {
        const attributes = { kind: 'complaint', complexity: cx };
        const base = evaluateCase(p, { attributes, events: withPauses(start, []) }, new Date(start + H)).clocks.find((c) => c.name === 'complaint-answer')!;
        const agreedAt = start + Math.floor(((base.max!.getTime() - start) * frac) / 1000);
        const evs = [...withPauses(start, []), { type: 'deadline-agreed', at: new Date(start + 60_000), due: new Date(agreedAt) }];
        const after = evaluateCase(p, { attributes, events: evs }, new Date(start + 2 * 60_000)).clocks.find((c) => c.name === 'complaint-answer')!;
        expect(after.due!.getTime()).toBeGreaterThanOrEqual(base.due!.getTime());
        expect(after.due!.getTime()).toBeLessThanOrEqual(base.max!.getTime());
      }),
      RUNS,
    );
  });

  it('ESC-03 nextChangeAt is exactly the first instant at which re-evaluation differs', () => {
    fc.assert(
      fc.property(policyArb, startArb, complexity, fc.integer({ min: 0, max: 12 * 24 * 60 }), (p, start, cx, atOff) => {
        const kase: SlaCase = { attributes: { kind: 'complaint', complexity: cx, urgency: 'normal-60', hot: 'yes' }, events: withPauses(start, []) };
        const at = start + atOff * 60_000;
        const now = evaluateCase(p, kase, new Date(at));
        const n = now.nextChangeAt?.getTime();
        if (n === undefined) return;
        expect(n).toBeGreaterThan(at);
        expect(signature(evaluateCase(p, kase, new Date(n - 1)))).toBe(signature(now));
        expect(signature(evaluateCase(p, kase, new Date(n)))).not.toBe(signature(now));
      }),
      RUNS,
    );
  });

  it('ESC-04 the batch summary agrees with evaluateCase', () => {
    fc.assert(
      fc.property(policyArb, fc.array(fc.tuple(startArb, complexity, pausesArb), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 20 * 24 * 60 }), (p, specs, atOff) => {
        const cases = specs.map(([s, cx, pz], i) => ({ id: `c${i}`, attributes: { kind: 'complaint', complexity: cx, urgency: 'urgent-15' }, events: withPauses(s, pz) }));
        const at = new Date(T0 + atOff * 60_000 + 400 * 24 * H);
        const batch = evaluateCases(p, cases, at);
        cases.forEach((c, i) => {
          const full = evaluateCase(p, c, at);
          expect(batch[i]!.clocks.map((x) => [x.name, x.state, x.due, x.level])).toEqual(full.clocks.map((x) => [x.name, x.state, x.due?.getTime(), x.level]));
          expect(batch[i]!.nextChangeAt).toBe(full.nextChangeAt?.getTime());
        });
        // The columnar form says the same.
        const col = evaluateCases(p, cases, at, { detail: 'columns' });
        const m = col.clocks.length;
        cases.forEach((_, i) => {
          const fromColumns = col.clocks.flatMap((name, j) => (col.state[i * m + j] === 255 ? [] : [[name, CLOCK_STATES[col.state[i * m + j]!], Number.isNaN(col.due[i * m + j]!) ? undefined : col.due[i * m + j], col.level[i * m + j]! < 0 ? undefined : col.levels[j]![col.level[i * m + j]!]]]));
          expect(fromColumns).toEqual(batch[i]!.clocks.map((x) => [x.name, x.state, x.due, x.level]));
          expect(Number.isNaN(col.nextChangeAt[i]!) ? undefined : col.nextChangeAt[i]).toBe(batch[i]!.nextChangeAt);
        });
      }),
      { numRuns: 60 },
    );
  });
});
