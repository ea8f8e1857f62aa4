// Issue 17 item 2: “立即” as a first-class limit; a simple complaint borrows no maximum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, evaluateCase, PROPERTY_SERVICE_CENTRE, validatePolicy, type SlaPolicy } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const consult = (events: { type: string; at: string; contact?: string }[], at = sh('2026-10-12T11:00')) =>
  evaluateCase(psc, { attributes: { kind: 'consultation' }, events }, at).clocks.find((c) => c.name === 'consultation')!;

describe('CMP-08 “立即” is met within the same contact (issue 17 item 2)', () => {
  it('CMP-08 a consultation answered two minutes later in the same call is met', () => {
    const c = consult([{ type: 'received', at: sh('2026-10-12T10:00'), contact: 'call-1' }, { type: 'replied', at: sh('2026-10-12T10:02'), contact: 'call-1' }]);
    expect(c.state).toBe('met');
    expect(c.targetLimit).toBe('立即');
    expect(c.due!.toISOString()).toBe(new Date(sh('2026-10-12T10:02')).toISOString());
    expect(c.explanation['zh-CN']).toContain('目标“立即”（在同一次接触内完成，即为立即）');
    expect(c.explanation.en).toContain('target "immediately" (done within the same contact: on the spot)');
  });

  it('CMP-08 answered in a later contact (or with no contact given), with the default grace of 0, it is met-late', () => {
    expect(consult([{ type: 'received', at: sh('2026-10-12T10:00'), contact: 'call-1' }, { type: 'replied', at: sh('2026-10-12T10:02'), contact: 'call-2' }]).state).toBe('met-late');
    expect(consult([{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'replied', at: sh('2026-10-12T10:02') }]).state).toBe('met-late');
    const open = consult([{ type: 'received', at: sh('2026-10-12T10:00'), contact: 'call-1' }], sh('2026-10-12T10:00'));
    expect(open.state).toBe('running'); // at the very instant of receipt, not yet late
    expect(open.explanation['zh-CN']).toContain('目标“立即”（同一次接触内完成）');
  });

  it('CMP-08 a policy grace (immediateGrace) lets “立即” take up to N minutes outside the contact', () => {
    const policy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), immediateGrace: '5分钟' } as SlaPolicy;
    const at = sh('2026-10-12T11:00');
    const run = (mins: string) => evaluateCase(policy, { attributes: { kind: 'consultation' }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'replied', at: sh(`2026-10-12T10:${mins}`) }] }, at).clocks[0]!;
    expect(run('02').state).toBe('met');
    expect(run('05').state).toBe('met');
    expect(run('06').state).toBe('met-late');
    expect(run('02').targetLimit).toBe('立即');
    expect(run('02').explanation['zh-CN']).toContain('目标“立即”（同一次接触内完成，或 5分钟内）');
  });

  it('CMP-08 a grace that is not minutes or hours is an INVALID_TIME_LIMIT issue', () => {
    const r = validatePolicy({ ...structuredClone(PROPERTY_SERVICE_CENTRE), immediateGrace: '1个工作日' });
    expect(r.success).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'INVALID_TIME_LIMIT', path: ['immediateGrace'] });
  });

  it('CMP-08 property: a stop in the starting contact always meets “立即”; outside it, only within the grace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.boolean(), fc.integer({ min: 0, max: 10 }), (secs, same, graceMin) => {
        const policy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), immediateGrace: { amount: graceMin, unit: 'minute' } } as SlaPolicy;
        const t0 = Date.parse(sh('2026-10-12T10:00'));
        const r = evaluateCase(policy, { attributes: { kind: 'consultation' }, events: [{ type: 'received', at: new Date(t0), contact: 'a' }, { type: 'replied', at: new Date(t0 + secs * 1000), contact: same ? 'a' : 'b' }] }, new Date(t0 + 3_600_000));
        expect(r.clocks[0]!.state).toBe(same || secs * 1000 <= graceMin * 60_000 ? 'met' : 'met-late');
      }),
      { numRuns: 100 },
    );
  });
});

describe('CMP-08 a simple complaint has no borrowed maximum (issue 17 item 2)', () => {
  it('CMP-08 PROPERTY_SERVICE_CENTRE: simple complaint — target 立即, no maximum; general keeps its 3 working days', () => {
    const ev = (complexity: string) =>
      evaluateCase(psc, { attributes: { kind: 'complaint', complexity }, events: [{ type: 'received', at: sh('2026-10-12T10:00'), contact: 'c' }] }, sh('2026-10-20T10:00')).clocks.find((c) => c.name === 'complaint-answer')!;
    const simple = ev('simple');
    expect(simple.targetLimit).toBe('立即');
    expect(simple.maxLimit).toBeUndefined();
    expect(simple.max).toBeUndefined();
    expect(simple.overMax).toBe(false);
    expect(simple.escalations.map((e) => e.name)).toEqual(['supervisor']); // the max-relative manager level has nothing to fire from
    expect(ev('general').maxLimit).toBe('最长不得超过3个工作日');
  });

  it('ESC-04 `null` in a limits entry means none; leaving it out still falls back to the clock’s own', () => {
    const policy: SlaPolicy = {
      id: 'x',
      name: 'x',
      clocks: [{ name: 'a', start: ['received'], stop: ['resolved'], target: '1个工作日内', max: '3个工作日内', limits: [{ when: { k: 'none' }, max: null }, { when: { k: 'inherit' }, target: '2个工作日内' }] }],
    };
    const c = (k: string) => evaluateCase(policy, { attributes: { k }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }] }, sh('2026-10-12T11:00')).clocks[0]!;
    expect([c('none').targetLimit, c('none').maxLimit]).toEqual(['1个工作日内', undefined]);
    expect([c('inherit').targetLimit, c('inherit').maxLimit]).toEqual(['2个工作日内', '3个工作日内']);
  });
});
