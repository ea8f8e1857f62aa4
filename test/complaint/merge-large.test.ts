import { describe, expect, it } from 'vitest';
import { countComplaints, finishComplaintSummary, mergeComplaintSummaries, summarizeComplaints, type ComplaintRecord } from '../../src/index';

// Issue 28: summaries merge at any size. Merging once appended the id lists with `push(...list)`, which passes every id
// as an argument: two parts of 2,500,000 lines each (a million consultations between them) overflowed the call stack.

/** `n` consultation records from index `start`: each is listed by id among the records that are not complaints (CMP-01). */
const consultations = (start: number, n: number): ComplaintRecord[] =>
  Array.from({ length: n }, (_, k) => ({ id: `Q${start + k}`, kind: 'consultation', receivedAt: '2026-03-02T09:00+08:00', satisfaction: 'satisfied' }) as ComplaintRecord);

describe('merging large summaries (issue 28)', () => {
  it('merges parts whose id lists hold 300,000 ids each without overflowing the stack', () => {
    const n = 300_000;
    const a = summarizeComplaints(consultations(0, n), { ids: 'trust' });
    const b = summarizeComplaints(consultations(n, n), { ids: 'trust', offset: n });
    const { count } = finishComplaintSummary(mergeComplaintSummaries(a, b));
    expect(count.notComplaints).toHaveLength(2 * n);
    expect(count.total).toBe(0);
  });
});

describe('one id given many times (CMP-20, issue 28)', () => {
  it('150,000 copies of one record: one DUPLICATE_RECORD_ID per later copy, no stack overflow', () => {
    const records = consultations(0, 1).flatMap((r) => Array.from({ length: 150_000 }, () => r));
    for (const ids of ['list', 'summary'] as const) {
      const count = ids === 'list' ? countComplaints(records) : finishComplaintSummary(mergeComplaintSummaries(summarizeComplaints(records.slice(0, 75_000)), summarizeComplaints(records.slice(75_000), { offset: 75_000 }))).count;
      expect(count.issues.filter((x) => x.code === 'DUPLICATE_RECORD_ID')).toHaveLength(149_999);
      expect(count.notComplaints).toEqual(['Q0']);
    }
  }, 30_000);
});
