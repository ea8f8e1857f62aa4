// Questions about a clock's pauses (ESC-01 “暂停计时”) answered in O(log pauses): the pauses are
// disjoint and in time order, and `closed[i]` (see replay.ts) is the total length of the first i
// closed ones. A long case replayed step by step (thresholdsBetween) asks them at every step, so
// walking every pause each time would make the whole replay quadratic (issue 24).

type Pauses = readonly (readonly [number, number])[];

/** The first pause that ends after `x` (`pauses.length` when none): ends are in time order. */
export function firstEndAfter(pauses: Pauses, x: number): number {
  let lo = 0;
  let hi = pauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pauses[mid]![1] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The number of pauses that begin before `x`: starts are in time order. */
function countStartingBefore(pauses: Pauses, x: number): number {
  let lo = 0;
  let hi = pauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pauses[mid]![0] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The total length of the first `i` pauses (only the last pause can be missing from `closed`: the open one). */
function lengthBefore(pauses: Pauses, closed: readonly number[], i: number): number {
  if (i < closed.length) return closed[i]!;
  let sum = closed[closed.length - 1]!;
  for (let j = closed.length - 1; j < i; j++) sum += pauses[j]![1] - pauses[j]![0];
  return sum;
}

/** Paused time inside [lo, hi]: the sum over pauses of max(0, min(b, hi) − max(a, lo)). */
export function pausedWithin(pauses: Pauses, closed: readonly number[], lo: number, hi: number): number {
  if (!(hi > lo) || pauses.length === 0) return 0;
  const f = firstEndAfter(pauses, lo);
  const g = countStartingBefore(pauses, hi) - 1;
  if (f > g) return 0;
  // Pauses f…g overlap [lo, hi]; only the first and the last can stick out of it.
  return lengthBefore(pauses, closed, g + 1) - lengthBefore(pauses, closed, f) - Math.max(0, lo - pauses[f]![0]) - Math.max(0, pauses[g]![1] - hi);
}

/**
 * When `activeMs` of running time after `s0` is used up, the pauses not
 * counting (a percentage warning fires later by exactly the pauses before it).
 * Walking the pauses from `s0`, the answer falls in the gap before the first
 * pause by whose start that much running time has passed, or after the last.
 */
export function activeInstant(s0: number, activeMs: number, pauses: Pauses, closed: readonly number[]): number {
  const f = firstEndAfter(pauses, s0);
  if (f === pauses.length) return s0 + activeMs;
  // Running time from s0 to the start of pause i ≥ f (0 for a pause that began by s0): never decreasing in i.
  const runningBefore = (i: number): number => {
    const a = pauses[i]![0];
    if (a <= s0) return 0;
    return a - s0 - (lengthBefore(pauses, closed, i) - lengthBefore(pauses, closed, f) - Math.max(0, s0 - pauses[f]![0]));
  };
  // The first pause whose start is reached with `activeMs` used up; with nothing (or less) to use up, the
  // first one after some running time, where the walk stops at once.
  const need = activeMs > 0 ? activeMs : 1;
  let lo = f;
  let hi = pauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runningBefore(mid) >= need) hi = mid;
    else lo = mid + 1;
  }
  const prior = lo === f ? 0 : runningBefore(lo - 1);
  const from = lo === f ? s0 : pauses[lo - 1]![1];
  return from + (activeMs - prior);
}
