import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import { validateComplaintRecord } from '../../src/index';

// zod gathers the issues of one property with one `push(...issues)`: a record whose `events` hold some 150,000 bad
// elements overflowed the call stack inside zod (RangeError, not a GuifanError; check-complaints stopped with a stack
// trace). Now such an array is checked up to its first 10,000 elements, and an issue says so.

const record = (events: unknown[]) => ({
  id: 'A1',
  recorder: '李敏',
  receivedAt: '2026-03-02T09:00+08:00',
  channel: 'phone',
  customer: { id: 'C1', name: '王女士', contact: '139****0000' },
  unit: '1-1-101',
  content: '楼上噪音',
  demand: '处理',
  kind: 'complaint',
  events,
});

describe('CMP-03 a complaint record with more bad events than zod can report at once', () => {
  it('CMP-03 150,000 events that are not objects: issues, not a RangeError; the cut is reported in both languages', () => {
    const r = validateComplaintRecord(record(Array.from({ length: 150_000 }, () => 7)) as never);
    expect(r.success).toBe(false);
    const cut = r.issues.find((x) => x.code === 'INVALID_INPUT' && x.path.length === 1 && x.path[0] === 'events')!;
    expect(cut.rule).toBe('CMP-03');
    expect(cut.message['zh-CN']).toContain('问题过多，只检查了 150000 项中的前 10000 项');
    expect(cut.message.en).toContain('only the first 10000 of 150000 elements were checked');
    // Each of the first 10,000 elements still has its own issue.
    expect(r.issues.filter((x) => x.path[0] === 'events' && x.path[1] === 9_999).length).toBeGreaterThan(0);
    expect(r.issues.some((x) => x.path[0] === 'events' && x.path[1] === 10_000)).toBe(false);
  }, 30_000);

  it('CMP-03 too many problems even after the cut, or none to cut: one issue says so; a cycle is copied once', () => {
    const wide = { type: 'replied', at: '2026-03-02T10:00+08:00', attributes: Object.fromEntries(Array.from({ length: 200_000 }, (_, k) => [`k${k}`, 7])) };
    for (const events of [Array.from({ length: 12_000 }, () => ({ ...wide, attributes: Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`k${k}`, 7])) })), [wide]]) {
      const r = validateComplaintRecord(record(events) as never);
      expect(r.success).toBe(false);
      expect(r.issues.some((x) => x.message.en.includes('too many problems to list') || x.message.en.includes('only the first'))).toBe(true);
    }
    const cyclic: Record<string, unknown> = record(Array.from({ length: 150_000 }, () => 7));
    const customer = { ...(cyclic.customer as object), a: cyclic, b: cyclic };
    cyclic.customer = customer;
    const r = validateComplaintRecord(cyclic as never);
    expect(r.success).toBe(false);
    expect(r.issues.filter((x) => x.message.en.includes('only the first'))).toHaveLength(1);
  }, 60_000);

  it('CMP-03 150,000 valid events are checked whole, with no cut', () => {
    const events = Array.from({ length: 150_000 }, () => ({ type: 'replied', at: '2026-03-02T10:00+08:00', by: '赵工' }));
    const r = validateComplaintRecord(record(events) as never);
    expect(r.issues.some((x) => x.message.en.includes('only the first'))).toBe(false);
  }, 30_000);

  it('CMP-03 check-complaints reports such a record and checks the next (it stopped with a stack trace)', () => {
    const lines = [JSON.stringify(record(Array.from({ length: 150_000 }, () => 7))), JSON.stringify({ ...record([]), id: 'A2' })];
    const out: string[] = [];
    const code = runCli(['check-complaints', 'r.ndjson', '--at', '2026-07-01T00:00+08:00', '--lang', 'en'], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      readFile: () => lines.join('\n'),
      now: () => new Date('2026-07-01T00:00:00Z'),
      version: '0.0.0-test',
    });
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('only the first 10000 of 150000 elements were checked');
    expect(out.join('\n')).toMatch(/Records: 2,/);
  }, 60_000);
});
