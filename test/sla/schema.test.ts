// The SLA schemas are zod/mini (bundle size); their names, parse/safeParse and results stay as they were.
import { describe, expect, it } from 'vitest';
import { CaseEventSchema, ClockSchema, EscalationLevelSchema, LimitSchema, PROPERTY_SERVICE_CENTRE, SlaCaseSchema, SlaPolicySchema, validatePolicy, WarningSchema } from '../../src/index';

describe('ESC-04 SLA schemas (zod/mini)', () => {
  it('ESC-04 parse fills the documented defaults', () => {
    const p = SlaPolicySchema.parse(PROPERTY_SERVICE_CENTRE);
    expect(p.allowAgreedBeyondMax).toBe(false);
    expect(p.eventTypes).toEqual([]);
    const c = p.clocks.find((x) => x.name === 'complaint-reply')!;
    expect(c).toMatchObject({ pausable: true, agreeable: false, limits: [], dueOptions: {}, warnings: [] });
    expect(c.escalation[0]).toMatchObject({ relativeTo: 'target', direction: 'after', offset: '0分钟' });
    expect(SlaCaseSchema.parse({ events: [] })).toEqual({ attributes: {}, events: [] });
  });

  it('ESC-04 safeParse rejects what the classic schemas rejected', () => {
    expect(ClockSchema.safeParse({ name: '', start: [], stop: ['x'] }).success).toBe(false);
    expect(ClockSchema.safeParse({ name: 'a', start: ['received'], stop: ['replied'], extra: 1 }).success).toBe(false); // strict
    expect(WarningSchema.safeParse({ percent: 100 }).success).toBe(false);
    expect(WarningSchema.safeParse({ percent: 75 }).success).toBe(true);
    expect(EscalationLevelSchema.safeParse({ level: 'x', offset: '0分钟', relativeTo: 'sideways' }).success).toBe(false);
    expect(LimitSchema.safeParse('').success).toBe(false);
    expect(LimitSchema.safeParse({ amount: 2, unit: 'hour' }).success).toBe(true);
    expect(CaseEventSchema.safeParse({ type: 'received', at: new Date(0) }).success).toBe(true);
    expect(CaseEventSchema.safeParse({ type: 'received', at: 5, foo: 1 }).success).toBe(false);
  });

  it('ESC-04 a bad policy gives bilingual INVALID_INPUT issues with paths', () => {
    const r = validatePolicy({ id: 'x', name: 'x', clocks: [{ name: 'a', start: [], stop: ['replied'] }] });
    expect(r.success).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['clocks', 0, 'start'], rule: 'ESC-04' });
    expect(r.issues[0]!.message['zh-CN']).not.toBe(r.issues[0]!.message.en);
  });
});
