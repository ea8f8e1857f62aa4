// Issue 24, what the sweep found in the complaint model: two records with one id are compared field by
// field (CMP-20, DUPLICATE_RECORD_ID), and a field holding a cycle was a stack overflow, a BigInt a
// TypeError; a record with many bad events took time quadratic in them (each schema problem was
// checked against every problem reported before).
import { describe, expect, it } from 'vitest';
import { countComplaints, isGuifanError, validateComplaintRecord, validateComplaintRecords } from '../../src/index';
import { growthRatio, MAX_GROWTH, MEASURE_GROWTH } from '../_helpers/growth';

const record = { id: 'TS-1', kind: 'complaint', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139' }, content: '楼上装修噪音', recorder: '王', unit: '3-2-1501', demand: '维修' };
const cycle: Record<string, unknown> = { a: 1 };
cycle.self = cycle;
let deep: unknown = 1;
for (let i = 0; i < 50_000; i++) deep = [deep];

describe('CMP-20 duplicate record ids holding odd values (issue 24)', () => {
  it.each([
    ['a cycle', cycle],
    ['a BigInt', 10n],
    ['50 000 levels of nesting', deep],
  ])('CMP-20 two records with one id, one field holding %s: a result (or a GuifanError), never a RangeError or TypeError', (_what, odd) => {
    let result: unknown;
    try {
      result = countComplaints([record, { ...record, matter: odd }] as never);
    } catch (e) {
      expect(isGuifanError(e)).toBe(true);
      return;
    }
    expect(JSON.stringify((result as { issues: { code: string }[] }).issues.map((i) => i.code))).toContain('DUPLICATE_RECORD_ID');
  });
});

describe('CMP-03 a record is checked in time linear in its events (issue 24)', () => {
  const bad = [{ type: 'received', at: '2026-02-30T09:15+08:00' }, { type: 'visited', at: '+214918-10-02T07:50:40.860Z' }, { type: 'received', at: '2026-02-30T09:15+08:00', outcome: -1 }];
  const withEvents = (k: number) => ({ ...record, events: Array.from({ length: k }, () => bad).flat() });

  it('CMP-03 every bad event is reported once, whatever the schema also finds there', () => {
    const issues = validateComplaintRecord(withEvents(50)).issues;
    const keys = issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(issues.filter((i) => i.path[0] === 'events').length).toBeGreaterThanOrEqual(100);
  });

  it.runIf(MEASURE_GROWTH)('CMP-03 8× the bad events, well under 32× the time (validateComplaintRecord, validateComplaintRecords)', () => {
    const small = withEvents(100);
    const large = withEvents(800);
    for (const [name, f] of [['validateComplaintRecord', (r: unknown) => validateComplaintRecord(r)], ['validateComplaintRecords', (r: unknown) => validateComplaintRecords([r])]] as const) {
      const { ratio, report } = growthRatio(() => f(small), () => f(large));
      expect(ratio, `${name}: ${report}`).toBeLessThan(MAX_GROWTH);
    }
  });
});
