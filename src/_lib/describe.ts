/** Longest quotation of an offending value inside a message (the value itself stays whole in `details`). */
export const MAX_QUOTED = 200;

const clip = (text: string): string => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/**
 * The one value printer of every message (errors and issues alike). JSON where
 * the value is plain data — so `['a', 1]` reads `["a",1]` — and otherwise what a
 * reader would write: `NaN`, `Infinity`, `12n`, `Invalid Date`, `[Circular]`,
 * `…` past six levels, `[unreadable]`; a Date as its ISO text. Never throws and never reads much more
 * than it prints: user input may be a BigInt, a cycle, a million-item array, an
 * object with no prototype, a getter or a Proxy whose traps throw, and an error
 * about bad input must not itself fail (issue 10) nor read `[object Object]` or
 * `null` for NaN (issue 24).
 */
export function describeValue(v: unknown): string {
  return clip(typeof v === 'string' ? v : print(v, 0, new Set()));
}

/** A list in a message: its items printed as {@link describeValue} and joined with `separator`; any other value printed whole. */
export function describeList(v: unknown, separator: string): string {
  try {
    if (Array.isArray(v)) return clip(v.slice(0, 50).map(describeValue).join(separator));
  } catch {
    // a Proxy whose traps throw: printed whole, as unreadable
  }
  return describeValue(v);
}

/** `v` printed; `path`: the objects being printed (a cycle comes back to one of them). */
function print(v: unknown, depth: number, path: Set<object>): string {
  try {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    // NaN, Infinity, -0 (as 0), true, undefined, null, Symbol(s), a function's source (clipped): as a reader writes them (JSON would say null)
    if (typeof v !== 'object' || v === null) return String(v);
    if (path.has(v)) return '[Circular]';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString(); // String of an invalid Date: 'Invalid Date'
    const array = Array.isArray(v);
    if (depth > 5) return '…'; // six levels shown
    path.add(v);
    const parts: string[] = [];
    let length = 0;
    // Items, or own enumerable keys (a Map or a Set reads `{}`, as in JSON).
    const entries: Iterable<[unknown, unknown]> = array ? v.entries() : Object.entries(v);
    for (const [k, x] of entries) {
      // Stop once the text is longer than any message quotes (a million items are not all read): clip marks the cut.
      if (length > MAX_QUOTED) break;
      const text = array ? print(x, depth + 1, path) : `${JSON.stringify(k)}:${print(x, depth + 1, path)}`;
      parts.push(text);
      length += text.length + 1;
    }
    path.delete(v);
    const body = parts.join(',');
    return array ? `[${body}]` : `{${body}}`;
  } catch {
    return '[unreadable]';
  }
}

/** A user value as an issue quotes it: NaN, infinities and invalid dates as text, so a result never holds a NaN. */
export const quotedValue = (v: unknown): unknown => {
  try {
    return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof Date && Number.isNaN(v.getTime()) ? 'Invalid Date' : v;
  } catch {
    return v; // a Proxy whose traps throw: quoted as it is (the printer reads it as [unreadable])
  }
};
