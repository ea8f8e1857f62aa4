import { describe, expect, it } from 'vitest';
import { complaintStatus, createCalendar } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { rec } from './_stats';

// Seed 002_673a1afb47376297.txt 客户投诉统计说明: 投诉是否关闭,以回访验证时客户对投诉处理结果是否满意作为判断依据,
// 对于无须回访的投诉,以处理完毕后一周内无再次投诉作为投诉关闭的判断依据.
const resolved = (atText: string) => ({ type: 'resolved', at: atText });
const visited = (atText: string, outcome?: 'satisfied' | 'unsatisfied') => ({ type: 'visited', at: atText, ...(outcome ? { outcome } : {}) });

describe('CMP-14 closure: a satisfied return visit, or a quiet week with no repeat', () => {
  it('open until resolved', () => {
    const s = complaintStatus(rec({ id: 'T', events: [] }), { at: '2026-03-05T00:00+08:00' });
    expect([s.state, s.reason]).toEqual(['open', 'not-resolved']);
  });
  it('closed at the instant of a satisfied return visit', () => {
    const r = rec({ id: 'T', events: [resolved('2026-03-02T15:00+08:00'), visited('2026-03-04T10:00+08:00', 'satisfied')] });
    expect(complaintStatus(r, { at: '2026-03-03T12:00+08:00' })).toMatchObject({ state: 'resolved', reason: 'awaiting-visit' });
    const s = complaintStatus(r, { at: '2026-03-20T00:00+08:00' });
    expect([s.state, s.reason, s.closedAt?.toISOString()]).toEqual(['closed', 'satisfied-visit', '2026-03-04T02:00:00.000Z']);
  });
  it('an unsatisfied visit keeps it open; the next resolution and a satisfied visit close it', () => {
    const r = rec({ id: 'T', events: [resolved('2026-03-02T15:00+08:00'), visited('2026-03-03T10:00+08:00', 'unsatisfied')] });
    expect(complaintStatus(r, { at: '2026-03-10T00:00+08:00' })).toMatchObject({ state: 'open', reason: 'unsatisfied-visit' });
    const r2 = { ...r, events: [...r.events!, resolved('2026-03-05T10:00+08:00'), visited('2026-03-06T10:00+08:00', 'satisfied')] };
    expect(complaintStatus(r2, { at: '2026-03-10T00:00+08:00' }).state).toBe('closed');
  });
  it('a visit without an outcome does not close it, and is a coded issue', () => {
    const s = complaintStatus(rec({ id: 'T', events: [resolved('2026-03-02T15:00+08:00'), visited('2026-03-03T10:00+08:00')] }), { at: '2026-03-10T00:00+08:00' });
    expect(s.state).toBe('resolved');
    expect(s.issues[0]).toMatchObject({ code: 'MISSING_VISIT_OUTCOME', rule: 'CMP-14', path: ['events', 1, 'outcome'] });
  });

  describe('no visit needed: the quiet week is a 民法典 period (第二百零一/二百零三条)', () => {
    const r = rec({ id: 'T', matter: 'lift-3', needsReturnVisit: false, events: [resolved('2026-03-02T15:00+08:00')] });
    it('the completion day is not counted; it ends at 24:00 of the 7th day (2026-03-09), i.e. 03-10 00:00', () => {
      const before = complaintStatus(r, { at: '2026-03-09T23:59:59+08:00' });
      expect(before).toMatchObject({ state: 'resolved', reason: 'awaiting-quiet-week' });
      expect(before.closesAt?.toISOString()).toBe('2026-03-09T16:00:00.000Z');
      expect(before.quietPeriod).toMatchObject({ lastDay: '2026-03-09', nominalLastDay: '2026-03-09', rolledOver: false });
      const after = complaintStatus(r, { at: '2026-03-10T00:00+08:00' });
      expect([after.state, after.reason, after.closedAt?.toISOString()]).toEqual(['closed', 'quiet-week', '2026-03-09T16:00:00.000Z']);
    });
    it('a last day on a rest day rolls over: resolved 2026-09-25, 7th day 10-02 is 国庆节 → ends 24:00 of 10-08', () => {
      const s = complaintStatus({ ...r, events: [resolved('2026-09-25T10:00+08:00')] }, { at: '2026-10-05T00:00+08:00' });
      expect(s.quietPeriod).toMatchObject({ nominalLastDay: '2026-10-02', lastDay: '2026-10-08', rolledOver: true });
      expect(s.rules).toContain('TL-03');
      const bare = complaintStatus({ ...r, events: [resolved('2026-09-25T10:00+08:00')] }, { at: '2026-10-05T00:00+08:00', rollOverRestDays: false });
      expect(bare.state).toBe('closed');
      expect(bare.closedAt?.toISOString()).toBe('2026-10-02T16:00:00.000Z');
    });
    it('a repeat complaint about the same matter within the week reopens it', () => {
      const repeat = rec({ id: 'T2', matter: 'lift-3', receivedAt: '2026-03-05T08:00+08:00' });
      const s = complaintStatus(r, { at: '2026-03-12T00:00+08:00', related: [repeat] });
      expect([s.state, s.reason, s.repeat?.id]).toEqual(['reopened', 'repeat-complaint', 'T2']);
    });
    it('a repeat at or after the end of the week, a repeat about another matter, or the record itself do not reopen it', () => {
      const late = rec({ id: 'T3', matter: 'lift-3', receivedAt: '2026-03-10T00:00+08:00' });
      const other = rec({ id: 'T4', matter: 'water', receivedAt: '2026-03-05T08:00+08:00' });
      const s = complaintStatus(r, { at: '2026-03-12T00:00+08:00', related: [late, other, { ...r, receivedAt: '2026-03-05T08:00+08:00' }] });
      expect(s.state).toBe('closed');
    });
    it('a reopened event reopens even a closed complaint', () => {
      const s = complaintStatus({ ...r, events: [...r.events!, { type: 'reopened', at: '2026-03-11T09:00+08:00' }] }, { at: '2026-03-12T00:00+08:00' });
      expect([s.state, s.reason]).toEqual(['reopened', 'reopened-event']);
    });
  });
  it('the host time zone never matters: the calendar zone decides the days', () => {
    const cal = createCalendar({ timeZone: 'America/New_York' } as never);
    const r = rec({ id: 'T', needsReturnVisit: false, events: [resolved('2026-03-02T23:30-05:00')] });
    expect(complaintStatus(r, { at: '2026-03-20T00:00Z', calendar: cal }).closedAt?.toISOString()).toBe('2026-03-10T04:00:00.000Z');
  });
  it('bad input is coded: an impossible date, not a record', () => {
    expect(thrown(() => complaintStatus(rec(), { at: '2026-02-30T00:00+08:00' }))).toMatchObject({ code: 'INVALID_DATE', rule: 'CMP-14' });
    expect(thrown(() => complaintStatus(null as never, { at: '2026-03-01T00:00+08:00' }))).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'CMP-14' });
    expect(thrown(() => complaintStatus(rec(), { at: '2026-03-01T00:00+08:00', quietPeriod: '一周' + 'xyz' }))).toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
