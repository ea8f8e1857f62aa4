import { describe, expect, it } from 'vitest';
import {
  calendarDeadline,
  createCalendar,
  dueAt,
  explainDue,
  explainLatestStart,
  latestStart,
  parseCalendarDeadline,
} from '../../src/index';
import { thrown } from '../_helpers/errors';

const iso = (d: Date): string => d.toISOString();
const office = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });

describe('TL-01 natural minutes and hours', () => {
  it('TL-01 “2小时内” from 2026-10-01 09:00+08:00 is 11:00 the same day, holiday or not', () => {
    expect(iso(dueAt('2026-10-01T09:00+08:00', '2小时内'))).toBe('2026-10-01T03:00:00.000Z');
    expect(explainDue('2026-10-01T09:00+08:00', '2小时内')).toMatchObject({ counting: 'natural-time', rules: ['TL-01'], dueText: '2026-10-01T11:00:00+08:00' });
  });
  it('TL-01 “24小时内给予回应” (CMP-09) and “15分钟内” (ESC-01)', () => {
    expect(iso(dueAt('2026-09-30T16:00+08:00', '24小时内给予回应'))).toBe('2026-10-01T08:00:00.000Z');
    expect(iso(dueAt('2026-09-30T16:00+08:00', { amount: 15, unit: 'minute' }))).toBe('2026-09-30T08:15:00.000Z');
    expect(iso(dueAt('2026-09-30T16:00+08:00', '立即'))).toBe('2026-09-30T08:00:00.000Z');
    expect(iso(dueAt('2026-09-30T16:00+08:00', '半小时内'))).toBe('2026-09-30T08:30:00.000Z');
  });
  it('TL-01 hour limits roll over only when asked (rollOverRestDays)', () => {
    const e = explainDue('2026-09-30T16:00+08:00', '24小时内', { rollOverRestDays: true });
    expect(e.rolledOver).toEqual({ from: '2026-10-01', to: '2026-10-08' });
    expect(e.dueText).toBe('2026-10-08T00:00:00+08:00');
    expect(explainDue('2026-09-30T16:00+08:00', '24小时内', { rollOverRestDays: true, calendar: office }).dueText).toBe('2026-10-08T08:30:00+08:00');
    expect(explainDue('2026-09-30T10:00+08:00', '2小时内', { rollOverRestDays: true }).rolledOver).toBeUndefined();
  });
});

describe('TL-02 the start day is not counted', () => {
  it('TL-02 “三日内回访” from Monday 2026-11-16 10:00 ends at 24:00 on Thursday 11-19', () => {
    const e = explainDue('2026-11-16T10:00+08:00', '三日内回访');
    expect(e.lastDay).toBe('2026-11-19');
    expect(e.dueText).toBe('2026-11-20T00:00:00+08:00');
    expect(e.startDayCounted).toBe(false);
  });
  it('TL-02 “一周内” is seven days; “当日” ends the same day', () => {
    expect(explainDue('2026-11-16T10:00+08:00', '一周内').lastDay).toBe('2026-11-23');
    expect(explainDue('2026-11-16T10:00+08:00', '当日').lastDay).toBe('2026-11-16');
    expect(explainDue('2026-11-16T10:00+08:00', '次日').lastDay).toBe('2026-11-17');
  });
  it('TL-02 months end on the corresponding day, or the month end (民法典 第二百零二条)', () => {
    expect(explainDue('2026-03-16T10:00+08:00', '1个月内').lastDay).toBe('2026-04-16');
    expect(explainDue('2025-01-31T10:00+08:00', '1个月内').nominalLastDay).toBe('2025-02-28');
    expect(explainDue('2025-01-31T10:00+08:00', '1个月内').lastDay).toBe('2025-02-28');
    expect(explainDue('2026-08-31T10:00+08:00', '1个月内').lastDay).toBe('2026-09-30');
  });
});

