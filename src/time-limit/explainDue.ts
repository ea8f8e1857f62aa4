import type { Instant } from '../_lib/input';
import { planDue, type DueOptions } from './_lib/compute';
import { buildExplanation, type DueExplanation } from './_lib/explain';
import type { TimeLimit } from './schema';

/**
 * Options of {@link explainDue} (the same as dueAt's).
 *
 * @example
 * explainDue('2026-09-30T16:00+08:00', '3日内', { rollOverRestDays: false }).lastDay //=> '2026-10-03'
 */
export type ExplainDueOptions = DueOptions;

/**
 * {@link dueAt} with its reasons: the counting rule, whether the start day
 * counted, each rest day skipped and why (weekend, which holiday, 调休), any
 * roll-over, how the last day ends, the rules applied, whether the answer is
 * provisional, and the calendar's data source and version — as data and as
 * sentences in 简体中文 and English.
 *
 * @param start - an instant
 * @param limit - a {@link TimeLimit} or a phrase
 * @param options - {@link ExplainDueOptions}
 * @returns a frozen {@link DueExplanation}
 * @throws {GuifanError} as {@link dueAt}
 * @example
 * const e = explainDue('2026-09-28T10:00+08:00', '三日内')
 * e.nominalLastDay //=> '2026-10-01'
 * e.lastDay //=> '2026-10-08' (10-01…10-07 are rest days: rolled over, TL-03)
 * e.rules //=> ['TL-02', 'TL-03', 'TL-04']
 */
export function explainDue(start: Instant, limit: TimeLimit | string, options: ExplainDueOptions = {}): DueExplanation {
  return buildExplanation(planDue(start, limit, options));
}
