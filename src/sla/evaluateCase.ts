import { slaEpochMs, type SlaInstant } from './_lib/instant';
import type { ValidationIssue } from '../errors/issues';
import { validationError } from '../errors/validationError';
import { evaluateClockCore, evaluateClockOrIssue } from './_lib/clock';
import { newPrepared, prepare } from './_lib/prepare';
import type { CaseEvaluation, ClockEvaluation } from './_lib/types';
import { parseOrIssues } from './_lib/parse';
import { present } from './_lib/present';
import { matches, type CompiledPolicy } from './_lib/compile';
import { compiledOf, type CompiledSlaPolicy } from './compileSlaPolicy';
import { SlaCaseSchema, type CaseEvent, type SlaCase, type SlaPolicy } from './schema';

/**
 * Evaluates every clock of a case at an instant by replaying its event log
 * (ESC-01…ESC-05, TL-06, CMP-08…): state, due and maximum (extended by pauses,
 * re-agreed per TL-06), elapsed and remaining time, percent of target, warnings
 * and escalation levels with their exact fire instants, the next instant at
 * which anything changes, and an explanation citing rule ids. Only events at or
 * before `at` count. An odd history never throws: its problems are `issues`.
 *
 * @param policy - an {@link SlaPolicy} or a compiled one
 * @param kase - `{ id?, attributes, events }`, or just the events
 * @param at - the evaluation instant
 * @returns a {@link CaseEvaluation}
 * @throws {GuifanError} `VALIDATION_FAILED` only for an invalid policy or a case that is not of the right shape;
 * `CALENDAR_NOT_COVERED` when a deadline needs days past the calendar's data (`evaluateCases` reports it per case instead)
 * @example
 * const r = evaluateCase(PROPERTY_SERVICE_CENTRE, {
 *   attributes: { kind: 'complaint', complexity: 'general' },
 *   events: [{ type: 'received', at: '2026-09-30T16:00+08:00' }],
 * }, '2026-10-08T09:00+08:00')
 * r.clocks.find((c) => c.name === 'complaint-reply').state //=> 'breached'
 */
export function evaluateCase(policy: SlaPolicy | CompiledSlaPolicy, kase: SlaCase | readonly CaseEvent[], at: SlaInstant): CaseEvaluation {
  return evaluateFull(compiledOf(policy), kase, slaEpochMs(at), false);
}

/** The full evaluation; `resilient` (batches) turns a clock past the calendar's data into an issue. */
export function evaluateFull(cp: CompiledPolicy, kase: SlaCase | readonly CaseEvent[], atMs: number, resilient: boolean): CaseEvaluation {
  const input = Array.isArray(kase) ? { events: kase } : kase;
  const parsed = parseOrIssues(SlaCaseSchema, input, [], 'ESC-04');
  if (!parsed.data) throw validationError(parsed.issues, 'ESC-04');
  const c = parsed.data;
  const issues: ValidationIssue[] = [];
  const ev = prepare(cp, c, atMs, issues, newPrepared(c.events.length));
  const attrs = ev.attrs;
  const clocks: ClockEvaluation[] = [];
  const notApplicable: string[] = [];
  let next = Infinity;
  for (const ck of cp.clocks) {
    if (!matches(ck.def.when, attrs)) {
      notApplicable.push(ck.def.name);
      continue;
    }
    const core = resilient ? evaluateClockOrIssue(cp, ck, ev, atMs, issues) : evaluateClockCore(cp, ck, ev, atMs, issues);
    if (!core) continue;
    if (core.next !== undefined && core.next < next) next = core.next;
    clocks.push(present(cp, ck, core, atMs));
  }
  return Object.freeze({
    ...(c.id !== undefined ? { id: c.id } : {}),
    at: new Date(atMs),
    attributes: Object.freeze({ ...attrs }),
    clocks: Object.freeze(clocks),
    notApplicable: Object.freeze(notApplicable),
    ...(next !== Infinity ? { nextChangeAt: new Date(next) } : {}),
    provisional: clocks.some((x) => x.provisional),
    issues: Object.freeze(issues),
  });
}
