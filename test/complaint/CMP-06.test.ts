import { describe, expect, it } from 'vitest';
import { countComplaints } from '../../src/index';
import { at, rec } from './_stats';

// Seed 002: 对于网上投诉……同个投诉多次多人提出或跟帖,按一件投诉统计,但应具体说明跟帖反应热度及网下影响程度,
// 对于跟帖中出现的新内容的投诉应另行统计.
describe('CMP-06 an online thread and its follow-ups = one; new content in follow-ups counts separately', () => {
  const thread = [
    rec({ id: 'P000', channel: 'online', receivedAt: at(0), matter: 'parking-fee', category: 'fees', online: { thread: 'bbs-8812', replies: 230, views: 9000, offlineImpact: '业主群转发' } }),
    ...Array.from({ length: 200 }, (_, i) => {
      const n = i + 1;
      const fresh = n === 50 || n === 120 || n === 180;
      return rec({
        id: `P${String(n).padStart(3, '0')}`,
        channel: 'online',
        receivedAt: at(n),
        customer: { id: `u${n % 60}` },
        online: { thread: 'bbs-8812', followUp: true, ...(fresh ? { newContent: true } : {}) },
        ...(fresh ? { matter: `new-${n}`, category: 'security' } : {}),
      });
    }),
  ];
  it('a forum thread with 200 follow-ups, three of which raise a new matter = 4', () => {
    const r = countComplaints(thread);
    expect(r.total).toBe(4);
    const main = r.complaints.find((c) => c.key === 'matter:parking-fee')!;
    expect(main.heat).toEqual({ thread: 'bbs-8812', posts: 198, followUps: 197, replies: 230, views: 9000 });
    expect(main.impact).toEqual(['业主群转发']);
    expect(main.records!.filter((m) => m.reason === 'follow-up')).toHaveLength(197);
    expect(main.rules).toContain('CMP-06');
    const fresh = r.complaints.filter((c) => c.key !== 'matter:parking-fee');
    expect(fresh.map((c) => c.records![0]!.reason)).toEqual(['new-content', 'new-content', 'new-content']);
    expect(r.byCategory).toEqual({ fees: 1, security: 3 });
  });
  it('a thread without matter ids merges by thread', () => {
    const r = countComplaints([rec({ id: 'a', online: { thread: 't' } }), rec({ id: 'b', online: { thread: 't', followUp: true } })]);
    expect(r.complaints.map((c) => [c.key, c.times])).toEqual([['thread:t', 2]]);
  });
  it('follow-ups with new content but no matter id each count on their own', () => {
    const r = countComplaints([rec({ id: 'a', online: { thread: 't' } }), rec({ id: 'b', online: { thread: 't', followUp: true, newContent: true } })]);
    expect(r.complaints.map((c) => c.key).sort()).toEqual(['record:b', 'thread:t']);
  });
});
