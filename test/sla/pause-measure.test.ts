// Issue 10 item 1: a pause moves a deadline by the working time it takes, measured
// on the clock's own calendar (working days, calendar days, business time or natural time).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, compileSlaPolicy, evaluateCase, PROPERTY_SERVICE_CENTRE, UTILITY_FEE_CENTRE, type CaseEvaluation, type SlaPolicy } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const clock = (r: CaseEvaluation, name: string) => r.clocks.find((x) => x.name === name)!;
const iso = (d: Date | undefined) => d?.toISOString();
const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const cal = chinaCalendar();
const DAY = 86_400_000;
/** Epoch ms of 00:00 (Asia/Shanghai) of a civil date. */
const midnight = (civil: string) => Date.parse(`${civil}T00:00+08:00`);
const civilOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

describe('ESC-04 TL-04 a pause on a working-day clock moves it by the working days lost (issue 10 item 1)', () => {
  const complex = (events: { type: string; at: string }[]) =>
    evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'complex' }, events: [{ type: 'received', at: sh('2026-09-30T16:00') }, ...events] }, sh('2026-10-09T10:00'));

  it('ESC-04 complex complaint received 2026-09-30 16:00, paused all of working day 2026-10-08: due and max move by one working day', () => {
    const plain = clock(complex([]), 'complaint-answer');
    expect(iso(plain.due)).toBe('2026-10-13T16:00:00.000Z'); // 24:00 of 10-13
    expect(iso(plain.max)).toBe('2026-10-15T16:00:00.000Z'); // 24:00 of 10-15
    const c = clock(complex([{ type: 'paused', at: sh('2026-10-08T00:00') }, { type: 'resumed', at: sh('2026-10-09T00:00') }]), 'complaint-answer');
    expect(iso(c.due)).toBe('2026-10-14T16:00:00.000Z'); // 24:00 of 10-14
    expect(iso(c.max)).toBe('2026-10-16T16:00:00.000Z'); // 24:00 of 10-16
    expect(c.paused).toBe(DAY);
    expect(c.explanation['zh-CN']).toContain('暂停共 1440 分钟（占用工作日 1 个，按日末规则（TL-04）顺延 1 个工作日，截止由 2026-10-14T00:00:00+08:00 顺延至 2026-10-15T00:00:00+08:00；');
    expect(c.explanation['zh-CN']).toContain('最长时限由 2026-10-16T00:00:00+08:00 顺延至 2026-10-17T00:00:00+08:00');
    expect(c.explanation.en).toContain('1 working day(s) lost, moved by 1 working day(s) (end of day, TL-04): due moved from 2026-10-14T00:00:00+08:00 to 2026-10-15T00:00:00+08:00');
    expect(c.explanation['zh-CN']).not.toContain('期限相应顺延');
  });

  it('TL-04 a 4-hour pause on a 1-working-day clock moves due and max to the end of the next working day', () => {
    const general = (events: { type: string; at: string }[]) =>
      clock(evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-09-30T16:00') }, ...events] }, sh('2026-10-08T20:00')), 'complaint-answer');
    const plain = general([]);
    expect(iso(plain.due)).toBe('2026-10-08T16:00:00.000Z'); // 24:00 of 10-08
    expect(iso(plain.max)).toBe('2026-10-10T16:00:00.000Z'); // 24:00 of 10-10 (调休上班)
    const c = general([{ type: 'paused', at: sh('2026-10-08T10:00') }, { type: 'resumed', at: sh('2026-10-08T14:00') }]);
    expect(iso(c.due)).toBe('2026-10-09T16:00:00.000Z'); // 24:00 of 10-09
    expect(iso(c.max)).toBe('2026-10-12T16:00:00.000Z'); // 10-11 is a Sunday: 24:00 of 10-12
    expect(c.explanation['zh-CN']).toContain('暂停共 240 分钟（占用工作日 0.17 个，按日末规则（TL-04）顺延 1 个工作日，截止由 2026-10-09T00:00:00+08:00 顺延至 2026-10-10T00:00:00+08:00');
  });

  it('ESC-04 a pause on rest days only (国庆节 10-02 … 10-05) moves nothing and says so', () => {
    const c = clock(complex([{ type: 'paused', at: sh('2026-10-02T09:00') }, { type: 'resumed', at: sh('2026-10-05T18:00') }]), 'complaint-answer');
    expect(iso(c.due)).toBe('2026-10-13T16:00:00.000Z');
    expect(iso(c.max)).toBe('2026-10-15T16:00:00.000Z');
    expect(c.explanation['zh-CN']).toContain('未占用工作日，截止仍为 2026-10-14T00:00:00+08:00');
    expect(c.explanation.en).toContain('no working time lost, due stays 2026-10-14T00:00:00+08:00');
  });

  it('ESC-04 a pause that begins after the deadline does not move it', () => {
    const c = clock(
      evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-09-30T16:00') }, { type: 'paused', at: sh('2026-10-09T09:00') }, { type: 'resumed', at: sh('2026-10-09T11:00') }] }, sh('2026-10-09T12:00')),
      'complaint-answer',
    );
    expect(iso(c.due)).toBe('2026-10-08T16:00:00.000Z');
    // the maximum (10-10) is still ahead, so it moves by one working day
    expect(iso(c.max)).toBe('2026-10-12T16:00:00.000Z');
    expect(c.explanation['zh-CN']).toContain('最长时限由 2026-10-11T00:00:00+08:00 顺延至 2026-10-13T00:00:00+08:00');
  });

  it('CAL-04 business-hour limits move by the business time lost; hour limits by the natural time', () => {
    const policy: SlaPolicy = {
      id: 'x',
      name: 'x',
      calendar: { businessHours: { hours: [['09:00', '17:00']] } },
      clocks: [
        { name: 'biz', start: ['received'], stop: ['resolved'], target: '4工作小时内' },
        { name: 'nat', start: ['received'], stop: ['resolved'], target: '4小时内' },
      ],
    };
    const r = evaluateCase(policy, [{ type: 'received', at: sh('2026-10-12T09:00') }, { type: 'paused', at: sh('2026-10-12T10:00') }, { type: 'resumed', at: sh('2026-10-12T18:00') }], sh('2026-10-12T18:30'));
    // 7 business hours lost (10:00–17:00): 13:00 + 7 h of business time = 12:00 the next day
    expect(iso(clock(r, 'biz').due)).toBe(new Date(sh('2026-10-13T12:00')).toISOString());
    expect(clock(r, 'biz').explanation['zh-CN']).toContain('占用营业时间 420 分钟，按营业时间顺延');
    expect(iso(clock(r, 'nat').due)).toBe(new Date(sh('2026-10-12T21:00')).toISOString());
    expect(clock(r, 'nat').explanation.en).toContain('moved by 480 min');
  });

  it('TL-03 a calendar-day clock (三日内) moves by the days lost, then rolls over rest days', () => {
    const policy: SlaPolicy = { id: 'x', name: 'x', clocks: [{ name: 'visit', start: ['resolved'], stop: ['visited'], target: '三日内' }] };
    // resolved Wed 10-14 10:00: due end of Sat 10-17 → rolled to Mon 10-19.
    const plain = clock(evaluateCase(policy, [{ type: 'resolved', at: sh('2026-10-14T10:00') }], sh('2026-10-15T12:00')), 'visit');
    expect(iso(plain.due)).toBe('2026-10-19T16:00:00.000Z');
    // a 6-hour pause: 0.25 day lost → nominal last day Sun 10-18 → rolled to Mon 10-19: no change
    const c = clock(evaluateCase(policy, [{ type: 'resolved', at: sh('2026-10-14T10:00') }, { type: 'paused', at: sh('2026-10-15T06:00') }, { type: 'resumed', at: sh('2026-10-15T12:00') }], sh('2026-10-15T12:00')), 'visit');
    expect(iso(c.due)).toBe('2026-10-19T16:00:00.000Z');
    expect(c.explanation['zh-CN']).toContain('占用 0.25 天，顺延 1 天（TL-03、TL-04），截止仍为');
  });
});

