import { describe, expect, it } from 'vitest';
import { classifyComplaint, validateComplaintRecord, validateComplaintRecords, type ValidationIssue } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { record, sh } from './_model';

const brief = (xs: readonly ValidationIssue[]) => xs.map((i) => [i.code, i.path.join('.'), i.rule, i.severity]);
const withEvents = (events: unknown[]) => record({ events });

describe('complaint records: bad input is a coded issue, never a silent count', () => {
  it('CMP-02 / CMP-01 unknown channel and kind together', () => {
    expect(brief(validateComplaintRecord(record({ channel: 'wechat', kind: 'praise' })).issues)).toEqual([
      ['UNKNOWN_CHANNEL', 'channel', 'CMP-02', 'error'],
      ['UNKNOWN_KIND', 'kind', 'CMP-01', 'error'],
    ]);
    expect(thrown(() => classifyComplaint(record({ channel: 'wechat' }))).code).toBe('VALIDATION_FAILED');
  });
  it('CMP-14 event instants without an offset, unreadable, or missing', () => {
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved', at: '2026-03-03T10:00' }])).issues)).toEqual([['MISSING_OFFSET', 'events.0.at', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved', at: 'tomorrow' }])).issues)).toEqual([['INVALID_INPUT', 'events.0.at', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved' }])).issues)).toEqual([['MISSING_RECORD_FIELD', 'events.0.at', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'deadline-agreed', at: sh('2026-03-02T10:00'), due: '2026-03-05' }])).issues)).toEqual([['MISSING_OFFSET', 'events.0.due', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved', at: new Date(Number.NaN) }])).issues)).toEqual([['INVALID_INPUT', 'events.0.at', 'CMP-14', 'error']]);
  });
  it('CMP-14 a visit before the complaint, a visit before resolution, a visit without its outcome', () => {
    expect(brief(validateComplaintRecord(withEvents([{ type: 'visited', at: sh('2026-03-01T10:00'), outcome: 'satisfied' }])).issues)).toEqual([['VISIT_BEFORE_COMPLAINT', 'events.0.at', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'visited', at: sh('2026-03-02T10:00'), outcome: 'satisfied' }])).issues)).toEqual([['VISIT_BEFORE_RESOLVED', 'events.0.at', 'CMP-14', 'warning']]);
    // Messages give China wall time with its offset, whatever the host's zone.
    const early = validateComplaintRecord(withEvents([{ type: 'visited', at: '2026-03-01T02:00Z', outcome: 'satisfied' }])).issues[0]!;
    expect(early.message['zh-CN']).toBe('回访时间 2026-03-01T10:00:00+08:00 早于投诉受理时间 2026-03-02T09:15:00+08:00');
    const r = validateComplaintRecord(withEvents([{ type: 'resolved', at: sh('2026-03-03T10:00') }, { type: 'visited', at: sh('2026-03-04T10:00') }]));
    expect(brief(r.issues)).toEqual([['MISSING_VISIT_OUTCOME', 'events.1.outcome', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved', at: sh('2026-03-03T10:00'), outcome: 'satisfied' }])).issues)).toEqual([['INVALID_INPUT', 'events.0.outcome', 'CMP-14', 'error']]);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'resolved', at: sh('2026-03-03T10:00') }, { type: 'visited', at: sh('2026-03-04T10:00'), outcome: 'so-so' }])).issues)).toEqual([['INVALID_INPUT', 'events.1.outcome', 'CMP-14', 'error']]);
  });
  it('CMP-14 events out of order are a warning; an event before the complaint too; unknown types an error', () => {
    const r = validateComplaintRecord(withEvents([{ type: 'resolved', at: sh('2026-03-04T10:00') }, { type: 'replied', at: sh('2026-03-02T10:00') }, { type: 'contacted', at: sh('2026-03-01T10:00') }]));
    expect(brief(r.issues)).toEqual([
      ['OUT_OF_ORDER', 'events.1.at', 'CMP-14', 'warning'],
      ['OUT_OF_ORDER', 'events.2.at', 'CMP-14', 'warning'],
      ['EVENT_BEFORE_RECEIVED', 'events.2.at', 'CMP-14', 'warning'],
    ]);
    expect(r.success).toBe(true);
    expect(brief(validateComplaintRecord(withEvents([{ type: 'escalated', at: sh('2026-03-02T10:00') }])).issues)).toEqual([['UNKNOWN_EVENT', 'events.0.type', 'CMP-14', 'error']]);
    expect(validateComplaintRecord(withEvents([{ type: 'reported-to-group', at: sh('2026-03-02T10:00') }]), { eventTypes: ['reported-to-group'] }).success).toBe(true);
  });
  it('CMP-03 shape problems left over come from the schema, bilingual, with paths', () => {
    const r = validateComplaintRecord(record({ people: 0, extra: 1, online: { replies: -1 } }));
    expect(brief(r.issues)).toEqual([
      ['INVALID_INPUT', 'people', 'CMP-03', 'error'],
      ['INVALID_INPUT', 'online.thread', 'CMP-03', 'error'],
      ['INVALID_INPUT', 'online.replies', 'CMP-03', 'error'],
      ['INVALID_INPUT', '', 'CMP-03', 'error'],
    ]);
    expect(r.issues[3]!.message.en).toContain('extra');
    expect(r.issues[0]!.message['zh-CN']).not.toBe(r.issues[0]!.message.en);
  });
  it('CMP-03 not an object at all', () => {
    for (const v of [null, 1, 'x', [], undefined]) expect(brief(validateComplaintRecord(v).issues)).toEqual([['INVALID_INPUT', '', 'CMP-03', 'error']]);
  });
  it('CMP-20 duplicate record ids in a batch; issues of each record carry its index', () => {
    const r = validateComplaintRecords([record(), record({ id: 'TS-2', channel: 'fax' }), record()]);
    expect(brief(r.issues)).toEqual([
      ['UNKNOWN_CHANNEL', '1.channel', 'CMP-02', 'error'],
      ['DUPLICATE_RECORD_ID', '2.id', 'CMP-20', 'error'],
    ]);
    expect(r.issues[1]!.message['zh-CN']).toBe('记录编号 TS-0302-01 重复（第 1 条与第 3 条）');
    expect(validateComplaintRecords([]).success).toBe(true);
    expect(thrown(() => validateComplaintRecords('x')).code).toBe('INVALID_OPTIONS');
  });
  it('options that are not options throw INVALID_OPTIONS (host configuration)', () => {
    expect(thrown(() => validateComplaintRecord(record(), 5 as never)).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => validateComplaintRecord(record(), { eventTypes: 'x' as never })).code).toBe('INVALID_OPTIONS');
  });
});
