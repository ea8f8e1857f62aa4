// The contract the fuzz test asserts for each call (see exports.fuzz.test.ts),
// kept apart so that contract.test.ts can check that it really fails.
import fc from 'fast-check';
import { isGuifanError } from '../../src/index';

export const isSchema = (v: unknown): v is { safeParse(x: unknown): unknown } =>
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
export function findBad(value: unknown, texts: boolean): string | undefined {
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
      // A key is text too: an input key such as "Number.NaN" may be quoted back by an unknown-key issue.
      if (texts && BAD_TEXT.test(k)) return `${path} has the key ${JSON.stringify(k.slice(0, 200))}`;
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

export function callOnce(fn: (...a: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    return { kind: 'returned', value: fn(...args) };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

const MAX_SNAPSHOT_NODES = 20_000;

/**
 * What a caller can see of a value, as text: its data (own enumerable keys, items, entries, a Date's
 * time), depth- and size-bounded and cycle safe; functions by name only. Two equal snapshots before
 * and after a call mean the call changed nothing of its arguments (no input mutation).
 */
export function snapshot(value: unknown): string {
  const seen = new Map<object, number>();
  let nodes = 0;
  const walk = (v: unknown, depth: number): unknown => {
    if (++nodes > MAX_SNAPSHOT_NODES || depth > 10) return '…';
    switch (typeof v) {
      case 'number':
        return Object.is(v, -0) || !Number.isFinite(v) ? `[number ${Object.is(v, -0) ? '-0' : v}]` : v;
      case 'bigint':
        return `[bigint ${v}]`;
      case 'symbol':
        return v.toString();
      case 'function':
        return `[function ${v.name}]`;
      case 'undefined':
        return '[undefined]';
      case 'string':
      case 'boolean':
        return v;
    }
    if (v === null) return null;
    const o = v as object;
    if (seen.has(o)) return `[cycle ${seen.get(o)}]`;
    seen.set(o, seen.size);
    if (o instanceof Date) return ['Date', o.getTime()];
    if (o instanceof Map) return ['Map', [...o].map(([k, x]) => [walk(k, depth + 1), walk(x, depth + 1)])];
    if (o instanceof Set) return ['Set', [...o].map((x) => walk(x, depth + 1))];
    if (ArrayBuffer.isView(o)) return [o.constructor.name, Array.from(o as unknown as ArrayLike<unknown>, (x) => walk(x, depth + 1))];
    if (Array.isArray(o)) return o.map((x) => walk(x, depth + 1));
    return Object.fromEntries(Object.keys(o).map((k) => [k, walk((o as Record<string, unknown>)[k], depth + 1)]));
  };
  return JSON.stringify(walk(value, 0));
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
export const returned = new Map<string, number>();

/**
 * The contract for one call; throws (fails the property) with a readable reason. How long the call
 * takes is not part of it (no wall-clock bound in npm test): how its cost grows is, in test/fuzz/growth.ts.
 */
export function checkCall(name: string, fn: (...a: unknown[]) => unknown, args: readonly unknown[]): void {
  const before = snapshot(args);
  const outcome = callOnce(fn, args);
  if (snapshot(args) !== before) throw new Error(`${name} changed its arguments (no input mutation)\n  for ${describeArgs(args)}`);
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


/** A schema's safeParse: never throws. */
export function callOrFail(f: () => unknown, name: string, args: readonly unknown[]): void {
  const outcome = callOnce(f, []);
  if (outcome.kind === 'threw') throw new Error(`${name}.safeParse threw ${String(outcome.error)} for ${describeArgs(args)}`);
}
