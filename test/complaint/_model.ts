// Fixtures for the complaint model tests (records, classification).
import type { ComplaintRecord } from '../../src/index';

export const sh = (local: string): string => `${local}+08:00`;

/** A complete, valid complaint record; override what a test is about. */
export function record(over: Record<string, unknown> = {}): ComplaintRecord {
  return {
    id: 'TS-0302-01',
    recorder: '王敏',
    receivedAt: sh('2026-03-02T09:15'),
    channel: 'phone',
    customer: { id: 'C-1501', name: '李先生', contact: '139****0001' },
    unit: '3-2-1501',
    content: '卫生间顶部漏水，已经滴到地面',
    demand: '尽快查明原因并维修',
    kind: 'complaint',
    ...over,
  } as ComplaintRecord;
}
