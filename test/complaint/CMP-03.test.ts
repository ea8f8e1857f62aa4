import { describe, expect, it } from 'vitest';
import { validateComplaintRecord, type ValidationIssue } from '../../src/index';
import { record } from './_model';

const brief = (xs: readonly ValidationIssue[]) => xs.map((i) => [i.code, i.path.join('.'), i.rule]);

describe('CMP-03 every complaint is recorded in full and verified by a designated person (002; 001 第三篇; 001 第五篇 3)', () => {
  it('CMP-03 a complete record passes', () => {
    expect(validateComplaintRecord(record())).toEqual({ success: true, issues: [] });
  });
  it.each([
    ['recorder', '受理人（记录人）'],
    ['receivedAt', '受理时间'],
    ['unit', '单位/房号'],
    ['content', '投诉内容'],
    ['demand', '客户诉求'],
    ['customer', '客户'],
  ])('CMP-03 missing %s', (field, zh) => {
    for (const value of [undefined, '', '   ']) {
      const r = validateComplaintRecord(record({ [field]: value }));
      expect(r.success).toBe(false);
      expect(brief(r.issues)).toEqual([['MISSING_RECORD_FIELD', field, 'CMP-03']]);
      expect(r.issues[0]!.message['zh-CN']).toContain(zh);
    }
  });
  it('CMP-03 the customer needs a name (or id) and a contact (001 第五篇 3: 姓名、房号、联系电话)', () => {
    expect(brief(validateComplaintRecord(record({ customer: { contact: '139' } })).issues)).toEqual([['MISSING_RECORD_FIELD', 'customer.name', 'CMP-03']]);
    expect(validateComplaintRecord(record({ customer: { id: 'C-9', contact: '139' } })).success).toBe(true);
    expect(brief(validateComplaintRecord(record({ customer: { name: '李先生' } })).issues)).toEqual([['MISSING_RECORD_FIELD', 'customer.contact', 'CMP-03']]);
  });
  it('CMP-03 the received time needs an offset', () => {
    for (const t of ['2026-03-02T09:15', '2026-03-02 09:15:00', '2026-03-02']) {
      expect(brief(validateComplaintRecord(record({ receivedAt: t })).issues)).toEqual([['MISSING_OFFSET', 'receivedAt', 'CMP-03']]);
    }
    expect(validateComplaintRecord(record({ receivedAt: '2026-03-02T01:15Z' })).success).toBe(true);
    expect(validateComplaintRecord(record({ receivedAt: new Date('2026-03-02T01:15:00Z') })).success).toBe(true);
    expect(brief(validateComplaintRecord(record({ receivedAt: '2026-02-30T09:15+08:00' })).issues)).toEqual([['INVALID_INPUT', 'receivedAt', 'CMP-03']]);
  });
  it('CMP-03 verification names the designated person; absent means pending, which is not an error', () => {
    expect(validateComplaintRecord(record({ verification: { counted: true, by: '客服部 张工', at: '2026-03-02T17:00+08:00' } })).success).toBe(true);
    expect(brief(validateComplaintRecord(record({ verification: { counted: true } })).issues)).toEqual([['INVALID_INPUT', 'verification.by', 'CMP-03']]);
    expect(brief(validateComplaintRecord(record({ verification: { counted: true, by: '张工', at: '2026-03-02 17:00' } })).issues)).toEqual([['MISSING_OFFSET', 'verification.at', 'CMP-03']]);
    expect(validateComplaintRecord(record({ verification: undefined })).success).toBe(true);
  });
  it('CMP-03 messages in both languages name the field', () => {
    const i = validateComplaintRecord(record({ recorder: '' })).issues[0]!;
    expect(i.message['zh-CN']).toBe('投诉记录缺少“受理人（记录人）”（recorder）：所有受理的投诉都应完整记录');
    expect(i.message.en).toBe('The complaint record has no recorder (recorder): every complaint received is recorded in full');
  });
});
