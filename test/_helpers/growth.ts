// How the cost of a function grows with its input: the one place `npm test` reads the clock.
//
// The developers' guide forbids wall-clock bounds in `npm test` (a test must not fail because the
// machine is busy), except as a comparison of sizes n and 8n in one process. That is all this does:
// it never compares a time with a fixed number of milliseconds, only the time of the 8n input with
// the time of the n input, measured in the same process, interleaved (so that a burst of load falls
// on both), each the median of several runs (so that one collection or one preemption does not
// decide). A linear function gives about 8, n log n about 9–10, a quadratic one about 64: the bound
// of 32 sits far from both. It lives in test/_helpers/ and not in a *.test.ts file so that the
// repository's check for clocks in tests (performance.now / Date.now / hrtime in *.test.ts) keeps
// finding any other use; test/fuzz/growth.test.ts shows that it catches a planted quadratic function.

import { ONCE_PER_MATRIX } from './matrix';

/** Whether this run measures growth: once per `npm test` (a time zone does not change how cost grows). */
export const MEASURE_GROWTH = ONCE_PER_MATRIX;

/** A ratio above this (for 8× the input) means worse than n log n: far from 8 (linear), far below 64 (quadratic). */
export const MAX_GROWTH = 32;

/** How many times each size is timed (interleaved); the median of each is compared. */
const RUNS = 5;
/** Each timing repeats the call until the small input takes at least this long (by default), so the timer's grain does not matter. */
const MIN_SAMPLE_MS = 8;
const MAX_REPEATS = 10_000;

const now = (): number => performance.now();

function timeOf(f: () => unknown, repeats: number): number {
  const t0 = now();
  for (let i = 0; i < repeats; i++) f();
  return now() - t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The time of `large` (8× the input of `small`) over the time of `small`: the median of {@link RUNS}
 * interleaved timings each, after a warm-up (the first calls compile the code); each timing repeats
 * the call until the small input takes `minSampleMs`. `report` says what was measured, for the failure message.
 */
export function growthRatio(small: () => unknown, large: () => unknown, minSampleMs = MIN_SAMPLE_MS): { ratio: number; report: string } {
  small();
  large();
  small();
  let repeats = 1;
  while (repeats < MAX_REPEATS && timeOf(small, repeats) < minSampleMs) repeats *= 2;
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    smallMs.push(timeOf(small, repeats));
    largeMs.push(timeOf(large, repeats));
  }
  // A floor of a microsecond per call: a call too fast to time is not super-linear.
  const ratio = Math.max(median(largeMs), 0.001 * repeats) / Math.max(median(smallMs), 0.001 * repeats);
  const ms = (xs: number[]) => xs.map((x) => (x / repeats).toFixed(3)).join(', ');
  return { ratio, report: `8× input took ${ratio.toFixed(1)}× the time (limit ${MAX_GROWTH}); ms per call, n: ${ms(smallMs)}; 8n: ${ms(largeMs)}` };
}
