import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar, safeCreateCalendar } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';


// CAL-04: the utility fee centre's hours, 周一至周五 8:30–17:00 (003 篇1), with a lunch break here.
const centre = createCalendar({
  businessHours: {
    hours: [['08:30', '12:00'], ['13:30', '17:00']],
    dates: { '2026-09-30': [['08:30', '12:00']] }, // short eve before 国庆节
  },
});
const hotline = createCalendar({ businessHours: '24x7' });

describe('CAL-04 business hours', () => {
  it('CAL-04 intervals of a working day, none on a rest day, a short eve override', () => {
    expect(centre.businessIntervals('2026-11-16').map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ['2026-11-16T00:30:00.000Z', '2026-11-16T04:00:00.000Z'],
      ['2026-11-16T05:30:00.000Z', '2026-11-16T09:00:00.000Z'],
    ]);
    expect(centre.businessIntervals('2026-10-01')).toEqual([]);
    expect(centre.businessIntervals('2026-10-10')).toHaveLength(2); // make-up Saturday works normal hours
    expect(centre.closeOfBusiness('2026-09-30')?.toISOString()).toBe('2026-09-30T04:00:00.000Z');
    expect(centre.closeOfBusiness('2026-10-01')).toBeUndefined();
  });

  it('CAL-04 addBusinessTime skips lunch, nights, weekends and holidays', () => {
    expect(addBusinessTime('2026-11-16T11:30+08:00', 60, { calendar: centre }).toISOString()).toBe('2026-11-16T06:00:00.000Z'); // 14:00
    expect(addBusinessTime('2026-11-20T16:30+08:00', 60, { calendar: centre }).toISOString()).toBe('2026-11-23T01:00:00.000Z'); // Mon 09:00
    expect(addBusinessTime('2026-09-30T11:00+08:00', 120, { calendar: centre }).toISOString()).toBe('2026-10-08T01:30:00.000Z'); // 10-08 09:30
    expect(addBusinessTime('2026-11-16T07:00+08:00', 0, { calendar: centre }).toISOString()).toBe('2026-11-15T23:00:00.000Z');
    // landing exactly on closing time gives the closing time
    expect(addBusinessTime('2026-11-16T16:00+08:00', 60, { calendar: centre }).toISOString()).toBe('2026-11-16T09:00:00.000Z');
  });

  it('CAL-04 businessTimeBetween counts open minutes only, signed', () => {
    expect(businessTimeBetween('2026-11-16T08:00+08:00', '2026-11-16T18:00+08:00', { calendar: centre })).toBe(420);
    expect(businessTimeBetween('2026-09-30T11:00+08:00', '2026-10-08T09:30+08:00', { calendar: centre })).toBe(120);
    expect(businessTimeBetween('2026-10-08T09:30+08:00', '2026-09-30T11:00+08:00', { calendar: centre })).toBe(-120);
    expect(businessTimeBetween('2026-11-21T10:00+08:00', '2026-11-22T10:00+08:00', { calendar: centre })).toBe(0);
  });

  it('CAL-04 needs business hours; bad segments are INVALID_BUSINESS_HOURS', () => {
    expect(thrown(() => addBusinessTime('2026-11-16T10:00+08:00', 5)).code).toBe('BUSINESS_HOURS_REQUIRED');
    expect(thrown(() => createCalendar({ businessHours: { hours: [['09:00', '12:00'], ['11:00', '14:00']] } })).code).toBe('INVALID_BUSINESS_HOURS');
    expect(thrown(() => createCalendar({ businessHours: { hours: [['09:00', '09:00']] } })).details).toMatchObject({ path: 'businessHours.hours.0' });
    expect(safeCreateCalendar({ businessHours: { hours: [['9:00', '12:00']] } })).toMatchObject({ success: false, error: { code: 'INVALID_CALENDAR_OPTIONS' } });
    expect(safeCreateCalendar({ businessHours: { hours: [] } }).success).toBe(false);
    // Negative minutes count back (issue 24); what is not a finite number is still refused.
    expect(thrown(() => addBusinessTime('2026-11-16T10:00+08:00', Number.NaN, { calendar: centre })).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => addBusinessTime('2026-11-16T10:00+08:00', -Infinity, { calendar: centre })).code).toBe('INVALID_AMOUNT');
  });

  it('CAL-04 per-weekday hours (Saturday mornings when Saturday is a working day)', () => {
    const cal = createCalendar({ weekend: [0], businessHours: { hours: [['09:00', '17:00']], weekdays: { '6': [['09:00', '12:00']] } } });
    expect(cal.businessIntervals('2026-11-21')).toHaveLength(1);
    expect(cal.closeOfBusiness('2026-11-21')?.toISOString()).toBe('2026-11-21T04:00:00.000Z');
  });
});

