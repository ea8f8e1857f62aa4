import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintMetrics, countComplaints, type ComplaintRecord } from '../../src/index';

// countComplaints (one pass with the ids checked at its end, else the id check first; issue 28's summary of one list) against a
// slow reference written the obvious way (CMP-03…07, CMP-20). The reference votes among recorded categories: the records here
// carry no root cause, so CMP-07's final cause (issue 24) and the vote agree.
const BASE = Date.parse('2026-03-01T00:00:00+08:00');

const recordArb = fc
  .record({
    id: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'),
    kind: fc.constantFrom('complaint', 'complaint', 'complaint', 'consultation'),
    // Short keys, keys of exactly 8, longer keys sharing their first 8 characters (compared from the pool), non-ASCII and astral keys.
    matter: fc.option(fc.oneof(fc.constantFrom('m1', 'm2', 'm3', 'abcdefgh', 'abcdefghi', 'abcdefghj', 'noise-1501-east', 'noise-1501-west', '电梯故障-3号楼', '电梯故障-3号楼B', '𠀋𠀋𠀋𠀋𠀋'), fc.string({ maxLength: 12, unit: 'binary' })), { nil: undefined }),
    customer: fc.constantFrom<Record<string, string> | undefined>({ id: 'c1' }, { id: 'c2' }, { id: 'c3' }, { contact: '138' }, { name: '张', unit: 'u' } as Record<string, string>, undefined),
    category: fc.option(fc.constantFrom('noise', 'leak', 'lift'), { nil: undefined }),
    verification: fc.constantFrom<ComplaintRecord['verification']>(undefined, { counted: true, by: 'w' }, { counted: true, by: 'w' }, { counted: false, by: 'w' }),
    people: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    channel: fc.constantFrom('phone', 'walk-in', 'email'),
    minutes: fc.integer({ min: 0, max: 20 * 1440 }),
  })
  .map((r) => {
    const out: Record<string, unknown> = { id: r.id, recorder: 'r', channel: r.channel, unit: 'u', content: 'c', demand: 'd', kind: r.kind, receivedAt: new Date(BASE + r.minutes * 60_000).toISOString(), events: [] };
    for (const k of ['matter', 'customer', 'category', 'verification', 'people'] as const) if (r[k] !== undefined) out[k] = r[k];
    return out as unknown as ComplaintRecord;
  });
