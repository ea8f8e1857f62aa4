import type { Locale } from '../errors/types';
import { normalizeLimit } from './_lib/normalize';
import type { TimeLimit } from './schema';

const ZH_UNIT: Record<TimeLimit['unit'], string> = {
  minute: '分钟',
  hour: '小时',
  day: '天',
  week: '周',
  month: '个月',
  workday: '个工作日',
  workhour: '个工作小时',
};
const EN_UNIT: Record<TimeLimit['unit'], [string, string]> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  workday: ['working day', 'working days'],
  workhour: ['working hour', 'working hours'],
};

/**
 * Writes a time limit the way regulations do (`'3个工作日内'`,
 * `'最长不得超过7个工作日'`, `'提前2天'`) or in English. The Chinese form parses
 * back to the same limit: `parseTimeLimit(formatTimeLimit(l))` equals `l`.
 *
 * @param limit - a {@link TimeLimit}
 * @param locale - `'zh-CN'` (default) or `'en'`
 * @returns the phrase
 * @throws {GuifanError} `INVALID_TIME_LIMIT` / `INVALID_AMOUNT` for a limit that is not valid
 * @example
 * formatTimeLimit({ amount: 3, unit: 'workday' }) //=> '3个工作日内'
 * formatTimeLimit({ amount: 7, unit: 'workday', kind: 'maximum' }, 'en') //=> 'at most 7 working days'
 * formatTimeLimit({ amount: 0.5, unit: 'hour' }) //=> '半小时内'
 */
export function formatTimeLimit(limit: TimeLimit, locale: Locale = 'zh-CN'): string {
  const l = normalizeLimit(limit);
  if (locale === 'en') {
    if (l.amount === 0 && l.unit === 'minute' && l.kind === 'within') return 'immediately';
    if (l.amount === 0 && l.unit === 'day' && l.kind === 'within') return 'within the same day';
    const [one, many] = EN_UNIT[l.unit];
    const qty = l.amount === 0.5 ? `half ${one === 'hour' ? 'an' : 'a'} ${one}` : `${l.amount} ${l.amount === 1 ? one : many}`;
    return l.kind === 'lead' ? `${qty} before` : l.kind === 'maximum' ? `at most ${qty}` : `within ${qty}`;
  }
  if (l.amount === 0 && l.unit === 'minute' && l.kind === 'within') return '立即';
  if (l.amount === 0 && l.unit === 'day' && l.kind === 'within') return '当日';
  const unit = ZH_UNIT[l.unit];
  const qty = l.amount === 0.5 ? `半${unit}` : `${l.amount}${unit}`;
  return l.kind === 'lead' ? `提前${qty}` : l.kind === 'maximum' ? `最长不得超过${qty}` : `${qty}内`;
}
