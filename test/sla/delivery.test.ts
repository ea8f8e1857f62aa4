// Issue 17 item 4: escalation delivery — 'at-instant' | 'next-opening' | 'duty' (CAL-06).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, createCalendar, dutyAt, evaluateCase, evaluateCases, PROPERTY_SERVICE_CENTRE, thresholdsBetween, validatePolicy, type CaseEvaluation, type SlaPolicy } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const iso = (local: string) => new Date(sh(local)).toISOString();
const clock = (r: CaseEvaluation, name: string) => r.clocks.find((x) => x.name === name)!;
const hours = { name: '物业客服中心', businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:30']] as [string, string][] } };
const withDeliver = (deliver: 'at-instant' | 'next-opening' | 'duty'): SlaPolicy => ({ ...structuredClone(PROPERTY_SERVICE_CENTRE), id: `psc-${deliver}`, calendar: hours, deliver }) as SlaPolicy;
const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-09-30T16:00') }] };

describe('CAL-06 escalation delivery (issue 17 item 4)', () => {
  it("CAL-06 'next-opening': a level firing at 24:00 or on 国庆节 is delivered at the next opening; the breach instant stays", () => {
    const r = evaluateCase(withDeliver('next-opening'), kase, sh('2026-10-13T10:00'));
    const reply = clock(r, 'complaint-reply');
    expect(reply.due!.toISOString()).toBe(iso('2026-09-30T18:00')); // the true breach instant
    expect(reply.escalations[0]).toMatchObject({ name: 'supervisor', at: new Date(sh('2026-09-30T18:00')), delivery: { at: new Date(sh('2026-10-08T08:30')), to: 'office' } });
    const answer = clock(r, 'complaint-answer');
    expect(answer.escalations.map((e) => [e.name, e.at.toISOString(), e.delivery?.at.toISOString()])).toEqual([
      ['supervisor', '2026-10-08T16:00:00.000Z', iso('2026-10-09T08:30')], // 24:00 of 10-08 → 08:30 of 10-09
      ['manager', '2026-10-10T16:00:00.000Z', iso('2026-10-12T08:30')], // 24:00 of 10-10 (调休上班) → Monday 08:30
    ]);
    expect(answer.explanation['zh-CN']).toContain('主管（超过期限，主动回复客户） 于 2026-10-09T00:00:00+08:00 触发，通知在 2026-10-09T08:30:00+08:00 上班时送达（CAL-06）');
  });

  it("CAL-06 'duty': outside hours the notice goes at once to the duty officer (总值班), handed over at the next opening, as dutyAt says", () => {
    const r = evaluateCase(withDeliver('duty'), kase, sh('2026-10-13T10:00'));
    const e = clock(r, 'complaint-reply').escalations[0]!;
    expect(e.delivery).toEqual({ at: new Date(sh('2026-09-30T18:00')), to: 'duty-officer', handOverAt: new Date(sh('2026-10-08T08:30')) });
    const d = dutyAt(e.at, { calendar: createCalendar(hours) });
    expect([d.receiver, d.handOverAt?.toISOString()]).toEqual(['duty-officer', e.delivery!.handOverAt!.toISOString()]);
    expect(clock(r, 'complaint-reply').explanation['zh-CN']).toContain('的通知于 2026-09-30T18:00:00+08:00 送总值班，2026-10-08T08:30:00+08:00 上班时转交（CAL-06）');
  });

  it("CAL-06 within business hours nothing moves; 'at-instant' (the default) adds no delivery; a level may override the policy", () => {
    const inHours = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-10-12T09:00') }] };
    const e = clock(evaluateCase(withDeliver('next-opening'), inHours, sh('2026-10-12T12:00')), 'complaint-reply').escalations[0]!;
    expect(e.delivery).toEqual({ at: new Date(sh('2026-10-12T11:00')), to: 'office' });
    expect(clock(evaluateCase(withDeliver('at-instant'), kase, sh('2026-10-13T10:00')), 'complaint-reply').escalations[0]!.delivery).toBeUndefined();
    const mixed = withDeliver('next-opening') as { clocks: { name: string; escalation?: { deliver?: string }[] }[] };
    mixed.clocks.find((c) => c.name === 'complaint-reply')!.escalation![0]!.deliver = 'at-instant';
    expect(clock(evaluateCase(mixed as SlaPolicy, kase, sh('2026-10-13T10:00')), 'complaint-reply').escalations[0]!.delivery).toBeUndefined();
  });

  it('CAL-06 thresholdsBetween carries the delivery of each level crossing', () => {
    const xs = thresholdsBetween(withDeliver('next-opening'), kase, sh('2026-09-30T16:00'), sh('2026-10-01T00:00'));
    expect(xs.map((x) => [x.kind, x.delivery?.at.toISOString()])).toEqual([['breach', undefined], ['level', iso('2026-10-08T08:30')]]);
  });

  it('CAL-06 a delivery other than at-instant needs business hours', () => {
    const r = validatePolicy({ ...structuredClone(PROPERTY_SERVICE_CENTRE), deliver: 'duty' });
    expect(r.success).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['deliver'], rule: 'CAL-06' });
  });

  it('CAL-06 property: deliveries never precede the breach they report, and next-opening delivers within business hours', () => {
    const next = compileSlaPolicy(withDeliver('next-opening'));
    const duty = compileSlaPolicy(withDeliver('duty'));
    const calendar = createCalendar(hours);
    fc.assert(
      fc.property(fc.integer({ min: Date.parse(sh('2026-01-05T00:00')), max: Date.parse(sh('2026-11-30T00:00')) }), fc.constantFrom('simple', 'general', 'complex'), (t, complexity) => {
        const k = { attributes: { kind: 'complaint', complexity }, events: [{ type: 'received', at: Math.floor(t / 60_000) * 60_000 }] };
        const at = t + 20 * 86_400_000;
        for (const c of evaluateCase(next, k, at).clocks) {
          for (const e of c.escalations) {
            expect(e.delivery!.at.getTime()).toBeGreaterThanOrEqual(e.at.getTime());
            expect(dutyAt(e.delivery!.at, { calendar }).receiver).toBe('office');
          }
        }
        for (const c of evaluateCase(duty, k, at).clocks) {
          for (const e of c.escalations) {
            expect(e.delivery!.at.getTime()).toBe(e.at.getTime());
            if (e.delivery!.handOverAt) expect(e.delivery!.handOverAt.getTime()).toBeGreaterThan(e.at.getTime());
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('CAL-06 a delivery past the calendar data (issue 17 item 4)', () => {
  it('CAL-06 the level keeps its breach instant; the unknown delivery is a CALENDAR_NOT_COVERED issue, the clock stays', () => {
    const late = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-12-31T16:00') }] };
    // (the answer clock itself needs 2027 days: in a batch it is left out with its own issue)
    const [r] = evaluateCases(withDeliver('next-opening'), [late], sh('2026-12-31T19:00'), { detail: 'full' });
    const e = clock(r!, 'complaint-reply').escalations[0]!;
    expect(e.at.toISOString()).toBe(iso('2026-12-31T18:00'));
    expect(e.delivery).toBeUndefined();
    expect(r!.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['CALENDAR_NOT_COVERED', 'clocks.complaint-reply.escalations.supervisor.delivery'],
      ['CALENDAR_NOT_COVERED', 'clocks.complaint-answer'],
    ]);
    const [s] = evaluateCases(withDeliver('next-opening'), [late], sh('2026-12-31T19:00'));
    expect(s!.clocks.map((c) => c.name)).toEqual(r!.clocks.map((c) => c.name)); // summary and full agree on which clocks
  });
});
