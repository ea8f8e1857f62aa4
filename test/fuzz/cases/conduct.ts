import fc from 'fast-check';
import type { FuzzCases } from '../types';

const nearText = fc.oneof(fc.string(), fc.constantFrom('', ' ', '不知道', '大点声,听不见!', '\u200b不\u200b', '你不是说', '𠮷'.repeat(50)), fc.string({ unit: 'grapheme', maxLength: 200 }));
const nearInstant = fc.constantFrom('2026-02-30T09:00+08:00', '2026-10-09T09:00', '2026-10-09', 'soon', '', 0, -1e20, Number.NaN, new Date(Number.NaN));
const nearEvent = fc.record({ type: fc.constantFrom('received', 'dispatched', 'resolved', 'visited', 'x', ''), at: fc.oneof(nearInstant, fc.constant('2026-10-09T09:00+08:00')), actor: fc.option(fc.string(), { nil: undefined }), to: fc.option(fc.string(), { nil: undefined }), text: fc.option(nearText, { nil: undefined }), outcome: fc.option(fc.constantFrom('satisfied', 'unsatisfied', 'meh'), { nil: undefined }) }, { requiredKeys: ['type', 'at'] });

export const cases: FuzzCases = {
  checkServiceLanguage: {
    kind: 'function',
    near: [fc.tuple(nearText), fc.tuple(nearText, fc.record({ levels: fc.array(fc.constantFrom('error', 'advice', 'x')) })), fc.tuple(nearText, fc.record({ lists: fc.anything() }))],
  },
  checkCallAnswer: {
    kind: 'function',
    near: [
      fc.tuple(fc.record({ rings: fc.oneof(fc.integer(), fc.double()), secondsToAnswer: fc.double(), firstUtterance: nearText, line: fc.constantFrom('external', 'internal', 'x') }, { requiredKeys: [] })),
      fc.tuple(fc.record({ rings: fc.nat(9) }), fc.record({ maxRings: fc.oneof(fc.integer(), fc.double()), ringSeconds: fc.double(), organisation: fc.oneof(fc.string(), fc.array(fc.string())) }, { requiredKeys: [] })),
    ],
  },
  checkFirstInquiry: {
    kind: 'function',
    near: [fc.tuple(fc.record({ events: fc.array(nearEvent, { maxLength: 6 }) })), fc.tuple(fc.record({ events: fc.array(nearEvent, { maxLength: 4 }) }), fc.record({ at: nearInstant, handoverWithin: fc.constantFrom('2小时', '-1小时', '1000000000000小时', 'x') }, { requiredKeys: [] }))],
  },
  checkManualUpdates: {
    kind: 'function',
    near: [
      fc.tuple(
        fc.array(fc.record({ id: fc.string(), changedAt: nearInstant }), { maxLength: 4 }),
        fc.array(fc.record({ changeId: fc.string(), updatedAt: nearInstant }), { maxLength: 4 }),
        fc.record({ at: fc.oneof(nearInstant, fc.constant('2026-10-09T09:00+08:00')), checks: fc.array(nearInstant, { maxLength: 3 }), limit: fc.constantFrom('3个工作日内', '-3天', 'x') }, { requiredKeys: ['at'] }),
      ),
    ],
  },
  SERVICE_FORBIDDEN_PHRASES: { kind: 'value', why: 'data: a phrase list' },
  PROPERTY_AVOIDED_WORDS: { kind: 'value', why: 'data: a phrase list' },
  SERVICE_LANGUAGE_LISTS: { kind: 'value', why: 'data: the default lists' },
  ServiceLanguageEntrySchema: { kind: 'schema' },
  ServiceLanguageListSchema: { kind: 'schema' },
  ConductEventSchema: { kind: 'schema' },
  ConductCaseSchema: { kind: 'schema' },
  RuleChangeSchema: { kind: 'schema' },
  RuleChangesSchema: { kind: 'schema' },
  ManualUpdateSchema: { kind: 'schema' },
  ManualUpdatesSchema: { kind: 'schema' },
};
