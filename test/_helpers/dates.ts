import fc from 'fast-check';

const MS = 86_400_000;

/** 'YYYY-MM-DD' of a day number, via UTC only (independent of src/_lib/civil). */
export function isoOfDay(n: number): string {
  return new Date(n * MS).toISOString().slice(0, 10);
}

export function dayOfIso(s: string): number {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / MS;
}

export function plusDays(s: string, k: number): string {
  return isoOfDay(dayOfIso(s) + k);
}

/** Days of the week, UTC-based: 0 = Sunday. */
export function weekdayOfIso(s: string): number {
  return new Date(dayOfIso(s) * MS).getUTCDay();
}

/** A civil date between two ISO dates, both included. */
export function civilDateBetween(start: string, end: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayOfIso(start), max: dayOfIso(end) }).map(isoOfDay);
}

/** fast-check run counts: bounded for a 2-core CI machine. */
export const RUNS = { numRuns: Number(process.env.GUIFAN_FC_RUNS ?? 300) };
