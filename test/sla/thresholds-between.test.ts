// Issue 17 item 6: thresholdsBetween — every crossing in (from, to], composable windows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, evaluateCase, PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE, thresholdsBetween, type SlaCase, type SlaPolicy } from '../../src/index';
import { thrown } from '../_helpers/errors';

const sh = (local: string) => `${local}+08:00`;
const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const rec = compileSlaPolicy(REAL_ESTATE_CALL_CENTRE);
const general: SlaCase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-09-30T16:00') }] };
const show = (xs: ReturnType<typeof thresholdsBetween>) => xs.map((x) => `${x.clock}:${x.kind}:${x.name}@${x.at.toISOString()}`);

describe('ESC-03 thresholdsBetween (issue 17 item 6)', () => {
  it('ESC-03 a general complaint from 09-30 16:00: reply breach and supervisor at 18:00, answer due 10-08 24:00, max 10-10 24:00, in order', () => {
    const xs = thresholdsBetween(psc, general, sh('2026-09-30T16:00'), sh('2026-10-12T00:00'));
    expect(show(xs)).toEqual([
      'complaint-reply:breach:due@2026-09-30T10:00:00.000Z',
      'complaint-reply:level:supervisor@2026-09-30T10:00:00.000Z',
      'complaint-answer:breach:due@2026-10-08T16:00:00.000Z',
      'complaint-answer:level:supervisor@2026-10-08T16:00:00.000Z',
      'complaint-answer:max:max@2026-10-10T16:00:00.000Z',
      'complaint-answer:level:manager@2026-10-10T16:00:00.000Z',
    ]);
    expect(xs[1]!.label).toBe('主管');
  });

  it('ESC-03 the window is (from, to]: a threshold at T belongs to the window holding T + 1 ms', () => {
    const due = Date.parse(sh('2026-09-30T18:00'));
    expect(thresholdsBetween(psc, general, due - 1, due)).toEqual([]);
    expect(thresholdsBetween(psc, general, due, due + 1).map((x) => x.name)).toEqual(['due', 'supervisor']);
    expect(thresholdsBetween(psc, general, due + 1, due + 2)).toEqual([]);
  });

  it('ESC-03 a clock stopped before a threshold never crosses it; one stopped exactly 1 ms after does', () => {
    const due = Date.parse(sh('2026-09-30T18:00'));
    const stopped = (t: number) => ({ ...general, events: [...general.events, { type: 'replied', at: t }] });
    expect(thresholdsBetween(psc, stopped(due), due - 10, due + 10).filter((x) => x.clock === 'complaint-reply')).toEqual([]);
    expect(thresholdsBetween(psc, stopped(due + 1), due - 10, due + 10).filter((x) => x.clock === 'complaint-reply').map((x) => x.kind)).toEqual(['breach', 'level']);
  });

  it('ESC-03 agrees with evaluateCase: every threshold reached by `to` and not by `from` is listed', () => {
    const kase: SlaCase = { attributes: { urgency: 'high-30' }, events: [{ type: 'received', at: sh('2026-10-12T09:00') }, { type: 'dispatched', at: sh('2026-10-12T09:05') }] };
    const from = sh('2026-10-12T09:00');
    const to = sh('2026-10-20T09:00');
    const xs = thresholdsBetween(rec, kase, from, to);
    const r = evaluateCase(rec, kase, to);
    const reached = r.clocks.flatMap((c) => c.escalations.filter((e) => e.reached).map((e) => `${c.name}:${e.name}`));
    expect(xs.filter((x) => x.kind === 'level').map((x) => `${x.clock}:${x.name}`).sort()).toEqual(reached.sort());
  });

  it('ESC-03 to before from is INVALID_OPTIONS; from = to is empty', () => {
    expect(thrown(() => thresholdsBetween(psc, general, sh('2026-10-02T00:00'), sh('2026-10-01T00:00'))).code).toBe('INVALID_OPTIONS');
    expect(thresholdsBetween(psc, general, sh('2026-10-02T00:00'), sh('2026-10-02T00:00'))).toEqual([]);
  });
});

// --- properties -------------------------------------------------------------------
const H = 3_600_000;
const T0 = Date.parse(sh('2026-09-01T00:00'));
const warned: SlaPolicy = {
  id: 'w',
  name: 'w',
  clocks: [
    { name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内', warnings: [{ percent: 50 }, { before: '15分钟' }], escalation: [{ level: 'supervisor', offset: '0分钟' }, { level: 'manager', offset: '1小时' }] },
    { name: 'answer', start: ['received'], stop: ['resolved'], agreeable: true, target: '1个工作日内', max: '3个工作日内', escalation: [{ level: 'supervisor', offset: '0分钟' }, { level: 'manager', relativeTo: 'max', offset: '0分钟' }] },
  ],
};
const policy = compileSlaPolicy(warned);
const evType = fc.constantFrom('replied', 'resolved', 'paused', 'resumed', 'reopened', 'deadline-agreed', 'reclassified');
const caseArb = fc
  .tuple(fc.integer({ min: 0, max: 60 * 24 }), fc.array(fc.tuple(evType, fc.integer({ min: 1, max: 6 * 24 * 60 })), { maxLength: 6 }))
  .map(([start, evs]): SlaCase => {
    const t0 = T0 + start * 60_000;
    return {
      attributes: {},
      events: [
        { type: 'received', at: t0 },
        ...evs.map(([type, off]) => ({ type, at: t0 + off * 60_000, ...(type === 'deadline-agreed' ? { due: t0 + off * 60_000 + 30 * H } : {}), ...(type === 'reclassified' ? { attributes: { x: 'y' } } : {}) })),
      ],
    };
  });

describe('ESC-03 thresholdsBetween properties (issue 17 item 6)', () => {
  it('ESC-03 windows compose: the union over consecutive windows equals the whole window', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.integer({ min: 0, max: 10 * 24 * 60 }), { minLength: 1, maxLength: 5 }), (kase, cutsMin) => {
        const from = T0;
        const to = T0 + 10 * 24 * H;
        const cuts = [...new Set(cutsMin.map((m) => T0 + m * 60_000))].sort((a, b) => a - b);
        const bounds = [from, ...cuts.filter((c) => c > from && c < to), to];
        const parts = bounds.slice(1).flatMap((b, i) => thresholdsBetween(policy, kase, bounds[i]!, b));
        expect(show(parts)).toEqual(show(thresholdsBetween(policy, kase, from, to)));
      }),
      { numRuns: 60 },
    );
  });

  it('ESC-03 windows compose on the property service centre preset too (one-minute polling over a day)', () => {
    const kase: SlaCase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-10-08T16:00') }, { type: 'paused', at: sh('2026-10-08T17:00') }, { type: 'resumed', at: sh('2026-10-08T17:30') }] };
    const from = Date.parse(sh('2026-10-08T16:00'));
    const whole = thresholdsBetween(psc, kase, from, from + 12 * H);
    const polled = Array.from({ length: 12 * 60 }, (_, i) => thresholdsBetween(psc, kase, from + i * 60_000, from + (i + 1) * 60_000)).flat();
    expect(show(polled)).toEqual(show(whole));
    expect(whole.length).toBeGreaterThan(0);
  });
});
