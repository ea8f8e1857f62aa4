// Fuzz cases for the complaint model exports (records, taxonomy, classification).
// The counting/closure/metrics/archive exports are in complaint-stats.ts.
import fc from 'fast-check';
import type { FuzzCases } from '../types';

const instant = fc.oneof(
  fc.constant('2026-03-02T09:15+08:00'),
  fc.constant('2026-03-02T09:15'),
  fc.constant('2026-02-30T09:15+08:00'),
  fc.constant('2026-03-02'),
  fc.date({ noInvalidDate: false }),
  fc.string(),
);
const nearRecord = fc.record(
  {
    id: fc.oneof(fc.constant('TS-1'), fc.string()),
    recorder: fc.oneof(fc.constant('王敏'), fc.constant('')),
    receivedAt: instant,
    channel: fc.oneof(fc.constantFrom('walk-in', 'phone', 'written', 'online', 'fax'), fc.string()),
    customer: fc.oneof(fc.constant({ name: '李先生', contact: '139' }), fc.anything()),
    unit: fc.constant('3-2-1501'),
    content: fc.oneof(fc.constant('楼上装修噪音'), fc.string()),
    demand: fc.constant('维修'),
    kind: fc.oneof(fc.constantFrom('complaint', 'consultation', 'praise'), fc.anything()),
    category: fc.oneof(fc.constantFrom('environment', 'service.attitude', 'nope'), fc.anything()),
    rootCause: fc.oneof(fc.constant({ category: 'renovation' }), fc.constant({ category: 'x' }), fc.anything()),
    incident: fc.oneof(
      fc.record({ compensationYuan: fc.oneof(fc.double(), fc.integer()), security: fc.constantFrom('theft', 'attempted-theft', 'x') }, { requiredKeys: [] }),
      fc.anything(),
    ),
    medical: fc.oneof(fc.record({ harmedCount: fc.integer(), death: fc.boolean() }, { requiredKeys: [] }), fc.anything()),
    people: fc.oneof(fc.integer(), fc.double()),
    events: fc.array(
      fc.record({ type: fc.constantFrom('received', 'resolved', 'visited', 'bogus'), at: instant, outcome: fc.oneof(fc.constantFrom('satisfied', 'unsatisfied'), fc.anything()) }, { requiredKeys: ['type'] }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['id', 'kind'] },
);
const nearTaxonomy = fc.oneof(
  fc.constant(undefined),
  fc.record({
    id: fc.constant('t'),
    name: fc.constant('t'),
    categories: fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), name: fc.constant('n'), parent: fc.option(fc.constantFrom('a', 'b', 'x'), { nil: undefined }), keywords: fc.option(fc.array(fc.string()), { nil: undefined }) }), { maxLength: 4 }),
  }),
);

// A record that is valid, so that near misses also reach the normal path.
const VALID = { id: 'C-1', recorder: '王敏', receivedAt: '2026-10-09T09:00+08:00', channel: 'phone', customer: { name: '李先生', contact: '13900000000' }, unit: '3-1203', content: '楼上漏水，天花板滴水', demand: '尽快维修', kind: 'complaint', complexity: 'general', events: [] };

export const cases: FuzzCases = {
  REQUEST_KINDS: { kind: 'value', why: 'data: the request kinds (CMP-01)' },
  COMPLAINT_CHANNELS: { kind: 'value', why: 'data: the channels (CMP-02)' },
  COMPLAINT_COMPLEXITIES: { kind: 'value', why: 'data: complexities (CMP-08)' },
  COMPLAINT_URGENCIES: { kind: 'value', why: 'data: urgency tiers of the call-centre preset' },
  VISIT_OUTCOMES: { kind: 'value', why: 'data: return-visit outcomes' },
  COMPLAINT_EVENT_TYPES: { kind: 'value', why: 'data: the SLA event vocabulary' },
  CLASSIFY_BY: { kind: 'value', why: 'data: classification bases (CMP-07)' },
  DEFAULT_COMPLAINT_TAXONOMY: { kind: 'value', why: 'data: the default taxonomy' },
  ComplaintCustomerSchema: { kind: 'schema' },
  OnlineThreadSchema: { kind: 'schema' },
  ComplaintVerificationSchema: { kind: 'schema' },
  CategoryJudgementSchema: { kind: 'schema' },
  IncidentFactsSchema: { kind: 'schema' },
  MedicalFactsSchema: { kind: 'schema' },
  BadReviewSchema: { kind: 'schema' },
  ComplaintEventSchema: { kind: 'schema' },
  ComplaintRecordSchema: { kind: 'schema' },
  ComplaintCategorySchema: { kind: 'schema' },
  ComplaintTaxonomySchema: { kind: 'schema' },
  needsReturnVisit: { kind: 'function', near: [fc.tuple(fc.record({ kind: fc.anything(), needsReturnVisit: fc.anything() }, { requiredKeys: [] }))] },
  validateTaxonomy: { kind: 'function', near: [fc.tuple(nearTaxonomy)] },
  validateComplaintRecord: { kind: 'function', near: [fc.tuple(nearRecord), fc.tuple(nearRecord, fc.record({ taxonomy: nearTaxonomy, eventTypes: fc.anything() }, { requiredKeys: [] }))] },
  validateComplaintRecords: { kind: 'function', near: [fc.tuple(fc.array(nearRecord, { maxLength: 4 }))] },
  suggestCategory: {
    kind: 'function',
    near: [fc.tuple(fc.string()), fc.tuple(fc.string({ unit: 'binary' }), nearTaxonomy, fc.record({ limit: fc.oneof(fc.integer(), fc.double(), fc.anything()) }, { requiredKeys: [] }))],
  },
  classifyComplaint: {
    kind: 'function',
    near: [
      fc.tuple(fc.constant(VALID)),
      fc.tuple(nearRecord),
      fc.tuple(nearRecord, fc.record({ taxonomy: nearTaxonomy, emergencyAmount: fc.anything(), hot: fc.record({ minPeople: fc.anything(), minReplies: fc.integer() }, { requiredKeys: [] }) }, { requiredKeys: [] })),
    ],
  },
};
