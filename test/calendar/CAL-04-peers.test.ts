import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar, nextBusinessMoment, previousBusinessMoment } from '../../src/index';

// Cases translated from the test suites of three business-time libraries, each
// case rewritten as a guifan call on the same schedule (no peer code is used):
// - biz (Ruby, zendesk/biz, Apache-2.0; behind Zammad): spec/calculation/for_duration_spec.rb,
//   spec/periods/before_spec.rb, spec/periods/after_spec.rb, spec/calculation/duration_within_spec.rb;
// - businesstimedelta (Python, seppemans/businesstimedelta, MIT): businesstimedelta/test/businesstimedelta_tests.py;
// - Business::Hours (Perl, bestpractical/business-hours; behind Request Tracker): t/1-business-hours.t.
// The Chinese holiday data is replaced by an empty (or the peer's own) year, so only the weekly rules count.

const iso = (d: Date) => d.toISOString().replace(':00.000Z', 'Z');

describe('CAL-04 translated from biz (Ruby)', () => {
  // biz's spec schedule: Mon 9–17, Tue 10–16, Wed 9–17, Thu 10–16, Fri 9–17, Sat 11–14:30, Sunday closed, UTC.
  const weekly: { hours: [string, string][]; weekdays: Record<'2' | '4' | '6', [string, string][]> } = {
    hours: [['09:00', '17:00']],
    weekdays: { 2: [['10:00', '16:00']], 4: [['10:00', '16:00']], 6: [['11:00', '14:30']] },
  };
  const biz = createCalendar({ timeZone: 'Etc/UTC', weekend: [0], businessHours: weekly, years: { 2006: { holidays: [] } } });
  const o = { calendar: biz };

  it('CAL-04 for_duration: seconds, minutes and hours, after and before (counting back)', () => {
    expect(iso(addBusinessTime('2006-01-04T15:58:30Z', 1.5, o))).toBe('2006-01-04T16:00Z');
    expect(iso(addBusinessTime('2006-01-04T16:01:30Z', -1.5, o))).toBe('2006-01-04T16:00Z');
    expect(iso(addBusinessTime('2006-01-04T14:30Z', 90, o))).toBe('2006-01-04T16:00Z');
    expect(iso(addBusinessTime('2006-01-04T16:30Z', -90, o))).toBe('2006-01-04T15:00Z');
    expect(iso(addBusinessTime('2006-01-04T13:00Z', 180, o))).toBe('2006-01-04T16:00Z');
    expect(iso(addBusinessTime('2006-01-04T17:00Z', -180, o))).toBe('2006-01-04T14:00Z');
  });

  it('CAL-04 for_duration with a zero scalar: biz returns the first active moment; guifan returns the instant and names the moment separately', () => {
    // biz: 0.minutes.after(2006-01-03 00:00) = 01-03 10:00; 0.minutes.before(…) = 01-02 17:00.
    expect(iso(nextBusinessMoment('2006-01-03T00:00Z', o))).toBe('2006-01-03T10:00Z');
    expect(iso(previousBusinessMoment('2006-01-03T00:00Z', o))).toBe('2006-01-02T17:00Z');
    // guifan: adding 0 is the identity (立即, “at once”), see addBusinessTime.
    expect(iso(addBusinessTime('2006-01-03T00:00Z', 0, o))).toBe('2006-01-03T00:00Z');
    expect(iso(addBusinessTime('2006-01-03T00:00Z', -0, o))).toBe('2006-01-03T00:00Z');
  });

  it('CAL-04 periods before/after: the first period from outside and from inside a period', () => {
    expect(iso(previousBusinessMoment('2006-01-03T00:00Z', o))).toBe('2006-01-02T17:00Z'); // a full period first
    expect(iso(previousBusinessMoment('2006-01-02T12:00Z', o))).toBe('2006-01-02T12:00Z'); // a partial period first
    expect(iso(addBusinessTime('2006-01-02T12:00Z', -180, o))).toBe('2006-01-02T09:00Z');
    expect(iso(nextBusinessMoment('2006-01-01T00:00Z', o))).toBe('2006-01-02T09:00Z');
  });

  it('CAL-04 periods before, one week back, with shifts on 01-04 (9–10) and 01-05 (8–12)', () => {
    const shifts = createCalendar({
      timeZone: 'Etc/UTC',
      weekend: [0],
      businessHours: { ...weekly, dates: { '2006-01-04': [['09:00', '10:00']], '2006-01-05': [['08:00', '12:00']] } },
      years: { 2006: { holidays: [] } },
    });
    const s = { calendar: shifts };
    // 01-07 11–14:30, 01-06 9–17, 01-05 8–12, 01-04 9–10, 01-03 10–16, 01-02 9–17
    expect(businessTimeBetween('2006-01-02T00:00Z', '2006-01-08T00:00Z', s)).toBe((3.5 + 8 + 4 + 1 + 6 + 8) * 60);
    expect(iso(addBusinessTime('2006-01-08T00:00Z', -(3.5 + 8) * 60, s))).toBe('2006-01-06T09:00Z'); // lands on an opening
    expect(iso(addBusinessTime('2006-01-08T00:00Z', -(3.5 + 8 + 1) * 60, s))).toBe('2006-01-05T11:00Z');
    expect(iso(addBusinessTime('2006-01-08T00:00Z', -(3.5 + 8 + 4 + 0.5) * 60, s))).toBe('2006-01-04T09:30Z');
  });

  it('CAL-04 periods before over holidays (01-16 and 01-18 are skipped)', () => {
    const hol = createCalendar({ timeZone: 'Etc/UTC', weekend: [0], businessHours: weekly, years: { 2006: { holidays: ['2006-01-16', '2006-01-18'] } } });
    // from 01-21 back: Sat 3.5, Fri 8, Thu 6, (Wed holiday), Tue 6, (Mon holiday), Sat 01-14 3.5
    expect(businessTimeBetween('2006-01-14T00:00Z', '2006-01-22T00:00Z', { calendar: hol })).toBe((3.5 + 8 + 6 + 6 + 3.5) * 60);
    expect(iso(addBusinessTime('2006-01-22T00:00Z', -(3.5 + 8 + 6 + 6) * 60, { calendar: hol }))).toBe('2006-01-17T10:00Z');
    expect(iso(addBusinessTime('2006-01-22T00:00Z', -(3.5 + 8 + 6 + 6 + 1) * 60, { calendar: hol }))).toBe('2006-01-14T13:30Z');
  });

  it('CAL-04 duration_within: 39.5 business hours in the first week of 2006; none when the end is not after the start', () => {
    expect(businessTimeBetween('2006-01-01T00:00Z', '2006-01-08T00:00Z', o)).toBe(39.5 * 60);
    expect(businessTimeBetween('2006-01-01T00:00Z', '2006-01-01T00:00Z', o)).toBe(0);
    // biz answers 0 for a reversed span; guifan's answer is signed.
    expect(businessTimeBetween('2006-01-08T00:00Z', '2006-01-01T00:00Z', o)).toBe(-39.5 * 60);
  });

  it('CAL-04 periods in other zones: the week boundary in Los Angeles and in Brunei', () => {
    const la = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [0, 1, 2, 3, 4, 5], businessHours: { hours: [['06:00', '18:00']] }, years: { 2006: { holidays: [] } } });
    expect(iso(nextBusinessMoment('2006-01-07T17:00-08:00', { calendar: la }))).toBe('2006-01-08T01:00Z'); // the instant itself
    expect(businessTimeBetween('2006-01-07T17:00-08:00', '2006-01-07T23:00-08:00', { calendar: la })).toBe(60);
    const brunei = createCalendar({ timeZone: 'Asia/Brunei', weekend: [1, 2, 3, 4, 5, 6], businessHours: { hours: [['06:00', '18:00']] }, years: { 2006: { holidays: [] } } });
    expect(iso(previousBusinessMoment('2006-01-08T07:00+08:00', { calendar: brunei }))).toBe('2006-01-07T23:00Z'); // the instant itself
    expect(iso(addBusinessTime('2006-01-08T07:00+08:00', -60, { calendar: brunei }))).toBe('2006-01-07T22:00Z'); // 06:00 in Brunei
  });

  it('CAL-04 “an empty interval is generated” (Sunday 02:30–03:15 on the day Los Angeles springs forward): biz drops it, guifan keeps the 15 minutes the clock shows', () => {
    const la = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [6], businessHours: { hours: [['09:00', '17:00']], weekdays: { 0: [['02:30', '03:15']] } }, years: { 2006: { holidays: [] } } });
    // biz moves 02:30 (which does not exist) an hour on, to 03:30, after the 03:15 end, and drops the segment.
    // guifan reads the segment as the wall-clock minutes it names: 03:00–03:15 PDT exist and are open.
    expect(la.businessIntervals('2006-04-02').map((i) => [iso(i.start), iso(i.end)])).toEqual([['2006-04-02T10:00Z', '2006-04-02T10:15Z']]);
    expect(iso(nextBusinessMoment('2006-04-02T00:00-08:00', { calendar: la }))).toBe('2006-04-02T10:00Z');
    expect(iso(nextBusinessMoment('2006-04-02T03:15-07:00', { calendar: la }))).toBe('2006-04-03T16:00Z'); // then Monday 09:00 PDT, as biz
  });
});

