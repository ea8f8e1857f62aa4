import fc from 'fast-check';
import { argsFrom, nearArgs, oddNumber, oddString } from '../gen';
import { calendars, START } from '../fixtures';
import type { FuzzCases } from '../types';

/** Phrases as regulations write them, and near misses: huge, negative, fractional amounts, odd units, long texts. */
const phrases = [
  '3个工作日内',
  '三个工作日内',
  '2小时内',
  '半小时内',
  '半个工作日内',
  '一周内',
  '1个月内',
  '最长不得超过7个工作日',
  '提前两天',
  '当日',
  '次日',
  '立即',
  'within 3 working days',
  '1000000000000小时',
  '999999999999999999999个工作日',
  '9007199254740993天',
  '1.00000000000000001个工作日',
  '1.5个工作日',
  '-3个工作日',
  '0个工作日内',
  '二十四小时内联系用户',
  '一百万个月',
  '3个工作日内。',
  '3个世纪内',
  '',
];
const phrase = fc.oneof(fc.constantFrom(...phrases), oddString, fc.constantFrom(...phrases).map((p) => `${p}${'内'.repeat(1000)}`));
const limitObject = fc.record(
  { amount: fc.oneof(oddNumber, fc.constantFrom(0, 1, 3, 0.5)), unit: fc.constantFrom('minute', 'hour', 'day', 'week', 'month', 'workday', 'workhour', 'year', ''), kind: fc.constantFrom('within', 'maximum', 'lead', 'never') },
  { requiredKeys: ['amount', 'unit'] },
);
const limit = fc.oneof(phrase, limitObject);
const starts = [START, '2026-01-05T10:00+08:00', '2026-10-01T09:00+08:00', '0001-01-01T00:00Z', '9999-12-31T23:00Z', '2026-09-30T16:00', new Date('2026-09-30T08:00:00Z'), '2026-02-30T10:00+08:00'];
const dueOptions = [
  undefined,
  {},
  { calendar: calendars().office, endOfDay: 'close-of-business' },
  { rollOverRestDays: false },
  { countFrom: 'same-day-if-before-cutoff', cutoff: '12:00' },
  { countFrom: 'same-day-if-before-cutoff', cutoff: '25:00' },
  { endOfDay: 'noon' },
  { timeZone: 'Asia/Shanghai' },
  { timeZone: 'Mars/Base' },
  { calendar: calendars().provisional },
  { calendar: calendars().newYork },
];
const leadOptions = [undefined, {}, { rollBackRestDays: false }, { endOfDay: 'close-of-business', calendar: calendars().office }, { timeZone: 'Asia/Shanghai' }, { calendar: calendars().provisional }];
const due = [fc.tuple(fc.constantFrom<unknown>(...starts), limit, fc.constantFrom(...dueOptions)), nearArgs(START, { amount: 3, unit: 'workday' }, { calendar: calendars().office, endOfDay: 'close-of-business' })];
const lead = [
  fc.tuple(fc.constantFrom<unknown>(...starts), fc.oneof(fc.constantFrom('提前两天', '提前3个工作日', '提前1小时', '提前一个月', '提前1000000000000小时', '提前半个工作日'), limit), fc.constantFrom(...leadOptions)),
  nearArgs('2026-10-08T14:00+08:00', { amount: 2, unit: 'day', kind: 'lead' }, { calendar: calendars().office }),
];

export const cases: FuzzCases = {
  CalendarDateRuleSchema: { kind: 'schema' },
  TIME_UNITS: { kind: 'value', why: 'a constant list of unit names' },
  TimeLimitKindSchema: { kind: 'schema' },
  TimeLimitSchema: { kind: 'schema' },
  TimeUnitSchema: { kind: 'schema' },
  calendarDeadline: {
    kind: 'function',
    near: [
      argsFrom(['每月20日前', '每年1月15日前', '每月31日前', { dayOfMonth: 20 }, { month: 2, day: 30 }, { dayOfMonth: 0 }], ['2026-09', '2026-02', '2026', 2026, '2026-13', '0000-01', '9999-12', ''], [undefined, { restDay: 'previous-workday' }, { restDay: 'next-workday', before: 'strictly-before' }, { restDay: 'sideways' }, { endOfDay: 'close-of-business', calendar: calendars().office }]),
      nearArgs({ dayOfMonth: 20 }, '2026-12', { restDay: 'previous-workday', before: 'on-or-before', endOfDay: 'midnight' }),
    ],
  },
  dueAt: { kind: 'function', near: due },
  explainDue: { kind: 'function', near: due },
  explainLatestStart: { kind: 'function', near: lead },
  formatTimeLimit: { kind: 'function', near: [fc.tuple(limit, fc.constantFrom('zh-CN', 'en', 'fr', undefined)), nearArgs({ amount: 7, unit: 'workday', kind: 'maximum' }, 'en')] },
  latestStart: { kind: 'function', near: lead },
  parseCalendarDeadline: { kind: 'function', near: [fc.tuple(fc.oneof(fc.constantFrom('每月20日前', '每年一月十五日前', '每月32日前', '每年2月30日前', '每月二十日以前。', '每月999999999999999999999日前', '每年十三月一日前'), oddString))] },
  parseTimeLimit: { kind: 'function', near: [fc.tuple(phrase)] },
};
