import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFirstInquiry, FIRST_INQUIRY_PENALTIES, validatePenalty } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { RUNS } from '../_helpers/dates';

const T = (hhmm: string, day = '2026-10-09') => `${day}T${hhmm}+08:00`;

describe('SVC-03 first-inquiry responsibility (首问责任制) with APR-07 offences', () => {
  it('answered on the spot: nothing to find', () => {
    const r = checkFirstInquiry({
      events: [
        { type: 'received', at: T('09:00'), actor: '王敏' },
        { type: 'resolved', at: T('09:04'), actor: '王敏', sameContact: true, result: '已告知停水时间为 10:00–14:00' },
      ],
    });
    expect(r).toMatchObject({ success: true, issues: [], firstReceiver: '王敏', answeredOnTheSpot: true, followedUp: true });
  });

  it('handed to a named owner in time and followed to the end', () => {
    const r = checkFirstInquiry({
      events: [
        { type: 'received', at: T('09:00'), actor: '王敏' },
        { type: 'dispatched', at: T('09:10'), actor: '王敏', to: '工程部李工' },
        { type: 'resolved', at: T('15:00'), actor: '工程部李工', result: '更换阀门' },
        { type: 'contacted', at: T('16:00'), actor: '王敏' },
        { type: 'visited', at: T('10:00', '2026-10-10'), actor: '王敏', outcome: 'satisfied' },
      ],
    });
    expect(r).toMatchObject({ success: true, issues: [], handover: { to: '工程部李工' }, followedUp: true });
    expect(r.handover!.at.toISOString()).toBe('2026-10-09T01:10:00.000Z');
  });

  it('every breach names its APR-07 offence, which validatePenalty accepts', () => {
    const r = checkFirstInquiry({
      events: [
        { type: 'received', at: T('09:00'), actor: '王敏' },
        { type: 'dispatched', at: T('12:30'), actor: '王敏' },
        { type: 'replied', at: T('13:00'), actor: '工程部李工', text: '这个不是我管的，跟我们没关系。' },
        { type: 'resolved', at: T('15:00'), actor: '工程部李工' },
        { type: 'visited', at: T('10:00', '2026-10-10'), actor: '回访员', outcome: 'unsatisfied' },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.offence, i.actor])).toEqual([
      ['NOT_FOLLOWED_UP', 'shirking', '王敏'],
      ['HANDOVER_WITHOUT_OWNER', 'shirking', '王敏'],
      ['HANDOVER_LATE', 'unjustified-delay', '王敏'],
      ['UNCIVIL_LANGUAGE', 'uncivil-language', '工程部李工'],
      ['RESULT_NOT_RECORDED', 'not-recorded', '工程部李工'],
      ['ANSWER_NOT_SATISFACTORY', 'unsatisfactory-answer', '王敏'],
    ]);
    const keys = new Set<string>(FIRST_INQUIRY_PENALTIES.offences.map((o) => o.key));
    for (const i of r.issues) {
      expect(keys.has(i.offence!)).toBe(true);
      const o = FIRST_INQUIRY_PENALTIES.offences.find((x) => x.key === i.offence)!;
      expect(validatePenalty({ offence: i.offence!, amountFen: o.minFen })).toSatisfy((v: unknown) => (Array.isArray(v) ? v.length === 0 : (v as { success: boolean }).success));
    }
    expect(r.issues[2]!.message['zh-CN']).toBe('王敏 于 2026-10-09T12:30:00+08:00 才移交，应在 2026-10-09T11:00:00+08:00 前移交');
  });

  it('no owner after the hand-over limit; still pending before it', () => {
    const log = { events: [{ type: 'received', at: T('09:00'), actor: '王敏' }] };
    expect(checkFirstInquiry(log, { at: T('10:59') })).toMatchObject({ success: true, issues: [] });
    expect(checkFirstInquiry(log, { at: T('11:01') }).issues.map((i) => [i.code, i.offence])).toEqual([['NO_OWNER', 'shirking']]);
    expect(checkFirstInquiry(log, { at: T('11:01'), handoverWithin: '1个工作日' }).success).toBe(true);
  });

  it('SVC-03 a late handover stays late: resolved and followed up afterwards, it is still HANDOVER_LATE (APR-07 无故拖延)', () => {
    const late = [
      { type: 'received', at: T('09:00'), actor: '王敏' },
      { type: 'dispatched', at: T('12:30'), actor: '王敏', to: '工程部李工' },
      { type: 'resolved', at: T('15:00'), actor: '工程部李工', result: '更换阀门' },
    ];
    for (const followUp of ['contacted', 'replied', 'resolved', 'visited']) {
      const r = checkFirstInquiry({ events: [...late, { type: followUp, at: T('16:00'), actor: '王敏', result: '已回电告知', outcome: 'satisfied' }] });
      expect([followUp, r.issues.map((i) => [i.code, i.offence])]).toEqual([followUp, [['HANDOVER_LATE', 'unjustified-delay']]]);
      expect(r).toMatchObject({ success: false, followedUp: true, handover: { to: '工程部李工' } });
      const o = FIRST_INQUIRY_PENALTIES.offences.find((x) => x.key === r.issues[0]!.offence)!;
      expect([o.minFen, o.maxFen]).toEqual([10000, 50000]);
    }
  });

  it('SVC-03 an answer of the first receiver excuses a handover only when given before it and within the limit', () => {
    const base = [{ type: 'received', at: T('09:00'), actor: '王敏' }];
    // Answered themselves in time, then sent the work on: nothing to find.
    expect(checkFirstInquiry({ events: [...base, { type: 'replied', at: T('10:00'), actor: '王敏' }, { type: 'dispatched', at: T('13:00'), actor: '王敏', to: '工程部李工' }] }).issues).toEqual([]);
    // Answered themselves after the limit, never handed over: the deadline passed unmet.
    const r = checkFirstInquiry({ events: [...base, { type: 'replied', at: T('14:00'), actor: '王敏' }] });
    expect(r.issues.map((i) => [i.code, i.offence])).toEqual([['NO_OWNER', 'unjustified-delay']]);
    expect(r.issues[0]!.message['zh-CN']).toBe('首问责任人 王敏 在 2026-10-09T11:00:00+08:00 前既未答复，也未移交给明确的责任人');
    // A late answer before a late handover does not excuse the handover.
    expect(checkFirstInquiry({ events: [...base, { type: 'replied', at: T('12:00'), actor: '王敏' }, { type: 'dispatched', at: T('12:30'), actor: '王敏', to: '李工' }] }).issues.map((i) => i.code)).toEqual(['HANDOVER_LATE']);
  });

  it('SVC-03 property: later events never erase a delay (NO_OWNER or HANDOVER_LATE stays a delay finding)', () => {
    const TYPES = ['dispatched', 'replied', 'resolved', 'contacted', 'visited'];
    const ev = fc.record({ type: fc.constantFrom(...TYPES), minutes: fc.integer({ min: 1, max: 600 }), mine: fc.boolean() });
    const delay = (codes: string[]) => codes.some((c) => c === 'NO_OWNER' || c === 'HANDOVER_LATE');
    fc.assert(
      fc.property(fc.array(ev, { maxLength: 5 }), fc.array(ev, { minLength: 1, maxLength: 4 }), (head, tail) => {
        let t = Date.parse(T('09:00'));
        const toEvent = (e: { type: string; minutes: number; mine: boolean }) => {
          t += e.minutes * 60_000;
          return { type: e.type, at: new Date(t), actor: e.mine ? '王敏' : '工程部李工', ...(e.type === 'dispatched' ? { to: '工程部李工' } : {}), result: '已处理', outcome: 'satisfied' };
        };
        const received = { type: 'received', at: new Date(t), actor: '王敏' };
        const before = [received, ...head.map(toEvent)];
        const after = [...before, ...tail.map(toEvent)];
        const codes = (events: object[]) => checkFirstInquiry({ events } as never).issues.map((i) => i.code);
        if (delay(codes(before))) expect(delay(codes(after)), JSON.stringify(after)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a case log without actors cannot be checked: ACTOR_MISSING', () => {
    const r = checkFirstInquiry({ events: [{ type: 'received', at: T('09:00') }] });
    expect(r).toMatchObject({ success: false, answeredOnTheSpot: false });
    expect(r.issues.map((i) => [i.code, i.rule, i.path])).toEqual([['ACTOR_MISSING', 'SVC-03', ['events', 0, 'actor']]]);
  });

  it('bad input: coded issues, never a crash', () => {
    expect(checkFirstInquiry({ events: [] }).issues[0]!.code).toBe('INVALID_INPUT');
    expect(checkFirstInquiry(null as never).issues[0]!.code).toBe('INVALID_INPUT');
    expect(checkFirstInquiry({ events: [{ type: 'received', at: '2026-10-09 09:00', actor: 'a' }] }).issues.map((i) => i.code)).toEqual(['INVALID_EVENT_TIME', 'INVALID_INPUT']);
    expect(thrown(() => checkFirstInquiry({ events: [{ type: 'received', at: T('09:00'), actor: 'a' }] }, { at: 'soon' })).code).toBe('INVALID_OPTIONS');
  });
});
