// Issue 24: the questions thresholdsBetween asks about a clock's pauses at every step are answered
// in O(log pauses) (src/sla/_lib/pauseSpans.ts) and each deadline counts a closed pause once
// (dueWithPauses with a memo). Each is held here to the plain walk over every pause it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy } from '../../src/index';
import { normalizeLimit } from '../../src/time-limit/_lib/normalize';
import { LONG_LOG_POLICY } from '../_helpers/slaLogs.mjs';
import { compiledOf } from '../../src/sla/compileSlaPolicy';
import { activeInstant, pausedWithin } from '../../src/sla/_lib/pauseSpans';
import { dueWithPauses, measureOf, type PausedDue, type PauseShift } from '../../src/sla/_lib/pauses';

type Pause = [number, number];

/** Disjoint pauses in time order (some of no length, some back to back), and their closed prefix sums (the last maybe open). */
const pausesArb = fc
  .tuple(fc.integer({ min: 0, max: 2_000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })), { maxLength: 12 }), fc.boolean())
  .map(([start, gaps, open]) => {
    const pauses: Pause[] = [];
    let t = start;
    for (const [gap, len] of gaps) {
      pauses.push([t + gap, t + gap + len]);
      t += gap + len;
    }
    const closedCount = open && pauses.length ? pauses.length - 1 : pauses.length;
    const closed = [0];
    for (let i = 0; i < closedCount; i++) closed.push(closed[i]! + pauses[i]![1] - pauses[i]![0]);
    return { pauses, closed };
  });
const instant = fc.integer({ min: -10, max: 3_000 });

/** The walks the index replaces (the code before issue 24). */
const naivePaused = (pauses: Pause[], lo: number, hi: number): number => pauses.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, hi) - Math.max(a, lo)), 0);
function naiveActive(s0: number, activeMs: number, pauses: Pause[]): number {
  let cur = s0;
  let rem = activeMs;
  for (const [a, b] of pauses) {
    if (b <= cur) continue;
    if (a > cur) {
      if (a - cur >= rem) return cur + rem;
      rem -= a - cur;
    }
    cur = Math.max(cur, b);
  }
  return cur + rem;
}

describe('ESC-01 pause spans in O(log pauses) (issue 24)', () => {
  it('ESC-01 pausedWithin is the paused time inside [lo, hi]', () => {
    fc.assert(fc.property(pausesArb, instant, instant, ({ pauses, closed }, lo, hi) => {
      expect(pausedWithin(pauses, closed, lo, hi)).toBe(naivePaused(pauses, lo, hi));
    }), { numRuns: 500 });
  });

  it('ESC-01 activeInstant is where the running time after s0 is used up, pauses not counting', () => {
    fc.assert(fc.property(pausesArb, instant, fc.integer({ min: -20, max: 800 }), ({ pauses, closed }, s0, activeMs) => {
      expect(activeInstant(s0, activeMs, pauses, closed)).toBe(naiveActive(s0, activeMs, pauses));
    }), { numRuns: 500 });
  });
});

describe('ESC-01 a deadline counts each closed pause once (issue 24)', () => {
  const MIN = 60_000;
  const T0 = Date.parse('2026-09-28T09:00:00+08:00');
  // a calendar with business hours (business-time limits need them)
  const policies = [compiledOf(compileSlaPolicy(LONG_LOG_POLICY))];
  const limits = ['2小时内', '4个工作小时内', '5个工作日内', '3天内', '半个工作日内', '0分钟'].map((t) => normalizeLimit(t));

  /** A fresh count, as every call made before the memo: every pause from the start, on a copy of the list. */
  const freshDue = (cp: (typeof policies)[number], s0: number, l: (typeof limits)[number], pauses: Pause[]): number => dueWithPauses(cp, s0, l, {}, pauses.map((p) => [...p] as Pause));

  it('ESC-01 replayed pause by pause (the last one open, then closed), the memo gives the deadline of a fresh count', () => {
    const stepArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 0, max: 2 * 24 * 60 })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.constantFrom(...limits), fc.integer({ min: 0, max: 600 }), stepArb, fc.integer({ min: 0, max: 3 }), (cp, l, startMin, steps, periodEvery) => {
        const memo = new Map<typeof l, PausedDue>();
        const pauses: Pause[] = [];
        let s0 = T0 + startMin * MIN;
        let t = s0;
        steps.forEach(([gap, len], i) => {
          // a periodic clock's period restarts now and then: the memo then starts again from s0
          if (periodEvery && i % periodEvery === 0) s0 = t;
          const a = t + gap * MIN;
          pauses.push([a, a]);
          for (const at of [a + Math.floor((len * MIN) / 2), a + len * MIN]) {
            const open = at < a + len * MIN;
            pauses[pauses.length - 1]![1] = at;
            const shifts = { shift: undefined as PauseShift | undefined };
            const got = dueWithPauses(cp, s0, l, {}, pauses, shifts, open ? pauses.length - 1 : pauses.length, memo);
            expect(got).toBe(freshDue(cp, s0, l, pauses));
            if (shifts.shift) expect(shifts.shift.measure).toBe(measureOf(l));
          }
          t = a + len * MIN;
        });
      }),
      { numRuns: 150 },
    );
  });
});
