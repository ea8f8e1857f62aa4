import type { Instant } from '../_lib/input';
import { planLatest, type LatestStartExplanation, type LatestStartOptions } from './_lib/latest';
import type { TimeLimit } from './schema';

/**
 * {@link latestStart} with its reasons (TL-08): the day counted back to, rest
 * days passed or moved over, rules, provisional flag, data source, sentences in
 * 简体中文 and English.
 *
 * @param event - the event's instant
 * @param limit - a lead time
 * @param options - {@link LatestStartOptions}
 * @returns a frozen {@link LatestStartExplanation}
 * @example
 * const e = explainLatestStart('2026-10-08T14:00+08:00', '提前两天')
 * e.nominalLatestDay //=> '2026-10-06'
 * e.latestDay //=> '2026-09-30'
 */
export function explainLatestStart(event: Instant, limit: TimeLimit | string, options: LatestStartOptions = {}): LatestStartExplanation {
  return planLatest(event, limit, options, true) as LatestStartExplanation;
}
