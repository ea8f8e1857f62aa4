import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE_EVENT_TYPES,
  classifyComplaint,
  COMPLAINT_EVENT_TYPES,
  DEFAULT_COMPLAINT_TAXONOMY,
  isGuifanError,
  suggestCategory,
  validateComplaintRecord,
  validateComplaintRecords,
  validateTaxonomy,
  type ComplaintRecord,
} from '../../src/index';
import { normalise } from '../../src/complaint/_lib/matchText';
import { record, sh } from './_model';

const RUNS = { numRuns: 150 };
const keys = DEFAULT_COMPLAINT_TAXONOMY.categories.map((c) => c.key);
const keywords = DEFAULT_COMPLAINT_TAXONOMY.categories.flatMap((c) => c.keywords ?? []);

const eventArb = fc.record(
  {
    type: fc.constantFrom(...COMPLAINT_EVENT_TYPES),
    at: fc.integer({ min: 0, max: 30 * 24 * 60 }).map((m) => new Date(Date.parse('2026-03-02T01:15:00Z') + m * 60_000).toISOString()),
    outcome: fc.constantFrom('satisfied', 'unsatisfied'),
  },
  { requiredKeys: ['type', 'at'] },
);
const recordArb: fc.Arbitrary<ComplaintRecord> = fc
  .record({
    kind: fc.constantFrom('complaint', 'consultation', 'repair'),
    category: fc.option(fc.constantFrom(...keys), { nil: undefined }),
    root: fc.option(fc.constantFrom(...keys), { nil: undefined }),
    content: fc.array(fc.constantFrom(...keywords, '，', '楼', '的', ' '), { maxLength: 8 }).map((xs) => xs.join('') || '无'),
    events: fc.array(eventArb, { maxLength: 6 }),
    hot: fc.option(fc.boolean(), { nil: undefined }),
    compensationYuan: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }),
    harmedCount: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  })
  .map((g) =>
    record({
      kind: g.kind,
      category: g.category,
      rootCause: g.root === undefined ? undefined : { category: g.root },
      content: g.content,
      events: g.events,
      hot: g.hot,
      incident: g.compensationYuan === undefined ? undefined : { compensationYuan: g.compensationYuan },
      medical: g.harmedCount === undefined ? undefined : { harmedCount: g.harmedCount },
    }),
  );

const noUndefined = (r: ComplaintRecord): ComplaintRecord => JSON.parse(JSON.stringify(r)) as ComplaintRecord;
const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null) {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

describe('complaint model properties', () => {
  it('CMP-03 validateComplaintRecord never throws, whatever the record', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = validateComplaintRecord(v);
        expect(typeof r.success).toBe('boolean');
        expect(r.success).toBe(!r.issues.some((i) => i.severity === 'error'));
      }),
      RUNS,
    );
    const fields = ['id', 'recorder', 'receivedAt', 'channel', 'customer', 'unit', 'content', 'demand', 'kind', 'events', 'incident', 'medical', 'online', 'verification', 'rootCause'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (f, v) => {
        const r = validateComplaintRecord({ ...record(), [f]: v });
        for (const i of r.issues) {
          expect(i.message['zh-CN'].length).toBeGreaterThan(0);
          expect(i.message.en.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
    fc.assert(fc.property(fc.array(fc.anything(), { maxLength: 5 }), (xs) => void validateComplaintRecords(xs)), { numRuns: 50 });
    fc.assert(fc.property(fc.anything(), (v) => void validateTaxonomy(v)), { numRuns: 100 });
  });

  it('CMP-07 classifyComplaint returns or throws a GuifanError, never anything else', () => {
    fc.assert(
      fc.property(fc.constantFrom('kind', 'channel', 'category', 'rootCause', 'incident', 'medical', 'online', 'people', 'content', 'events'), fc.anything(), (f, v) => {
        try {
          classifyComplaint({ ...record(), [f]: v } as ComplaintRecord);
        } catch (e) {
          expect(isGuifanError(e)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('CMP-07 classification is deterministic, independent of event order, and does not mutate its input', () => {
    fc.assert(
      fc.property(recordArb, fc.integer(), (r0, seed) => {
        const r = noUndefined(r0);
        const a = classifyComplaint(deepFreeze(structuredClone(r)));
        const b = classifyComplaint(structuredClone(r));
        expect(a).toEqual(b);
        const shuffled = [...(r.events ?? [])].sort((x, y) => ((JSON.stringify(x).length * 31 + seed) % 7) - ((JSON.stringify(y).length * 31 + seed) % 7));
        const c = classifyComplaint({ ...r, events: shuffled });
        const stable = (x: typeof a) => ({ kind: x.kind, category: x.category, attributes: x.attributes, flags: x.flags, suggestions: x.suggestions });
        expect(stable(c)).toEqual(stable(a));
        expect(classifyComplaint({ ...r, events: [] }).flags).toEqual(a.flags);
      }),
      RUNS,
    );
  });

  it('CMP-07 a record that validates can always be classified', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        if (validateComplaintRecord(r).success) expect(() => classifyComplaint(r)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('CMP-20 a batch reports exactly one DUPLICATE_RECORD_ID per repeated id occurrence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 12 }), (ids) => {
        const issues = validateComplaintRecords(ids.map((id) => record({ id }))).issues;
        expect(issues.filter((i) => i.code === 'DUPLICATE_RECORD_ID')).toHaveLength(ids.length - new Set(ids).size);
        expect(issues.every((i) => i.code === 'DUPLICATE_RECORD_ID')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('CMP-07 a root cause always decides the category and is never provisional', () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...keys), (r, k) => {
        const c = classifyComplaint({ ...r, rootCause: { category: k } });
        expect(c.category).toMatchObject({ key: k, basis: 'root-cause', provisional: false });
      }),
      RUNS,
    );
  });

  it('CMP-18 the amount flag is monotone: more money never removes a class-1 flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 5000 }), (n, d) => {
        const f = (y: number) => classifyComplaint(record({ category: 'security', incident: { compensationYuan: y } })).flags.length;
        expect(f(n + d)).toBeGreaterThanOrEqual(f(n));
        expect(f(n)).toBe(n >= 5000 ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('CMP-07 suggestCategory: offsets point into the original text; width, spaces and case do not change the ranking', () => {
    const fullWidth = (s: string) => [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keywords, '，', 'A', 'b', '1', '楼', '了'), { maxLength: 10 }), fc.array(fc.nat(40), { maxLength: 6 }), (parts, spaces) => {
        const text = parts.join('');
        let spaced = text;
        for (const p of spaces) spaced = `${spaced.slice(0, p)}${p % 2 ? ' ' : '\u3000'}${spaced.slice(p)}`;
        const a = suggestCategory(text, undefined, { limit: 50 });
        const b = suggestCategory(fullWidth(spaced), undefined, { limit: 50 });
        const rank = (r: typeof a) => r.suggestions.map((s) => [s.key, s.score]);
        expect(rank(b)).toEqual(rank(a));
        for (const s of b.suggestions) for (const m of s.matches) expect(fullWidth(spaced).slice(m.start, m.end)).toBe(m.text);
        for (const s of a.suggestions) expect(s.provisional).toBe(s.classifyBy !== 'symptom');
      }),
      RUNS,
    );
  });

  it('the event vocabulary is the SLA one; default keywords are already normalised', () => {
    expect([...COMPLAINT_EVENT_TYPES]).toEqual([...BASE_EVENT_TYPES]);
    for (const k of keywords) expect(normalise(k).text, k).toBe(k);
    expect(sh('2026-03-02T09:15')).toBe('2026-03-02T09:15+08:00');
  });
});
