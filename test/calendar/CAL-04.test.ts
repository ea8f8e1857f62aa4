import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  dueAt,
  dutyAt,
  nextBusinessMoment,
  previousBusinessMoment,
  safeCreateCalendar,
} from '../../src/index';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';

// CAL-04: 003 篇1's fee centre, 8:30–17:00 on working days, here with a lunch break.
const centre = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });
const o = { calendar: centre };
const iso = (d: Date | undefined) => d?.toISOString();

describe('CAL-04 counting business time back (negative minutes)', () => {
  it('CAL-04 2 business hours before a deadline skips lunch, nights, weekends and 国庆节', () => {
    expect(iso(addBusinessTime('2026-11-16T14:30+08:00', -120, o))).toBe('2026-11-16T03:00:00.000Z'); // 11:00: lunch skipped
    expect(iso(addBusinessTime('2026-11-23T09:00+08:00', -60, o))).toBe('2026-11-20T08:30:00.000Z'); // Fri 16:30
    expect(iso(addBusinessTime('2026-10-08T09:30+08:00', -120, o))).toBe('2026-09-30T08:00:00.000Z'); // 09-30 16:00, across the holiday
  });

  it('CAL-04 counting back from outside hours starts at the previous closing; landing on an opening returns the opening', () => {
    expect(iso(addBusinessTime('2026-11-16T20:00+08:00', -30, o))).toBe('2026-11-16T08:30:00.000Z'); // 16:30
    expect(iso(addBusinessTime('2026-11-16T17:00+08:00', -210, o))).toBe('2026-11-16T05:30:00.000Z'); // 13:30, not 12:00
    expect(iso(addBusinessTime('2026-11-16T12:00+08:00', -210, o))).toBe('2026-11-16T00:30:00.000Z'); // 08:30, not the evening before
  });

  it('CAL-04 adding 0 returns the instant itself, even outside business hours (biz and Business::Hours return the next business moment)', () => {
    expect(iso(addBusinessTime('2026-11-21T10:00+08:00', 0, o))).toBe('2026-11-21T02:00:00.000Z'); // a Saturday
    expect(iso(addBusinessTime('2026-11-21T10:00+08:00', -0, o))).toBe('2026-11-21T02:00:00.000Z');
    expect(iso(nextBusinessMoment('2026-11-21T10:00+08:00', o))).toBe('2026-11-23T00:30:00.000Z');
    expect(businessTimeBetween('2026-11-21T10:00+08:00', addBusinessTime('2026-11-21T10:00+08:00', 0, o), o)).toBe(0);
  });

  it('CAL-04 fractional minutes round by magnitude, so −m lands where +m came from', () => {
    const t = addBusinessTime('2026-11-16T09:00+08:00', 0.0000125, o); // 0.75 ms → 1 ms
    expect(t.getTime() - Date.parse('2026-11-16T01:00:00Z')).toBe(1);
    expect(iso(addBusinessTime(t, -0.0000125, o))).toBe('2026-11-16T01:00:00.000Z');
  });

  it('CAL-04 counting back past the data is CALENDAR_NOT_COVERED', () => {
    expect(thrown(() => addBusinessTime('2004-01-05T10:00+08:00', -10_000, o)).code).toBe('CALENDAR_NOT_COVERED');
    expect(thrown(() => previousBusinessMoment('2004-01-01T07:00+08:00', o)).code).toBe('CALENDAR_NOT_COVERED'); // 2004-01-01 is 元旦
  });
});