/** Records with clashing ids: some identical copies (dropped), some differing versions (all left out). */
const recordsArb = fc
  .tuple(fc.array(recordArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }))
  .map(([rs, copies]) => (rs.length ? [...rs, ...copies.map((k) => structuredClone(rs[k % rs.length]!))] : rs));

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The obvious implementation: an id Map, a Map of groups, a Map of customers per group, sort at the end. */
function reference(records: readonly ComplaintRecord[]) {
  const versions = new Map<string, ComplaintRecord[]>();
  for (const r of records) (versions.get(r.id) ?? versions.set(r.id, []).get(r.id)!).push(r);
  const kept: ComplaintRecord[] = [];
  const rejected: string[] = [];
  for (const r of records) {
    const vs = versions.get(r.id)!;
    if (vs.every((v) => JSON.stringify(v) === JSON.stringify(vs[0]))) {
      if (vs[0] === r || (vs.indexOf(r) === 0)) kept.push(r);
    } else if (vs[0] === r) rejected.push(r.id);
  }
  const pending: string[] = [];
  const notCounted: string[] = [];
  const notComplaints: string[] = [];
  const groups = new Map<string, ComplaintRecord[]>();
  for (const r of kept) {
    if (r.kind !== 'complaint') notComplaints.push(r.id);
    else if (!r.verification) pending.push(r.id);
    else if (!r.verification.counted) notCounted.push(r.id);
    else {
      const key = r.matter ? `matter:${r.matter}` : `record:${r.id}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
  }
  const complaints = [...groups].map(([key, rs]) => {
    const first = rs.slice().sort((a, b) => Date.parse(a.receivedAt as string) - Date.parse(b.receivedAt as string) || byText(a.id, b.id))[0]!;
    const customers = new Map<string, number>();
    let people = 0;
    for (const r of rs) {
      const c = r.customer as Record<string, string> | undefined;
      const who = c?.id ?? (c?.contact ? `contact:${c.contact}` : c?.name ? `name:${c.name}|${r.unit}` : undefined);
      const p = r.people ?? 1;
      if (who === undefined) people += p;
      else customers.set(who, Math.max(customers.get(who) ?? 0, p));
    }
    for (const p of customers.values()) people += p;
    const votes = new Map<string, number>();
    for (const r of rs) if (r.category) votes.set(r.category, (votes.get(r.category) ?? 0) + 1);
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
    const category = ranked[0]?.[0] ?? '(unclassified)';
    const channels = [...new Set(rs.map((r) => r.channel as string))].sort(byText);
    return { key, category, firstRecord: first.id, firstMs: Date.parse(first.receivedAt as string), times: rs.length, people, channels };
  });
  complaints.sort((a, b) => a.firstMs - b.firstMs || byText(a.key, b.key));
  const byCategory: Record<string, number> = {};
  for (const c of complaints) byCategory[c.category] = (byCategory[c.category] ?? 0) + 1;
  return {
    total: complaints.length,
    countedRecords: complaints.reduce((s, c) => s + c.times, 0),
    complaints: complaints.map(({ firstMs, ...c }) => ({ ...c, firstReceivedAt: new Date(firstMs) })),
    byCategory: Object.fromEntries(Object.entries(byCategory).sort((a, b) => byText(a[0], b[0]))),
    pending: pending.sort(byText),
    notCounted: notCounted.sort(byText),
    notComplaints: notComplaints.sort(byText),
    rejected: rejected.sort(byText),
  };
}

describe('countComplaints against a slow reference (CMP-03…07, CMP-20)', () => {
  it('gives the same counts, people, categories, first records and lists', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const ref = reference(records);
        for (const detail of ['records', 'counts'] as const) {
          const c = countComplaints(records, { detail });
          expect({
            total: c.total,
            countedRecords: c.countedRecords,
            complaints: c.complaints.map((x) => ({ key: x.key, category: x.category, firstRecord: x.firstRecord, times: x.times, people: x.people, channels: x.channels, firstReceivedAt: x.firstReceivedAt })),
            byCategory: c.byCategory,
            pending: c.pending,
            notCounted: c.notCounted,
            notComplaints: c.notComplaints,
            rejected: c.rejected,
          }).toEqual(ref);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("detail 'counts' is detail 'records' without the record lists; ids 'trust' agrees with 'check' on unique ids", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const full = countComplaints(records);
        const counts = countComplaints(records, { detail: 'counts' });
        expect(counts.complaints).toEqual(full.complaints.map(({ records: _r, ...rest }) => rest));
        const unique = [...new Map(records.map((r) => [r.id, r])).values()];
        expect(countComplaints(unique, { ids: 'trust' })).toEqual(countComplaints(unique));
        const m = { from: '2026-03-01', to: '2026-03-31' };
        expect(complaintMetrics(unique, { ...m, ids: 'trust' })).toEqual(complaintMetrics(unique, m));
      }),
      { numRuns: 100 },
    );
  });

  it('counts many records with many customers per complaint like the reference (the customer table grows)', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({
      id: `R${i}`, recorder: 'r', channel: 'phone', unit: 'u', content: 'c', demand: 'd', kind: 'complaint',
      receivedAt: new Date(BASE + (i % 977) * 60_000).toISOString(), events: [], verification: { counted: true, by: 'w' },
      matter: `m${i % 37}`, customer: { id: `c${(i * 7) % 1300}` }, people: 1 + (i % 3), category: i % 5 ? 'noise' : 'leak',
    })) as unknown as ComplaintRecord[];
    const ref = reference(records);
    const c = countComplaints(records, { detail: 'counts' });
    expect(c.complaints.map((x) => [x.key, x.people, x.times, x.category])).toEqual(ref.complaints.map((x) => [x.key, x.people, x.times, x.category]));
  });
});

describe('merge keys: many matters, long and non-ASCII keys, all three kinds of key', () => {
  it('counts 1,500 matters of every key length like the reference', () => {
    const keyOf = (m: number): string => (m % 3 === 0 ? `k${m}` : m % 3 === 1 ? `long-matter-prefix-${m}` : `事项${m}号楼𠀋`);
    const records = Array.from({ length: 4000 }, (_, i) => ({
      id: `R${i}`, recorder: 'r', channel: i % 4 ? 'phone' : 'email', unit: 'u', content: 'c', demand: 'd', kind: 'complaint',
      receivedAt: new Date(BASE + (i % 1009) * 60_000).toISOString(), events: [], verification: { counted: true, by: 'w' },
      // Every 7th record has no matter: it counts on its own (the record namespace grows too).
      ...(i % 7 ? { matter: keyOf((i * 13) % 1500) } : {}), customer: { id: `c${i % 600}` }, category: i % 5 ? 'noise' : 'leak',
    })) as unknown as ComplaintRecord[];
    const ref = reference(records);
    const c = countComplaints(records, { detail: 'counts' });
    expect(c.total).toBe(ref.total);
    expect(c.complaints.map((x) => [x.key, x.people, x.times, x.category, x.firstRecord, x.channels])).toEqual(ref.complaints.map((x) => [x.key, x.people, x.times, x.category, x.firstRecord, x.channels]));
  });

  it('keys equal in their first 8 characters or in length stay apart; a thread without a matter is its own namespace', () => {
    const base = { recorder: 'r', channel: 'online', unit: 'u', content: 'c', demand: 'd', kind: 'complaint', verification: { counted: true, by: 'w' }, customer: {} };
    const at = (m: number) => new Date(BASE + m * 60_000).toISOString();
    const records = [
      { ...base, id: 'A', receivedAt: at(1), matter: 'abcdefgh1' },
      { ...base, id: 'B', receivedAt: at(2), matter: 'abcdefgh2' },
      { ...base, id: 'C', receivedAt: at(3), matter: 'abcdefgh' },
      { ...base, id: 'D', receivedAt: at(4), matter: 'abcdefgh1' },
      // The same text as a matter key, but a thread (no matter on any of its posts): another complaint.
      { ...base, id: 'E', receivedAt: at(5), online: { thread: 'abcdefgh' } },
      { ...base, id: 'F', receivedAt: at(6), online: { thread: 'abcdefgh', followUp: true } },
      // A record counted on its own whose id equals a matter key.
      { ...base, id: 'abcdefgh2', receivedAt: at(7) },
    ] as unknown as ComplaintRecord[];
    const c = countComplaints(records);
    expect(c.complaints.map((x) => [x.key, x.times])).toEqual([
      ['matter:abcdefgh1', 2],
      ['matter:abcdefgh2', 1],
      ['matter:abcdefgh', 1],
      ['thread:abcdefgh', 2],
      ['record:abcdefgh2', 1],
    ]);
  });
});

describe('one pass and the careful path agree (CMP-03, CMP-14, CMP-20)', () => {
  // Sound records take one pass (ids checked inside the loop); a record that is not an object with an id sends
  // countComplaints and complaintMetrics down the careful path (skip mask first). Appending `null` at the end
  // forces that path: the answer must be the same but for the one issue about the null.
  const eventArb = fc.record({ type: fc.constantFrom('resolved', 'visited', 'reopened'), minutes: fc.integer({ min: -60, max: 20 * 1440 }), bad: fc.boolean(), outcome: fc.constantFrom('satisfied', 'unsatisfied', undefined) });
  const soundArb = fc
    .array(fc.tuple(recordArb, fc.array(eventArb, { maxLength: 3 }), fc.constantFrom(true, false, undefined)), { maxLength: 40 })
    .map((rows) =>
      rows.map(([r, evs, needs], i) => {
        const events = evs.map((e) => ({ type: e.type, at: e.bad ? '2026-03-02' : new Date(Date.parse(r.receivedAt as string) + e.minutes * 60_000).toISOString(), ...(e.outcome ? { outcome: e.outcome } : {}) }));
        return { ...r, id: `R${i}`, events, ...(needs !== undefined ? { needsReturnVisit: needs } : {}) } as unknown as ComplaintRecord;
      }),
    );
  const withoutNull = <T extends { issues: readonly { path: readonly unknown[] }[] }>(x: T, n: number) => ({ ...x, issues: x.issues.filter((i) => !(i.path[0] === n && i.path[1] === 'id')) });

  it('countComplaints: the same answer for sound records as with a bad record appended', () => {
    fc.assert(
      fc.property(soundArb, fc.constantFrom('check', 'trust') as fc.Arbitrary<'check' | 'trust'>, (records, ids) => {
        const careful = countComplaints([...records, null as unknown as ComplaintRecord], { ids });
        expect(careful.issues.some((i) => i.path[0] === records.length)).toBe(true);
        expect(countComplaints(records, { ids })).toEqual(withoutNull(careful, records.length));
      }),
      { numRuns: 100 },
    );
  });

  it('complaintMetrics: the same rates, states and issues (in order) as with a bad record appended', () => {
    fc.assert(
      fc.property(soundArb, fc.constantFrom('check', 'trust') as fc.Arbitrary<'check' | 'trust'>, (records, ids) => {
        const m = { from: '2026-03-01', to: '2026-03-20', ids };
        const careful = complaintMetrics([...records, null as unknown as ComplaintRecord], m);
        expect(careful.issues.some((i) => i.path[0] === records.length)).toBe(true);
        const fast = complaintMetrics(records, m);
        expect(fast).toEqual(withoutNull(careful, records.length));
        // Record issues come in record order (complaints needing no visit are decided after the loop).
        const at = fast.issues.map((i) => i.path[0]).filter((p) => typeof p === 'number');
        expect(at).toEqual([...at].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the one-pass id check (CMP-20)', () => {
  const many = (n: number, dupAt?: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `R${dupAt !== undefined && i === n - 1 ? dupAt : i}`, recorder: 'r', channel: 'phone', unit: 'u', content: 'c', demand: 'd', kind: 'complaint',
      receivedAt: new Date(BASE + (i % 977) * 60_000).toISOString(), events: [], verification: { counted: true, by: 'w' }, matter: `m${i % 37}`, customer: { id: `c${i % 1300}` },
    })) as unknown as ComplaintRecord[];
  it('20,000 unique ids count as unique; a repeated last id is still found', () => {
    const rs = many(20_000);
    const c = countComplaints(rs, { detail: 'counts' });
    expect(c.countedRecords).toBe(20_000);
    expect(c.issues.filter((i) => i.code === 'DUPLICATE_RECORD_ID')).toEqual([]);
    const m = complaintMetrics(rs, { from: '2026-03-01', to: '2026-03-31', statistics: false });
    expect(m.records).toBe(20_000);
    const dup = many(20_000, 7); // the last record reuses id R7 with other content: both versions are left out
    const d = countComplaints(dup, { detail: 'counts' });
    expect(d.rejected).toEqual(['R7']);
    expect(d.countedRecords).toBe(19_998);
    expect(complaintMetrics(dup, { from: '2026-03-01', to: '2026-03-31', statistics: false }).issues.map((i) => [i.code, i.path])).toEqual([['DUPLICATE_RECORD_ID', [19_999, 'id']]]);
  });
});
