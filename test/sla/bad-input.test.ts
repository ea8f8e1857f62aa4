import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, evaluateCase, PROPERTY_SERVICE_CENTRE, validatePolicy, type SlaPolicy, type ValidationIssue } from '../../src/index';
import { thrown } from '../_helpers/errors';

const sh = (local: string) => `${local}+08:00`;
const codes = (xs: readonly ValidationIssue[]) => xs.map((i) => i.code);
const clockOf = (over: Record<string, unknown>): SlaPolicy => ({ id: 'p', name: 'p', clocks: [{ name: 'a', start: ['received'], stop: ['replied'], target: '1个工作日内', ...over }] });

describe('ESC-04 policies are checked, with codes and paths', () => {
  it('ESC-04 unknown event names, duplicate clocks, bad limits', () => {
    expect(validatePolicy(clockOf({ stop: ['answered'] })).issues[0]).toMatchObject({ code: 'UNKNOWN_EVENT', path: ['clocks', 0, 'stop', 0] });
    expect(codes(validatePolicy({ id: 'p', name: 'p', clocks: [clockOf({}).clocks[0]!, clockOf({}).clocks[0]!] }).issues)).toEqual(['DUPLICATE_KEY']);
    expect(validatePolicy(clockOf({ target: '三个星期五' })).issues[0]).toMatchObject({ code: 'INVALID_TIME_LIMIT', path: ['clocks', 0, 'target'] });
    expect(validatePolicy(clockOf({ target: '提前两天' })).issues[0]!.code).toBe('INVALID_TIME_LIMIT');
  });
  it('ESC-04 a maximum shorter than its target, even in other units', () => {
    expect(validatePolicy(clockOf({ target: '3个工作日内', max: '1个工作日内' })).issues[0]).toMatchObject({ code: 'MAX_BEFORE_TARGET', path: ['clocks', 0, 'max'] });
    expect(codes(validatePolicy(clockOf({ target: '1个工作日内', max: '2小时内' })).issues)).toEqual(['MAX_BEFORE_TARGET']);
    expect(validatePolicy(clockOf({ target: '2小时内', max: '1个工作日内' })).success).toBe(true);
  });
  it('ESC-03 an escalation level needs an offset, and a maximum when relative to it', () => {
    expect(validatePolicy(clockOf({ escalation: [{ level: 'manager' }] })).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['clocks', 0, 'escalation', 0, 'offset'] });
    expect(codes(validatePolicy(clockOf({ escalation: [{ level: 'manager', relativeTo: 'max', offset: '0分钟' }] })).issues)).toEqual(['MISSING_MAX']);
    expect(validatePolicy(clockOf({ warnings: [{ before: '1个工作日' }] })).issues[0]!.code).toBe('INVALID_TIME_LIMIT');
  });
  it('ESC-04 compileSlaPolicy throws VALIDATION_FAILED carrying the issues', () => {
    const e = thrown(() => compileSlaPolicy(clockOf({ start: [] })));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((e.details.issues as ValidationIssue[])[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['clocks', 0, 'start'] });
    expect(e.messages['zh-CN']).toContain('clocks.0.start');
  });
});

