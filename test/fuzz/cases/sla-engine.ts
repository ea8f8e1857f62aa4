// Fuzz cases for the exports the SLA engine work adds (issue 17); the existing sla exports are in sla.ts.
import fc from 'fast-check';
import { PROPERTY_SERVICE_CENTRE } from '../../../src/index';
import type { FuzzCases } from '../types';

const instant = fc.oneof(
  fc.integer({ min: Date.parse('2025-01-01T00:00Z'), max: Date.parse('2027-06-01T00:00Z') }),
  fc.constantFrom('2026-10-12T10:00+08:00', '2026-12-31T23:59+08:00', '2026-02-30T10:00+08:00', '2026-10-12T10:00', ''),
  fc.double(),
  fc.constantFrom(-8.64e15, 8.64e15, 8.64e15 - 1),
  fc.date({ noInvalidDate: false }),
);
const event = fc.record(
  {
    type: fc.constantFrom('received', 'replied', 'resolved', 'paused', 'resumed', 'reopened', 'reclassified', 'deadline-agreed', 'cancelled', 'bogus'),
    at: instant,
    due: instant,
    contact: fc.constantFrom('a', 'b'),
    attributes: fc.constant({ complexity: 'complex' }),
  },
  { requiredKeys: ['type', 'at'] },
);
const kase = fc.record({ attributes: fc.constantFrom({ kind: 'complaint', complexity: 'general' }, { kind: 'consultation' }, { kind: 'complaint', complexity: 'COMPLEX' }), events: fc.array(event, { maxLength: 6 }) });

export const cases: FuzzCases = {
  thresholdsBetween: { kind: 'function', near: [fc.tuple(fc.constant(PROPERTY_SERVICE_CENTRE), kase, instant, instant)] },
  DeliverySchema: { kind: 'schema' },
  // issue 25: re-evaluate under a new calendar (cases are trusted to be of the right shape, as in evaluateCases)
  recheckDeadlines: {
    kind: 'function',
    near: [
      fc.tuple(
        fc.constantFrom({ ...PROPERTY_SERVICE_CENTRE, calendar: { outOfCoverage: 'provisional' } }, PROPERTY_SERVICE_CENTRE),
        fc.array(kase.filter((k) => k.events.every((e) => typeof e.at === 'string' && !Number.isNaN(Date.parse(e.at)))), { maxLength: 3 }),
        fc.constantFrom('2027-02-04T11:00+08:00', '2026-12-31T23:59+08:00', 'x'),
        fc.constantFrom({ calendar: {} }, { calendar: { outOfCoverage: 'provisional' } }, { calendar: { years: { 2027: { holidays: ['2027-02-05'] } } } }, { calendar: null }, {}, null),
      ),
    ],
  },
};