describe('TL-03 a last day on a rest day moves to the next working day', () => {
  it('TL-03 “三日内” from 2026-09-28 10:00+08:00 ends at the end of 2026-10-08', () => {
    const e = explainDue('2026-09-28T10:00+08:00', '三日内');
    expect(e.nominalLastDay).toBe('2026-10-01');
    expect(e.lastDay).toBe('2026-10-08');
    expect(e.rolledOver).toEqual({ from: '2026-10-01', to: '2026-10-08' });
    expect(e.skipped.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(e.rules).toEqual(['TL-02', 'TL-03', 'TL-04']);
    expect(e.text['zh-CN']).toContain('顺延至 2026-10-08');
    expect(iso(e.due)).toBe('2026-10-08T16:00:00.000Z');
  });
  it('TL-03 can be switched off', () => {
    expect(explainDue('2026-09-28T10:00+08:00', '三日内', { rollOverRestDays: false }).lastDay).toBe('2026-10-01');
  });
  it('TL-03 a weekend last day moves to Monday', () => {
    expect(explainDue('2026-11-18T10:00+08:00', '三日内').lastDay).toBe('2026-11-23');
  });
});

describe('TL-04 the last day ends at 24:00, or at close of business', () => {
  it('TL-04 midnight by default, close of business on request', () => {
    expect(explainDue('2026-11-16T10:00+08:00', '1个工作日内').dueText).toBe('2026-11-18T00:00:00+08:00');
    expect(explainDue('2026-11-16T10:00+08:00', '1个工作日内', { calendar: office, endOfDay: 'close-of-business' }).dueText).toBe('2026-11-17T17:00:00+08:00');
  });
  it('TL-04 close of business needs business hours', () => {
    expect(thrown(() => dueAt('2026-11-16T10:00+08:00', '1个工作日内', { endOfDay: 'close-of-business' })).code).toBe('BUSINESS_HOURS_REQUIRED');
  });
});

describe('TL-05 working days exclude holidays (CMP-08 worked examples)', () => {
  it('TL-05 a general complaint received 2026-09-30 16:00+08:00 with “1个工作日” is due at the end of 2026-10-08', () => {
    const e = explainDue('2026-09-30T16:00+08:00', '1个工作日内');
    expect(e.lastDay).toBe('2026-10-08');
    expect(e.dueText).toBe('2026-10-09T00:00:00+08:00');
    expect(e.rules).toEqual(['TL-05', 'TL-02', 'TL-04']);
    expect(e.skipped).toHaveLength(7);
    expect(e.text.en).toContain('National Day');
  });
  it('TL-05 the maximum of 3 working days counts the 10-10 make-up Saturday', () => {
    const e = explainDue('2026-09-30T16:00+08:00', '最长不得超过3个工作日');
    expect(e.lastDay).toBe('2026-10-10');
    expect(e.limit.kind).toBe('maximum');
  });
  it('TL-05 CMP-16: reply within 4 working days from 2026-09-28', () => {
    expect(explainDue('2026-09-28T11:00+08:00', '4个工作日内').lastDay).toBe('2026-10-09');
  });
  it('TL-05 counting from the same day before a 17:00 cutoff', () => {
    const opts = { countFrom: 'same-day-if-before-cutoff' as const };
    expect(explainDue('2026-11-16T10:00+08:00', '1个工作日内', opts)).toMatchObject({ lastDay: '2026-11-16', startDayCounted: true });
    expect(explainDue('2026-11-16T17:30+08:00', '1个工作日内', opts)).toMatchObject({ lastDay: '2026-11-17', startDayCounted: false });
    expect(explainDue('2026-11-16T16:00+08:00', '1个工作日内', { ...opts, cutoff: '15:00' }).lastDay).toBe('2026-11-17');
    // received on a holiday: counting starts with the next working day
    expect(explainDue('2026-10-03T10:00+08:00', '1个工作日内', opts).lastDay).toBe('2026-10-08');
    expect(thrown(() => dueAt('2026-11-16T10:00+08:00', '1个工作日内', { ...opts, cutoff: '5pm' })).code).toBe('INVALID_OPTIONS');
  });
  it('TL-05 working hours and half a working day use business time', () => {
    expect(explainDue('2026-09-30T16:00+08:00', '2个工作小时内', { calendar: office }).dueText).toBe('2026-10-08T09:30:00+08:00');
    // half of a 7-hour day from opening time ends exactly at the lunch break
    expect(explainDue('2026-11-16T08:30+08:00', '半个工作日内', { calendar: office }).dueText).toBe('2026-11-16T12:00:00+08:00');
    expect(explainDue('2026-11-16T10:00+08:00', '半个工作日内', { calendar: office }).dueText).toBe('2026-11-16T15:00:00+08:00');
    expect(thrown(() => dueAt('2026-11-16T08:30+08:00', '2个工作小时内')).code).toBe('BUSINESS_HOURS_REQUIRED');
  });
});

describe('TL-06 re-agreed deadlines are ordinary instants', () => {
  it('TL-06 a deadline agreed with the customer can be checked against the maximum', () => {
    const max = dueAt('2026-09-30T16:00+08:00', '最长不得超过7个工作日');
    const agreed = new Date('2026-10-14T18:00:00+08:00');
    expect(agreed.getTime() <= max.getTime()).toBe(true);
    expect(explainDue('2026-09-30T16:00+08:00', '最长不得超过7个工作日').lastDay).toBe('2026-10-15');
  });
});

describe('TL-07 calendar-date deadlines', () => {
  it('TL-07 “每月20日前”: on or before by default, strictly before on request', () => {
    expect(parseCalendarDeadline('每月20日前')).toEqual({ dayOfMonth: 20 });
    expect(parseCalendarDeadline('每年１月十五日以前')).toEqual({ month: 1, day: 15 });
    const d = calendarDeadline('每月20日前', '2026-11');
    expect(d).toMatchObject({ nominalDay: '2026-11-20', lastDay: '2026-11-20', dueText: '2026-11-21T00:00:00+08:00' });
    expect(calendarDeadline({ dayOfMonth: 20 }, '2026-11', { before: 'strictly-before' }).lastDay).toBe('2026-11-19');
  });
  it('TL-07 a 20th that is a rest day: keep, previous or next working day', () => {
    expect(calendarDeadline('每月20日前', '2026-12').lastDay).toBe('2026-12-20');
    expect(calendarDeadline('每月20日前', '2026-12', { restDay: 'previous-workday' }).lastDay).toBe('2026-12-18');
    expect(calendarDeadline('每月20日前', '2026-12', { restDay: 'next-workday' }).lastDay).toBe('2026-12-21');
    // 2026-09-20 is a Sunday but a make-up working day: nothing moves.
    expect(calendarDeadline('每月20日前', '2026-09', { restDay: 'previous-workday' }).moved).toBeUndefined();
  });
  it('TL-07 yearly rules and short months', () => {
    expect(calendarDeadline('每年1月15日前', 2026).lastDay).toBe('2026-01-15');
    expect(calendarDeadline({ dayOfMonth: 31 }, '2026-02').lastDay).toBe('2026-02-28');
    expect(thrown(() => calendarDeadline('每月20日前', '2026')).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => parseCalendarDeadline('每年2月30日前')).code).toBe('INVALID_TIME_LIMIT');
    expect(thrown(() => calendarDeadline({ dayOfMonth: 32 } as never, '2026-01')).code).toBe('INVALID_OPTIONS');
  });
});

