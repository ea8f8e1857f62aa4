import { describe, expect, it } from 'vitest';
import { countComplaints } from '../../src/index';
import { rec } from './_stats';

// Seed 002_673a1afb47376297.txt 客户投诉统计说明: 对于同一客户提出的不同投诉,应在对应的投诉类型中分别统计投诉件数.
describe('CMP-04 one customer, different complaints: one count per complaint type', () => {
  it('an owner complaining about noise and about a leak = 2, one in each category', () => {
    const r = countComplaints([
      rec({ id: 'T1', customer: { id: 'owner-1501' }, matter: 'noise-1501', category: 'noise' }),
      rec({ id: 'T2', customer: { id: 'owner-1501' }, matter: 'leak-1501', category: 'leak' }),
    ]);
    expect(r.total).toBe(2);
    expect(r.byCategory).toEqual({ leak: 1, noise: 1 });
    expect(r.complaints.every((c) => c.people === 1 && c.times === 1 && c.rules.includes('CMP-04'))).toBe(true);
  });
  it('without matter ids each record counts on its own (nothing is merged silently)', () => {
    const r = countComplaints([rec({ id: 'A', category: 'noise' }), rec({ id: 'B', category: 'noise' })]);
    expect(r.total).toBe(2);
    expect(r.complaints.map((c) => c.key)).toEqual(['record:A', 'record:B']);
  });
  it('the category is the final root cause, not the symptom (CMP-07)', () => {
    const r = countComplaints([rec({ id: 'A', symptom: { category: 'noise' }, rootCause: { category: 'equipment' } })]);
    expect(r.byCategory).toEqual({ equipment: 1 });
  });
  it('other kinds are not complaints (CMP-01); unverified records are pending, not counted (CMP-03)', () => {
    const r = countComplaints([
      rec({ id: 'Q', kind: 'consultation' }),
      rec({ id: 'P', verification: undefined }),
      rec({ id: 'N', verification: { counted: false, by: '王主管' } }),
      rec({ id: 'C' }),
    ]);
    expect(r.total).toBe(1);
    expect(r.notComplaints).toEqual(['Q']);
    expect(r.pending).toEqual(['P']);
    expect(r.notCounted).toEqual(['N']);
    expect(r.issues.map((i) => [i.code, i.rule, i.severity])).toEqual([['NOT_VERIFIED', 'CMP-03', 'warning']]);
  });
  it('duplicate record ids: identical → counted once with a warning; differing → left out with an error', () => {
    const a = rec({ id: 'D', matter: 'm' });
    const same = countComplaints([a, { ...a }]);
    expect(same.total).toBe(1);
    expect(same.issues.map((i) => [i.code, i.severity])).toEqual([['DUPLICATE_RECORD_ID', 'warning']]);
    const diff = countComplaints([a, { ...a, content: 'other' }]);
    expect(diff.total).toBe(0);
    expect(diff.rejected).toEqual(['D']);
    expect(diff.issues[0]).toMatchObject({ code: 'DUPLICATE_RECORD_ID', severity: 'error', rule: 'CMP-20', details: { first: 1, index: 2 } });
  });
  it('a record without an offset on receivedAt is rejected with a coded issue, never counted silently', () => {
    const r = countComplaints([rec({ id: 'X', receivedAt: '2026-03-02T09:00' })]);
    expect(r.total).toBe(0);
    expect(r.rejected).toEqual(['X']);
    expect(r.issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: [0, 'receivedAt'], rule: 'CMP-03' });
  });
});
