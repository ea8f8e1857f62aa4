/// <reference types="vite/client" />
/**
 * Fuzz test over the whole public surface (issue 10, item 3).
 *
 * Covers: EVERY export of `src/index.ts` and of `src/cli/index.ts`. The list is
 * generated from the case files `test/fuzz/cases/*.ts` (one per module, merged
 * here): each export gets its own test named `<module> › <export>`, so the
 * test report lists exactly what is covered; `GUIFAN_FUZZ_LIST=1` also prints
 * the list. The suite FAILS, naming the export, when an export has no case, and
 * when a case names no export (a renamed or removed export).
 *
 * The contract, for every function export, for any argument list (fast-check
 * `fc.anything()` lists added here, plus each case's near misses):
 * - it returns, or throws a `GuifanError` — never a TypeError, RangeError, …;
 * - its result holds no `NaN` and no Invalid Date anywhere (deep walk, bounded
 *   depth and size, cycle safe; the offending input quoted back inside a
 *   `ValidationIssue`'s `value`/`details` or inside a returned `GuifanError` is
 *   allowed, and text is searched for 'NaN'/'Invalid Date' only when the input
 *   holds neither; Float64Array columns use NaN as their documented "no value");
 * - it answers within 100 ms. To avoid flakiness on a loaded 2-core machine, a
 *   slow call is re-run once and fails only when it is slow again.
 * Schemas: `safeParse` never throws. Values: not called (the case says why).
 *
 * Runs are bounded (whole file ≲ 20 s). Reproduce a failure with the seed it
 * prints: `GUIFAN_FUZZ_SEED=<seed> npx vitest run --config test/vitest.config.ts test/fuzz`.
 * Other knobs: `GUIFAN_FUZZ_RUNS` (runs per function, default 60),
 * `GUIFAN_FUZZ_ONLY=<export>` (one export).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cliExports from '../../src/cli/index';
import * as mainExports from '../../src/index';
import { isGuifanError } from '../../src/index';
import type { FuzzCase, FuzzCases } from './types';

const files = import.meta.glob<{ cases?: FuzzCases }>('./cases/*.ts', { eager: true });

const SEED = process.env.GUIFAN_FUZZ_SEED === undefined ? undefined : Number(process.env.GUIFAN_FUZZ_SEED);
const RUNS = Number(process.env.GUIFAN_FUZZ_RUNS ?? 60);
const ONLY = process.env.GUIFAN_FUZZ_ONLY;
const SLOW_MS = 100;

// ---------------------------------------------------------------- the surface

const surface = new Map<string, unknown>(Object.entries(mainExports));
const surfaceClash: string[] = [];
for (const [name, value] of Object.entries(cliExports)) {
  if (surface.has(name) && surface.get(name) !== value) surfaceClash.push(name);
  surface.set(name, value);
}

interface Entry {
  readonly module: string;
  readonly name: string;
  readonly fuzz: FuzzCase;
}
const entries: Entry[] = [];
const duplicates: string[] = [];
const badFiles: string[] = [];
for (const [file, mod] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const module = file.replace(/^.*\/([^/]+)\.ts$/, '$1');
  if (!mod.cases || typeof mod.cases !== 'object') {
    badFiles.push(file);
    continue;
  }
  for (const [name, fuzz] of Object.entries(mod.cases)) {
    const prior = entries.find((e) => e.name === name);
    if (prior) duplicates.push(`${name} (cases/${prior.module}.ts and cases/${module}.ts)`);
    else entries.push({ module, name, fuzz });
  }
}

if (process.env.GUIFAN_FUZZ_LIST) {
  console.log(entries.map((e) => `${e.module} › ${e.name} (${e.fuzz.kind})`).join('\n'));
}

// ------------------------------------------------------------ the assertions

const isSchema = (v: unknown): v is { safeParse(x: unknown): unknown } =>
  typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function';

const isIssue = (v: Record<string, unknown>): boolean =>
  typeof v.code === 'string' && (v.severity === 'error' || v.severity === 'warning') && Array.isArray(v.path) && typeof v.message === 'object';

const BAD_TEXT = /\bNaN\b|Invalid Date/;
const MAX_NODES = 50_000;

/**
 * Where in `value` a NaN or an Invalid Date sits (or a text showing one, when
 * `texts`), as a path; undefined when there is none. Depth- and size-bounded,
 * cycle safe.
 */
