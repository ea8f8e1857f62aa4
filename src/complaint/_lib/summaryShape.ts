import { anything, boolean, dictionary, either, list, nullable, number, object, oneOf, optional, text, tuple, whole, type Shape } from './jsonShape';

// The shape of a complaint summary (summarySchema.ts, `ComplaintSummarySchema`), checked in place when a summary is read
// back: the same keys, tuples, ranges and patterns, in one pass that copies nothing (test/complaint/summary-shape.test.ts
// holds it to the zod schema's answers).

const name = text(1);
const count = whole(0);
const positive = whole(1);
/** Epoch milliseconds (an instant), within the range a Date holds. */
const epochMs = number(-8.64e15, 8.64e15);
const day = whole();
const pairs = list(tuple(name, positive));
const labels = object({ 'zh-CN': text(), en: text() });
const issue = object({
  code: name,
  rule: optional(text()),
  path: list(either(text(), number(-Infinity, Infinity))),
  value: optional(anything),
  severity: oneOf('error', 'warning'),
  message: labels,
  details: dictionary(anything),
});
const limit = object({ amount: number(-Infinity, Infinity), unit: name, kind: name });
const percent = number(0, 100);
const civil = text(0, /^\d{4}-\d{2}-\d{2}$/);

const complaint = tuple(
  oneOf('matter', 'thread', 'record'),
  name,
  epochMs,
  name,
  positive,
  count,
  list(name),
  pairs,
  pairs,
  pairs,
  list(name),
  list(name),
  nullable(tuple(name, positive, count, count, count, boolean)),
  nullable(list(tuple(name, epochMs, oneOf('new-content', 'same-matter', 'follow-up')))),
);

const countPart = object({
  complaints: list(complaint),
  threads: list(tuple(name, nullable(name), nullable(name))),
  counted: count,
  pending: list(name),
  pendingCount: count,
  notCounted: list(name),
  notComplaints: list(name),
  unreadable: list(name),
  issues: list(issue),
});

const plan = either(
  object({ due: epochMs, lastDay: nullable(day), nominalLastDay: nullable(day) }),
  object({ error: object({ code: name, details: dictionary(anything), rule: nullable(text()) }) }),
);
const waiting = object({
  index: count,
  id: name,
  matter: name,
  receivedAt: epochMs,
  steps: list(tuple(oneOf('resolved', 'visited', 'reopened'), epochMs, count, nullable(text()))),
  issues: list(issue),
  visitIssues: list(tuple(count, issue)),
  plans: list(tuple(epochMs, plan)),
});

const metricsPart = object({
  records: count,
  byKind: pairs,
  byChannel: pairs,
  byMonth: list(tuple(text(0, /^\d{4}-\d{2}$/), positive)),
  byCategory: pairs,
  states: object({ open: count, resolved: count, closed: count, reopened: count }),
  consultations: count,
  satisfied: count,
  visitsDue: count,
  visitsOnTime: count,
  complaints: count,
  closed: count,
  badReviews: object({ total: count, verified: count, rectified: count, revisited: count }),
  onTime: list(tuple(name, count, count)),
  issues: list(tuple(count, list(issue))),
  repeats: list(tuple(name, list(epochMs))),
  waiting: list(waiting),
  period: nullable(countPart),
});

const facts = tuple(
  nullable(list(issue)),
  nullable(name),
  nullable(epochMs),
  boolean,
  day,
  text(),
  text(),
  nullable(boolean),
  nullable(name),
  nullable(oneOf('open', 'resolved', 'closed', 'reopened')),
  boolean,
  boolean,
  nullable(waiting),
  boolean,
  boolean,
  boolean,
  boolean,
  nullable(list(whole(0, 255))),
);

const period = object({
  from: nullable(civil),
  to: civil,
  at: text(0, /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  calendar: object({ name: text(), timeZone: name, digest: name }),
  quietPeriod: limit,
  visitWithin: limit,
  rollOverRestDays: nullable(boolean),
  policy: nullable(object({ id: name, digest: name })),
  statistics: boolean,
  precision: whole(0, 6),
  targets: object({ consultationSatisfaction: percent, returnVisit: percent, badReviews: percent }),
  clocks: nullable(list(object({ name, rule: name, label: labels }))),
});

/** A complaint summary (format and version checked before). */
export const SUMMARY_SHAPE: Shape = object({
  format: oneOf('guifan/complaint-summary'),
  version: oneOf(2),
  options: object({ detail: oneOf('records', 'counts'), ids: oneOf('check', 'trust'), period: nullable(period) }),
  records: count,
  spans: list(tuple(count, count)),
  first: nullable(epochMs),
  noId: list(issue),
  ids: nullable(list(tuple(name, list(tuple(count, text(0, /^[0-9a-f]{16}$/))), nullable(tuple(count, dictionary(anything), nullable(facts)))))),
  count: countPart,
  metrics: nullable(metricsPart),
});
