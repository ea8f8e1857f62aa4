import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeAnnual, DEFAULT_APPRAISAL_SCHEME, roundScore, scoreAppraisal } from '../../src/index';
import { RUNS } from '../_helpers/dates';

/**
 * Reference GB/T 8170-2008 rounding on decimal strings, digit by digit, written
 * from the standard's text (3.2–3.4: <5 drop; >5, or 5 followed by non-zero
 * digits, raise; exactly 5: keep the last digit even; negatives by absolute value).
 */
function refRound(text: string, p: number, halfUp = false): string {
  const neg = text.startsWith('-');
  const [ip = '0', fp = ''] = (neg ? text.slice(1) : text).split('.');
  const digits = (ip + fp.padEnd(p + 1, '0')).split('').map(Number);
  const keep = ip.length + p;
  const kept = digits.slice(0, keep);
  const next = digits[keep] ?? 0;
  const rest = digits.slice(keep + 1).some((d) => d > 0);
  const lastOdd = (kept[kept.length - 1] ?? 0) % 2 === 1;
  const up = next > 5 || (next === 5 && (rest || halfUp || lastOdd));
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i < 0) kept.unshift(1);
    else kept[i]! += 1;
  }
  const s = kept.join('');
  const intPart = s.slice(0, s.length - p).replace(/^0+(?=\d)/, '') || '0';
  const out = p ? `${intPart}.${s.slice(s.length - p)}` : intPart;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

const decimal = fc
  .tuple(fc.boolean(), fc.nat({ max: 100_000 }), fc.string({ unit: fc.constantFrom('0', '1', '2', '4', '5', '5', '5', '6', '9'), minLength: 0, maxLength: 7 }))
  .map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`);

describe('APR-04 GB/T 8170-2008 rounding', () => {
  it('APR-04 matches the standard’s worked examples', () => {
    expect(roundScore('12.1498', 1)).toBe('12.1');
    expect(roundScore('10.5002', 0)).toBe('11');
    expect(roundScore('1.050', 1)).toBe('1.0');
    expect(roundScore('0.35', 1)).toBe('0.4');
    expect(roundScore('2500', -3)).toBe('2000');
    expect(roundScore('3500', -3)).toBe('4000');
    expect(roundScore('-355', -1)).toBe('-360');
    expect(roundScore('-0.0365', 3)).toBe('-0.036');
    expect(roundScore(2.675)).toBe('2.68');
    expect(roundScore('2.665', 2, 'half-up')).toBe('2.67');
  });
  it('APR-04 property: agrees with a digit-by-digit reference on random decimals', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 4 }), fc.boolean(), (x, p, halfUp) => roundScore(x, p, halfUp ? 'half-up' : 'half-even') === refRound(x, p, halfUp)),
      { ...RUNS, examples: [['0.125', 2, false], ['-2.5', 0, false], ['9.995', 2, false], ['99999.5', 0, true]] },
    );
  });
});

const dims = DEFAULT_APPRAISAL_SCHEME.dimensions;
// Marks in tenths, within each dimension's share.
const marks = fc.tuple(...dims.map((d) => fc.integer({ min: 0, max: d.points * 10 }).map((n) => n / 10)));
const toSheet = (m: number[]) => Object.fromEntries(dims.map((d, i) => [d.name, m[i]!]));
const score = fc.integer({ min: 0, max: 1100 }).map((n) => n / 10);

describe('APR-02 / APR-04 properties', () => {
  it('APR-02 totals are within [0, 100 + 10]', () => {
    fc.assert(
      fc.property(marks, fc.option(fc.integer({ min: 1, max: 10 })), (m, bonus) => {
        const r = scoreAppraisal({ marks: toSheet(m), ...(bonus ? { bonus: { points: bonus, reason: 'b' } } : {}) });
        return r.value >= 0 && r.value <= 110;
      }),
      RUNS,
    );
  });
  it('APR-02 raising any sub-score never lowers the total', () => {
    fc.assert(
      fc.property(marks, fc.nat({ max: 3 }), (m, i) => {
        const up = [...m];
        up[i] = Math.min(dims[i]!.points, Math.round((up[i]! + 0.1) * 10) / 10);
        return scoreAppraisal({ marks: toSheet(up) }).value >= scoreAppraisal({ marks: toSheet(m) }).value;
      }),
      RUNS,
    );
  });
  it('APR-04 the composition is linear in each part (exactly)', () => {
    fc.assert(
      fc.property(score, score, score, score, (a, b, c, d) => {
        const base = composeAnnual({ inspections: [a], monthly: Array(12).fill(b), yearEnd: c });
        const moved = composeAnnual({ inspections: [a], monthly: Array(12).fill(b), yearEnd: d });
        // 50 % of the change in the year-end score, exactly
        const diff = Number(moved.exact.includes('/') ? NaN : moved.exact) - Number(base.exact);
        return Math.abs(diff - 0.5 * (d - c)) < 1e-9;
      }),
      RUNS,
    );
  });
  it('APR-04 results do not depend on the order of inputs', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 60 }), fc.array(score, { minLength: 12, maxLength: 12 }), score, (ins, mon, y) => {
        const a = composeAnnual({ inspections: ins, monthly: mon, yearEnd: y });
        const b = composeAnnual({ inspections: [...ins].reverse(), monthly: [...mon].reverse(), yearEnd: y });
        expect(b.exact).toBe(a.exact);
      }),
      RUNS,
    );
  });
});
