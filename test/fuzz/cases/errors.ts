import fc from 'fast-check';
import { makeIssue } from '../../../src/index';
import { argsFrom, nearArgs } from '../gen';
import type { FuzzCases } from '../types';

const issue = makeIssue('SCORE_OUT_OF_RANGE', ['marks', '德'], { value: 120, min: 0, max: 20 }, 'APR-02');
const codes = ['INVALID_DATE', 'INVALID_AMOUNT', 'CALENDAR_NOT_COVERED', 'VALIDATION_FAILED', 'INSTANT_OUT_OF_RANGE', 'NOPE', '', 'toString', '__proto__'];

export const cases: FuzzCases = {
  GuifanError: { kind: 'value', why: 'a class: constructed by the library; its messages come from localize, fuzzed here' },
  formatMessage: { kind: 'function', near: [argsFrom(codes, [{ value: '2026-02-30' }, {}, { value: 10n, year: NaN }], ['zh-CN', 'en', 'fr']), nearArgs('INVALID_DATE', { value: 'x', reasonZh: '原因', reasonEn: 'why' }, 'en')] },
  isGuifanError: { kind: 'function', near: [argsFrom([new Error('x'), { code: 'INVALID_DATE' }], codes)] },
  issueMessage: { kind: 'function', near: [nearArgs(issue, 'en'), argsFrom([issue, { ...issue, message: null }], ['zh-CN', 'en', 'de'])] },
  localize: { kind: 'function', near: [argsFrom(codes, [{ value: '2026-02-30' }, { count: 2, firstZh: 'x' }, undefined])] },
  makeIssue: {
    kind: 'function',
    near: [nearArgs('SCORE_OUT_OF_RANGE', ['marks', '德'], { value: 120, min: 0, max: 20 }, 'APR-02', 'warning'), fc.tuple(fc.constantFrom('DUPLICATE_MONTH', 'UNREADABLE_TEXT'), fc.array(fc.oneof(fc.string(), fc.integer())), fc.dictionary(fc.string(), fc.anything()))],
  },
  validationError: { kind: 'function', near: [nearArgs([issue, issue], 'APR-02'), nearArgs([])] },
};
