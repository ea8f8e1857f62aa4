import { parseLimitText } from './_lib/parse';
import type { TimeLimit } from './schema';

/**
 * Reads a time limit written as regulations write it (TL-01): Arabic,
 * full-width or Chinese numerals (一…十, 两, 廿, 半), the measure word 个,
 * 内/以内/之内, 不超过, “最长不得超过” (a maximum, ESC-04), 提前 (a lead time,
 * TL-08), 次日/第二日, 当日, 立即, 一周/七日. Text after “…内” is the action and
 * is ignored (“2小时内联系用户”). Simple English (`'within 3 working days'`)
 * is read too.
 *
 * @param text - the phrase
 * @returns `{ amount, unit, kind }`
 * @throws {GuifanError} `INVALID_TIME_LIMIT` with `details.offset` where reading failed; `INVALID_AMOUNT` for an amount above `Number.MAX_SAFE_INTEGER` (9007199254740991), which could not be the number written
 * @example
 * parseTimeLimit('三个工作日内') //=> { amount: 3, unit: 'workday', kind: 'within' }
 * parseTimeLimit('最长不得超过７个工作日') //=> { amount: 7, unit: 'workday', kind: 'maximum' }
 * parseTimeLimit('提前两天') //=> { amount: 2, unit: 'day', kind: 'lead' }
 * parseTimeLimit('半小时内') //=> { amount: 0.5, unit: 'hour', kind: 'within' }
 */
export function parseTimeLimit(text: string): TimeLimit {
  return parseLimitText(text);
}