function findBad(value: unknown, texts: boolean): string | undefined {
  const seen = new Set<unknown>();
  let nodes = 0;
  const walk = (v: unknown, path: string, depth: number): string | undefined => {
    if (++nodes > MAX_NODES || depth > 12) return undefined;
    if (typeof v === 'number') return Number.isNaN(v) ? `${path} is NaN` : undefined;
    if (typeof v === 'string') return texts && BAD_TEXT.test(v) ? `${path} reads ${JSON.stringify(v.slice(0, 200))}` : undefined;
    if (typeof v !== 'object' || v === null || seen.has(v)) return undefined;
    seen.add(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? `${path} is an Invalid Date` : undefined;
    if (isGuifanError(v)) return undefined; // a returned error (safe…) quotes the bad input by design
    // Float64Array columns (evaluateCases detail 'columns') mark "no value" with NaN, as documented:
    // a typed array cannot hold undefined. Other typed arrays cannot hold NaN at all.
    if (v instanceof Float64Array || v instanceof Float32Array) return undefined;
    if (ArrayBuffer.isView(v)) {
      const arr = v as unknown as ArrayLike<unknown>;
      for (let i = 0; i < arr.length && i < MAX_NODES; i++) if (typeof arr[i] === 'number' && Number.isNaN(arr[i])) return `${path}[${i}] is NaN`;
      return undefined;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        const r = walk(k, `${path}<key>`, depth + 1) ?? walk(x, `${path}.get(${typeof k === 'string' || typeof k === 'number' ? k : typeof k})`, depth + 1);
        if (r) return r;
      }
      return undefined;
    }
    if (v instanceof Set) {
      for (const x of v) {
        const r = walk(x, `${path}<item>`, depth + 1);
        if (r) return r;
      }
      return undefined;
    }
    const o = v as Record<string, unknown>;
    const issue = !Array.isArray(v) && isIssue(o);
    for (const k of Object.keys(o)) {
      if (issue && (k === 'value' || k === 'details')) continue; // the offending input, quoted back
      const r = walk(o[k], Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`, depth + 1);
      if (r) return r;
    }
    return undefined;
  };
  return walk(value, 'result', 0);
}

/** Whether the input itself holds a NaN, an Invalid Date or such a text (then texts quoting it are not held against the result). */
const inputShowsBad = (args: readonly unknown[]): boolean => findBad(args, true) !== undefined;

type Outcome = { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown };

function callOnce(fn: (...a: unknown[]) => unknown, args: readonly unknown[]): { outcome: Outcome; ms: number } {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    outcome = { kind: 'returned', value: fn(...args) };
  } catch (error) {
    outcome = { kind: 'threw', error };
  }
  return { outcome, ms: performance.now() - t0 };
}

/** Long texts shortened (a 100 000-character title would hide the rest), plain structure kept. */
function shorten(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v;
  if (typeof v === 'function') return '[function]';
  if (depth > 8 || typeof v !== 'object' || v === null) return v;
  if (typeof (v as { isWorkday?: unknown }).isWorkday === 'function' && 'coverage' in v) return `<calendar ${String((v as { name?: unknown }).name)}>`;
  if (Array.isArray(v)) return v.length > 50 ? [...v.slice(0, 50).map((x) => shorten(x, depth + 1)), `…(${v.length} items)`] : v.map((x) => shorten(x, depth + 1));
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shorten(x, depth + 1)]));
}

const describeArgs = (args: readonly unknown[]): string => {
  try {
    return fc.stringify(shorten(args)).slice(0, 3000);
  } catch {
    return '(unprintable arguments)';
  }
};

/** Calls per export that returned normally (the near misses must reach the success path too). */
const returned = new Map<string, number>();

/** The contract for one call; throws (fails the property) with a readable reason. */
function checkCall(name: string, fn: (...a: unknown[]) => unknown, args: readonly unknown[]): void {
  let { outcome, ms } = callOnce(fn, args);
  if (ms > SLOW_MS) {
    // Re-run once: a loaded machine or a first-call warm-up is not the function's fault.
    ({ outcome, ms } = callOnce(fn, args));
    if (ms > SLOW_MS) throw new Error(`${name}: slower than ${SLOW_MS} ms twice (${ms.toFixed(1)} ms) for ${describeArgs(args)}`);
  }
  if (outcome.kind === 'threw') {
    if (!isGuifanError(outcome.error)) {
      const e = outcome.error as { name?: unknown; message?: unknown; stack?: unknown };
      throw new Error(`${name} threw a non-GuifanError ${String(e?.name)}: ${String(e?.message)}\n  for ${describeArgs(args)}\n${String(e?.stack ?? '').split('\n').slice(1, 6).join('\n')}`);
    }
    return;
  }
  returned.set(name, (returned.get(name) ?? 0) + 1);
  const bad = findBad(outcome.value, !inputShowsBad(args));
  if (bad) throw new Error(`${name} returned a result where ${bad}\n  for ${describeArgs(args)}`);
}

const anythingArg = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const anythingArgs: fc.Arbitrary<readonly unknown[]> = fc.array(anythingArg, { maxLength: 4 });

const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false });

// ------------------------------------------------------------------ the tests

describe('fuzz: every public export has a case, every case an export', () => {
  it('each case file exports `cases`, and no export is claimed twice', () => {
    expect(badFiles, 'case files without `export const cases`').toEqual([]);
    expect(duplicates, 'exports with a case in two files').toEqual([]);
    expect(surfaceClash, 'names exported differently by src/index.ts and src/cli/index.ts').toEqual([]);
  });

  it('every export of src/index.ts and src/cli/index.ts has a case (add it to test/fuzz/cases/<module>.ts)', () => {
    const covered = new Set(entries.map((e) => e.name));
    expect([...surface.keys()].filter((n) => !covered.has(n)).sort(), 'exports without a fuzz case').toEqual([]);
  });

  it('every case names an existing export', () => {
    expect(entries.filter((e) => !surface.has(e.name)).map((e) => `${e.name} (cases/${e.module}.ts)`), 'cases naming no export').toEqual([]);
  });

  it('each case has the kind of its export', () => {
    const wrong = entries
      .filter((e) => surface.has(e.name))
      .filter(({ name, fuzz }) => {
        const v = surface.get(name);
        if (fuzz.kind === 'function') return typeof v !== 'function' || !Array.isArray(fuzz.near);
        if (fuzz.kind === 'schema') return !isSchema(v);
        return typeof fuzz.why !== 'string' || fuzz.why.length === 0 || isSchema(v);
      })
      .map((e) => `${e.name}: kind '${e.fuzz.kind}'`);
    expect(wrong).toEqual([]);
  });
});

for (const { module, name, fuzz } of entries) {
  if (ONLY !== undefined && ONLY !== name) continue;
  const value = surface.get(name);
  if (fuzz.kind === 'value' || value === undefined) continue;
  describe(`fuzz: ${module}`, () => {
    if (fuzz.kind === 'schema') {
      it(`${module} › ${name}: safeParse never throws`, () => {
        if (!isSchema(value)) return expect.fail(`${name} is not a schema`);
        fc.assert(
          fc.property(fc.oneof(anythingArg, fc.constantFrom<unknown>(null, undefined, NaN, '', {}, [])), (input) => {
            callOrFail(() => value.safeParse(input), name, [input]);
          }),
          params(Math.max(20, Math.floor(RUNS / 2))),
        );
      });
      return;
    }
    if (typeof value !== 'function') return;
    it(`${module} › ${name}: returns or throws a GuifanError, no NaN / Invalid Date, < ${SLOW_MS} ms`, () => {
      const fn = value as (...a: unknown[]) => unknown;
      fc.assert(
        fc.property(anythingArgs, (args) => checkCall(name, fn, args)),
        params(RUNS),
      );
      if (fuzz.near.length) {
        const before = returned.get(name) ?? 0;
        fc.assert(
          fc.property(fc.oneof(...fuzz.near), (args) => checkCall(name, fn, args)),
          params(RUNS * 2),
        );
        // Near misses that never return only test the error path: make some of them valid.
        expect(returned.get(name) ?? 0, `${name}: no near-miss call returned normally`).toBeGreaterThan(before);
      }
    });
  });
}

/** A schema's safeParse: never throws, never slow. */
function callOrFail(f: () => unknown, name: string, args: readonly unknown[]): void {
  let { outcome, ms } = callOnce(f, []);
  if (ms > SLOW_MS) ({ outcome, ms } = callOnce(f, []));
  if (ms > SLOW_MS) throw new Error(`${name}.safeParse slower than ${SLOW_MS} ms twice for ${describeArgs(args)}`);
  if (outcome.kind === 'threw') throw new Error(`${name}.safeParse threw ${String(outcome.error)} for ${describeArgs(args)}`);
}
