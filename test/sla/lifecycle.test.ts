// Issue 17 item 5: cancelled, reset, startedAt, and periodic clocks (every, CMP-09).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_STATES, compileSlaPolicy, evaluateCase, evaluateCases, PROPERTY_RECEPTION, PROPERTY_SERVICE_CENTRE, validatePolicy, type CaseEvaluation, type SlaPolicy } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const iso = (local: string) => new Date(sh(local)).toISOString();
const clock = (r: CaseEvaluation, name: string) => r.clocks.find((x) => x.name === name)!;
const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const attrs = { kind: 'complaint', complexity: 'general' };

describe('ESC-04 cancelled (issue 17 item 5)', () => {
  it('ESC-04 a cancelled case stops every clock without a verdict; nothing fires afterwards', () => {
    const r = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'cancelled', at: sh('2026-10-12T11:00'), reason: '客户撤回' }] }, sh('2026-10-20T10:00'));
    for (const c of r.clocks.filter((x) => x.startedAt)) {
      expect(c.state, c.name).toBe('cancelled');
      expect(c.level).toBeUndefined();
      expect(c.nextChangeAt).toBeUndefined();
    }
    expect(clock(r, 'complaint-answer').explanation['zh-CN']).toContain('状态：已撤销（2026-10-12T11:00:00+08:00 撤销）');
    expect(r.nextChangeAt).toBeUndefined();
    expect(CLOCK_STATES.indexOf('cancelled')).toBe(6);
    const cols = evaluateCases(psc, [{ attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'cancelled', at: sh('2026-10-12T11:00') }] }], sh('2026-10-20T10:00'), { detail: 'columns' });
    expect(CLOCK_STATES[cols.state[cols.clocks.indexOf('complaint-answer')]!]).toBe('cancelled');
  });

  it('ESC-04 cancelling one clock (`clock`) leaves the others running; a cancelled clock after its breach keeps the levels it reached', () => {
    const r = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'cancelled', at: sh('2026-10-12T13:00'), clock: 'complaint-reply' }] }, sh('2026-10-14T10:00'));
    expect(clock(r, 'complaint-reply').state).toBe('cancelled');
    expect(clock(r, 'complaint-reply').level).toBe('supervisor'); // 2 hours passed at 12:00, before the cancel
    expect(clock(r, 'complaint-answer').state).toBe('breached');
  });

  it('ESC-04 property: after a cancel, the state and level stay as they were at the cancel, whenever asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 * 24 * 60 }), fc.integer({ min: 0, max: 20 * 24 * 60 }), (cancelMin, laterMin) => {
        const t0 = Date.parse(sh('2026-09-01T10:00'));
        const cancel = t0 + cancelMin * 60_000;
        const kase = { attributes: attrs, events: [{ type: 'received', at: t0 }, { type: 'cancelled', at: cancel }] };
        const a = evaluateCase(psc, kase, cancel);
        const b = evaluateCase(psc, kase, cancel + laterMin * 60_000);
        expect(b.clocks.map((c) => [c.name, c.state, c.level ?? null])).toEqual(a.clocks.map((c) => [c.name, c.state, c.level ?? null]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('ESC-04 reset and startedAt (issue 17 item 5)', () => {
  it('ESC-04 a reset restarts a clock from the reset (history kept in resets and in the explanation)', () => {
    const r = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'replied', at: sh('2026-10-12T11:00') }, { type: 'reset', at: sh('2026-10-12T15:00'), clock: 'complaint-reply' }] }, sh('2026-10-12T16:00'));
    const c = clock(r, 'complaint-reply');
    expect(c.state).toBe('running');
    expect(c.startedAt!.toISOString()).toBe(iso('2026-10-12T15:00'));
    expect(c.due!.toISOString()).toBe(iso('2026-10-12T17:00'));
    expect(c.resets!.map((d) => d.toISOString())).toEqual([iso('2026-10-12T15:00')]);
    expect(c.explanation['zh-CN']).toContain('（2026-10-12T15:00:00+08:00 重新计时，共 1 次，此前的计时保留在记录中）');
    expect(clock(r, 'complaint-answer').resets).toBeUndefined(); // the reset named one clock
  });

  it('ESC-04 startedAt backdates a start: logged at 10:30, taken by phone at 10:00', () => {
    const r = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:30'), startedAt: sh('2026-10-12T10:00') }] }, sh('2026-10-12T11:00'));
    expect(clock(r, 'complaint-reply').startedAt!.toISOString()).toBe(iso('2026-10-12T10:00'));
    expect(clock(r, 'complaint-reply').due!.toISOString()).toBe(iso('2026-10-12T12:00'));
    expect(clock(r, 'complaint-reply').explanation.en).toContain('(backdated by the event’s startedAt)');
    expect(r.issues).toEqual([]);
  });

  it('ESC-04 a startedAt after its event is a warning and is ignored; an unreadable one is INVALID_EVENT_TIME', () => {
    const r = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:30'), startedAt: sh('2026-10-12T11:00') }] }, sh('2026-10-12T11:00'));
    expect(r.issues.map((i) => i.code)).toEqual(['STARTED_AT_AFTER_EVENT']);
    expect(clock(r, 'complaint-reply').startedAt!.toISOString()).toBe(iso('2026-10-12T10:30'));
    const bad = evaluateCase(psc, { attributes: attrs, events: [{ type: 'received', at: sh('2026-10-12T10:30'), startedAt: '10点' }] }, sh('2026-10-12T11:00'));
    expect(bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['INVALID_EVENT_TIME', 'events.0.startedAt']]);
  });
});

