import * as z from 'zod/mini';

// A complaint summary as JSON (summarizeComplaints → mergeComplaintSummaries → finishComplaintSummary): the state of
// each statistical complaint and the metrics' counts of part of the records, and what the id check needs to merge it.

/**
 * The format a summary declares, and its version: a summary of another version
 * is refused by name, before anything of it is read.
 *
 * @example
 * COMPLAINT_SUMMARY_FORMAT //=> { format: 'guifan/complaint-summary', version: 2 }
 */
export const COMPLAINT_SUMMARY_FORMAT = Object.freeze({ format: 'guifan/complaint-summary', version: 2 } as const);

const text = z.string().check(z.minLength(1));
const count = z.int().check(z.minimum(0));
const positive = z.int().check(z.minimum(1));
/** Epoch milliseconds (an instant), within the range a Date holds. */
const epochMs = z.number().check(z.minimum(-8.64e15), z.maximum(8.64e15));
const day = z.int();
const pairs = z.array(z.tuple([text, positive]));
const issue = z.strictObject({
  code: text,
  rule: z.optional(z.string()),
  path: z.array(z.union([z.string(), z.number()])),
  value: z.optional(z.unknown()),
  severity: z.enum(['error', 'warning']),
  message: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
  details: z.record(z.string(), z.unknown()),
});
const limit = z.strictObject({ amount: z.number(), unit: text, kind: text });
const percent = z.number().check(z.minimum(0), z.maximum(100));

const complaint = z.strictObject({
  kind: z.enum(['matter', 'thread', 'record']),
  id: text,
  firstAt: epochMs,
  firstRecord: text,
  times: positive,
  anonymousPeople: count,
  /** Distinct customers (their people keys). */
  customers: z.array(text),
  /** Customers speaking for more than one person: the largest number each. */
  largerPeople: pairs,
  /** CMP-07: records per final root cause … */
  rootCauses: pairs,
  /** … and per described category (recorded, else symptom) of the records without one. */
  described: pairs,
  impact: z.array(text),
  channels: z.array(text),
  heat: z.nullable(z.strictObject({ thread: text, posts: positive, followUps: count, replies: count, views: count, newContent: z.boolean() })),
  records: z.nullable(z.array(z.tuple([text, epochMs, z.enum(['new-content', 'same-matter', 'follow-up'])]))),
});

const countPart = z.strictObject({
  complaints: z.array(complaint),
  /** Each thread's matter as its posts give it: the opening post's, the least of all (CMP-06). */
  threads: z.array(z.tuple([text, z.nullable(text), z.nullable(text)])),
  counted: count,
  pending: z.array(text),
  pendingCount: count,
  notCounted: z.array(text),
  notComplaints: z.array(text),
  unreadable: z.array(text),
  issues: z.array(issue),
});

const plan = z.union([
  z.strictObject({ due: epochMs, lastDay: z.nullable(day), nominalLastDay: z.nullable(day) }),
  z.strictObject({ error: z.strictObject({ code: text, details: z.record(z.string(), z.unknown()), rule: z.nullable(z.string()) }) }),
]);
const waiting = z.strictObject({
  index: count,
  id: text,
  matter: text,
  receivedAt: epochMs,
  /** The log's steps (CMP-14): type, instant, index in the log, a visit's outcome. */
  steps: z.array(z.tuple([z.enum(['resolved', 'visited', 'reopened']), epochMs, count, z.nullable(z.string())])),
  issues: z.array(issue),
  visitIssues: z.array(z.tuple([count, issue])),
  plans: z.array(z.tuple([epochMs, plan])),
});

const metricsPart = z.strictObject({
  records: count,
  byKind: pairs,
  byChannel: pairs,
  byMonth: z.array(z.tuple([z.string().check(z.regex(/^\d{4}-\d{2}$/)), positive])),
  byCategory: pairs,
  states: z.strictObject({ open: count, resolved: count, closed: count, reopened: count }),
  consultations: count,
  satisfied: count,
  visitsDue: count,
  visitsOnTime: count,
  complaints: count,
  closed: count,
  badReviews: z.strictObject({ total: count, verified: count, rectified: count, revisited: count }),
  onTime: z.array(z.tuple([text, count, count])),
  issues: z.array(z.tuple([count, z.array(issue)])),
  repeats: z.array(z.tuple([text, z.array(epochMs)])),
  waiting: z.array(waiting),
  period: z.nullable(countPart),
});

