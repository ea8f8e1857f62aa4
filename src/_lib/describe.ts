/** Longest quotation of an offending value inside a message (the value itself stays whole in `details`). */
export const MAX_QUOTED = 200;

const clip = (text: string): string => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/**
 * Text of any value for a message, JSON where possible. Never throws: user
 * input may be a BigInt, a cycle, or an object with no prototype, and an error
 * about bad input must not itself fail (issue 10).
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return clip(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol' || typeof v === 'function' || v === undefined) return typeof v === 'function' ? '[function]' : v === undefined ? 'undefined' : v.toString();
  try {
    const json = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
    if (json !== undefined) return clip(json);
  } catch {
    // a cycle, or a throwing toJSON: fall through
  }
  return Object.prototype.toString.call(v);
}

/** A user value as an issue quotes it: NaN, infinities and invalid dates as text, so a result never holds a NaN. */
export const quotedValue = (v: unknown): unknown =>
  typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof Date && Number.isNaN(v.getTime()) ? 'Invalid Date' : v;
