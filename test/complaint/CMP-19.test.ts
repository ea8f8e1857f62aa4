import { describe, expect, it } from 'vitest';
import { complaintMetrics, PROPERTY_SERVICE_CENTRE } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { rec } from './_stats';

// Seed 002_673a1afb47376297.txt: 客户咨询满意率:不低于 90%, (当月咨询客户对答复感到满意的数量 ÷ 当月客户咨询总量) × 100%.
// Seed 003_a81383e5793b87b0.txt 江苏 第五条: 统一“好差评”，实现联动反馈、“差评”核实整改和整改回访“三个100%”.
const consult = (id: string, satisfaction?: 'satisfied' | 'unsatisfied', receivedAt = '2026-03-10T10:00+08:00') =>
  rec({ id, kind: 'consultation', receivedAt, ...(satisfaction ? { satisfaction } : {}) });

describe('CMP-19 consultation satisfaction ≥ 90 % and “三个100%” for bad reviews', () => {
  it('9 satisfied of 10 consultations = 90 %: the target is met (≥, decided on the exact value)', () => {
    const list = Array.from({ length: 10 }, (_, i) => consult(`Q${i}`, i < 9 ? 'satisfied' : 'unsatisfied'));
    const m = complaintMetrics(list, { from: '2026-03-01', to: '2026-03-31' });
    expect(m.rates.consultationSatisfaction).toMatchObject({ numerator: 9, denominator: 10, exactPercent: '90', percent: '90.0', target: { min: 90, met: true } });
  });
  it('an unrated consultation stays in the denominator; 8 of 9 = 88.9 % (exact 800/9) is not met', () => {
    const list = [...Array.from({ length: 8 }, (_, i) => consult(`Q${i}`, 'satisfied')), consult('Q8')];
    const r = complaintMetrics(list, { from: '2026-03-01', to: '2026-03-31' }).rates.consultationSatisfaction;
    expect(r).toMatchObject({ numerator: 8, denominator: 9, exactPercent: '800/9', percent: '88.9', target: { min: 90, met: false } });
  });
  it('rounded once by GB/T 8170: 1/8 = 12.5 % → "12" at 0 decimals (half to even), 3/8 = 37.5 → "38"', () => {
    const m = (k: number) => complaintMetrics(Array.from({ length: 8 }, (_, i) => consult(`Q${i}`, i < k ? 'satisfied' : 'unsatisfied')), { from: '2026-03-01', to: '2026-03-31', precision: 0 });
    expect(m(1).rates.consultationSatisfaction.percent).toBe('12');
    expect(m(3).rates.consultationSatisfaction.percent).toBe('38');
  });
  it('only the period counts, in the calendar zone: 2026-02-28T23:30+00:00 is 03-01 07:30 in Shanghai', () => {
    const m = complaintMetrics([consult('in', 'satisfied', '2026-02-28T23:30+00:00'), consult('out', 'satisfied', '2026-02-28T15:59+00:00')], { from: '2026-03-01', to: '2026-03-31' });
    expect([m.records, m.byMonth]).toEqual([1, { '2026-03': 1 }]);
  });
  it('三个100%: verified, rectified, revisited after rectification — each its own rate against 100 %', () => {
    const bad = (id: string, b: object, events: object[] = []) => rec({ id, badReview: b, events } as never);
    const m = complaintMetrics(
      [
        bad('B1', { verifiedAt: '2026-03-03T10:00+08:00', rectifiedAt: '2026-03-04T10:00+08:00' }, [{ type: 'visited', at: '2026-03-05T10:00+08:00', outcome: 'satisfied' }]),
        bad('B2', { verifiedAt: '2026-03-03T10:00+08:00', rectifiedAt: '2026-03-06T10:00+08:00' }, [{ type: 'visited', at: '2026-03-05T10:00+08:00', outcome: 'satisfied' }]),
        bad('B3', { verifiedAt: '2026-03-03T10:00+08:00' }),
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    const b = m.rates.badReviews;
    expect([b.verified.numerator, b.rectified.numerator, b.revisited.numerator, b.verified.denominator]).toEqual([3, 2, 1, 3]);
    expect([b.verified.target?.met, b.rectified.target?.met, b.revisited.target?.met]).toEqual([true, false, false]);
    expect(m.targets.filter((t) => t.met === false).map((t) => t.name)).toEqual(['badReviews.rectified', 'badReviews.revisited']);
  });
  it('counts by kind, channel, category; statistical complaints; on-time rates per SLA clock with a policy', () => {
    const m = complaintMetrics(
      [
        rec({ id: 'A', matter: 'm', category: 'noise', complexity: 'general', events: [{ type: 'replied', at: '2026-03-02T09:30+08:00' }, { type: 'resolved', at: '2026-03-02T17:00+08:00' }] }),
        rec({ id: 'B', matter: 'm', category: 'noise', channel: 'walk-in', complexity: 'general' }),
        consult('Q', 'satisfied'),
      ],
      { from: '2026-03-01', to: '2026-03-31', policy: PROPERTY_SERVICE_CENTRE },
    );
    expect(m.byKind).toEqual({ complaint: 2, consultation: 1 });
    expect(m.byChannel).toEqual({ phone: 2, 'walk-in': 1 });
    expect(m.byCategory).toEqual({ noise: 2 });
    expect(m.complaints).toEqual({ total: 1, byCategory: { noise: 1 }, pending: 0 });
    expect(complaintMetrics([rec({ id: 'A' })], { from: '2026-03-01', to: '2026-03-31', statistics: false }).complaints).toBeUndefined();
    expect(m.rates.onTime?.['complaint-reply']).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it('bad options are coded', () => {
    expect(thrown(() => complaintMetrics([], { from: '2026-03-31', to: '2026-03-01' }))).toMatchObject({ code: 'INVALID_OPTIONS', rule: 'CMP-19' });
    expect(thrown(() => complaintMetrics([], { from: '2026-02-30', to: '2026-03-01' }))).toMatchObject({ code: 'INVALID_OPTIONS' });
    expect(thrown(() => complaintMetrics([], { from: '2026-03-01', to: '2026-03-31', targets: { returnVisit: 120 } }))).toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
