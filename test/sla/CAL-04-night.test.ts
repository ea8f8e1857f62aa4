// Issue 24, section 6: a business-hours segment that crosses midnight is read by
// the SLA engine as everywhere else — pauses, business-hour clocks, delivery.
import { describe, expect, it } from 'vitest';
import { evaluateCase, type CaseEvaluation, type SlaPolicy } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const iso = (local: string) => new Date(sh(local)).toISOString();
const clock = (r: CaseEvaluation, name: string) => r.clocks.find((x) => x.name === name)!;

// A night desk open 22:00 until 06:00 the next morning, Monday to Friday nights.
const policy: SlaPolicy = {
  id: 'night',
  name: '夜间受理台',
  calendar: { businessHours: { hours: [['22:00', '06:00']] } },
  deliver: 'next-opening',
  clocks: [
    { name: 'day', start: ['received'], stop: ['resolved'], target: '1个工作日内' },
    { name: 'hours', start: ['received'], stop: ['resolved'], target: '2工作小时内', escalation: [{ level: 'supervisor', offset: '0分钟' }] },
  ],
} as SlaPolicy;

describe('CAL-04 the SLA engine reads segments that cross midnight', () => {
  it("CAL-04 a pause in Saturday's early hours is half of Friday night's shift: a working-day clock moves by one day", () => {
    const events = [{ type: 'received', at: sh('2026-11-20T21:00') }];
    const plain = clock(evaluateCase(policy, events, sh('2026-11-21T12:00')), 'day');
    expect(plain.due!.toISOString()).toBe(iso('2026-11-24T00:00')); // end of Monday 11-23
    const paused = clock(evaluateCase(policy, [...events, { type: 'paused', at: sh('2026-11-21T01:00') }, { type: 'resumed', at: sh('2026-11-21T05:00') }], sh('2026-11-21T12:00')), 'day');
    expect(paused.due!.toISOString()).toBe(iso('2026-11-25T00:00')); // 0.5 working day lost → one day later
  });

  it('CAL-04 a business-hour clock counts the night shift across midnight, and a pause in it moves it by the business time lost', () => {
    const events = [{ type: 'received', at: sh('2026-11-20T21:00') }];
    expect(clock(evaluateCase(policy, events, sh('2026-11-21T12:00')), 'hours').due!.toISOString()).toBe(iso('2026-11-21T00:00'));
    const paused = clock(evaluateCase(policy, [...events, { type: 'paused', at: sh('2026-11-20T22:30') }, { type: 'resumed', at: sh('2026-11-20T23:00') }], sh('2026-11-21T12:00')), 'hours');
    expect(paused.due!.toISOString()).toBe(iso('2026-11-21T00:30'));
  });

  it("CAL-06 'next-opening': a level firing inside Friday night's shift after midnight is delivered at once", () => {
    const r = evaluateCase(policy, [{ type: 'received', at: sh('2026-11-20T23:00') }], sh('2026-11-21T12:00'));
    const e = clock(r, 'hours').escalations[0]!;
    expect(e.at.toISOString()).toBe(iso('2026-11-21T01:00'));
    expect(e.delivery).toEqual({ at: new Date(sh('2026-11-21T01:00')), to: 'office' });
  });
});
