import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween, chinaCalendar, createCalendar, dutyAt } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';

// 001 第四篇 (十一): office hours 8:00–12:00, 14:00–17:30 (an assumption for the tests; the seed names no hours).
const calendar = createCalendar({ businessHours: { hours: [['08:00', '12:00'], ['14:00', '17:30']] } });
const iso = (d: Date | undefined) => d?.toISOString();

describe('CAL-06 off-hours complaints go to the duty officer and on to the office at the next working time', () => {
  it('CAL-06 within office hours the office receives it', () => {
    const d = dutyAt('2026-09-30T09:00+08:00', { calendar });
    expect(d).toMatchObject({ receiver: 'office', handOverAt: undefined, date: '2026-09-30', dayKind: 'workday', rule: 'CAL-06' });
    expect(d.reason['zh-CN']).toContain('办公室');
    expect(d.reason.en).toContain('08:00–12:00');
  });

  it('CAL-06 at lunch time the duty officer hands over at 14:00 the same day', () => {
    const d = dutyAt('2026-09-30T12:30+08:00', { calendar });
    expect(d.receiver).toBe('duty-officer');
    expect(iso(d.handOverAt)).toBe('2026-09-30T06:00:00.000Z');
  });

  it('CAL-06 on the evening before 国庆节 the hand-over waits for 10-08 08:00 (10-01…10-07 holiday)', () => {
    const d = dutyAt('2026-09-30T18:00+08:00', { calendar });
    expect(d.receiver).toBe('duty-officer');
    expect(iso(d.handOverAt)).toBe('2026-10-08T00:00:00.000Z');
    const h = dutyAt('2026-10-03T02:00+08:00', { calendar });
    expect(h).toMatchObject({ receiver: 'duty-officer', dayKind: 'holiday', holiday: '国庆节' });
    expect(h.reason['zh-CN']).toBe('2026-10-03 02:00 为国庆节假期，由总值班受理，于办公室上班时（2026-10-08 08:00）转交（CAL-06）');
    expect(h.reason.en).toContain('National Day');
  });

  it('CAL-06 a 调休 Saturday is a working day: the office is open; the Sunday after is not', () => {
    expect(chinaCalendar().dayInfo('2026-10-10')).toMatchObject({ kind: 'makeup-workday', name: '国庆节' });
    expect(dutyAt('2026-10-10T10:00+08:00', { calendar })).toMatchObject({ receiver: 'office', dayKind: 'makeup-workday', holiday: undefined });
    const sunday = dutyAt('2026-10-11T10:00+08:00', { calendar });
    expect(sunday).toMatchObject({ receiver: 'duty-officer', dayKind: 'weekend' });
    expect(iso(sunday.handOverAt)).toBe('2026-10-12T00:00:00.000Z');
    expect(sunday.reason['zh-CN']).toContain('休息日');
  });

  it('CAL-06 closing time itself is off hours; opening time itself is office hours', () => {
    expect(dutyAt('2026-09-30T17:30+08:00', { calendar }).receiver).toBe('duty-officer');
    expect(dutyAt('2026-09-30T08:00+08:00', { calendar }).receiver).toBe('office');
  });

  it('CAL-06 a 24x7 calendar has no duty officer', () => {
    const always = createCalendar({ businessHours: '24x7' });
    expect(dutyAt('2026-10-03T02:00+08:00', { calendar: always }).receiver).toBe('office');
  });

  it('CAL-06 is loud without business hours or past the data', () => {
    expect(thrown(() => dutyAt('2026-10-03T02:00+08:00')).code).toBe('BUSINESS_HOURS_REQUIRED');
    expect(thrown(() => dutyAt('2026-12-31T18:00+08:00', { calendar })).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => dutyAt('2026-02-30T10:00+08:00', { calendar })).code).toBe('INVALID_DATE');
  });

  it('CAL-06 property: the hand-over is the first business instant after the complaint', () => {
    const lo = Date.parse('2025-01-01T00:00:00Z');
    const hi = Date.parse('2026-12-20T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: lo / 60_000, max: hi / 60_000 }), (minute) => {
        const at = new Date(minute * 60_000);
        const d = dutyAt(at, { calendar });
        if (d.receiver === 'office') {
          expect(d.handOverAt).toBeUndefined();
          // an open minute starts here
          expect(businessTimeBetween(at, new Date(at.getTime() + 60_000), { calendar })).toBeGreaterThan(0);
        } else {
          const h = d.handOverAt!;
          expect(h.getTime()).toBeGreaterThan(at.getTime());
          // no business time between the complaint and the hand-over, and the office is open right after it
          expect(businessTimeBetween(at, h, { calendar })).toBe(0);
          expect(dutyAt(h, { calendar }).receiver).toBe('office');
        }
      }),
      { numRuns: Math.min(RUNS.numRuns, 200) },
    );
  });
});