const facts = z.strictObject({
  issues: z.nullable(z.array(issue)),
  repeatOf: z.nullable(text),
  receivedAt: z.nullable(epochMs),
  inPeriod: z.boolean(),
  day,
  kind: z.string(),
  channel: z.string(),
  satisfied: z.nullable(z.boolean()),
  category: z.nullable(text),
  state: z.nullable(z.enum(['open', 'resolved', 'closed', 'reopened'])),
  visitDue: z.boolean(),
  visitOnTime: z.boolean(),
  waiting: z.nullable(waiting),
  badReview: z.boolean(),
  verified: z.boolean(),
  rectified: z.boolean(),
  revisited: z.boolean(),
  clocks: z.nullable(z.array(z.int().check(z.minimum(0), z.maximum(255)))),
});

const period = z.strictObject({
  /** `null`: from the day of the earliest received instant (`first`) or of `at`, when earlier. */
  from: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  to: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** The judging instant, ISO 8601 in UTC. */
  at: z.string().check(z.regex(/^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)),
  calendar: z.strictObject({ name: z.string(), timeZone: text, digest: text }),
  quietPeriod: limit,
  visitWithin: limit,
  rollOverRestDays: z.nullable(z.boolean()),
  policy: z.nullable(z.strictObject({ id: text, digest: text })),
  statistics: z.boolean(),
  precision: z.int().check(z.minimum(0), z.maximum(6)),
  targets: z.strictObject({ consultationSatisfaction: percent, returnVisit: percent, badReviews: percent }),
  clocks: z.nullable(z.array(z.strictObject({ name: text, rule: text, label: z.strictObject({ 'zh-CN': z.string(), en: z.string() }) }))),
});

/**
 * A complaint summary as JSON (`summarizeComplaints`): the options it was made
 * with, the records it has read (by index), per statistical complaint what
 * CMP-04…07 count, the metrics' counts of the period (CMP-14, CMP-15, CMP-19),
 * and — with `ids: 'check'` — each id's records and the record that counts for
 * it (CMP-20), so that a merge can leave out the versions of an id that differ.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const s = summarizeComplaints([{ ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' }])
 * ComplaintSummarySchema.safeParse(s).success //=> true
 * ComplaintSummarySchema.safeParse({ ...s, version: 1 }).success //=> false
 */
export const ComplaintSummarySchema = z.strictObject({
  format: z.literal(COMPLAINT_SUMMARY_FORMAT.format),
  version: z.literal(COMPLAINT_SUMMARY_FORMAT.version),
  options: z.strictObject({ detail: z.enum(['records', 'counts']), ids: z.enum(['check', 'trust']), period: z.nullable(period) }),
  /** Records read. */
  records: count,
  /** The indices of the records read (in the whole list): disjoint `[start, end)` ranges, in order. */
  spans: z.array(z.tuple([count, count])),
  /** A period from the first record's day: the earliest received instant of the records read. */
  first: z.nullable(epochMs),
  /** Records that are not an object with an id (CMP-03). */
  noId: z.array(issue),
  ids: z.nullable(
    z.array(
      z.strictObject({
        id: text,
        occurrences: z.array(z.tuple([count, z.string().check(z.regex(/^[0-9a-f]{16}$/))])),
        counted: z.nullable(z.strictObject({ index: count, record: z.record(z.string(), z.unknown()), metrics: z.nullable(facts) })),
      }),
    ),
  ),
  count: countPart,
  metrics: z.nullable(metricsPart),
});

/**
 * A complaint summary (`summarizeComplaints`) as JSON: see {@link ComplaintSummarySchema}.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '…', demand: '…', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const s = summarizeComplaints([{ ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501' }]);
 * [s.format, s.version, s.records, s.count.complaints.length] //=> ['guifan/complaint-summary', 2, 1, 1]
 */
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;
