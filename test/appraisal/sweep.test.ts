// Issue 24, section 2: appraisal answers found by a sweep of hostile input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeOf, isGuifanError, roundScore, scoreAppraisal, type GuifanError } from '../../src/index';

const caught = (f: () => unknown): GuifanError | undefined => {
  try {
    f();
  } catch (e) {
    if (isGuifanError(e)) return e;
    throw e;
  }
  return undefined;
};

describe('APR-02 a sheet without marks is an error, not 100.00 (issue 24)', () => {
  it('APR-02 scoreAppraisal({}) and scoreAppraisal(new Date(NaN)) are MISSING_SCORE for every dimension, as { marks: {} } is', () => {
    for (const sheet of [{}, new Date(NaN), { marks: {} }, { bonus: { points: 2, reason: '嘉奖' } }]) {
      const e = caught(() => scoreAppraisal(sheet as never));
      expect(e?.code).toBe('VALIDATION_FAILED');
      expect((e!.details.issues as { code: string }[]).map((i) => i.code)).toEqual(['MISSING_SCORE', 'MISSING_SCORE', 'MISSING_SCORE', 'MISSING_SCORE']);
    }
  });

  it('APR-03 a sheet that deducts from full marks still scores, even with nothing to deduct', () => {
    expect(scoreAppraisal({ deductions: [] }).display).toBe('100.00');
    expect(scoreAppraisal({ misconduct: [{ dimension: '德', points: 5, reason: '与客户争吵' }] }).value).toBe(95);
    expect(scoreAppraisal({ deductions: [{ dimension: '勤', points: 1, reason: '迟到一次' }] }).exact).toBe('99');
  });
});

describe('APR-08 gradeOf reads a score one way, given as a number or as text (issue 24)', () => {
  it("APR-08 gradeOf('1e308') and gradeOf(1e308) agree; so do '+92', '92.', '.5e2' and their numbers", () => {
    for (const [text, n] of [['1e308', 1e308], ['+92', 92], ['92.', 92], ['.5e2', 50], ['89.995', 89.995], ['-0', -0]] as const) {
      expect(caught(() => gradeOf(text))?.code, text).toBe(caught(() => gradeOf(n))?.code);
      if (!caught(() => gradeOf(n))) expect(gradeOf(text), text).toEqual(gradeOf(n));
    }
  });

  it('APR-08 any finite number reads the same as its own text (String(n)), in gradeOf and roundScore', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e308 }), (n) => {
        expect(caught(() => gradeOf(String(n)))?.code ?? gradeOf(String(n)).grade).toBe(caught(() => gradeOf(n))?.code ?? gradeOf(n).grade);
        expect(roundScore(String(n))).toBe(roundScore(n));
      }),
      { numRuns: 200 },
    );
  });

  it('APR-08 what is not a finite decimal is INVALID_AMOUNT, as text or as a number', () => {
    for (const v of ['Infinity', 'NaN', '1e', '', ' ', '0x10', Infinity, NaN, null, {}]) expect(caught(() => gradeOf(v as never))?.code, String(v)).toBe('INVALID_AMOUNT');
  });
});
