// The fuzz test's cost check (issue 24): what the old 100 ms bound was meant to catch — an export whose
// cost grows faster than its input — without a wall-clock bound. For each export, one argument list
// from its near misses is grown at one place (its longest list, or a text argument) to n and to 8n
// units, and the two calls are timed against each other (test/_helpers/growth.ts); a ratio above
// MAX_GROWTH fails. A planted quadratic function fails it (test/fuzz/growth.test.ts).
import fc from 'fast-check';
import { growthRatio, MAX_GROWTH } from '../_helpers/growth';

export { MAX_GROWTH };

/** Units (characters or items) the smaller input has at the place grown; the larger has 8×. */
export const GROW_TO = 300;
/** Every export is checked: shorter samples than a single benchmark's (the median of five still decides). */
const MIN_SAMPLE_MS = 3;

type Path = readonly (string | number)[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The places an argument list can grow: its lists (inside plain objects and lists, four levels deep) and its text arguments. */
export function growthSites(args: readonly unknown[]): { path: Path; size: number }[] {
  const out: { path: Path; size: number }[] = [];
  const walk = (v: unknown, path: Path, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) {
      if (path.length > 0 && v.length > 0) out.push({ path, size: v.length });
      v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    } else if (isPlainObject(v)) for (const k of Object.keys(v)) walk(v[k], [...path, k], depth + 1);
    else if (typeof v === 'string' && path.length === 1 && v.length > 0) out.push({ path, size: v.length });
  };
  walk(args, [], 0);
  return out;
}

/** A copy of `args` with the list or text at `path` repeated `k` times (only the objects on the way are copied). */
export function grown(args: readonly unknown[], path: Path, k: number): unknown[] {
  const at = (v: unknown, i: number): unknown => {
    if (i === path.length) return typeof v === 'string' ? v.repeat(k) : Array.from({ length: k }, () => v as unknown[]).flat();
    const key = path[i]!;
    if (Array.isArray(v)) return v.map((x, j) => (j === key ? at(x, i + 1) : x));
    const o = v as Record<string, unknown>;
    return { ...o, [key]: at(o[key], i + 1) };
  };
  return at(args, 0) as unknown[];
}

const quietly = (fn: (...a: unknown[]) => unknown, args: readonly unknown[]) => (): void => {
  try {
    fn(...args);
  } catch {
    // the contract part of the fuzz test judges what is thrown; here only the time counts
  }
};

/**
 * The growth of `fn`'s cost, on a near miss of its own (the first of `samples` that returns normally,
 * else the first at all, with something to grow of at most GROW_TO units), grown at its largest place.
 * `undefined` when no sample has anything to grow.
 */
export function growthOf(fn: (...a: unknown[]) => unknown, samples: readonly (readonly unknown[])[]): { ratio: number; report: string } | undefined {
  const candidates = samples
    .map((args) => {
      const sites = growthSites(args).filter((s) => s.size <= GROW_TO);
      const site = sites.sort((a, b) => b.size - a.size)[0];
      let returns = true;
      try {
        fn(...args);
      } catch {
        returns = false;
      }
      return site ? { args, site, returns } : undefined;
    })
    .filter((c) => c !== undefined);
  const pick = candidates.find((c) => c.returns) ?? candidates[0];
  if (!pick) return undefined;
  const k = Math.ceil(GROW_TO / pick.site.size);
  const { ratio, report } = growthRatio(quietly(fn, grown(pick.args, pick.site.path, k)), quietly(fn, grown(pick.args, pick.site.path, 8 * k)), MIN_SAMPLE_MS);
  return { ratio, report: `${report}; grown at args${pick.site.path.map((p) => `[${JSON.stringify(p)}]`).join('')} from ${pick.site.size * k} to ${8 * pick.site.size * k} units${pick.returns ? '' : ' (an error path: no near miss returned)'}` };
}

/** Argument lists to grow, drawn from an export's near misses with a fixed seed (the same every run). */
export function growthSamples(near: readonly fc.Arbitrary<readonly unknown[]>[]): (readonly unknown[])[] {
  return near.flatMap((arb, i) => fc.sample(arb, { numRuns: 24, seed: 24_000 + i }));
}
