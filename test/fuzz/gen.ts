// Generators shared by the fuzz case files: odd values of each kind, and
// near misses built from a valid argument list by breaking one piece of it.
import fc from 'fast-check';

/** Long texts, built once (fc.string with huge lengths is slow to generate). */
const LONG = [
  'a'.repeat(100_000),
  '1'.repeat(20_000),
  '三'.repeat(20_000),
  '2026-10-08'.repeat(5_000),
  '在'.repeat(10_000) + '召开',
  '最长不得超过'.repeat(5_000),
  ' '.repeat(50_000),
  '9'.repeat(400) + '个工作日',
  '2026-10-01T10:00+08:00 '.repeat(3_000),
];

/** Odd civil dates and instants: nonexistent days, no offset, odd shapes, extremes. */
export const oddDateText = fc.constantFrom(
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-2-3',
  '20261001',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1899-12-31',
  '2099-12-31',
  '2200-01-01',
  '2026-10-01T25:00+08:00',
  '2026-10-01T24:00+08:00',
  '2026-10-01T24:01+08:00',
  '2026-10-01T10:00+25:00',
  '2026-10-01T10:60+08:00',
  '2026-09-30T16:00',
  '2026-09-30 16:00:00',
  '2026-09-30T16:00:00.123456789+08:00',
  '0001-01-01T00:00+08:00',
  '9999-12-31T23:59-12:00',
  '+275760-09-13T00:00:00Z',
  '２０２６-１０-０１',
  ' 2026-10-01 ',
  'next tuesday',
  '2026年10月8日',
  'NaN',
  'Invalid Date',
);

export const oddTimeText = fc.constantFrom('25:00', '24:00', '24:01', '9:00', '12:60', '00:00', '23:59', '', '14:30:00', '下午三点', '-01:00', '1e3');

export const oddNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 0.5, 1.5, -1, -0.5, 1e21, 1e12, 2 ** 31, Number.MAX_SAFE_INTEGER, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 8.64e15, 8.64e15 + 1),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
);

export const oddString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\uD800', 'undefined', 'null', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'unknown-value', '中文', '0', '-1'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...LONG),
);

const nullProto = (): unknown => Object.create(null) as unknown;

/** Any odd value at all: the pool a near miss draws from. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [null], new Date(NaN), new Date(8.64e15), new Date(-8.64e15), 10n) },
  { weight: 1, arbitrary: fc.constant(null).map(nullProto) },
  { weight: 3, arbitrary: oddNumber },
  { weight: 3, arbitrary: oddString },
  { weight: 3, arbitrary: oddDateText },
  { weight: 1, arbitrary: oddTimeText },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withDate: true, withBigInt: true, withNullPrototype: true, withMap: true, withSet: true }) },
);

/** An odd value like `leaf`: odd numbers for a number, odd texts for a text, anything otherwise. */
function oddLike(leaf: unknown): fc.Arbitrary<unknown> {
  if (typeof leaf === 'number') return fc.oneof({ weight: 4, arbitrary: oddNumber }, { weight: 1, arbitrary: oddValue });
  if (typeof leaf === 'string') return fc.oneof({ weight: 2, arbitrary: oddString }, { weight: 2, arbitrary: oddDateText }, { weight: 1, arbitrary: oddTimeText }, { weight: 1, arbitrary: oddValue });
  if (leaf instanceof Date) return fc.oneof(fc.date({ noInvalidDate: false }), oddDateText, oddValue);
  return oddValue;
}

const isPlain = (v: unknown): v is Record<string, unknown> | unknown[] =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype);

/** Every path into the plain-object/array structure of `v` (the root is `[]`). */
function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  out.push(prefix);
  if (depth > 6 || !isPlain(v)) return out;
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out, depth + 1));
  else for (const k of Object.keys(v)) pathsOf(v[k], [...prefix, k], out, depth + 1);
  return out;
}

function getAt(v: unknown, path: readonly (string | number)[]): unknown {
  let x = v;
  for (const p of path) x = (x as Record<string | number, unknown>)[p];
  return x;
}

/** A copy of `v` with `fn` applied to the value at `path` (plain objects and arrays are copied, other objects shared). */
function updateAt(v: unknown, path: readonly (string | number)[], fn: (old: unknown) => unknown | typeof DELETE): unknown {
  if (path.length === 0) {
    const r = fn(v);
    return r === DELETE ? undefined : r;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(v)) {
    const copy = [...v];
    const r = rest.length ? updateAt(copy[head as number], rest, fn) : fn(copy[head as number]);
    if (r === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = r;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  const r = rest.length ? updateAt(copy[head], rest, fn) : fn(copy[head]);
  if (r === DELETE) delete copy[head];
  else copy[head] = r;
  return copy;
}
const DELETE = Symbol('delete');

/**
 * Near misses of one valid value: the value itself, or a copy with one nested
 * piece replaced by an odd value of its kind, deleted, or an unknown key added.
 */
export function nearOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const replace = fc
    .integer({ min: 0, max: paths.length - 1 })
    .chain((i) => oddLike(getAt(valid, paths[i]!)).map((odd) => updateAt(valid, paths[i]!, () => odd)));
  const remove = fc.integer({ min: 0, max: paths.length - 1 }).map((i) => (paths[i]!.length ? updateAt(valid, paths[i]!, () => DELETE) : undefined));
  const objectPaths = paths.filter((p) => {
    const x = getAt(valid, p);
    return isPlain(x) && !Array.isArray(x);
  });
  const extra = objectPaths.length
    ? fc.tuple(fc.integer({ min: 0, max: objectPaths.length - 1 }), fc.constantFrom('unknownKey', '__proto__', 'constructor'), oddValue).map(([i, k, odd]) =>
        updateAt(valid, objectPaths[i]!, (o) => Object.defineProperty({ ...(o as object) }, k, { value: odd, enumerable: true, writable: true, configurable: true })),
      )
    : fc.constant(valid);
  return fc.oneof({ weight: 7, arbitrary: replace }, { weight: 2, arbitrary: remove }, { weight: 1, arbitrary: extra });
}

/**
 * Near-miss argument lists around one valid call: each argument kept or
 * broken (one piece at a time), sometimes with the list cut short.
 */
export function nearArgs(...valid: readonly unknown[]): fc.Arbitrary<readonly unknown[]> {
  // Break one argument for sure (once or twice over), the others now and then.
  const broken = (a: unknown) => fc.oneof({ weight: 3, arbitrary: nearOf(a) }, { weight: 1, arbitrary: nearOf(a).chain((b) => nearOf(b)) });
  const full = fc
    .integer({ min: 0, max: Math.max(0, valid.length - 1) })
    .chain((i) => fc.tuple(...valid.map((a, j) => (j === i ? broken(a) : fc.oneof({ weight: 4, arbitrary: fc.constant(a) }, { weight: 1, arbitrary: nearOf(a) })))));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 12, arbitrary: full },
    { weight: 1, arbitrary: fc.tuple(full, fc.integer({ min: 0, max: valid.length })).map(([args, n]) => args.slice(0, n)) },
    { weight: 1, arbitrary: full.chain((args) => oddValue.map((x) => [...args, x])) },
  );
}

/** Argument lists built from hand-picked values for each position. */
export function argsFrom(...positions: readonly (readonly unknown[])[]): fc.Arbitrary<readonly unknown[]> {
  return fc.tuple(...positions.map((p) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...p) }, { weight: 1, arbitrary: oddValue })));
}
