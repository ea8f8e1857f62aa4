// The fuzz contract must be able to fail: each way a call can break it is caught.
import { describe, expect, it } from 'vitest';
import { GuifanError, makeIssue } from '../../src/index';
import { checkCall, findBad, snapshot } from './contract';

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
    expect(findBad([{ 'Number.NaN': 0 }], true)).toBe('result[0] has the key "Number.NaN"');
    // A key the caller wrote may be quoted back (seed 102081378 found validatePolicy's unknown-key issue).
    expect(() => checkCall('quotes', () => ({ message: '有多余的键：Number.NaN' }), [{ 'Number.NaN': 0 }])).not.toThrow();
    expect(() => checkCall('makes', () => ({ message: '有多余的键：NaN' }), [{ k: 0 }])).toThrow(/makes returned a result where result.message reads/);
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

  it('a call that changes its arguments fails (no input mutation); reading them, or a result that shares them, does not', () => {
    const input = { events: [{ type: 'received', at: new Date(0) }], tags: new Set(['a']) };
    expect(() => checkCall('pushes', (x: unknown) => (x as { events: unknown[] }).events.push({}), [input])).toThrow(/pushes changed its arguments/);
    expect(() => checkCall('dates', (x: unknown) => (x as { events: { at: Date }[] }).events[0]!.at.setTime(1), [structuredClone(input)])).toThrow(/dates changed its arguments/);
    expect(() => checkCall('sets', (x: unknown) => (x as { tags: Set<string> }).tags.add('b'), [structuredClone(input)])).toThrow(/sets changed its arguments/);
    expect(() => checkCall('reads', (x: unknown) => ({ ...(x as object) }), [input])).not.toThrow();
  });

  it('snapshots are cycle safe, bounded, and tell NaN, -0, undefined and BigInt apart', () => {
    const cycle: Record<string, unknown> = { n: 1 };
    cycle.self = cycle;
    expect(snapshot(cycle)).toBe('{"n":1,"self":"[cycle 0]"}');
    expect(new Set([snapshot([NaN]), snapshot(['NaN']), snapshot([-0]), snapshot([0]), snapshot([undefined]), snapshot([null]), snapshot([1n]), snapshot(['1n'])]).size).toBe(8);
  });
});