describe('TL-08 lead times counted back from an event', () => {
  it('TL-08 materials “提前两天” for a meeting on 2026-10-08 must go out by the end of 2026-09-30', () => {
    const e = explainLatestStart('2026-10-08T14:00+08:00', '提前两天分发');
    expect(e.nominalLatestDay).toBe('2026-10-06');
    expect(e.latestDay).toBe('2026-09-30');
    expect(e.rolledBack).toEqual({ from: '2026-10-06', to: '2026-09-30' });
    expect(e.latestText).toBe('2026-10-01T00:00:00+08:00');
    expect(e.rules).toContain('TL-08');
  });
  it('TL-08 without moving back, in working days, in hours', () => {
    expect(explainLatestStart('2026-10-08T14:00+08:00', '提前两天', { rollBackRestDays: false }).latestDay).toBe('2026-10-06');
    expect(explainLatestStart('2026-10-12T09:00+08:00', '提前3个工作日').latestDay).toBe('2026-10-08');
    expect(iso(latestStart('2026-10-08T14:00+08:00', { amount: 3, unit: 'hour', kind: 'lead' }))).toBe('2026-10-08T03:00:00.000Z');
    expect(explainLatestStart('2026-11-26T09:00+08:00', '提前三天').latestDay).toBe('2026-11-23');
  });
  it('TL-08 dueAt refuses a lead time', () => {
    expect(thrown(() => dueAt('2026-10-08T14:00+08:00', '提前两天')).code).toBe('INVALID_TIME_LIMIT');
  });
});

describe('TL bad input', () => {
  it('TL-01 AMBIGUOUS_INSTANT without an offset unless timeZone is explicit', () => {
    expect(thrown(() => dueAt('2026-09-30 16:00', '1个工作日内')).code).toBe('AMBIGUOUS_INSTANT');
    expect(iso(dueAt('2026-09-30 16:00', '2小时内', { timeZone: 'Asia/Shanghai' }))).toBe('2026-09-30T10:00:00.000Z');
    expect(iso(dueAt('2026-09-30 16:00', '2小时内', { timeZone: 'America/New_York' }))).toBe('2026-09-30T22:00:00.000Z');
    expect(thrown(() => dueAt('2026-09-30 16:00', '2小时内', { timeZone: 'Nowhere/City' })).code).toBe('INVALID_TIME_ZONE');
  });
  it('TL-01 INVALID_AMOUNT for negative, NaN, infinite, fractional limits', () => {
    for (const amount of [-1, NaN, Infinity, 1.5]) {
      expect(thrown(() => dueAt('2026-09-30T16:00+08:00', { amount, unit: 'workday' })).code).toBe('INVALID_AMOUNT');
    }
    expect(thrown(() => dueAt('2026-09-30T16:00+08:00', { amount: 1, unit: 'fortnight' } as never)).code).toBe('INVALID_OPTIONS');
  });
  it('TL-01 INVALID_OPTIONS for unknown modes', () => {
    expect(thrown(() => dueAt('2026-09-30T16:00+08:00', '1天内', { endOfDay: 'noon' as never })).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => dueAt('2026-09-30T16:00+08:00', '1天内', { countFrom: 'yesterday' as never })).code).toBe('INVALID_OPTIONS');
  });
  it('CAL-02 a deadline past the data is loud', () => {
    expect(thrown(() => dueAt('2026-12-30T16:00+08:00', '3个工作日内')).code).toBe('CALENDAR_NOT_COVERED');
    const prov = createCalendar({ outOfCoverage: 'provisional' });
    expect(explainDue('2026-12-30T16:00+08:00', '3个工作日内', { calendar: prov })).toMatchObject({ lastDay: '2027-01-05', provisional: true });
  });
});
