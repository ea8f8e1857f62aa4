import { describe, expect, it } from 'vitest';
import { checkManualUpdates } from '../../src/index';

// checkManualUpdates gathered the input's issues with `issues.push(...changes, ...updates)`, which passes every issue as an
// argument: V8 throws RangeError (“Maximum call stack size exceeded”) past about 125,000 of them. Each list now goes in one by one.

describe('SVC-04 lists of rule changes and manual updates with more issues than a call can take arguments', () => {
  it('160,000 rule changes that are not objects: one INVALID_INPUT each, no RangeError', () => {
    const n = 160_000;
    const r = checkManualUpdates(Array.from({ length: n }, () => null) as never, [], { at: '2026-10-10T09:00+08:00' });
    expect(r.success).toBe(false);
    expect(r.issues).toHaveLength(n);
    expect(r.issues.every((i) => i.code === 'INVALID_INPUT' && i.rule === 'SVC-04')).toBe(true);
    expect(r.issues.at(-1)!.path).toEqual(['ruleChanges', n - 1]);
    expect(r).toMatchObject({ changes: [], monthEnd: [] });
  }, 30_000);

  it('bad changes and bad updates together: both lists whole, changes first', () => {
    const n = 80_000;
    const r = checkManualUpdates(Array.from({ length: n }, () => null) as never, Array.from({ length: n }, () => 7) as never, { at: '2026-10-10T09:00+08:00' });
    expect(r.issues).toHaveLength(2 * n);
    expect([r.issues[0]!.path, r.issues[n]!.path, r.issues.at(-1)!.path]).toEqual([['ruleChanges', 0], ['manualUpdates', 0], ['manualUpdates', n - 1]]);
  }, 30_000);
});
