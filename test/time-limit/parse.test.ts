import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTimeLimit, isGuifanError, parseTimeLimit, TIME_UNITS, type TimeLimit } from '../../src/index';
import { RUNS } from '../_helpers/dates';

describe('TL-01 parseTimeLimit reads limits as regulations write them', () => {
  it.each([
    ['2小时内联系用户', { amount: 2, unit: 'hour', kind: 'within' }],
    ['24小时内给予回应', { amount: 24, unit: 'hour', kind: 'within' }],
    ['1个工作日内答复', { amount: 1, unit: 'workday', kind: 'within' }],
    ['最长不得超过3个工作日', { amount: 3, unit: 'workday', kind: 'maximum' }],
    ['三日内回访', { amount: 3, unit: 'day', kind: 'within' }],
    ['一周内', { amount: 1, unit: 'week', kind: 'within' }],
    ['七日内', { amount: 7, unit: 'day', kind: 'within' }],
    ['提前两天', { amount: 2, unit: 'day', kind: 'lead' }],
    ['提前三天张贴', { amount: 3, unit: 'day', kind: 'lead' }],
    ['次日', { amount: 1, unit: 'day', kind: 'within' }],
    ['第二日', { amount: 1, unit: 'day', kind: 'within' }],
    ['当日', { amount: 0, unit: 'day', kind: 'within' }],
    ['立即', { amount: 0, unit: 'minute', kind: 'within' }],
    ['半小时内', { amount: 0.5, unit: 'hour', kind: 'within' }],
    ['一个半小时以内', { amount: 1.5, unit: 'hour', kind: 'within' }],
    ['半个工作日内', { amount: 0.5, unit: 'workday', kind: 'within' }],
    ['４个工作日内', { amount: 4, unit: 'workday', kind: 'within' }],
    ['二十个工作日之内', { amount: 20, unit: 'workday', kind: 'within' }],
    ['廿日内', { amount: 20, unit: 'day', kind: 'within' }],
    ['十五分钟内', { amount: 15, unit: 'minute', kind: 'within' }],
    ['不超过48小时', { amount: 48, unit: 'hour', kind: 'within' }],
    ['48小时', { amount: 48, unit: 'hour', kind: 'within' }],
    ['应在3个工作日内', { amount: 3, unit: 'workday', kind: 'within' }],
    ['2个工作小时内', { amount: 2, unit: 'workhour', kind: 'within' }],
    ['1个月内', { amount: 1, unit: 'month', kind: 'within' }],
    ['一百零五天内', { amount: 105, unit: 'day', kind: 'within' }],
    ['within 3 working days', { amount: 3, unit: 'workday', kind: 'within' }],
    ['at most 7 working days', { amount: 7, unit: 'workday', kind: 'maximum' }],
    ['2 days before', { amount: 2, unit: 'day', kind: 'lead' }],
    ['half an hour', { amount: 0.5, unit: 'hour', kind: 'within' }],
  ])('TL-01 %s', (text, limit) => {
    expect(parseTimeLimit(text)).toEqual(limit);
  });

  it.each([
    ['每月20日前', 0],
    ['3个工作日答复', 5],
    ['三个', 2],
    ['1.5个工作日', 0],
    ['', 0],
    ['3 fortnights', 2],
    ['两周半内', 2],
  ])('TL-01 INVALID_TIME_LIMIT for %j at offset %i', (text, offset) => {
    try {
      parseTimeLimit(text);
      expect.fail('should throw');
    } catch (e) {
      expect(isGuifanError(e, 'INVALID_TIME_LIMIT')).toBe(true);
      if (isGuifanError(e)) {
        expect(e.details.offset).toBe(offset);
        expect(e.messages['zh-CN']).toContain(`第 ${offset + 1} 个字符`);
      }
    }
  });

  it('TL-01 formatTimeLimit in both locales', () => {
    expect(formatTimeLimit({ amount: 3, unit: 'workday' })).toBe('3个工作日内');
    expect(formatTimeLimit({ amount: 3, unit: 'workday', kind: 'maximum' })).toBe('最长不得超过3个工作日');
    expect(formatTimeLimit({ amount: 2, unit: 'day', kind: 'lead' })).toBe('提前2天');
    expect(formatTimeLimit({ amount: 0.5, unit: 'hour' }, 'en')).toBe('within half an hour');
    expect(formatTimeLimit({ amount: 1, unit: 'workday' }, 'en')).toBe('within 1 working day');
    expect(formatTimeLimit({ amount: 0, unit: 'minute' }, 'en')).toBe('immediately');
  });

  const limitArb: fc.Arbitrary<TimeLimit> = fc.oneof(
    fc.record({ amount: fc.nat({ max: 400 }), unit: fc.constantFrom(...TIME_UNITS), kind: fc.constantFrom('within', 'maximum', 'lead') }),
    fc.record({ amount: fc.nat({ max: 50 }).map((n) => n + 0.5), unit: fc.constantFrom('hour', 'workhour'), kind: fc.constantFrom('within', 'maximum', 'lead') }),
    fc.constant({ amount: 0.5, unit: 'workday', kind: 'within' } as TimeLimit),
  );

  it('TL-01 property: parseTimeLimit(formatTimeLimit(l)) equals l, in Chinese and English', () => {
    fc.assert(
      fc.property(limitArb, (l) => {
        expect(parseTimeLimit(formatTimeLimit(l))).toEqual(l);
        expect(parseTimeLimit(formatTimeLimit(l, 'en'))).toEqual(l);
      }),
      RUNS,
    );
  });

  it('TL-01 property: Chinese numerals read as their value', () => {
    const zh = (n: number): string => {
      const d = '零一二三四五六七八九';
      if (n < 10) return d[n]!;
      if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
      if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
      const rest = n % 100;
      return `${d[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${d[rest]}` : rest < 20 ? `一${zh(rest)}` : zh(rest)}`;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => parseTimeLimit(`${zh(n)}个工作日内`).amount === n), RUNS);
  });
});
