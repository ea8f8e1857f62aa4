import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complaintMetrics,
  ComplaintSummarySchema,
  countComplaints,
  createComplaintSummarizer,
  finishComplaintSummary,
  mergeComplaintSummaries,
  PROPERTY_SERVICE_CENTRE,
  summarizeComplaints,
  type ComplaintRecord,
  type ComplaintSummary,
  type SummarizeComplaintsOptions,
} from '../../src/index';
import { thrown } from '../_helpers/errors';
import { mergeTree, partsOf, recordsArb, splitArb } from './_summaryArb';
import { at, rec } from './_stats';

// Issue 28: complaint statistics as a summary with an associative merge. Summaries of any split of the records,
// merged in any order and grouping, finish to exactly countComplaints + complaintMetrics of the whole (CMP-03…07,
// CMP-14, CMP-15, CMP-19, CMP-20); a summary is JSON; a summary's size follows the statistical complaints.

const PERIOD = { from: '2026-03-01', to: '2026-03-15' } as const;
const optionsArb = fc.oneof(
  fc.record({ detail: fc.constantFrom('records', 'counts'), ids: fc.constantFrom('check', 'trust') }),
  fc.record({ detail: fc.constantFrom('records', 'counts'), ids: fc.constantFrom('check', 'trust'), at: fc.constantFrom(undefined, '2026-03-09T12:00+08:00'), statistics: fc.boolean() }).map((o) => ({ ...o, ...PERIOD })),
) as fc.Arbitrary<SummarizeComplaintsOptions>;

/** countComplaints and (with a period) complaintMetrics of the whole list, as finishComplaintSummary answers. */
function whole(records: readonly ComplaintRecord[], o: SummarizeComplaintsOptions) {
  const { detail, ids, ...metrics } = o;
  const count = countComplaints(records, { ...(detail ? { detail } : {}), ...(ids ? { ids } : {}) });
  return o.from === undefined ? { count } : { count, metrics: complaintMetrics(records, { ...(metrics as typeof PERIOD), ...(ids ? { ids } : {}) }) };
}

/** With ids 'trust' the caller promises unique ids: keep the first of each. */
const forOptions = (records: ComplaintRecord[], o: SummarizeComplaintsOptions): ComplaintRecord[] =>
  o.ids === 'trust' ? records.filter((r, i) => r === null || records.findIndex((x) => x !== null && x.id === r.id) === i) : records;

