import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoUtc, statusJson } from '../../src/cli/commands/complaints/statusJson';
import { complaintStatus } from '../../src/complaint/complaintStatus';

// check-complaints --format json writes each closure state (CMP-14) through statusJson: the very text JSON.stringify writes.
describe('closure states as JSON (CMP-14)', () => {
  it('CMP-14 isoUtc writes what Date#toISOString writes, over the whole range of a Date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })), (ms) => {
        expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('CMP-14 statusJson(status) is JSON.stringify(status), for every kind of closure state', () => {
    const base = { id: 'T1', kind: 'complaint', receivedAt: '2026-03-02T09:00+08:00' };
    const resolved = { type: 'resolved', at: '2026-03-02T15:00+08:00' };
    const records = [
      { ...base, events: [] },
      { ...base, events: [resolved] },
      { ...base, events: [resolved, { type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'satisfied' }] },
      { ...base, events: [resolved, { type: 'visited', at: '2026-03-09T10:00+08:00', outcome: 'unsatisfied' }] },
      { ...base, needsReturnVisit: false, matter: 'm1', events: [resolved] },
      { ...base, events: [resolved, { type: 'reopened', at: '2026-03-04T10:00+08:00' }] },
    ];
    for (const at of ['2026-03-04T09:00+08:00', '2026-03-20T00:00+08:00']) {
      for (const r of records) {
        const st = complaintStatus(r as never, { at });
        expect(statusJson(st)).toBe(JSON.stringify(st));
      }
    }
  });
});
