import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, createCalendar, dutyAt, nextBusinessMoment, previousBusinessMoment, type WorkingCalendar } from '../../src/index';

// CAL-04 in a zone with daylight saving: business hours are wall-clock times,
// and an instant is open when the clock shows a time inside that day's
// segments. Minutes a spring-forward skips do not exist; minutes a fall-back
// repeats are two real minutes each.
const iso = (d: Date | undefined) => d?.toISOString().replace(':00.000Z', 'Z');
const pairs = (cal: WorkingCalendar, day: string) => cal.businessIntervals(day).map((i) => [iso(i.start), iso(i.end)]);

describe('CAL-04 business hours across a spring-forward gap (Los Angeles, 2006-04-02, 02:00 → 03:00)', () => {
  // The calendar of issue 24 (and of biz's spec): Sunday 02:30–03:15 is half inside the gap.
  const la = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [6], businessHours: { hours: [['09:00', '17:00']], weekdays: { 0: [['02:30', '03:15']] } }, years: { 2006: { holidays: [] } } });
  const o = { calendar: la };

  it('CAL-04 the Sunday segment is not reversed: it is the 15 minutes the clock shows, 03:00–03:15 PDT', () => {
    expect(pairs(la, '2006-04-02')).toEqual([['2006-04-02T10:00Z', '2006-04-02T10:15Z']]);
    expect(pairs(la, '2006-04-09')).toEqual([['2006-04-09T09:30Z', '2006-04-09T10:15Z']]); // an ordinary Sunday: 45 minutes
  });

  it('CAL-04 businessTimeBetween over the weekend is Monday’s 480 plus Sunday’s 15', () => {
    expect(businessTimeBetween('2006-04-01T00:00-08:00', '2006-04-04T00:00-07:00', o)).toBe(495);
    expect(businessTimeBetween('2006-04-02T00:00-08:00', '2006-04-03T00:00-07:00', o)).toBe(15);
  });

  it('CAL-06 dutyAt hands over when the clock reaches 03:00, not at a reversed segment’s start', () => {
    const d = dutyAt('2006-04-02T01:30-08:00', o);
    expect(d.receiver).toBe('duty-officer');
    expect(iso(d.handOverAt)).toBe('2006-04-02T10:00Z');
    expect(dutyAt('2006-04-02T03:05-07:00', o)).toMatchObject({ receiver: 'office', reason: { en: '2006-04-02 within office hours (03:00–03:15): the office receives it (CAL-06)' } });
    expect(iso(dutyAt('2006-04-02T03:15-07:00', o).handOverAt)).toBe('2006-04-03T16:00Z'); // Monday 09:00 PDT
  });

  it('CAL-04 a segment wholly inside the gap is dropped; one ending in it ends where the gap ends', () => {
    const gone = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [6], businessHours: { hours: [['09:00', '17:00']], weekdays: { 0: [['02:05', '02:55']] } }, years: { 2006: { holidays: [] } } });
    expect(pairs(gone, '2006-04-02')).toEqual([]);
    expect(businessTimeBetween('2006-04-02T00:00-08:00', '2006-04-03T00:00-07:00', { calendar: gone })).toBe(0);
    const half = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [6], businessHours: { hours: [['09:00', '17:00']], weekdays: { 0: [['01:30', '02:30']] } }, years: { 2006: { holidays: [] } } });
    expect(pairs(half, '2006-04-02')).toEqual([['2006-04-02T09:30Z', '2006-04-02T10:00Z']]); // 01:30–02:00 PST, then 03:00 PDT
    expect(iso(addBusinessTime('2006-04-02T01:45-08:00', 15, { calendar: half }))).toBe('2006-04-02T10:00Z');
  });

  it("CAL-04 a night segment across the gap: ['22:00', '06:00'] on the spring-forward night is 7 real hours", () => {
    const night = createCalendar({ timeZone: 'America/Los_Angeles', weekend: [], businessHours: { hours: [['22:00', '06:00']] }, years: { 2006: { holidays: [] } } });
    expect(businessTimeBetween('2006-04-01T12:00-08:00', '2006-04-02T12:00-07:00', { calendar: night })).toBe(7 * 60);
  });
});

