import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  CalendarDateRuleSchema: { kind: 'schema' },
  TIME_UNITS: { kind: 'value', why: 'data' },
  TimeLimitKindSchema: { kind: 'schema' },
  TimeLimitSchema: { kind: 'schema' },
  TimeUnitSchema: { kind: 'schema' },
  calendarDeadline: { kind: 'function', near: [] },
  dueAt: { kind: 'function', near: [] },
  explainDue: { kind: 'function', near: [] },
  explainLatestStart: { kind: 'function', near: [] },
  formatTimeLimit: { kind: 'function', near: [] },
  latestStart: { kind: 'function', near: [] },
  parseCalendarDeadline: { kind: 'function', near: [] },
  parseTimeLimit: { kind: 'function', near: [] },
};
