// Fuzz cases for the complaint counting, closure, metrics and archive-number exports (complaint-B).
// The record/taxonomy/classification exports are in complaint-model.ts.
import fc from 'fast-check';
import { summarizeComplaints } from '../../../src/index';
import type { FuzzCases } from '../types';

const instant = fc.oneof(
  fc.constant('2026-03-02T09:15+08:00'),
  fc.constant('2026-03-02T09:15'),
  fc.constant('2026-02-30T09:15+08:00'),
  fc.constant('2026-03-02'),
  fc.date({ noInvalidDate: false }),
  fc.integer(),
  fc.string(),
);
const nearRecord = fc.record(
  {
    id: fc.oneof(fc.constantFrom('T1', 'T2', 'T3'), fc.string(), fc.anything()),
    kind: fc.oneof(fc.constantFrom('complaint', 'consultation'), fc.anything()),
    receivedAt: instant,
    matter: fc.oneof(fc.constantFrom('m1', 'm2'), fc.anything()),
    category: fc.oneof(fc.constantFrom('noise', 'leak'), fc.anything()),
    customer: fc.oneof(fc.record({ id: fc.oneof(fc.constantFrom('c1', 'c2'), fc.anything()) }, { requiredKeys: [] }), fc.anything()),
    verification: fc.oneof(fc.constant({ counted: true, by: 'w' }), fc.constant({ counted: false, by: 'w' }), fc.anything()),
    online: fc.oneof(fc.record({ thread: fc.oneof(fc.constant('t'), fc.anything()), followUp: fc.anything(), newContent: fc.anything(), replies: fc.oneof(fc.integer(), fc.double()), views: fc.double() }, { requiredKeys: [] }), fc.anything()),
    people: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    needsReturnVisit: fc.anything(),
    satisfaction: fc.oneof(fc.constantFrom('satisfied', 'unsatisfied'), fc.anything()),
    badReview: fc.oneof(fc.record({ verifiedAt: instant, rectifiedAt: instant }, { requiredKeys: [] }), fc.anything()),
    events: fc.oneof(
      fc.array(fc.record({ type: fc.constantFrom('resolved', 'visited', 'reopened', 'replied'), at: instant, outcome: fc.oneof(fc.constantFrom('satisfied', 'unsatisfied'), fc.anything()) }, { requiredKeys: ['type'] }), { maxLength: 4 }),
      fc.anything(),
    ),
  },
  { requiredKeys: ['id', 'kind'] },
);
const closure = fc.record(
  { quietPeriod: fc.oneof(fc.constantFrom('一周内', '3天内', '2个工作日内', '提前两天', 'x'), fc.anything()), visitWithin: fc.anything(), rollOverRestDays: fc.anything(), calendar: fc.anything() },
  { requiredKeys: [] },
);
/** A summary of odd records, or — where the records make summarizing throw (a day outside the calendar …) — the error's value: still something to hand in. */
const summaryOf = (records: unknown[], options: object): unknown => {
  try {
    return summarizeComplaints(records as never, options);
  } catch (e) {
    return e;
  }
};
const day = fc.oneof(fc.constantFrom('2004-02-14', '2026-03-01', '2026-02-30', '2099-12-31'), fc.date({ noInvalidDate: false }), instant);

