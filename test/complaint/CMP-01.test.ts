import { describe, expect, it } from 'vitest';
import { classifyComplaint, evaluateCase, PROPERTY_SERVICE_CENTRE, REQUEST_KINDS, validateComplaintRecord } from '../../src/index';
import { record, sh } from './_model';

describe('CMP-01 what counts as a complaint (002 定义; 004 篇2)', () => {
  it('CMP-01 only kind complaint is a complaint; consultation, query, suggestion, reservation, repair are other requests', () => {
    expect(REQUEST_KINDS).toEqual(['complaint', 'consultation', 'query', 'suggestion', 'reservation', 'repair', 'other']);
    for (const kind of REQUEST_KINDS) {
      const c = classifyComplaint(record({ kind, category: 'engineering.repair' }));
      expect(c.kind).toBe(kind);
      expect(c.isComplaint).toBe(kind === 'complaint');
      expect(c.attributes.kind).toBe(kind);
    }
  });
  it('CMP-01 an unknown kind is a coded issue with the rule id, both languages', () => {
    const r = validateComplaintRecord(record({ kind: 'praise' }));
    expect(r.success).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'UNKNOWN_KIND', rule: 'CMP-01', path: ['kind'], value: 'praise' });
    expect(r.issues[0]!.message['zh-CN']).toContain('未知的诉求类型');
    expect(r.issues[0]!.message.en).toContain('consultation');
  });
  it('CMP-01 a missing kind is a missing record field', () => {
    const r = validateComplaintRecord(record({ kind: undefined }));
    expect(r.issues.map((i) => [i.code, i.path, i.rule])).toEqual([['MISSING_RECORD_FIELD', ['kind'], 'CMP-01']]);
  });
  it('CMP-01 / CMP-08 the kind and complexity select the property service centre limits (004 篇2 第九–十二条)', () => {
    const consult = classifyComplaint(record({ kind: 'consultation', content: '请问物业费怎么交', demand: '告知缴费方式' }));
    const complaint = classifyComplaint(record({ complexity: 'complex', rootCause: { category: 'product.leakage' } }));
    const events = [{ type: 'received', at: sh('2026-03-02T09:15') }];
    const a = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: consult.attributes, events }, sh('2026-03-02T09:20'));
    const b = evaluateCase(PROPERTY_SERVICE_CENTRE, { attributes: complaint.attributes, events }, sh('2026-03-02T09:20'));
    const running = (r: typeof a) => r.clocks.map((c) => c.name);
    expect(running(a)).toContain('consultation');
    expect(running(a)).not.toContain('complaint-answer');
    expect(running(b)).toContain('complaint-answer');
    expect(a.notApplicable).toContain('complaint-answer');
    expect(complaint.attributes).toEqual({ kind: 'complaint', channel: 'phone', complexity: 'complex' });
  });
});