describe('CAL-04 translated from businesstimedelta (Python)', () => {
  // WorkDayRule 09:00–17:00, Monday–Friday, UTC.
  const cal = createCalendar({ timeZone: 'UTC', businessHours: { hours: [['09:00', '17:00']] }, years: { 2016: { holidays: [] } } });
  const o = { calendar: cal };

  it('CAL-04 add less than, exactly, and more than one period', () => {
    expect(iso(addBusinessTime('2016-01-23T13:14Z', 120, o))).toBe('2016-01-25T11:00Z');
    expect(iso(addBusinessTime('2016-01-22T09:00Z', 480, o))).toBe('2016-01-22T17:00Z');
    expect(iso(addBusinessTime('2016-01-23T13:14Z', 720, o))).toBe('2016-01-26T13:00Z');
  });

  it('CAL-04 subtract less than, exactly, and more than one period (negative minutes)', () => {
    expect(iso(addBusinessTime('2016-01-25T11:14Z', -120, o))).toBe('2016-01-25T09:14Z');
    expect(iso(addBusinessTime('2016-01-22T18:00Z', -480, o))).toBe('2016-01-22T09:00Z');
    expect(iso(addBusinessTime('2016-01-25T11:14Z', -480, o))).toBe('2016-01-22T11:14Z');
  });

  it('CAL-04 README: 09:00–18:00 with a lunch break 12:00–13:00; 40 hours each way; a holiday week', () => {
    const lunch = createCalendar({ timeZone: 'UTC', businessHours: { hours: [['09:00', '12:00'], ['13:00', '18:00']] }, years: { 2015: { holidays: ['2015-12-25'] }, 2016: { holidays: [] } } });
    const l = { calendar: lunch };
    expect(businessTimeBetween('2016-01-18T09:00Z', '2016-01-25T09:00Z', l)).toBe(40 * 60);
    expect(iso(addBusinessTime('2016-01-18T09:00Z', 40 * 60, l))).toBe('2016-01-22T18:00Z');
    expect(iso(addBusinessTime('2016-01-25T09:00Z', -40 * 60, l))).toBe('2016-01-18T09:00Z');
    expect(businessTimeBetween('2015-12-21T09:00Z', '2015-12-28T09:00Z', l)).toBe(32 * 60);
  });

  it('CAL-04 README localized: Santiago business hours seen from San Francisco', () => {
    const santiago = createCalendar({ timeZone: 'America/Santiago', businessHours: { hours: [['09:00', '12:00'], ['13:00', '18:00']] }, years: { 2016: { holidays: [] } } });
    expect(businessTimeBetween('2016-01-18T09:00-08:00', '2016-01-18T18:00-08:00', { calendar: santiago })).toBe(4 * 60);
  });
});

