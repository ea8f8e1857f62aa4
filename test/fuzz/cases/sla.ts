import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  BASE_EVENT_TYPES: { kind: 'value', why: 'data' },
  CLOCK_STATES: { kind: 'value', why: 'data' },
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
  compileSlaPolicy: { kind: 'function', near: [] },
  evaluateCase: { kind: 'function', near: [] },
  evaluateCases: { kind: 'function', near: [] },
  validatePolicy: { kind: 'function', near: [] },
};