describe('complaint summaries: any split, merged in any order and grouping, is the whole (issue 28)', () => {
  it('finishComplaintSummary(merge of the parts) equals countComplaints and complaintMetrics of all the records', () => {
    fc.assert(
      fc.property(recordsArb, splitArb, optionsArb, (all, [cuts, choices], o) => {
        const records = forOptions(all, o);
        const parts = partsOf(records, cuts).map((p) => summarizeComplaints(p.records, { ...o, offset: p.offset }));
        const merged = mergeTree(parts, choices, (a, b) => mergeComplaintSummaries(a, b));
        expect(finishComplaintSummary(merged)).toEqual(whole(records, o));
      }),
      { numRuns: 120 },
    );
  });

  it('merging many at once is merging two at a time; the merge of a summary with nothing is itself', () => {
    fc.assert(
      fc.property(recordsArb, splitArb, optionsArb, (all, [cuts], o) => {
        const records = forOptions(all, o);
        const parts = partsOf(records, cuts).map((p) => summarizeComplaints(p.records, { ...o, offset: p.offset }));
        const atOnce = mergeComplaintSummaries(...(parts as [ComplaintSummary, ...ComplaintSummary[]]));
        expect(finishComplaintSummary(atOnce)).toEqual(finishComplaintSummary(parts.reduce((a, b) => mergeComplaintSummaries(a, b))));
        expect(finishComplaintSummary(mergeComplaintSummaries(parts[0]!))).toEqual(finishComplaintSummary(parts[0]!));
      }),
      { numRuns: 40 },
    );
  });

  it('with an SLA policy, the on-time rates of the parts add up too', () => {
    fc.assert(
      fc.property(recordsArb, splitArb, (records, [cuts, choices]) => {
        const o = { ...PERIOD, policy: PROPERTY_SERVICE_CENTRE, at: '2026-03-09T12:00+08:00', precision: 2 };
        const parts = partsOf(records, cuts).map((p) => summarizeComplaints(p.records, { ...o, offset: p.offset }));
        const merged = mergeTree(parts, choices, (a, b) => mergeComplaintSummaries(a, b));
        expect(finishComplaintSummary(merged).metrics).toEqual(complaintMetrics(records, o));
      }),
      { numRuns: 30 },
    );
  });

  it("regression: with an SLA policy, a part whose ids repeat takes back the counted version's clocks too (CMP-20)", () => {
    const kase = (id: string, hours: number, content = 'c') =>
      rec({ id, content, matter: `m-${id}`, complexity: 'general', receivedAt: '2026-03-02T09:00+08:00', events: [{ type: 'replied', at: `2026-03-02T${String(9 + hours).padStart(2, '0')}:00+08:00` }, { type: 'resolved', at: '2026-03-03T10:00+08:00' }] });
    const records = [kase('A', 1), kase('B', 5), kase('C', 1), kase('B', 1, 'another version'), kase('C', 1)];
    const o = { ...PERIOD, policy: PROPERTY_SERVICE_CENTRE, at: '2026-03-09T12:00+08:00' };
    expect(finishComplaintSummary(summarizeComplaints(records, o)).metrics).toEqual(complaintMetrics(records, o));
    const parts = [summarizeComplaints(records.slice(0, 3), o), summarizeComplaints(records.slice(3), { ...o, offset: 3 })];
    expect(finishComplaintSummary(mergeComplaintSummaries(parts[1]!, parts[0]!)).metrics).toEqual(complaintMetrics(records, o));
  });

  it('a summary is JSON: stored and read back, it finishes to the same answer, and its schema accepts it', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (all, o) => {
        const s = summarizeComplaints(forOptions(all, o), o);
        const text = JSON.stringify(s);
        expect(ComplaintSummarySchema.safeParse(JSON.parse(text)).success).toBe(true);
        expect(JSON.stringify(finishComplaintSummary(JSON.parse(text)))).toBe(JSON.stringify(finishComplaintSummary(s)));
      }),
      { numRuns: 60 },
    );
  });

  it('values an issue quotes that JSON cannot carry (a BigInt, a cycle, a function) are written so that it can', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    const records = [rec({ id: 'B1', receivedAt: 10n as never }), rec({ id: 'B2', events: [{ type: 'resolved', at: cycle as never }] }), rec({ id: 'B3', receivedAt: (() => 1) as never })];
    const s = summarizeComplaints(records, PERIOD);
    const back = JSON.parse(JSON.stringify(s)) as ComplaintSummary;
    expect(back.count.issues.map((i) => i.details.value)).toEqual(['10n', '[function receivedAt]']);
    expect(finishComplaintSummary(back).count.rejected).toEqual(['B1', 'B3']);
  });

  it('records fed one at a time (createComplaintSummarizer) make the summary summarizeComplaints makes', () => {
    fc.assert(
      fc.property(recordsArb, optionsArb, (all, o) => {
        const records = forOptions(all, o);
        const s = createComplaintSummarizer(o);
        for (const r of records) s.add(r);
        expect(s.records).toBe(records.length);
        expect(s.summary()).toEqual(summarizeComplaints(records, o));
        // Any iterable will do: a generator is read once, record by record.
        expect(summarizeComplaints((function* () { yield* records; })(), o)).toEqual(s.summary());
      }),
      { numRuns: 40 },
    );
  });
});