describe('CAL-04 translated from Business::Hours (Perl)', () => {
  // Business::Hours' default: Monday–Friday 09:00–18:00. Its spans count whole seconds
  // with both ends included (30 minutes + 1 second); guifan measures time, ends excluded.
  const cal = createCalendar({ timeZone: 'UTC', businessHours: { hours: [['09:00', '18:00']] }, years: { 2016: { holidays: [] } } });
  const o = { calendar: cal };

  it('CAL-04 45 business hours in a week', () => {
    expect(businessTimeBetween('2016-01-17T00:00Z', '2016-01-24T00:00Z', o)).toBe(45 * 60);
  });

  it('CAL-04 first_after: the instant itself within hours, Monday 09:00 from a Sunday', () => {
    expect(iso(nextBusinessMoment('2016-01-19T10:04Z', o))).toBe('2016-01-19T10:04Z');
    expect(iso(nextBusinessMoment('2016-01-17T00:00Z', o))).toBe('2016-01-18T09:00Z');
  });

  it('CAL-04 add_seconds: 30 minutes from within and from outside hours span 30 business minutes', () => {
    const inside = addBusinessTime('2016-01-19T15:00Z', 30, o);
    expect(iso(inside)).toBe('2016-01-19T15:30Z');
    expect(businessTimeBetween('2016-01-19T15:00Z', inside, o)).toBe(30);
    const outside = addBusinessTime('2016-01-21T00:00Z', 30, o);
    expect(iso(outside)).toBe('2016-01-21T09:30Z');
    expect(businessTimeBetween('2016-01-21T00:00Z', outside, o)).toBe(30);
  });
});