describe('CAL-04 the next and the previous business moment', () => {
  it('CAL-04 nextBusinessMoment: the instant when open (opening included, closing not), else the next opening', () => {
    expect(iso(nextBusinessMoment('2026-11-16T08:30+08:00', o))).toBe('2026-11-16T00:30:00.000Z');
    expect(iso(nextBusinessMoment('2026-11-16T12:00+08:00', o))).toBe('2026-11-16T05:30:00.000Z'); // lunch: 13:30
    expect(iso(nextBusinessMoment('2026-09-30T17:00+08:00', o))).toBe('2026-10-08T00:30:00.000Z');
  });

  it('CAL-04 previousBusinessMoment: the instant when open just before (closing included, opening not), else the previous closing', () => {
    expect(iso(previousBusinessMoment('2026-11-16T17:00+08:00', o))).toBe('2026-11-16T09:00:00.000Z');
    expect(iso(previousBusinessMoment('2026-11-16T13:30+08:00', o))).toBe('2026-11-16T04:00:00.000Z'); // 12:00
    expect(iso(previousBusinessMoment('2026-10-08T08:30+08:00', o))).toBe('2026-09-30T09:00:00.000Z');
  });

  it('CAL-04 both need business hours and an instant with an offset', () => {
    expect(thrown(() => nextBusinessMoment('2026-11-16T10:00+08:00')).code).toBe('BUSINESS_HOURS_REQUIRED');
    expect(thrown(() => previousBusinessMoment('2026-11-16T10:00+08:00')).code).toBe('BUSINESS_HOURS_REQUIRED');
    expect(thrown(() => nextBusinessMoment('2026-11-16T10:00', o)).code).toBe('AMBIGUOUS_INSTANT');
    expect(thrown(() => previousBusinessMoment('2026-11-16', o)).code).toBe('AMBIGUOUS_INSTANT');
  });
});

describe('CAL-04 round trips (properties)', () => {
  const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }).map((t) => new Date(Math.floor(t / 60_000) * 60_000));
  const minutes = fc.integer({ min: 1, max: 20_000 });

  it('CAL-04 add(add(t, m), −m) is t inside business hours and nextBusinessMoment(t) outside them', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        const back = addBusinessTime(addBusinessTime(t, m, o), -m, o).getTime();
        const next = nextBusinessMoment(t, o).getTime();
        expect(back).toBe(next);
        if (next === t.getTime()) expect(back).toBe(t.getTime()); // open at t: exactly t
      }),
      RUNS,
    );
  });

  it('CAL-04 add(add(t, −m), m) is t when open just before t and previousBusinessMoment(t) otherwise', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        expect(addBusinessTime(addBusinessTime(t, -m, o), m, o).getTime()).toBe(previousBusinessMoment(t, o).getTime());
      }),
      RUNS,
    );
  });

  it('CAL-04 businessTimeBetween(t, addBusinessTime(t, m)) === m for m of either sign', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -20_000, max: 20_000 }), (t, m) => {
        expect(businessTimeBetween(t, addBusinessTime(t, m, o), o)).toBe(m);
      }),
      RUNS,
    );
  });
});

