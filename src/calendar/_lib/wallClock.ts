import type { Zone } from '../../_lib/zone';

const HOUR = 3_600_000;
/** Sample step: no zone changes its offset twice within 12 hours (nor in any day, see zone.ts). */
const STEP = 12 * HOUR;

/**
 * Reads wall-clock ranges of a zone as instants, exactly, across daylight
 * saving changes (CAL-04). A wall time that a spring-forward gap skips has no
 * instant, so a range with an end in the gap ends (or starts) where the gap
 * ends; a range that lies wholly in a gap is empty; a wall time that a
 * fall-back repeats has two instants, and each real minute the clock shows
 * inside the range counts once.
 */
export interface WallClock {
  /**
   * Appends to `out` the instants `t` with `a ≤ t + offset(t) < b` (wall-clock
   * milliseconds since 1970-01-01 00:00 local) as ascending [start, end) pairs.
   */
  range(a: number, b: number, out: number[]): void;
}

export function createWallClock(zone: Zone): WallClock {
  // The instant of the offset change in (k·STEP, (k+1)·STEP], or null: found
  // by bisection on whole seconds (zone transitions fall on whole seconds).
  const changes = new Map<number, number | null>();
  const changeIn = (k: number): number | null => {
    const known = changes.get(k);
    if (known !== undefined) return known;
    const x = k * STEP;
    const ox = zone.offsetAt(x);
    let found: number | null = null;
    if (zone.offsetAt(x + STEP) !== ox) {
      let lo = x / 1000;
      let hi = (x + STEP) / 1000;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zone.offsetAt(mid * 1000) === ox) lo = mid;
        else hi = mid;
      }
      found = hi * 1000;
    }
    if (changes.size > 4096) changes.clear();
    changes.set(k, found);
    return found;
  };

  return {
    range(a, b, out) {
      if (!(b > a)) return;
      // Offsets lie within UTC−12…UTC+14: only instants in [a − 14 h, b + 12 h) can show a wall time in [a, b).
      const lo = a - 14 * HOUR;
      const hi = b + 12 * HOUR;
      const cuts: number[] = [lo];
      for (let k = Math.floor(lo / STEP); k * STEP < hi; k++) {
        const c = changeIn(k);
        if (c !== null && c > lo && c < hi) cuts.push(c);
      }
      cuts.push(hi);
      const first = out.length;
      for (let i = 0; i + 1 < cuts.length; i++) {
        const o = zone.offsetAt(cuts[i]!);
        const s = Math.max(cuts[i]!, a - o);
        const e = Math.min(cuts[i + 1]!, b - o);
        if (e <= s) continue;
        // Pieces that meet across a gap are one interval.
        if (out.length > first && out[out.length - 1] === s) out[out.length - 1] = e;
        else out.push(s, e);
      }
    },
  };
}
