import { parseBilingual } from '../../_lib/zodIssues';
import { GuifanError } from '../../errors/GuifanError';
import { HALF_UNITS, TIME_UNITS, TimeLimitSchema, type TimeLimit, type TimeLimitKind, type TimeUnit } from '../schema';
import { amountError, MAX_LIMIT_AMOUNT, parseLimitText } from './parse';

/** A limit with its kind filled in. */
export interface NormalizedLimit {
  amount: number;
  unit: TimeUnit;
  kind: TimeLimitKind;
}

const KINDS: readonly string[] = ['within', 'maximum', 'lead'];

/**
 * Validates a limit (object or phrase) and fills in the kind. Fast path for
 * well-formed objects: this runs on every dueAt call.
 */
export function normalizeLimit(limit: TimeLimit | string): NormalizedLimit {
  if (typeof limit === 'string') {
    const p = parseLimitText(limit);
    return { amount: p.amount, unit: p.unit, kind: p.kind ?? 'within' };
  }
  if (typeof limit === 'object' && limit !== null) {
    const { amount, unit, kind } = limit;
    const keys = Object.keys(limit).length;
    if (
      typeof amount === 'number' &&
      amount >= 0 &&
      amount <= MAX_LIMIT_AMOUNT &&
      (Number.isInteger(amount) || (HALF_UNITS.includes(unit) && Number.isInteger(amount * 2) && (unit !== 'workday' || amount === 0.5))) &&
      (TIME_UNITS as readonly string[]).includes(unit) &&
      (kind === undefined || KINDS.includes(kind)) &&
      keys <= 3
    ) {
      return { amount, unit, kind: kind ?? 'within' };
    }
  }
  if (typeof limit === 'object' && limit !== null && typeof (limit as { amount?: unknown }).amount === 'number' && (limit as { amount: number }).amount > MAX_LIMIT_AMOUNT) {
    throw amountError((limit as { amount: number }).amount);
  }
  const r = parseBilingual(TimeLimitSchema, limit);
  const first = r.success ? undefined : r.problems[0];
  const isAmount = first?.path[0] === 'amount';
  throw new GuifanError(
    isAmount ? 'INVALID_AMOUNT' : 'INVALID_OPTIONS',
    isAmount
      ? {
          value: (limit as { amount?: unknown }).amount,
          name: 'amount',
          expectedZh: '时限数量应为 ≥ 0 的整数（小时、工作小时可为半数；工作日只可为半个）',
          expectedEn: 'a limit amount is a whole number ≥ 0 (halves for hours and working hours; half a working day)',
        }
      : { path: `limit${first?.path.length ? '.' + first.path.join('.') : ''}`, value: first?.value ?? limit, reasonZh: first?.message['zh-CN'], reasonEn: first?.message.en },
    'TL-01',
  );
}