describe('CAL-04 segments that cross midnight', () => {
  // A night service desk: 22:00 until 06:00 the next morning, Monday to Friday nights.
  const night = createCalendar({ businessHours: { hours: [['22:00', '06:00']] } });
  const n = { calendar: night };

  it("CAL-04 ['22:00', '06:00'] is accepted and runs into the next morning, as part of the day it starts on", () => {
    expect(night.businessIntervals('2026-11-20').map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-11-20T14:00:00.000Z', '2026-11-20T22:00:00.000Z']]);
    expect(iso(night.closeOfBusiness('2026-11-20'))).toBe('2026-11-20T22:00:00.000Z'); // Saturday 06:00
    expect(night.businessIntervals('2026-11-21')).toEqual([]); // Saturday owns no shift
  });

  it('CAL-04 Friday night’s shift is open on Saturday morning; Sunday night has none (Sunday is a rest day)', () => {
    expect(businessTimeBetween('2026-11-20T00:00+08:00', '2026-11-24T00:00+08:00', n)).toBe(6 * 60 + 8 * 60 + 2 * 60); // Thu night's end, Fri night, Mon 22–24
    expect(businessTimeBetween('2026-11-21T00:00+08:00', '2026-11-21T06:00+08:00', n)).toBe(360);
    expect(businessTimeBetween('2026-11-23T00:00+08:00', '2026-11-23T06:00+08:00', n)).toBe(0);
    expect(iso(addBusinessTime('2026-11-20T23:00+08:00', 480, n))).toBe('2026-11-23T15:00:00.000Z'); // Mon 23:00
    expect(iso(addBusinessTime('2026-11-23T23:00+08:00', -480, n))).toBe('2026-11-20T15:00:00.000Z'); // Fri 23:00
  });

  it('CAL-04 a holiday’s eve shift runs into the holiday; a holiday’s own night has none', () => {
    expect(businessTimeBetween('2026-10-01T00:00+08:00', '2026-10-01T06:00+08:00', n)).toBe(360); // from 09-30
    expect(businessTimeBetween('2026-10-08T00:00+08:00', '2026-10-08T06:00+08:00', n)).toBe(0); // 10-07 is a holiday
  });

  it('CAL-04 duty, deadlines and moments read the night shift too', () => {
    const d = dutyAt('2026-11-21T03:00+08:00', n);
    expect(d).toMatchObject({ receiver: 'office', dayKind: 'weekend' });
    expect(d.reason.en).toContain('22:00–06:00');
    expect(iso(dutyAt('2026-11-21T07:00+08:00', n).handOverAt)).toBe('2026-11-23T14:00:00.000Z'); // Mon 22:00
    expect(iso(dueAt('2026-11-20T23:00+08:00', '2个工作小时内', n))).toBe('2026-11-20T17:00:00.000Z'); // Sat 01:00
    expect(iso(dueAt('2026-11-19T10:00+08:00', '1个工作日内', { ...n, endOfDay: 'close-of-business' }))).toBe('2026-11-20T22:00:00.000Z'); // Fri's shift ends Sat 06:00
    expect(iso(nextBusinessMoment('2026-11-21T05:00+08:00', n))).toBe('2026-11-20T21:00:00.000Z');
    expect(iso(previousBusinessMoment('2026-11-23T12:00+08:00', n))).toBe('2026-11-20T22:00:00.000Z'); // Sat 06:00
  });

  it('CAL-04 a day and a night segment together; the night must not run into the next morning’s first segment', () => {
    const both = createCalendar({ businessHours: { hours: [['08:00', '12:00'], ['22:00', '06:00']] } });
    expect(businessTimeBetween('2026-11-17T00:00+08:00', '2026-11-18T00:00+08:00', { calendar: both })).toBe(6 * 60 + 4 * 60 + 2 * 60);
    expect(thrown(() => createCalendar({ businessHours: { hours: [['08:00', '12:00'], ['20:00', '09:00']] } })).code).toBe('INVALID_BUSINESS_HOURS');
    expect(thrown(() => createCalendar({ businessHours: { hours: [['22:00', '06:00'], ['23:00', '23:30']] } })).code).toBe('INVALID_BUSINESS_HOURS');
    // Another day's hours may overlap (Friday's night into a Saturday with its own morning): each minute counts once.
    const sat = createCalendar({ weekend: [0], businessHours: { hours: [['22:00', '06:00']], weekdays: { 6: [['05:00', '09:00']] } } });
    expect(businessTimeBetween('2026-11-21T00:00+08:00', '2026-11-21T12:00+08:00', { calendar: sat })).toBe(9 * 60);
  });

  it('CAL-04 a segment is never empty and starts before 24:00; an end of 00:00 is midnight', () => {
    expect(safeCreateCalendar({ businessHours: { hours: [['09:00', '09:00']] } })).toMatchObject({ success: false, error: { code: 'INVALID_BUSINESS_HOURS' } });
    expect(safeCreateCalendar({ businessHours: { hours: [['24:00', '06:00']] } })).toMatchObject({ success: false, error: { code: 'INVALID_CALENDAR_OPTIONS' } });
    const eve = createCalendar({ businessHours: { hours: [['18:00', '00:00']] } });
    expect(iso(eve.closeOfBusiness('2026-11-20'))).toBe('2026-11-20T16:00:00.000Z'); // 24:00
  });

  it('CAL-04 nothing runs in from before the first supported day (its status is unknown)', () => {
    expect(businessTimeBetween('2004-01-02T00:00+08:00', '2004-01-02T06:00+08:00', n)).toBe(0); // 2004-01-01 is 元旦
    const first = createCalendar({ outOfCoverage: 'provisional', businessHours: { hours: [['22:00', '06:00']] } });
    expect(first.supported.start).toBe('2000-01-01');
    expect(businessTimeBetween('2000-01-01T00:00+08:00', '2000-01-01T06:00+08:00', { calendar: first })).toBe(0);
  });
});