// --- properties -----------------------------------------------------------------

const workdays2026 = cal.days('2026-01-05', '2026-11-20').filter((d) => d.workday).map((d) => d.date);
const restDays2026 = cal.days('2026-01-05', '2026-11-20').filter((d) => !d.workday).map((d) => d.date);
const cx = fc.constantFrom('general', 'complex');
const minute = 60_000;

function answer(complexity: string, received: number, pauses: [number, number][]) {
  const events = [{ type: 'received', at: new Date(received) }];
  for (const [a, b] of pauses) events.push({ type: 'paused', at: new Date(a) }, { type: 'resumed', at: new Date(b) });
  const at = new Date(received + 60 * DAY);
  return clock(evaluateCase(psc, { attributes: { kind: 'complaint', complexity }, events }, at), 'complaint-answer');
}

describe('ESC-04 TL-04 pause properties (issue 10 item 1)', () => {
  it('ESC-04 a pause never shortens a deadline (working-day, business-hour and hour clocks)', () => {
    const utility = compileSlaPolicy(UTILITY_FEE_CENTRE);
    fc.assert(
      fc.property(
        fc.integer({ min: midnight('2026-01-05'), max: midnight('2026-10-30') }),
        cx,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 * 24 * 60 }), fc.integer({ min: 1, max: 4 * 24 * 60 })), { maxLength: 3 }),
        (t, complexity, ps) => {
          const received = Math.floor(t / minute) * minute;
          let cur = received;
          const pauses: [number, number][] = ps.map(([gap, len]) => {
            const a = cur + gap * minute;
            cur = a + len * minute;
            return [a, cur];
          });
          const plain = answer(complexity, received, []);
          const paused = answer(complexity, received, pauses);
          expect(paused.due!.getTime()).toBeGreaterThanOrEqual(plain.due!.getTime());
          expect(paused.max!.getTime()).toBeGreaterThanOrEqual(plain.max!.getTime());
          const evs = (p: [number, number][]) => [{ type: 'received', at: new Date(received) }, ...p.flatMap(([a, b]) => [{ type: 'paused', at: new Date(a) }, { type: 'resumed', at: new Date(b) }])];
          const u0 = evaluateCase(utility, { attributes: {}, events: evs([]) }, new Date(received + 40 * DAY));
          const u1 = evaluateCase(utility, { attributes: {}, events: evs(pauses) }, new Date(received + 40 * DAY));
          u1.clocks.forEach((c, i) => {
            if (c.due && u0.clocks[i]!.due) expect(c.due.getTime()).toBeGreaterThanOrEqual(u0.clocks[i]!.due!.getTime());
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('TL-04 a pause covering k whole working days moves a working-day deadline by exactly k working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: workdays2026.length - 40 }), cx, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 23 * 60 }), (i, complexity, offset, k, tod) => {
        const received = midnight(workdays2026[i]!) + tod * minute;
        const plain = answer(complexity, received, []);
        // the pause starts at 00:00 of a working day after receipt and before the due day, and ends at 24:00 of the k-th working day from there
        const first = workdays2026[i + 1 + Math.min(offset, complexity === 'general' ? 0 : 4)]!;
        const lastCovered = workdays2026[workdays2026.indexOf(first) + k - 1]!;
        const paused = answer(complexity, received, [[midnight(first), midnight(lastCovered) + DAY]]);
        const dueDay = civilOf(plain.due!.getTime() - 1);
        const maxDay = civilOf(plain.max!.getTime() - 1);
        expect(civilOf(paused.due!.getTime() - 1)).toBe(cal.addWorkdays(dueDay, k));
        expect(civilOf(paused.max!.getTime() - 1)).toBe(cal.addWorkdays(maxDay, k));
        expect(paused.due!.getTime() - midnight(civilOf(paused.due!.getTime() - 1))).toBe(DAY); // still 24:00 (TL-04)
      }),
      { numRuns: 120 },
    );
  });

  it('ESC-04 a pause entirely on rest days moves nothing on a working-day clock', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: restDays2026.length - 1 }), cx, fc.integer({ min: 1, max: 7 * 24 * 60 }), fc.integer({ min: 0, max: 24 * 60 - 1 }), fc.integer({ min: 1, max: 24 * 60 }), (i, complexity, before, from, len) => {
        const day = restDays2026[i]!;
        const a = midnight(day) + from * minute;
        const b = Math.min(a + len * minute, midnight(day) + DAY);
        const received = a - before * minute;
        const plain = answer(complexity, received, []);
        const paused = answer(complexity, received, [[a, b]]);
        expect(paused.due!.getTime()).toBe(plain.due!.getTime());
        expect(paused.max!.getTime()).toBe(plain.max!.getTime());
      }),
      { numRuns: 120 },
    );
  });
});
