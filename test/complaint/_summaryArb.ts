// Records for the summary properties (issue 28): every path counting and the metrics take — matters, threads and
// posts without a matter (CMP-06), root causes and symptoms (CMP-07), quiet weeks and their repeats (CMP-14),
// visits (CMP-15), bad reviews and consultations (CMP-19), records without an id, identical copies and differing
// versions of an id (CMP-20), unreadable instants.
import fc from 'fast-check';
import type { ComplaintRecord } from '../../src/index';

const BASE = Date.parse('2026-03-01T00:00:00+08:00');
const minute = (m: number): Date => new Date(BASE + m * 60_000);
const instant = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -2 * 1440, max: 25 * 1440 }).map((m) => minute(m).toISOString()) },
  { weight: 4, arbitrary: fc.integer({ min: -2 * 1440, max: 25 * 1440 }).map(minute) },
  { weight: 1, arbitrary: fc.constantFrom('2026-03-02T09:15', 'x') },
);
const event = fc.record({ type: fc.constantFrom('resolved', 'visited', 'reopened', 'replied'), at: instant, outcome: fc.constantFrom('satisfied', 'unsatisfied', undefined) });

const record = fc
  .record(
    {
      kind: fc.constantFrom('complaint', 'complaint', 'complaint', 'consultation'),
      receivedAt: instant,
      matter: fc.constantFrom('m1', 'm2', 'm3', 'abc', undefined),
      category: fc.constantFrom('noise', 'leak', 'lift', undefined),
      symptom: fc.constantFrom(undefined, { category: 'noise' }, { category: 'lift' }),
      rootCause: fc.constantFrom(undefined, undefined, undefined, { category: 'noise' }, { category: 'fees' }),
      customer: fc.constantFrom({ id: 'c1' }, { id: 'c2' }, { id: 'c3' }, { contact: '138' }, { name: '张' }, {}),
      verification: fc.constantFrom(undefined, { counted: true, by: 'w' }, { counted: true, by: 'w' }, { counted: true, by: 'w' }, { counted: false, by: 'w' }),
      people: fc.constantFrom(undefined, undefined, 2, 3),
      channel: fc.constantFrom('phone', 'walk-in', 'online'),
      impact: fc.constantFrom(undefined, undefined, '大'),
      online: fc.option(fc.record({ thread: fc.constantFrom('t1', 't2'), followUp: fc.boolean(), newContent: fc.constantFrom(false, false, true), replies: fc.nat(5), views: fc.nat(50) }), { nil: undefined }),
      needsReturnVisit: fc.constantFrom(undefined, undefined, false),
      satisfaction: fc.constantFrom(undefined, 'satisfied', 'unsatisfied'),
      badReview: fc.option(fc.record({ verifiedAt: instant, rectifiedAt: instant }), { nil: undefined, freq: 6 }),
      events: fc.array(event, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((r, ) => {
    const o: Record<string, unknown> = { recorder: 'r', unit: 'u', content: 'c', demand: 'd' };
    for (const [k, v] of Object.entries(r)) if (v !== undefined) o[k] = v;
    return o;
  });

/**
 * A list of records with ids R0…Rn, some copied (identically, or with a change), and now and then a value that is
 * not a record at all: as a whole list would be handed to countComplaints.
 */
export const recordsArb = fc
  .tuple(fc.array(record, { maxLength: 36 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }), fc.boolean())
  .map(([rs, copies, junk]) => {
    const list: unknown[] = rs.map((r, i) => ({ ...r, id: `R${i}` }));
    for (const [from, to, changed] of copies) {
      if (list.length === 0) break;
      const copy = structuredClone(list[from % list.length]) as Record<string, unknown>;
      if (changed) copy.content = 'another version';
      list.splice(to % (list.length + 1), 0, copy);
    }
    if (junk) list.splice(list.length >> 1, 0, null);
    return list as ComplaintRecord[];
  });

/** Cut points splitting a list into parts (some empty), and an order and grouping to merge them in. */
export const splitArb = fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 12 }));

/** The parts of `records` at sorted cut points: each with its offset in the whole list. */
export function partsOf<T>(records: readonly T[], cuts: readonly number[]): { offset: number; records: T[] }[] {
  const at = [...new Set(cuts.map((c) => c % (records.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...at, records.length];
  return bounds.slice(1).map((end, k) => ({ offset: bounds[k]!, records: records.slice(bounds[k], end) }));
}

/** Merges `items` in an order and grouping the `choices` pick (pairs of neighbours or not), down to one. */
export function mergeTree<T>(items: T[], choices: readonly number[], merge: (a: T, b: T) => T): T {
  const list = [...items];
  let k = 0;
  while (list.length > 1) {
    const c = choices[k++ % Math.max(1, choices.length)] ?? 0;
    const i = c % list.length;
    const j = (i + 1 + ((c >> 3) % (list.length - 1))) % list.length;
    const [a, b] = [list[i]!, list[j]!];
    list.splice(Math.max(i, j), 1);
    list.splice(Math.min(i, j), 1, c % 2 === 0 ? merge(a, b) : merge(b, a));
  }
  return list[0]!;
}
