// The fuzz test's growth check (test/fuzz/growth.ts) must be able to fail (issue 24): a deliberately
// quadratic function fails it, through the same code that checks every export; linear and n log n ones
// pass. Nothing here compares a time with a fixed bound: only n against 8n, in one process.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_GROWTH, MEASURE_GROWTH } from '../_helpers/growth';
import { growthOf, growthSamples, growthSites, grown } from './growth';

/** Work proportional to the square of the list (or text) it is given: a pair loop over the events. */
function plantedQuadratic(kase: { events: { at: number }[] }): number {
  let pairs = 0;
  for (const a of kase.events) for (const b of kase.events) if (a.at <= b.at) pairs++;
  return pairs;
}
function linear(kase: { events: { at: number }[] }): number {
  let sum = 0;
  for (const e of kase.events) sum += e.at;
  return sum;
}
function sorting(kase: { events: { at: number }[] }): number {
  return [...kase.events].sort((a, b) => b.at - a.at)[0]?.at ?? 0;
}
function quadraticText(text: string): number {
  let same = 0;
  for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text[i] === text[j]) same++;
  return same;
}

const near = [fc.tuple(fc.record({ id: fc.string(), events: fc.array(fc.record({ type: fc.constantFrom('received', 'paused'), at: fc.nat() }), { minLength: 1, maxLength: 5 }) }))];
const textNear = [fc.tuple(fc.string({ minLength: 1, maxLength: 20 }))];

describe('fuzz growth check (issue 24)', () => {
  it('grows one list or text argument, copying only the way to it', () => {
    const args = [{ id: 'a', events: [{ at: 1 }, { at: 2 }] }, 'xy'] as const;
    expect(growthSites(args).map((s) => s.path)).toEqual([[0, 'events'], [1]]);
    const g = grown(args, [0, 'events'], 3);
    expect((g[0] as { events: unknown[] }).events).toHaveLength(6);
    expect(g[1]).toBe('xy');
    expect(args[0].events).toHaveLength(2);
    expect(grown(args, [1], 4)[1]).toBe('xyxyxyxy');
  });

  it.runIf(MEASURE_GROWTH)(`a planted quadratic function fails: 8× the input takes more than ${MAX_GROWTH}× the time`, () => {
    expect(growthOf(plantedQuadratic as never, growthSamples(near))!.ratio).toBeGreaterThan(MAX_GROWTH);
    expect(growthOf(quadraticText as never, growthSamples(textNear))!.ratio).toBeGreaterThan(MAX_GROWTH);
  });

  it.runIf(MEASURE_GROWTH)('linear and n log n functions pass', () => {
    for (const f of [linear, sorting]) {
      const g = growthOf(f as never, growthSamples(near))!;
      expect(g.ratio, g.report).toBeLessThan(MAX_GROWTH);
    }
  });
});