export const cases: FuzzCases = {
  formatArchiveNumber: { kind: 'function', near: [fc.tuple(day, fc.oneof(fc.integer({ min: -2, max: 1002 }), fc.double())), fc.tuple(day, fc.integer(), fc.record({ width: fc.anything(), calendar: fc.anything() }, { requiredKeys: [] }))] },
  parseArchiveNumber: {
    kind: 'function',
    near: [fc.tuple(fc.constantFrom('040214001', '991231999'), fc.constant({ baseYear: 2000 })), fc.tuple(fc.oneof(fc.constantFrom('040214001', '040230001', '050229001', '040214000'), fc.stringMatching(/^\d{6,12}$/), fc.string()), fc.record({ baseYear: fc.oneof(fc.constantFrom(1900, 2000), fc.anything()), width: fc.anything() }, { requiredKeys: [] }))],
  },
  nextArchiveNumber: { kind: 'function', near: [fc.tuple(fc.array(fc.oneof(fc.constantFrom('040214001', '040214999', 'x'), fc.string()), { maxLength: 4 }), day), fc.tuple(fc.anything(), day, fc.anything())] },
  countComplaints: { kind: 'function', near: [fc.tuple(fc.array(nearRecord, { maxLength: 6 })), fc.tuple(fc.array(nearRecord, { maxLength: 4 }), fc.record({ detail: fc.anything(), ids: fc.anything() }, { requiredKeys: [] }))] },
  complaintStatus: {
    kind: 'function',
    near: [
      // A near miss that is valid, so the normal path is exercised whatever the seed (random near misses rarely are).
      fc.tuple(fc.constant({ id: 'T1', recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, verification: { counted: true, by: '王主管' } }), fc.constant({ at: '2026-03-10T09:00+08:00' })),
      fc.tuple(nearRecord, fc.record({ at: instant }, { requiredKeys: [] })),
      fc.tuple(nearRecord, fc.tuple(fc.record({ at: instant, related: fc.oneof(fc.array(nearRecord, { maxLength: 3 }), fc.anything()) }), closure).map(([a, b]) => ({ ...b, ...a }))),
    ],
  },
  complaintMetrics: {
    kind: 'function',
    near: [
      // A near miss that is valid (an empty period's metrics), so the normal path is exercised too.
      fc.tuple(fc.constant([]), fc.record({ from: fc.constantFrom('2026-03-01', '2026-02-01'), to: fc.constantFrom('2026-03-31', '2026-03-30') })),
      fc.tuple(fc.array(nearRecord, { maxLength: 6 }), fc.record({ from: day, to: day }, { requiredKeys: [] })),
      fc.tuple(
        fc.array(nearRecord, { maxLength: 4 }),
        fc.record({ from: fc.constant('2026-03-01'), to: fc.constant('2026-03-31'), at: instant, precision: fc.anything(), targets: fc.anything(), policy: fc.anything(), ids: fc.anything() }, { requiredKeys: ['from', 'to'] }),
      ),
    ],
  },
  summarizeComplaints: {
    kind: 'function',
    near: [
      fc.tuple(fc.array(nearRecord, { maxLength: 6 })),
      fc.tuple(fc.array(nearRecord, { maxLength: 4 }), fc.record({ detail: fc.anything(), ids: fc.constantFrom('check', 'trust'), offset: fc.oneof(fc.nat(), fc.anything()), from: fc.constant('2026-03-01'), to: fc.constantFrom('2026-03-31', undefined), at: instant }, { requiredKeys: [] })),
    ],
  },
  createComplaintSummarizer: {
    kind: 'function',
    near: [
      fc.tuple(fc.record({ detail: fc.constantFrom('records', 'counts'), ids: fc.constantFrom('check', 'trust'), offset: fc.nat() }, { requiredKeys: [] })),
      fc.tuple(fc.record({ detail: fc.anything(), ids: fc.anything(), offset: fc.anything(), period: fc.boolean() }, { requiredKeys: [] })).map(([{ period, ...o }]) => [{ ...o, ...(period ? { from: '2026-03-01', to: '2026-03-31' } : {}) }]),
    ],
  },
  mergeComplaintSummaries: {
    kind: 'function',
    near: [
      fc.tuple(fc.array(nearRecord, { maxLength: 3 }), fc.array(nearRecord, { maxLength: 3 }), fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.anything() })).map(([a, b, junk]) => {
        const x = summaryOf(a, { from: '2026-03-01', to: '2026-03-31' });
        const y = summaryOf(b, { from: '2026-03-01', to: '2026-03-31', offset: a.length }) as object;
        return [x, y, ...(junk === undefined ? [] : [{ ...y, count: junk }])];
      }),
    ],
  },
  finishComplaintSummary: {
    kind: 'function',
    near: [
      fc.tuple(fc.array(nearRecord, { maxLength: 4 }), fc.constantFrom('check', 'trust')).map(([rs, ids]) => [summaryOf(rs, { ids, from: '2026-03-01', to: '2026-03-31' })]),
      fc.tuple(fc.array(nearRecord, { maxLength: 2 }), fc.anything()).map(([rs, junk]) => [{ ...(summaryOf(rs, {}) as object), metrics: junk }]),
    ],
  },
  COMPLAINT_SUMMARY_FORMAT: { kind: 'value', why: 'a frozen constant: the format and version a summary declares' },
  SummarizeComplaintsOptionsSchema: { kind: 'schema' },
  ComplaintSummarySchema: { kind: 'schema' },
  ArchiveNumberOptionsSchema: { kind: 'schema' },
  ParseArchiveNumberOptionsSchema: { kind: 'schema' },
  CountComplaintsOptionsSchema: { kind: 'schema' },
  ComplaintStatusOptionsSchema: { kind: 'schema' },
  ComplaintMetricsOptionsSchema: { kind: 'schema' },
};
