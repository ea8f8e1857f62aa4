/**
 * Exact rational numbers on BigInt, so that scores never pick up binary
 * floating-point drift (0.1 + 0.2). Values are always reduced, d > 0.
 */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint, d: bigint = 1n): Q {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const ZERO: Q = /* @__PURE__ */ q(0n);
export const ONE: Q = /* @__PURE__ */ q(1n);

/**
 * The exact value of a number as written: `0.1` is 1/10, not the nearest
 * binary fraction. Uses the shortest round-trip decimal of the number.
 */
export function fromNumber(x: number): Q {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return fromDecimal(String(x));
}

/** Largest decimal exponent {@link fromDecimal} reads (a double has at most 308, a score far fewer). */
const MAX_EXPONENT = 1000;

/** Exact value of a decimal string (`'92.5'`, `'-0.05'`, `'1e-7'`). */
export function fromDecimal(text: string): Q {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal: ${text}`);
  const digits = `${m[2]}${m[3] ?? ''}` || '0';
  const exp = -(m[3] ?? '').length + Number(m[4] ?? 0);
  // 10n ** 10_000_000n would hang: no score is written with such an exponent.
  if (!(Math.abs(exp) <= MAX_EXPONENT)) throw new RangeError(`exponent out of range: ${text}`);
  let n = BigInt(digits);
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  if (m[1] === '-') n = -n;
  return q(n, d);
}

export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);
export const isZero = (a: Q): boolean => a.n === 0n;

/**
 * Rounding rules by name: `'half-even'` (GB/T 8170-2008 数值修约规则, the
 * default) or `'half-up'` (四舍五入).
 *
 * @example
 * roundScore('2.665', 2, 'half-even') //=> '2.66'
 * roundScore('2.665', 2, 'half-up') //=> '2.67'
 */
export type RoundingRule = 'half-even' | 'half-up';

/**
 * Rounds once, from the exact value, to `precision` decimals.
 * - `'half-even'`: GB/T 8170-2008 数值修约规则 — below half drops, above half
 *   raises, exactly half keeps an even last digit (奇进偶舍); a negative value is
 *   rounded by its absolute value and the sign put back (负数修约).
 * - `'half-up'`: 四舍五入 by the absolute value (ties away from zero).
 * Returns the result scaled by 10^precision, as an integer.
 */
export function roundScaled(a: Q, precision: number, rule: RoundingRule): bigint {
  const neg = a.n < 0n;
  const scale = 10n ** BigInt(Math.max(0, precision));
  const down = precision < 0 ? 10n ** BigInt(-precision) : 1n;
  const num = abs(a.n) * scale;
  const den = a.d * down;
  let whole = num / den;
  const rem2 = (num % den) * 2n;
  if (rem2 > den || (rem2 === den && (rule === 'half-up' || whole % 2n === 1n))) whole += 1n;
  const out = whole * down;
  return neg ? -out : out;
}

/** `roundScaled` written as a fixed-point decimal string (`'92.50'`). */
export function roundToString(a: Q, precision: number, rule: RoundingRule): string {
  const scaled = roundScaled(a, precision, rule);
  if (precision <= 0) return scaled.toString();
  const neg = scaled < 0n;
  const s = abs(scaled).toString().padStart(precision + 1, '0');
  const out = `${s.slice(0, -precision)}.${s.slice(-precision)}`;
  return neg && scaled !== 0n ? `-${out}` : out;
}

/** Exact text: a terminating decimal when there is one, else `'n/d'`. */
export function toExactString(a: Q): string {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return `${a.n}/${a.d}`;
  const places = Math.max(twos, fives);
  if (places === 0) return a.n.toString();
  const scaled = (a.n * 10n ** BigInt(places)) / a.d;
  const neg = scaled < 0n;
  const s = abs(scaled).toString().padStart(places + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, -places)}.${s.slice(-places)}`;
}

/** Nearest double (for display and JSON). */
export function toNumber(a: Q): number {
  return Number(toExactString(a).includes('/') ? Number(a.n) / Number(a.d) : toExactString(a));
}