describe('ESC-04 odd histories are reported, never thrown', () => {
  const attrs = { kind: 'complaint', complexity: 'general' };
  it('ESC-04 out-of-order events are sorted and flagged', () => {
    const r = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: attrs, events: [{ type: 'replied', at: sh('2026-11-16T11:00') }, { type: 'received', at: sh('2026-11-16T10:00') }] }, sh('2026-11-16T12:00'));
    expect(codes(r.issues)).toEqual(['OUT_OF_ORDER']);
    expect(r.clocks.find((c) => c.name === 'complaint-reply')!.state).toBe('met');
  });
  it('ESC-04 events before received, unknown types and clocks, times without offset', () => {
    const r = evaluateCase(
      PROPERTY_SERVICE_CENTRE,
      {
        attributes: attrs,
        events: [
          { type: 'contacted', at: sh('2026-11-16T09:00') },
          { type: 'received', at: sh('2026-11-16T10:00') },
          { type: 'escalated', at: sh('2026-11-16T10:05') },
          { type: 'paused', at: sh('2026-11-16T10:06'), clock: 'nope' },
          { type: 'replied', at: '2026-11-16 10:30' },
        ],
      },
      sh('2026-11-16T12:01'),
    );
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['UNKNOWN_EVENT', 'events.2.type'],
      ['UNKNOWN_CLOCK', 'events.3.clock'],
      ['INVALID_EVENT_TIME', 'events.4.at'],
      ['EVENT_BEFORE_RECEIVED', 'events.0'],
    ]);
    expect(r.clocks.find((c) => c.name === 'complaint-reply')!.state).toBe('breached');
  });
  it('ESC-04 overlapping pauses and resumes without a pause', () => {
    const r = evaluateCase(
      PROPERTY_SERVICE_CENTRE,
      {
        attributes: attrs,
        events: [
          { type: 'received', at: sh('2026-11-16T10:00') },
          { type: 'resumed', at: sh('2026-11-16T10:10') },
          { type: 'paused', at: sh('2026-11-16T10:20') },
          { type: 'paused', at: sh('2026-11-16T10:30') },
          { type: 'resumed', at: sh('2026-11-16T11:20') },
        ],
      },
      sh('2026-11-16T13:00'),
    );
    expect(new Set(codes(r.issues))).toEqual(new Set(['RESUME_WITHOUT_PAUSE', 'OVERLAPPING_PAUSE']));
    const reply = r.clocks.find((c) => c.name === 'complaint-reply')!;
    expect(reply.paused).toBe(60 * 60_000);
    expect(reply.due!.toISOString()).toBe('2026-11-16T05:00:00.000Z'); // 12:00 + 1 h paused = 13:00 Shanghai
    expect(reply.percentOfTarget).toBe(100); // 2 h active of a 2 h target at 13:00
  });
  it('TL-06 an agreement past the maximum is refused unless the policy allows it', () => {
    const r = evaluateCase(
      PROPERTY_SERVICE_CENTRE,
      { attributes: attrs, events: [{ type: 'received', at: sh('2026-11-16T10:00') }, { type: 'deadline-agreed', at: sh('2026-11-16T11:00'), due: sh('2026-11-30T18:00') }] },
      sh('2026-11-17T12:00'),
    );
    expect(codes(r.issues)).toEqual(['AGREED_BEYOND_MAX']);
    expect(r.clocks.find((c) => c.name === 'complaint-answer')!.agreed).toBeUndefined();
    const allowed = evaluateCase({ ...PROPERTY_SERVICE_CENTRE, allowAgreedBeyondMax: true }, { attributes: attrs, events: [{ type: 'received', at: sh('2026-11-16T10:00') }, { type: 'deadline-agreed', at: sh('2026-11-16T11:00'), due: sh('2026-11-30T18:00') }] }, sh('2026-11-17T12:00'));
    expect(allowed.issues).toEqual([]);
    expect(allowed.clocks.find((c) => c.name === 'complaint-answer')!.due!.toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
  it('ESC-04 a case that is not of the right shape is VALIDATION_FAILED; a clock not started says so', () => {
    expect(thrown(() => evaluateCase(PROPERTY_SERVICE_CENTRE, { events: 'x' } as never, sh('2026-11-16T12:00'))).code).toBe('VALIDATION_FAILED');
    const r = evaluateCase(PROPERTY_SERVICE_CENTRE, [], sh('2026-11-16T12:00'));
    expect(r.clocks.map((c) => c.state)).toEqual([]);
    expect(evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: { kind: 'query' }, events: [] }, sh('2026-11-16T12:00')).clocks[0]!.state).toBe('not-started');
  });
  it('ESC-04 a resolved case reopened keeps counting from the reopening', () => {
    const r = evaluateCase(
      PROPERTY_SERVICE_CENTRE,
      { attributes: attrs, events: [{ type: 'received', at: sh('2026-11-16T10:00') }, { type: 'resolved', at: sh('2026-11-16T11:00') }, { type: 'reopened', at: sh('2026-11-18T09:00') }] },
      sh('2026-11-18T10:00'),
    );
    const a = r.clocks.find((c) => c.name === 'complaint-answer')!;
    expect(a.state).toBe('running');
    expect(a.elapsed.natural).toBe(2 * 3_600_000);
  });
});
