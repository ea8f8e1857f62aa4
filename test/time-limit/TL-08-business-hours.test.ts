import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween, createCalendar, explainLatestStart, latestStart, nextBusinessMoment, parseTimeLimit } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';

// TL-08 lead times in working hours, counted back over business time (CAL-04):
// the fee centre's hours 8:30–12:00, 13:30–17:00 (003 篇1, with a lunch break).
const centre = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });
const o = { calendar: centre };
const iso = (d: Date) => d.toISOString();

describe('TL-08 lead times in working hours (“提前两个工作小时”)', () => {
  it('TL-08 latestStart(at, { amount: 2, unit: "workhour" }) counts back over open hours only', () => {
    // 10-08 10:00: 90 minutes that morning, 30 more before 09-30's close (国庆节 skipped)
    expect(iso(latestStart('2026-10-08T10:00+08:00', { amount: 2, unit: 'workhour' }, o))).toBe('2026-09-30T08:30:00.000Z');
    expect(iso(latestStart('2026-11-16T15:00+08:00', { amount: 2, unit: 'workhour', kind: 'lead' }, o))).toBe('2026-11-16T03:30:00.000Z'); // 11:30
  });

  it('TL-08 the phrases the parser reads: 提前两个工作小时, 提前2个工作小时, “2 working hours before”', () => {
    expect(parseTimeLimit('提前两个工作小时')).toEqual({ amount: 2, unit: 'workhour', kind: 'lead' });
    for (const phrase of ['提前两个工作小时', '提前2个工作小时', '2 working hours before']) {
      expect(iso(latestStart('2026-10-08T10:00+08:00', phrase, o))).toBe('2026-09-30T08:30:00.000Z');
    }
    expect(iso(latestStart('2026-11-16T15:00+08:00', '提前一个半工作小时', o))).toBe('2026-11-16T05:30:00.000Z'); // 13:30
  });

  it('TL-08 “提前两小时” stays natural time (two hours on the clock, lunch and nights included)', () => {
    expect(parseTimeLimit('提前两小时')).toEqual({ amount: 2, unit: 'hour', kind: 'lead' });
    expect(iso(latestStart('2026-10-08T10:00+08:00', '提前两小时', o))).toBe('2026-10-08T00:00:00.000Z'); // 08:00
  });

  it('TL-08 half a working day is half the business time of the working day before the event (7 h → 3.5 h)', () => {
    expect(iso(latestStart('2026-11-17T17:00+08:00', '提前半个工作日', o))).toBe('2026-11-17T05:30:00.000Z'); // 13:30
    const e = explainLatestStart('2026-11-17T17:00+08:00', '提前半个工作日', o);
    expect(e.text['zh-CN']).toContain('210 分钟');
    expect(e.text.en).toContain('210 minutes');
  });

  it('TL-08 an event outside business hours counts back from the previous closing; a zero lead is the event itself', () => {
    expect(iso(latestStart('2026-11-16T20:00+08:00', { amount: 1, unit: 'workhour' }, o))).toBe('2026-11-16T08:00:00.000Z'); // 16:00
    expect(iso(latestStart('2026-11-16T20:00+08:00', { amount: 0, unit: 'workhour' }, o))).toBe('2026-11-16T12:00:00.000Z');
  });

  it('TL-08 explainLatestStart says it counted in business hours, with CAL-04', () => {
    const e = explainLatestStart('2026-10-08T10:00+08:00', '提前两个工作小时', o);
    expect(e.rules).toEqual(['TL-08', 'CAL-04', 'TL-05']);
    expect(e.latestText).toBe('2026-09-30T16:30:00+08:00');
    expect(e.latestDay).toBeUndefined();
    expect(e.provisional).toBe(false);
    expect(e.text['zh-CN']).toContain('按营业时间倒推（CAL-04）');
    expect(e.text.en).toContain('Counted back in business hours (CAL-04)');
  });

  it('TL-08 without business hours a working-hour lead time is BUSINESS_HOURS_REQUIRED (it was INVALID_TIME_LIMIT)', () => {
    expect(thrown(() => latestStart('2026-10-08T10:00+08:00', '提前两个工作小时')).code).toBe('BUSINESS_HOURS_REQUIRED');
    expect(thrown(() => latestStart('2026-10-08T10:00+08:00', '提前半个工作日')).code).toBe('BUSINESS_HOURS_REQUIRED');
  });

  it('TL-08 the latest start leaves exactly the lead in business time and is itself a business moment (property)', () => {
    const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }).map((t) => new Date(Math.floor(t / 60_000) * 60_000));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 }).map((n) => n / 2), (event, hours) => {
        const latest = latestStart(event, { amount: hours, unit: 'workhour' }, o);
        expect(businessTimeBetween(latest, event, o)).toBe(hours * 60);
        expect(nextBusinessMoment(latest, o).getTime()).toBe(latest.getTime());
      }),
      RUNS,
    );
  });
});
