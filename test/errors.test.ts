import { describe, expect, it } from 'vitest';
import { formatMessage, GuifanError, isGuifanError, localize } from '../src/index';
import * as errorsEntry from '../src/errors/index';

describe('GuifanError', () => {
  it('carries code, rule, frozen details and both messages', () => {
    const e = new GuifanError('CALENDAR_NOT_COVERED', { date: '2027-01-01', year: 2027, coverageStart: '2004-01-01', coverageEnd: '2026-12-31' }, 'CAL-02');
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.rule).toBe('CAL-02');
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(e.messageIn()).toBe(e.messages['zh-CN']);
    expect(e.messageIn('en')).toMatch(/does not cover '2027-01-01'/);
    expect(localize('INVALID_DATE', { value: 'x' }).en).toBe(formatMessage('INVALID_DATE', { value: 'x' }, 'en'));
  });

  it('isGuifanError works by brand, not instanceof, and filters by code', () => {
    const e = new GuifanError('INVALID_DATE', { value: 'x' });
    expect(isGuifanError(e)).toBe(true);
    expect(isGuifanError(e, 'INVALID_DATE')).toBe(true);
    expect(isGuifanError(e, 'INVALID_AMOUNT')).toBe(false);
    expect(isGuifanError(new Error('x'))).toBe(false);
    expect(isGuifanError({ code: 'INVALID_DATE' })).toBe(false);
    expect(isGuifanError(null)).toBe(false);
    const foreign = Object.assign(Object.create(null), { [Symbol.for('guifan.error')]: true, code: 'INVALID_DATE' });
    expect(isGuifanError(foreign)).toBe(true);
  });

  it('every code has a message in every locale', () => {
    const codes = ['INVALID_DATE', 'AMBIGUOUS_INSTANT', 'INVALID_AMOUNT', 'INVALID_TIME_ZONE', 'CALENDAR_NOT_COVERED', 'INVALID_CALENDAR_OPTIONS', 'CONFLICTING_CALENDAR_DAYS'] as const;
    for (const c of codes) {
      const m = localize(c, {});
      expect(m['zh-CN'].length).toBeGreaterThan(5);
      expect(m.en.length).toBeGreaterThan(5);
      expect(m['zh-CN']).not.toBe(m.en);
    }
    expect(errorsEntry.GuifanError).toBe(GuifanError);
  });
});