describe('CAL-05 24-hour services', () => {
  it("CAL-05 '24x7' counts every minute, holidays included", () => {
    expect(addBusinessTime('2026-10-01T09:00+08:00', 120, { calendar: hotline }).toISOString()).toBe('2026-10-01T03:00:00.000Z');
    expect(businessTimeBetween('2026-09-30T00:00+08:00', '2026-10-08T00:00+08:00', { calendar: hotline })).toBe(8 * 1440);
  });
});

describe('CAL-03 group half-days', () => {
  it('CAL-03 a calendar for women gets the afternoon of 3月8日 off when it is a working day', () => {
    const women = createCalendar({ audience: 'women', businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });
    // 2027-03-08 would be a Monday, but 2027 is not covered; 2024-03-08 was a Friday.
    expect(women.dayInfo('2024-03-08').halfDay).toEqual({ name: '妇女节', nameEn: "International Women's Day", from: '12:00' });
    expect(women.businessIntervals('2024-03-08')).toHaveLength(1);
    expect(women.closeOfBusiness('2024-03-08')?.toISOString()).toBe('2024-03-08T04:00:00.000Z');
    expect(women.isWorkday('2024-03-08')).toBe(true);
    // The default calendar has no audience.
    expect(centre.dayInfo('2024-03-08').halfDay).toBeUndefined();
    // On a weekend it changes nothing.
    expect(women.dayInfo('2026-03-08').halfDay).toBeUndefined();
  });
  it('CAL-03 youth (5月4日) and military (8月1日)', () => {
    const youth = createCalendar({ audience: 'youth', businessHours: { hours: [['09:00', '17:00']] } });
    expect(youth.dayInfo('2026-05-04').halfDay).toBeUndefined(); // 劳动节 holiday in 2026
    expect(youth.dayInfo('2023-05-04').halfDay?.name).toBe('青年节');
    const army = createCalendar({ audience: 'military' });
    expect(army.dayInfo('2025-08-01').halfDay?.name).toBe('建军节');
    expect(army.audience).toBe('military');
  });
});

describe('CAL-04 properties', () => {
  const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }).map((t) => new Date(Math.floor(t / 60_000) * 60_000));
  it('CAL-04 businessTimeBetween(s, addBusinessTime(s, m)) === m', () => {
    fc.assert(
      fc.property(instant, fc.nat({ max: 20_000 }), (s, m) => {
        expect(businessTimeBetween(s, addBusinessTime(s, m, { calendar: centre }), { calendar: centre })).toBe(m);
      }),
      RUNS,
    );
  });
  it('CAL-04 addBusinessTime is monotonic and never earlier than start', () => {
    fc.assert(
      fc.property(instant, fc.nat({ max: 5000 }), fc.nat({ max: 5000 }), (s, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const rx = addBusinessTime(s, x, { calendar: centre }).getTime();
        return rx >= s.getTime() && rx <= addBusinessTime(s, y, { calendar: centre }).getTime();
      }),
      RUNS,
    );
  });
});
