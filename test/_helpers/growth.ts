// How the cost of a function grows with its input: the one place `npm test` reads the clock.
//
// The developers' guide forbids wall-clock bounds in `npm test` (a test must not fail because the
// machine is busy), except as a comparison of sizes n and 8n in one process. That is all this does:
// it never compares a time with a fixed number of milliseconds, only the time of the 8n input with
// the time of the n input, measured in the same process, interleaved (so that a burst of load falls
// on both), each the fastest of several runs and measured again before a high ratio is believed (so
// that a collection, a preemption or a burst of load does not decide). A linear function gives about 8, n log n about 9–10, a quadratic one about 64: the bound
// of 32 sits far from both. It lives in test/_helpers/ and not in a *.test.ts file so that the
// repository's check for clocks in tests (performance.now / Date.now / hrtime in *.test.ts) keeps
// finding any other use; test/fuzz/growth.test.ts shows that it catches a planted quadratic function.

import { ONCE_PER_MATRIX } from './matrix';

/** Whether this run measures growth: once per `npm test` (a time zone does not change how cost grows). */
export const MEASURE_GROWTH = ONCE_PER_MATRIX;

/** A ratio above this (for 8× the input) means worse than n log n: far from 8 (linear), far below 64 (quadratic). */
export const MAX_GROWTH = 32;

/** How many times each size is timed (interleaved); the fastest of each is compared. */
const RUNS = 5;
/** Each timing repeats the call until the small input takes at least this long (by default), so the timer's grain does not matter. */
const MIN_SAMPLE_MS = 8;
const MAX_REPEATS = 10_000;
/** Measurements taken before a ratio over the bound is believed. */
const ATTEMPTS = 3;

const now = (): number => performance.now();

function timeOf(f: () => unknown, repeats: number): number {
  const t0 = now();
  for (let i = 0; i < repeats; i++) f();
  return now() - t0;
}


/** One measurement: the fastest of {@link RUNS} interleaved timings of each size (load only ever adds time). */
function measure(small: () => unknown, large: () => unknown, repeats: number): { ratio: number; smallMs: number[]; largeMs: number[] } {
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    smallMs.push(timeOf(small, repeats));
    largeMs.push(timeOf(large, repeats));
  }
  // A floor of a microsecond per call: a call too fast to time is not super-linear.
  const ratio = Math.max(Math.min(...largeMs), 0.001 * repeats) / Math.max(Math.min(...smallMs), 0.001 * repeats);
  return { ratio, smallMs, largeMs };
}

/**
 * The time of `large` (8× the input of `small`) over the time of `small`: the fastest of {@link RUNS}
 * interleaved timings each, after a warm-up (the first calls compile the code); each timing repeats
 * the call until the small input takes `minSampleMs`. A ratio over {@link MAX_GROWTH} is measured again
 * (up to {@link ATTEMPTS} times) and the smallest kept: a burst of load on the machine can slow one
 * measurement, but a super-linear function is slow in every one. `report` says what was measured.
 */
export function growthRatio(small: () => unknown, large: () => unknown, minSampleMs = MIN_SAMPLE_MS): { ratio: number; report: string } {
  small();
  large();
  small();
  let repeats = 1;
  while (repeats < MAX_REPEATS && timeOf(small, repeats) < minSampleMs) repeats *= 2;
  let best = measure(small, large, repeats);
  for (let a = 1; a < ATTEMPTS && best.ratio > MAX_GROWTH; a++) {
    const again = measure(small, large, repeats);
    if (again.ratio < best.ratio) best = again;
  }
  const ms = (xs: number[]) => xs.map((x) => (x / repeats).toFixed(3)).join(', ');
  return { ratio: best.ratio, report: `8× input took ${best.ratio.toFixed(1)}× the time (limit ${MAX_GROWTH}); ms per call, n: ${ms(best.smallMs)}; 8n: ${ms(best.largeMs)}` };
}