describe('CAL-04 business hours across a fall-back repeated hour (Los Angeles, 2006-10-29, 02:00 → 01:00)', () => {
  const mk = (segs: [string, string][]) =>
    createCalendar({ timeZone: 'America/Los_Angeles', weekend: [6], businessHours: { hours: [['09:00', '17:00']], weekdays: { 0: segs } }, years: { 2006: { holidays: [] } } });

  it('CAL-04 each real minute counts once: 00:00–03:00 is 4 hours that night', () => {
    const cal = mk([['00:00', '03:00']]);
    expect(pairs(cal, '2006-10-29')).toEqual([['2006-10-29T07:00Z', '2006-10-29T11:00Z']]);
    expect(businessTimeBetween('2006-10-29T00:00-07:00', '2006-10-30T00:00-08:00', { calendar: cal })).toBe(240);
    expect(iso(addBusinessTime('2006-10-29T00:30-07:00', 120, { calendar: cal }))).toBe('2006-10-29T09:30Z'); // 01:30 PST, the second 01:30
  });

  it('CAL-04 a segment inside the repeated hour is open both times the clock shows it', () => {
    const cal = mk([['01:00', '01:30']]);
    expect(pairs(cal, '2006-10-29')).toEqual([
      ['2006-10-29T08:00Z', '2006-10-29T08:30Z'],
      ['2006-10-29T09:00Z', '2006-10-29T09:30Z'],
    ]);
    expect(businessTimeBetween('2006-10-29T00:00-07:00', '2006-10-30T00:00-08:00', { calendar: cal })).toBe(60);
    expect(dutyAt('2006-10-29T01:15-08:00', { calendar: cal }).receiver).toBe('office');
    expect(iso(nextBusinessMoment('2006-10-29T01:45-07:00', { calendar: cal }))).toBe('2006-10-29T09:00Z'); // 01:00 PST
    expect(iso(previousBusinessMoment('2006-10-29T01:45-07:00', { calendar: cal }))).toBe('2006-10-29T08:30Z');
  });

  it('CAL-05 24x7 counts the real length of the day: 23 hours in spring, 25 in autumn', () => {
    const hotline = createCalendar({ timeZone: 'America/Los_Angeles', businessHours: '24x7', years: { 2006: { holidays: [] } } });
    expect(businessTimeBetween('2006-04-02T00:00-08:00', '2006-04-03T00:00-07:00', { calendar: hotline })).toBe(23 * 60);
    expect(businessTimeBetween('2006-10-29T00:00-07:00', '2006-10-30T00:00-08:00', { calendar: hotline })).toBe(25 * 60);
  });

  it('CAL-04 a midnight gap (Santiago, 2026-09-06, 00:00 → 01:00): 00:00–02:00 is one real hour', () => {
    const cal = createCalendar({ timeZone: 'America/Santiago', weekend: [], businessHours: { hours: [['00:00', '02:00']] }, years: { 2026: { holidays: [] } } });
    expect(pairs(cal, '2026-09-06')).toEqual([['2026-09-06T04:00Z', '2026-09-06T05:00Z']]);
  });
});

// ---------------------------------------------------------------------------
// Properties over several zones, instants gathered around their offset changes.

const ZONES = ['America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Asia/Shanghai', 'Australia/Lord_Howe'];
const HOUR = 3_600_000;

/** The zone's UTC offset in minutes, from Intl only (independent of src/_lib/zone.ts). */
function offsetReader(zone: string): (ms: number) => number {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (ms) => {
    const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(fmt.formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value)!;
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
}

/** Hours (UTC) in 2025–2026 at which the zone's offset changes (a day at a time, then its hours). */
function changes(zone: string): number[] {
  const offset = offsetReader(zone);
  const out: number[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 11, 30); t += 24 * HOUR) {
    if (offset(t) === offset(t + 24 * HOUR)) continue;
    for (let h = t; h < t + 24 * HOUR; h += HOUR) if (offset(h) !== offset(h + HOUR)) out.push(h + HOUR);
  }
  return out;
}

describe('CAL-04 properties in zones with daylight saving', () => {
  const numRuns = { numRuns: Number(process.env.GUIFAN_FC_RUNS ?? 300) > 100 ? 60 : 20 };
  for (const zone of ZONES) {
    // Every day a working day; segments at the hours clocks change, and one across midnight.
    const cal = createCalendar({
      timeZone: zone,
      weekend: [],
      businessHours: { hours: [['01:30', '02:45'], ['09:00', '17:00'], ['23:30', '01:15']] },
      years: { 2025: { holidays: [] }, 2026: { holidays: [] } },
    });
    const o = { calendar: cal };
    const near = changes(zone);
    const base = near.length ? fc.constantFrom(...near) : fc.constant(Date.UTC(2025, 6, 1));
    const instant = fc.tuple(base, fc.integer({ min: -48 * 60, max: 48 * 60 })).map(([t, m]) => new Date(t + m * 60_000));
    const ordered = fc.tuple(instant, instant, instant).map((ts) => ts.sort((a, b) => a.getTime() - b.getTime()));

    it(`CAL-04 ${zone}: no day's interval is reversed, and business time is never negative`, () => {
      if (zone !== 'Asia/Shanghai') expect(near.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(ordered, ([a, b]) => {
          for (const i of cal.businessIntervals(a)) expect(i.end.getTime()).toBeGreaterThan(i.start.getTime());
          expect(businessTimeBetween(a, b, o)).toBeGreaterThanOrEqual(0);
        }),
        numRuns,
      );
    });

    it(`CAL-04 ${zone}: business time is additive over adjacent intervals`, () => {
      fc.assert(
        fc.property(ordered, ([a, b, c]) => {
          expect(businessTimeBetween(a, b, o) + businessTimeBetween(b, c, o)).toBe(businessTimeBetween(a, c, o));
        }),
        numRuns,
      );
    });

    it(`CAL-04 ${zone}: add and between agree, both ways, and add(add(t, m), −m) is the next business moment`, () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 3000 }), (t, m) => {
          expect(businessTimeBetween(t, addBusinessTime(t, m, o), o)).toBe(m);
          expect(businessTimeBetween(t, addBusinessTime(t, -m, o), o)).toBe(-m);
          expect(addBusinessTime(addBusinessTime(t, m, o), -m, o).getTime()).toBe(nextBusinessMoment(t, o).getTime());
          expect(addBusinessTime(addBusinessTime(t, -m, o), m, o).getTime()).toBe(previousBusinessMoment(t, o).getTime());
        }),
        numRuns,
      );
    });
  }
});
