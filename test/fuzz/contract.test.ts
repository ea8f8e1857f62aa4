// The fuzz contract must be able to fail: each way a call can break it is caught.
import { describe, expect, it } from 'vitest';
import { GuifanError, makeIssue } from '../../src/index';
import { checkCall, findBad, SLOW_MS } from './contract';

const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
};

describe('fuzz contract (test/fuzz/contract.ts)', () => {
  it('a throw that is not a GuifanError fails, naming the export; a GuifanError passes', () => {
    expect(() => checkCall('f', () => (null as unknown as { x(): void }).x(), [])).toThrow(/f threw a non-GuifanError TypeError/);
    expect(() => checkCall('f', () => { throw new RangeError('x'); }, [])).toThrow(/RangeError/);
    expect(() => checkCall('f', () => { throw new GuifanError('INVALID_DATE', { value: 1 }); }, [])).not.toThrow();
  });

  it('NaN and Invalid Date anywhere in the result fail, with their path', () => {
    expect(findBad({ a: [{ b: NaN }] }, true)).toBe('result.a[0].b is NaN');
    expect(findBad(new Map([['k', { d: new Date(NaN) }]]), true)).toBe('result.get(k).d is an Invalid Date');
    expect(findBad(new Set([Number.NaN]), true)).toBe('result<item> is NaN');
    expect(findBad(new Int32Array([1]), true)).toBeUndefined();
    expect(findBad({ text: '2026年NaN月' }, true)).toBe('result.text reads "2026年NaN月"');
    expect(findBad({ text: '2026年NaN月' }, false)).toBeUndefined(); // the input showed NaN itself
    expect(() => checkCall('g', () => ({ due: new Date(NaN) }), [])).toThrow(/g returned a result where result.due is an Invalid Date/);
  });

  it('cycles and deep values are walked safely; issues may quote the bad input; Float64Array columns may hold NaN', () => {
    const cycle: Record<string, unknown> = { n: 1 };
    cycle.self = cycle;
    expect(findBad(cycle, true)).toBeUndefined();
    let deep: unknown = NaN;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(findBad(deep, true)).toBeUndefined(); // beyond the depth bound: not walked
    expect(findBad([makeIssue('SCORE_OUT_OF_RANGE', ['x'], { value: NaN, min: 0, max: 1 })], false)).toBeUndefined();
    expect(findBad({ due: new Float64Array([NaN]) }, true)).toBeUndefined();
  });

  it(`a call slower than ${SLOW_MS} ms fails only when its re-run is slow too`, () => {
    let first = true;
    const slowOnce = () => {
      if (first) busy(SLOW_MS + 30);
      first = false;
      return 1;
    };
    expect(() => checkCall('warm-up', slowOnce, [])).not.toThrow();
    expect(() => checkCall('slow', () => busy(SLOW_MS + 30), [])).toThrow(/slow: slower than 100 ms twice/);
  });
});
