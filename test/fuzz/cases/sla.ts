import fc from 'fast-check';
import { compileSlaPolicy, PROPERTY_SERVICE_CENTRE, REAL_ESTATE_CALL_CENTRE, type SlaPolicy } from '../../../src/index';
import { argsFrom, nearArgs, oddDateText } from '../gen';
import type { FuzzCases } from '../types';

const policy: SlaPolicy = {
  id: 'custom',
  name: '自定义策略',
  eventTypes: ['escalated'],
  calendar: { businessHours: { hours: [['08:30', '17:30']] } },
  allowAgreedBeyondMax: false,
  clocks: [
    {
      name: 'reply',
      label: '答复',
      rules: ['ESC-04'],
      when: { kind: ['complaint', 'query'] },
      start: ['received'],
      stop: ['replied'],
      target: '3个工作日内',
      max: { amount: 7, unit: 'workday' },
      limits: [{ when: { complexity: 'simple' }, target: '2小时内', max: '1个工作日内' }],
      dueOptions: { rollOverRestDays: true, endOfDay: 'close-of-business', countFrom: 'same-day-if-before-cutoff', cutoff: '16:00' },
      warnings: [{ percent: 80 }, { before: '2小时' }],
      escalation: [{ level: 'L1', relativeTo: 'target', direction: 'after', offset: '1个工作小时' }, { level: 'L2', relativeTo: 'max', direction: 'before', offset: { amount: 1, unit: 'day' } }],
    },
  ],
};
const kase = {
  id: 'c-1',
  attributes: { kind: 'complaint', complexity: 'general' },
  events: [
    { type: 'received', at: '2026-09-30T16:00+08:00' },
    { type: 'paused', at: '2026-10-08T00:00+08:00', reason: '等待业主' },
    { type: 'resumed', at: '2026-10-09T00:00+08:00' },
    { type: 'deadline-agreed', at: '2026-10-09T10:00+08:00', clock: 'complaint', due: '2026-10-20T18:00+08:00' },
    { type: 'reclassified', at: '2026-10-09T11:00+08:00', attributes: { complexity: 'complex' } },
    { type: 'replied', at: '2026-10-12T09:00+08:00' },
  ],
};
const at = ['2026-10-10T12:00+08:00', '2026-10-09T12:00', '9999-12-31T00:00Z', '0001-01-01T00:00Z', new Date(8.64e15), new Date(NaN)];
const compiled = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
// Compiled once: evaluating a raw policy with its own calendar builds that calendar's index on every call
// (documented: compile once), which a loaded 2-core machine can push past 100 ms.
const compiledCustom = compileSlaPolicy(policy);

export const cases: FuzzCases = {
  BASE_EVENT_TYPES: { kind: 'value', why: 'a constant list of event names' },
  CLOCK_STATES: { kind: 'value', why: 'a constant list of clock states' },
  CaseAttributesSchema: { kind: 'schema' },
  CaseEventSchema: { kind: 'schema' },
  ClockSchema: { kind: 'schema' },
  DueOptionsSchema: { kind: 'schema' },
  EscalationLevelSchema: { kind: 'schema' },
  LimitSchema: { kind: 'schema' },
  SlaCaseSchema: { kind: 'schema' },
  SlaPolicySchema: { kind: 'schema' },
  WarningSchema: { kind: 'schema' },
  WhenSchema: { kind: 'schema' },
  compileSlaPolicy: { kind: 'function', near: [nearArgs(policy), nearArgs(REAL_ESTATE_CALL_CENTRE)] },
  evaluateCase: {
    kind: 'function',
    near: [nearArgs(PROPERTY_SERVICE_CENTRE, kase, '2026-10-10T12:00+08:00'), nearArgs(compiledCustom, kase.events, '2026-10-12T12:00+08:00'), argsFrom([compiled, compiledCustom, PROPERTY_SERVICE_CENTRE], [kase], [...at, '2026-10-10T12:00+08:00'])],
  },
  evaluateCases: {
    kind: 'function',
    near: [
      nearArgs(compiled, [kase, { attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-11-16T10:00+08:00' }] }], '2026-11-16T10:20+08:00', { detail: 'full' }),
      fc.tuple(fc.constantFrom<unknown>(compiled, compiledCustom), fc.constant([kase]), fc.oneof(fc.constantFrom<unknown>(...at), oddDateText), fc.constantFrom<unknown>(undefined, { detail: 'columns' }, { detail: 'summary' }, { detail: 'all' }, null)),
    ],
  },
  validatePolicy: { kind: 'function', near: [nearArgs(policy), nearArgs(PROPERTY_SERVICE_CENTRE)] },
};
