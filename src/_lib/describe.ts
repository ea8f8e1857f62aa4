/** Longest quotation of an offending value inside a message (the value itself stays whole in `details`). */
export const MAX_QUOTED = 200;
/** Nesting shown before a value is summarised as `[…]` / `{…}`. */
const MAX_DEPTH = 6;

const clip = (text: string): string => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/** A number as a reader writes it: NaN and the infinities by name (JSON would say `null`), -0 as 0. */
const numberText = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

/** Reads `f()` of a value that may be a hostile Proxy or carry a throwing getter; `fallback` when it throws. */
function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/**
 * The one value printer of every message (errors and issues alike). JSON where
 * the value is plain data — so `['a', 1]` reads `["a",1]` — and otherwise what a
 * reader would write: `NaN`, `Infinity`, `12n`, `Invalid Date`, `[Circular]`,
 * `[…]` past six levels. Never throws and never reads more than it prints: user
 * input may be a BigInt, a cycle, a million-item array, an object with no
 * prototype, a getter or a Proxy whose traps throw, and an error about bad input
 * must not itself fail (issue 10) nor read `[object Object]` or `null` for NaN
 * (issue 24).
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return clip(v);
  return clip(print(v));
}

/** A list in a message: its items joined with `separator` (each printed as {@link describeValue}); any other value printed whole. */
export function describeList(v: unknown, separator: string): string {
  if (!attempt(() => Array.isArray(v), false)) return describeValue(v);
  const out: string[] = [];
  let length = 0;
  const items = v as readonly unknown[];
  const n = attempt(() => items.length, 0);
  for (let i = 0; i < n && length <= MAX_QUOTED; i++) {
    const text = describeValue(attempt(() => items[i], '[unreadable]' as unknown));
    out.push(text);
    length += text.length + separator.length;
  }
  return clip(out.join(separator));
}

/** Printing state: what is on the current path (cycles), and the characters written so far (stop early). */
interface Printer {
  readonly path: Set<object>;
  written: number;
}

function print(v: unknown): string {
  return attempt(() => printIn(v, 0, { path: new Set(), written: 0 }, true), '[unreadable value]');
}

function printIn(v: unknown, depth: number, p: Printer, top: boolean): string {
  switch (typeof v) {
    case 'string':
      return top ? v : JSON.stringify(v.length > MAX_QUOTED ? v.slice(0, MAX_QUOTED) : v);
    case 'number':
      return numberText(v);
    case 'bigint':
      return `${v}n`;
    case 'boolean':
      return String(v);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return attempt(() => v.toString(), 'Symbol()');
    case 'function':
      return '[function]';
  }
  if (v === null) return 'null';
  const o = v as object;
  if (p.path.has(o)) return '[Circular]';
  if (o instanceof Date) {
    const t = attempt(() => o.getTime(), NaN);
    if (Number.isNaN(t)) return 'Invalid Date';
    // JSON quotes a Date inside data; alone it is the ISO text, as before
    const iso = new Date(t).toISOString();
    return top ? iso : JSON.stringify(iso);
  }
  if (o instanceof Number || o instanceof String || o instanceof Boolean) return printIn(o.valueOf(), depth, p, top);
  if (o instanceof Error) return `${attempt(() => String(o.name), 'Error')}: ${attempt(() => String(o.message), '')}`;
  if (depth >= MAX_DEPTH) return Array.isArray(o) ? '[…]' : '{…}';
  p.path.add(o);
  try {
    return printObject(o, depth, p);
  } finally {
    p.path.delete(o);
  }
}

function printObject(o: object, depth: number, p: Printer): string {
  const parts: string[] = [];
  // Stop reading once the text is longer than any message quotes.
  const add = (text: string): boolean => {
    parts.push(text);
    p.written += text.length + 1;
    return p.written <= MAX_QUOTED;
  };
  const inner = (x: unknown): string => attempt(() => printIn(x, depth + 1, p, false), '[unreadable]');
  if (Array.isArray(o) || ArrayBuffer.isView(o)) {
    const list = o as ArrayLike<unknown>;
    const n = attempt(() => list.length, 0);
    for (let i = 0; i < n; i++) if (!add(inner(attempt(() => list[i], undefined)))) break;
    const body = `[${parts.join(',')}${parts.length < n ? ',…' : ''}]`;
    return Array.isArray(o) ? body : `${attempt(() => String(o.constructor.name), 'TypedArray')}(${n}) ${body}`;
  }
  if (o instanceof Map) {
    for (const [k, x] of o) if (!add(`${inner(k)} => ${inner(x)}`)) break;
    return `Map(${o.size}) {${parts.join(', ')}${parts.length < o.size ? ', …' : ''}}`;
  }
  if (o instanceof Set) {
    for (const x of o) if (!add(inner(x))) break;
    return `Set(${o.size}) {${parts.join(', ')}${parts.length < o.size ? ', …' : ''}}`;
  }
  const toJSON = attempt(() => (o as { toJSON?: unknown }).toJSON, undefined);
  if (typeof toJSON === 'function') return inner(attempt(() => (toJSON as () => unknown).call(o), '[unreadable]' as unknown));
  const keys = Object.keys(o);
  for (const k of keys) {
    const x = attempt(() => (o as Record<string, unknown>)[k], '[unreadable]' as unknown);
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue; // as JSON leaves them out
    if (!add(`${JSON.stringify(k)}:${inner(x)}`)) break;
  }
  return `{${parts.join(',')}${parts.length < keys.length && p.written > MAX_QUOTED ? ',…' : ''}}`;
}

/** A user value as an issue quotes it: NaN, infinities and invalid dates as text, so a result never holds a NaN. */
export const quotedValue = (v: unknown): unknown =>
  typeof v === 'number' && !Number.isFinite(v) ? String(v) : attempt(() => v instanceof Date && Number.isNaN(v.getTime()), false) ? 'Invalid Date' : v;
