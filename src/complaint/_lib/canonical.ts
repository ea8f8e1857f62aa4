/**
 * Canonical JSON text (sorted keys, Dates as ISO): equal text ⇔ the same record. Used only on id collisions.
 * A record may hold anything a host sends: a cycle reads `[Circular]`, a BigInt `12n`, nesting past 64 levels
 * `[…]` (issue 24: never a RangeError or TypeError; such a clash is still reported as DUPLICATE_RECORD_ID).
 */
export function canonical(v: unknown, path: Set<object> = new Set()): string {
  if (typeof v === 'bigint') return JSON.stringify(`${v}n`);
  if (path.size > 64) return '"[…]"';
  if (v instanceof Date) return JSON.stringify(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString());
  if (typeof v === 'object' && v !== null) {
    if (path.has(v)) return '"[Circular]"';
    path.add(v);
    const text = Array.isArray(v)
      ? `[${v.map((x) => canonical(x, path)).join(',')}]`
      : `{${Object.keys(v)
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k], path)}`)
          .join(',')}}`;
    path.delete(v);
    return text;
  }
  return JSON.stringify(v) ?? 'undefined';
}
