import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintMetrics, complaintStatus, countComplaints, type ComplaintCount, type ComplaintRecord } from '../../src/index';

// Properties of counting, closure and metrics (issue 11 “Done when”).
const BASE = Date.parse('2026-03-01T00:00:00+08:00');
const instant = fc.integer({ min: 0, max: 20 * 1440 }).map((m) => new Date(BASE + m * 60_000).toISOString());

const recordArb = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom('complaint', 'complaint', 'complaint', 'consultation'),
      matter: fc.option(fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'), { nil: undefined }),
      customer: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      category: fc.option(fc.constantFrom('noise', 'leak', 'lift'), { nil: undefined }),
      verification: fc.constantFrom<ComplaintRecord['verification']>(undefined, { counted: true, by: 'w' }, { counted: true, by: 'w' }, { counted: false, by: 'w' }),
      online: fc.option(fc.record({ thread: fc.constantFrom('t1', 't2'), followUp: fc.boolean(), newContent: fc.boolean(), replies: fc.nat(5) }), { nil: undefined }),
      people: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      receivedAt: instant,
      satisfaction: fc.option(fc.constantFrom('satisfied' as const, 'unsatisfied' as const), { nil: undefined }),
    })
    .map((r) => {
      const out: Record<string, unknown> = { id: `R${i}`, recorder: 'r', channel: r.online ? 'online' : 'phone', unit: 'u', content: 'c', demand: 'd', kind: r.kind, customer: { id: r.customer }, receivedAt: r.receivedAt, events: [] };
      // Online posts always name their matter here: the matter of a thread without one is pinned by example tests (CMP-06).
      const matter = r.online ? (r.matter ?? 'm1') : r.matter;
      if (matter) out.matter = matter;
      for (const k of ['category', 'verification', 'online', 'people', 'satisfaction'] as const) if (r[k] !== undefined) out[k] = r[k];
      return out as unknown as ComplaintRecord;
    });
const recordsArb = fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recordArb(i))) as fc.Arbitrary<ComplaintRecord[]>);

/** The parts of a count that must not depend on input order (issue paths do: they are positions). */
const essence = (c: ComplaintCount) => ({
  total: c.total,
  counted: c.countedRecords,
  complaints: c.complaints,
  byCategory: c.byCategory,
  pending: c.pending,
  notCounted: c.notCounted,
  notComplaints: c.notComplaints,
  codes: c.issues.map((i) => i.code).sort(),
});

describe('countComplaints properties (CMP-04…06)', () => {
  it('is invariant under permutation of the input', () => {
    fc.assert(
      fc.property(recordsArb.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([rs, shuffled]) => {
        expect(essence(countComplaints(shuffled))).toEqual(essence(countComplaints(rs)));
      }),
      { numRuns: 150 },
    );
  });
  it('is invariant under duplicating a record (the copy is dropped with a warning)', () => {
    fc.assert(
      fc.property(recordsArb.filter((rs) => rs.length > 0), fc.nat(), fc.nat(), (rs, a, b) => {
        const copy = { ...rs[a % rs.length]! };
        const withCopy = [...rs];
        withCopy.splice(b % (rs.length + 1), 0, copy);
        const x = essence(countComplaints(rs));
        const y = essence(countComplaints(withCopy));
        expect({ ...y, codes: y.codes.filter((c) => c !== 'DUPLICATE_RECORD_ID') }).toEqual(x);
      }),
      { numRuns: 150 },
    );
  });
  it('never counts more complaints than counted records, nor more records than given', () => {
    fc.assert(
      fc.property(recordsArb, (rs) => {
        const c = countComplaints(rs);
        expect(c.total).toBeLessThanOrEqual(c.countedRecords);
        expect(c.countedRecords + c.pending.length + c.notCounted.length + c.notComplaints.length).toBeLessThanOrEqual(rs.length);
        expect(c.complaints.reduce((s, x) => s + x.times, 0)).toBe(c.countedRecords);
        expect(Object.values(c.byCategory).reduce((s, n) => s + n, 0)).toBe(c.total);
      }),
      { numRuns: 150 },
    );
  });
  it('merging two groups (one matter renamed to another) never changes the other groups', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom('m1', 'm2', 'm3'), fc.constantFrom('m4', 'm5'), (rs, into, from) => {
        const before = countComplaints(rs);
        const after = countComplaints(rs.map((r) => (r.matter === from ? { ...r, matter: into } : r)));
        const others = (c: ComplaintCount) => c.complaints.filter((x) => x.key !== `matter:${into}` && x.key !== `matter:${from}`);
        expect(others(after)).toEqual(others(before));
      }),
      { numRuns: 150 },
    );
  });
});

describe('complaintStatus properties (CMP-14)', () => {
  const eventArb = fc.record({ type: fc.constantFrom('resolved', 'visited', 'reopened', 'replied'), at: instant, outcome: fc.constantFrom('satisfied' as const, 'unsatisfied' as const) });
  it('is monotone in time: once closed it stays closed unless a reopened event comes', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 6 }),
        fc.array(instant, { maxLength: 3 }),
        fc.boolean(),
        instant,
        instant,
        (events, repeats, needsReturnVisit, a, b) => {
          const [t1, t2] = a <= b ? [a, b] : [b, a];
          const rec = { id: 'X', kind: 'complaint', matter: 'm', needsReturnVisit, events } as unknown as ComplaintRecord;
          const related = repeats.map((t, i) => ({ id: `Y${i}`, kind: 'complaint', matter: 'm', receivedAt: t }) as unknown as ComplaintRecord);
          const s1 = complaintStatus(rec, { at: t1, related });
          const s2 = complaintStatus(rec, { at: t2, related });
          const reopenedBetween = events.some((e) => e.type === 'reopened' && e.at > t1 && e.at <= t2);
          if (s1.state === 'closed' && !reopenedBetween) {
            expect(s2.state).toBe('closed');
            expect(s2.closedAt).toEqual(s1.closedAt);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('complaintMetrics properties (CMP-15, CMP-19)', () => {
  it('numerators never exceed denominators', () => {
    fc.assert(
      fc.property(recordsArb, (rs) => {
        const m = complaintMetrics(rs, { from: '2026-03-01', to: '2026-03-31' });
        const rates = [m.rates.consultationSatisfaction, m.rates.returnVisit, m.rates.closure, m.rates.badReviews.verified, m.rates.badReviews.rectified, m.rates.badReviews.revisited];
        for (const r of rates) {
          expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          if (r.denominator === 0) expect(r.percent).toBeUndefined();
        }
        expect(Object.values(m.byMonth).reduce((s, n) => s + n, 0)).toBe(m.records);
      }),
      { numRuns: 100 },
    );
  });
});