// CMP-09 (001 第三篇): “定期通知住户有关进展” — the seed gives no period; a host picks one.
const withUpdates: SlaPolicy = {
  ...structuredClone(PROPERTY_RECEPTION),
  id: 'reception-with-updates',
  clocks: [
    ...structuredClone(PROPERTY_RECEPTION).clocks,
    { name: 'progress', label: '定期通知进展', rules: ['CMP-09'], start: ['received'], stop: ['resolved'], every: '每周', escalation: [{ level: 'supervisor', offset: '0分钟' }] },
  ],
} as SlaPolicy;

describe('CMP-09 periodic clocks (issue 17 item 5)', () => {
  it('CMP-09 a weekly progress-update clock is due a week after receipt, then a week after each update', () => {
    expect(validatePolicy(withUpdates)).toMatchObject({ success: true });
    const base = [{ type: 'received', at: sh('2026-10-12T10:00') }];
    const first = clock(evaluateCase(withUpdates, base, sh('2026-10-13T10:00')), 'progress');
    expect(first.state).toBe('running');
    expect(first.due!.toISOString()).toBe('2026-10-19T16:00:00.000Z'); // 24:00 of 10-19 (TL-02: the day after receipt is day one)
    expect(first.updates).toBe(0);
    const later = evaluateCase(withUpdates, [...base, { type: 'progress-updated', at: sh('2026-10-16T15:00') }], sh('2026-10-20T10:00'));
    const p = clock(later, 'progress');
    expect(p.state).toBe('running');
    expect(p.updates).toBe(1);
    expect(p.periodStartedAt!.toISOString()).toBe(iso('2026-10-16T15:00'));
    expect(p.due!.toISOString()).toBe('2026-10-23T16:00:00.000Z'); // 24:00 of 10-23
    expect(p.explanation['zh-CN']).toContain('通知一次进展（CMP-09），已更新 1 次，本期自 2026-10-16T15:00:00+08:00 起');
  });

  it('CMP-09 a missed period breaches and escalates; resolving stops the periodic clock', () => {
    const r = evaluateCase(withUpdates, [{ type: 'received', at: sh('2026-10-12T10:00') }], sh('2026-10-21T10:00'));
    expect(clock(r, 'progress')).toMatchObject({ state: 'breached', level: 'supervisor' });
    const done = evaluateCase(withUpdates, [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'resolved', at: sh('2026-10-15T10:00') }], sh('2026-10-21T10:00'));
    expect(clock(done, 'progress').state).toBe('met');
  });

  it('CMP-09 every with target is an INVALID_INPUT issue; an unknown update event is UNKNOWN_EVENT', () => {
    const bad = (clock: object) => validatePolicy({ id: 'x', name: 'x', clocks: [{ name: 'p', start: ['received'], stop: ['resolved'], ...clock }] }).issues.map((i) => [i.code, i.path.join('.')]);
    expect(bad({ every: '每周', target: '1天' })).toEqual([['INVALID_INPUT', 'clocks.0.every']]);
    expect(bad({ every: '每周', updates: ['progress-update'] })).toEqual([['UNKNOWN_EVENT', 'clocks.0.updates.0']]);
  });

  it('CMP-09 property: with an hourly period, the deadline is always one hour after the last update (or the start)', () => {
    const hourly: SlaPolicy = { id: 'h', name: 'h', clocks: [{ name: 'p', start: ['received'], stop: ['resolved'], every: '2小时', updates: ['progress-updated'] }] };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 5 }), (gaps) => {
        const t0 = Date.parse(sh('2026-10-12T10:00'));
        let t = t0;
        const events = [{ type: 'received', at: t0 }, ...gaps.map((g) => ({ type: 'progress-updated', at: (t += g * 60_000) }))];
        const c = evaluateCase(hourly, events, t).clocks[0]!;
        expect(c.due!.getTime()).toBe(t + 2 * 3_600_000);
        expect(c.updates).toBe(gaps.length);
      }),
      { numRuns: 60 },
    );
  });
});
