/**
 * guifan/sla — SLA clocks and escalation tiers (ESC-01…ESC-05, TL-06):
 * policies as data, event replay, exact fire instants, batch evaluation.
 *
 * @module guifan/sla
 */
export { compileSlaPolicy, type CompiledSlaPolicy } from './compileSlaPolicy';
export { evaluateCase } from './evaluateCase';
export { CLOCK_STATES, evaluateCases, type CaseColumns, type CaseSummary, type ClockSummary, type EvaluateCasesOptions } from './evaluateCases';
export { recheckDeadlines, type ClockDeadline, type DeadlineChange, type RecheckDeadlinesOptions } from './recheckDeadlines';
export { thresholdsBetween, type ThresholdCrossing } from './thresholdsBetween';
export { validatePolicy } from './validatePolicy';
export type { SlaInstant } from './_lib/instant';
export type { CaseEvaluation, ClockEvaluation, ClockState, Threshold } from './_lib/types';
export * from './schema';
