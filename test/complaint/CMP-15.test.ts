import { describe, expect, it } from 'vitest';
import { complaintMetrics, complaintStatus } from '../../src/index';
import { rec } from './_stats';

// Seed 000_f2b4871b7e896d5d.txt 回访要求: 对于客人或进行过投诉的客人三日内回访率达100.
describe('CMP-15 return visit due within three days of completion (rate 100 %)', () => {
  it('resolved 2026-03-02 15:00: the visit is due by 24:00 of 03-05 (completion day not counted)', () => {
    const s = complaintStatus(rec({ events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }), { at: '2026-03-04T09:00+08:00' });
    expect(s.visit).toMatchObject({ lastDay: '2026-03-05', overdue: false });
    expect(s.visit?.due.toISOString()).toBe('2026-03-05T16:00:00.000Z');
    expect(s.rules).toContain('CMP-15');
  });
  it('overdue once the due instant passes without a visit; a visit records whether it was on time', () => {
    const r = rec({ events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] });
    expect(complaintStatus(r, { at: '2026-03-06T00:00+08:00' }).visit?.overdue).toBe(true);
    const late = { ...r, events: [...r.events!, { type: 'visited', at: '2026-03-06T09:00+08:00', outcome: 'satisfied' as const }] };
    expect(complaintStatus(late, { at: '2026-03-07T00:00+08:00' }).visit).toMatchObject({ onTime: false, overdue: false });
  });
  it('a last day on a rest day rolls over (民法典 第二百零三条): resolved Thu 2026-09-30 → 3rd day 10-03 → 10-08', () => {
    const s = complaintStatus(rec({ events: [{ type: 'resolved', at: '2026-09-30T10:00+08:00' }] }), { at: '2026-10-01T00:00+08:00' });
    expect(s.visit?.lastDay).toBe('2026-10-08');
  });
  it('the return-visit rate counts visits on time over complaints due a visit, target 100 %', () => {
    const mk = (id: string, visitAt?: string) =>
      rec({ id, events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }, ...(visitAt ? [{ type: 'visited', at: visitAt, outcome: 'satisfied' as const }] : [])] });
    const m = complaintMetrics([mk('A', '2026-03-03T10:00+08:00'), mk('B', '2026-03-05T23:59+08:00'), mk('C', '2026-03-07T10:00+08:00'), mk('D')], { from: '2026-03-01', to: '2026-03-31' });
    expect(m.rates.returnVisit).toMatchObject({ numerator: 2, denominator: 4, percent: '50.0', exactPercent: '50', target: { min: 100, met: false }, rule: 'CMP-15' });
  });
  it('a complaint not yet due a visit is not in the denominator', () => {
    const m = complaintMetrics([rec({ events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] })], { from: '2026-03-01', to: '2026-03-31', at: '2026-03-03T00:00+08:00' });
    expect(m.rates.returnVisit).toMatchObject({ numerator: 0, denominator: 0, target: { min: 100 } });
    expect(m.rates.returnVisit.target?.met).toBeUndefined();
  });
});
