// Record builders for the counting / closure / metrics tests (complaint-B).
import type { ComplaintRecord } from '../../src/index';

let seq = 0;
/** A complete, verified complaint record; override what the case is about. */
export function rec(over: Partial<ComplaintRecord> & { id?: string } = {}): ComplaintRecord {
  seq++;
  return {
    id: over.id ?? `R${seq}`,
    recorder: '李客服',
    receivedAt: '2026-03-02T09:00+08:00',
    channel: 'phone',
    customer: { id: `C${seq}` },
    unit: '3-2-1501',
    content: '投诉内容',
    demand: '尽快处理',
    kind: 'complaint',
    verification: { counted: true, by: '王主管' },
    events: [],
    ...over,
  } as ComplaintRecord;
}

/** Minutes after 2026-03-02 09:00 Shanghai, as an instant with an offset. */
export const at = (minutes: number): string => new Date(Date.parse('2026-03-02T01:00:00Z') + minutes * 60_000).toISOString();