describe("a summary's size follows the statistical complaints, not the records (issue 28)", () => {
  const repeats = (n: number) => Array.from({ length: n }, (_, i) => rec({ id: `T${i}`, matter: 'lift-3', category: 'lift', customer: { id: `C${i % 4}` }, receivedAt: new Date(Date.parse('2026-03-02T09:00+08:00') + i * 60_000).toISOString() }));
  const size = (n: number, o: SummarizeComplaintsOptions) => JSON.stringify(summarizeComplaints(repeats(n), o)).length;

  it('many repeat records of one matter by a few customers: the summary stays the same size (counts, trusted ids)', () => {
    const o = { detail: 'counts', ids: 'trust' } as const;
    // Only the numbers grow a digit or two (times, counted).
    expect(size(2_000, o) - size(20, o)).toBeLessThan(20);
    expect(finishComplaintSummary(summarizeComplaints(repeats(2_000), o)).count.complaints[0]).toMatchObject({ times: 2_000, people: 4 });
  });

  it('with a period, each complaint record about a matter adds its received instant (a repeat that may reopen a quiet week, CMP-14), and nothing else', () => {
    const o = { detail: 'counts', ids: 'trust', ...PERIOD } as const;
    const perRecord = (size(2_020, o) - size(20, o)) / 2_000;
    expect(perRecord).toBeLessThanOrEqual(15); // one epoch-ms number and a comma
  });

  it("with ids 'check' (or detail 'records') every record stays in: the id check across parts needs them", () => {
    expect(size(2_000, { detail: 'counts' })).toBeGreaterThan(50 * size(20, { detail: 'counts' }));
  });
});

describe('summaries that do not belong together are refused, loudly (issue 28)', () => {
  const a = summarizeComplaints([rec({ id: 'T1', matter: 'm' })]);
  const b = summarizeComplaints([rec({ id: 'T2', matter: 'm' })], { offset: 1 });

  it('another format version, or something that is not a summary', () => {
    const e = thrown(() => mergeComplaintSummaries(a, { ...b, version: 1 } as unknown as ComplaintSummary));
    expect([e.code, e.details.path]).toEqual(['INVALID_OPTIONS', 'summaries.1.version']);
    expect(e.messages.en).toContain('reads summaries of version 2 only');
    expect(thrown(() => finishComplaintSummary({} as ComplaintSummary)).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => finishComplaintSummary({ ...a, version: 0 } as unknown as ComplaintSummary)).details.path).toBe('summary.version');
  });

  it('a damaged summary is VALIDATION_FAILED with the path of the damage', () => {
    const e = thrown(() => finishComplaintSummary({ ...a, count: { ...a.count, counted: -1 } }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details.issues).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', path: ['count', 'counted'] })]);
  });

  it('other options, or the same records twice', () => {
    const c = summarizeComplaints([rec({ id: 'T3' })], { offset: 2, detail: 'counts' });
    expect(thrown(() => mergeComplaintSummaries(a, c)).details.path).toBe('summaries.1.options');
    const p = summarizeComplaints([rec({ id: 'T3' })], { offset: 2, ...PERIOD });
    expect(thrown(() => mergeComplaintSummaries(summarizeComplaints([rec({ id: 'T4' })], { from: '2026-03-01', to: '2026-03-14' }), p)).details.path).toBe('summaries.1.options');
    expect(thrown(() => mergeComplaintSummaries(a, a)).details.path).toBe('summaries.1.spans');
  });

  it('records given their own indices (a worker reading every other batch) merge with the other batches', () => {
    const records = Array.from({ length: 6 }, (_, i) => rec({ id: `W${i}`, matter: `m${i % 2}`, receivedAt: at(i) }));
    const even = createComplaintSummarizer();
    const odd = createComplaintSummarizer();
    records.forEach((r, i) => (Math.floor(i / 2) % 2 === 0 ? even : odd).add(r, i));
    expect(even.summary().spans).toEqual([[0, 2], [4, 6]]);
    expect(finishComplaintSummary(mergeComplaintSummaries(odd.summary(), even.summary())).count).toEqual(countComplaints(records));
    expect(thrown(() => even.add(records[0]!, 3)).details.path).toBe('index');
  });

  it('bad options and records that are not iterable', () => {
    expect(thrown(() => summarizeComplaints([], { from: '2026-03-01' })).details.path).toBe('to');
    expect(thrown(() => summarizeComplaints([], { offset: -1 })).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => summarizeComplaints(5 as never)).details.path).toBe('records');
    expect(thrown(() => createComplaintSummarizer({ from: '2026-02-30', to: '2026-03-01' })).details.path).toBe('from');
  });
});
