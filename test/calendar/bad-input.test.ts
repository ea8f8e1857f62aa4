import { describe, expect, it } from 'vitest';
import { addWorkdays, createCalendar, isGuifanError, isWorkday, workdaysBetween } from '../../src/index';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isGuifanError(e) ? e.code : `not a GuifanError: ${String(e)}`;
  }
  return undefined;
}

describe('CAL-01 bad input is loud, with its own code', () => {
  it.each([
    ['2026-02-30'],
    ['2026-2-3'],
    ['2026-13-01'],
    ['2025-02-29'],
    ['20261001'],
    [''],
    ['2026-10-01T25:00+08:00'],
    ['2026-10-01T10:00+25:00'],
    ['next tuesday'],
  ])('CAL-01 INVALID_DATE for %j', (v) => {
    expect(codeOf(() => isWorkday(v))).toBe('INVALID_DATE');
  });

  it('CAL-01 INVALID_DATE for NaN, numbers, null, invalid Date', () => {
    for (const v of [NaN, 20261001, null, undefined, {}, new Date(NaN)]) expect(codeOf(() => isWorkday(v as never))).toBe('INVALID_DATE');
  });

  it('CAL-01 a leap day is a real day', () => {
    expect(isWorkday('2024-02-29')).toBe(true);
  });

  it('CAL-01 AMBIGUOUS_INSTANT for wall-clock text with no offset', () => {
    expect(codeOf(() => isWorkday('2026-09-30 16:00'))).toBe('AMBIGUOUS_INSTANT');
    expect(codeOf(() => isWorkday('2026-09-30T16:00:00'))).toBe('AMBIGUOUS_INSTANT');
  });

  it.each([[1.5], [NaN], [Infinity], [-Infinity], ['3'], [2 ** 60]])('CAL-01 INVALID_AMOUNT for %j', (n) => {
    expect(codeOf(() => addWorkdays('2026-10-08', n as number))).toBe('INVALID_AMOUNT');
  });

  it('CAL-01 INVALID_TIME_ZONE for an unknown zone', () => {
    expect(codeOf(() => createCalendar({ timeZone: 'Asia/Beijing' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => createCalendar({ timeZone: '' }))).toBe('INVALID_CALENDAR_OPTIONS');
  });

  it('CAL-01 every error carries both languages and stable fields', () => {
    try {
      workdaysBetween('2026-02-30', '2026-03-01');
    } catch (e) {
      expect(isGuifanError(e, 'INVALID_DATE')).toBe(true);
      if (!isGuifanError(e)) throw e;
      expect(e.name).toBe('GuifanError');
      expect(e.details).toMatchObject({ value: '2026-02-30' });
      expect(e.messageIn('zh-CN')).toContain('无效日期');
      expect(e.messageIn('en')).toContain('Invalid date');
      expect(e.message).toContain(e.messages['zh-CN']);
      expect(e.message).toContain(e.messages.en);
      expect(e).toBeInstanceOf(Error);
    }
    expect.assertions(8);
  });
});
