// Issue 17 item 3: attribute values that match no limit, reclassified without attributes, a second received.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, evaluateCase, evaluateCases, PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE } from '../../src/index';

const sh = (local: string) => `${local}+08:00`;
const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);

describe('ESC-04 UNMATCHED_ATTRIBUTE (issue 17 item 3)', () => {
  it("ESC-04 complexity 'COMPLEX' (a typo) gets the default limits and says so, with the known values", () => {
    const r = evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'COMPLEX' }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }] }, sh('2026-10-12T11:00'));
    const answer = r.clocks.find((c) => c.name === 'complaint-answer')!;
    expect(answer.targetLimit).toBe('1个工作日内'); // the default, as before
    const issue = r.issues.find((i) => i.code === 'UNMATCHED_ATTRIBUTE')!;
    expect(issue).toMatchObject({ severity: 'warning', rule: 'ESC-04', path: ['attributes', 'complexity'], value: 'COMPLEX', details: { clock: 'complaint-answer', attribute: 'complexity', known: 'simple, general, complex' } });
    expect(issue.message['zh-CN']).toBe('时钟 complaint-answer：属性 complexity 的值 COMPLEX 不在任何时限条件中（已知：simple, general, complex），按默认时限计算');
    expect(issue.message.en).toBe('Clock complaint-answer: attribute complexity = COMPLEX matches no limit (known: simple, general, complex); the default limits apply');
  });

  it('ESC-04 a value set by reclassification is checked too, and batches report it per case', () => {
    const kase = { id: 'R', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'reclassified', at: sh('2026-10-12T10:30'), attributes: { complexity: 'hard' } }] };
    const [s] = evaluateCases(psc, [kase], sh('2026-10-12T11:00'));
    expect(s!.issues.map((i) => i.code)).toEqual(['UNMATCHED_ATTRIBUTE']);
    const cols = evaluateCases(psc, [kase], sh('2026-10-12T11:00'), { detail: 'columns' });
    expect(cols.issues[0]![1].map((i) => i.code)).toEqual(['UNMATCHED_ATTRIBUTE']);
  });

  it('ESC-04 known values, an absent attribute, or a clock without limits raise nothing', () => {
    const ok = (attributes: Record<string, string>) => evaluateCase(psc, { attributes, events: [{ type: 'received', at: sh('2026-10-12T10:00') }] }, sh('2026-10-12T11:00')).issues;
    for (const complexity of ['simple', 'general', 'complex']) expect(ok({ kind: 'complaint', complexity })).toEqual([]);
    expect(ok({ kind: 'complaint' })).toEqual([]);
    expect(ok({ kind: 'query', complexity: 'whatever' })).toEqual([]); // the query clock has no limits by complexity
  });

  it('ESC-01 property: an urgency outside the known list always raises UNMATCHED_ATTRIBUTE; a known one never does', () => {
    const rec = compileSlaPolicy(REAL_ESTATE_CALL_CENTRE);
    const known = ['urgent-15', 'high-30', 'normal-60', 'low-120'];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: 8 })), (urgency) => {
        const r = evaluateCase(rec, { attributes: { urgency }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'dispatched', at: sh('2026-10-12T10:05') }] }, sh('2026-10-12T11:00'));
        expect(r.issues.some((i) => i.code === 'UNMATCHED_ATTRIBUTE' && i.details.attribute === 'urgency')).toBe(!known.includes(urgency));
      }),
      { numRuns: 100 },
    );
  });
});

describe('ESC-04 reclassified without attributes, a second received (issue 17 item 3)', () => {
  it('ESC-04 a reclassified event without attributes is a warning; the classification stays', () => {
    const r = evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }, { type: 'reclassified', at: sh('2026-10-12T10:30') }] }, sh('2026-10-12T11:00'));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'RECLASSIFIED_WITHOUT_ATTRIBUTES', severity: 'warning', path: ['events', 1] });
    expect(r.issues[0]!.message['zh-CN']).toBe('2026-10-12T10:30:00+08:00 的 reclassified 事件没有给出新的属性，分类未改变');
    expect(r.attributes.complexity).toBe('general');
  });

  it('ESC-04 a second received is a warning and does not restart the clocks (in time order, whatever the log order)', () => {
    const events = [{ type: 'received', at: sh('2026-10-12T14:00') }, { type: 'received', at: sh('2026-10-12T10:00') }];
    const r = evaluateCase(psc, { attributes: { kind: 'complaint', complexity: 'general' }, events }, sh('2026-10-12T15:00'));
    const dup = r.issues.find((i) => i.code === 'DUPLICATE_RECEIVED')!;
    expect(dup).toMatchObject({ severity: 'warning', path: ['events', 0], details: { at: '2026-10-12T14:00:00+08:00', first: '2026-10-12T10:00:00+08:00' } });
    expect(dup.message.en).toBe('The case was already received at 2026-10-12T10:00:00+08:00; the second received event at 2026-10-12T14:00:00+08:00 does not start the clocks again');
    expect(r.clocks.find((c) => c.name === 'complaint-reply')!.startedAt!.toISOString()).toBe('2026-10-12T02:00:00.000Z');
  });
});
