import { GuifanError } from '../../errors/GuifanError';
import type { TimeLimit, TimeLimitKind, TimeUnit } from '../schema';
import { amountError, MAX_LIMIT_AMOUNT, parseLimitText } from './parse';
import { isAllowedAmount, TIME_LIMIT_KINDS, TIME_UNITS } from './units';

/** A limit with its kind filled in. */
export interface NormalizedLimit {
  amount: number;
  unit: TimeUnit;
  kind: TimeLimitKind;
}

const KEYS: readonly string[] = ['amount', 'unit', 'kind'];
const UNITS: readonly string[] = TIME_UNITS;
const KINDS: readonly string[] = TIME_LIMIT_KINDS;

type Problem = { amount: true } | { amount?: never; path: string; value: unknown; reasonZh: string; reasonEn: string };

/**
 * The first problem of a limit object, in the order `TimeLimitSchema` reports
 * them (amount, unit, kind, unknown keys, then the whole-amount rule), or
 * undefined. Written out rather than parsed with the schema: this runs on every
 * dueAt call, and keeps zod out of a bundle that only asks for deadlines
 * (test/time-limit/normalize-schema.test.ts checks that both agree).
 */
function problemOf(limit: unknown): Problem | undefined {
  if (typeof limit !== 'object' || limit === null || Array.isArray(limit)) {
    return { path: 'limit', value: limit, reasonZh: '应为时限对象 { amount, unit, kind? } 或时限短语', reasonEn: 'expected a limit object { amount, unit, kind? } or a phrase' };
  }
  const { amount, unit, kind } = limit as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return { amount: true };
  if (typeof unit !== 'string' || !UNITS.includes(unit)) {
    return { path: 'limit.unit', value: unit, reasonZh: `应为时间单位之一：${TIME_UNITS.join('、')}`, reasonEn: `expected one of the units ${TIME_UNITS.join(', ')}` };
  }
  if (kind !== undefined && (typeof kind !== 'string' || !KINDS.includes(kind))) {
    return { path: 'limit.kind', value: kind, reasonZh: `应为时限种类之一：${TIME_LIMIT_KINDS.join('、')}`, reasonEn: `expected one of the kinds ${TIME_LIMIT_KINDS.join(', ')}` };
  }
  const extra = Object.keys(limit).filter((k) => !KEYS.includes(k));
  if (extra.length) return { path: 'limit', value: limit, reasonZh: `有多余的键：${extra.join('、')}`, reasonEn: `unrecognized key(s): ${extra.join(', ')}` };
  if (!isAllowedAmount(amount, unit as TimeUnit)) return { amount: true };
  return undefined;
}

/**
 * Validates a limit (object or phrase) and fills in the kind. Same verdicts as
 * `TimeLimitSchema`, without zod.
 */
export function normalizeLimit(limit: TimeLimit | string): NormalizedLimit {
  if (typeof limit === 'string') {
    const p = parseLimitText(limit);
    return { amount: p.amount, unit: p.unit, kind: p.kind ?? 'within' };
  }
  // An amount past the bound would not be the number written (TL-01).
  if (typeof limit === 'object' && limit !== null && typeof (limit as { amount?: unknown }).amount === 'number' && (limit as { amount: number }).amount > MAX_LIMIT_AMOUNT) {
    throw amountError((limit as { amount: number }).amount);
  }
  const problem = problemOf(limit);
  if (!problem) return { amount: limit.amount, unit: limit.unit, kind: limit.kind ?? 'within' };
  if (problem.amount) {
    throw new GuifanError(
      'INVALID_AMOUNT',
      {
        value: (limit as { amount?: unknown }).amount,
        name: 'amount',
        expectedZh: '时限数量应为 ≥ 0 的整数（小时、工作小时可为半数；工作日只可为半个）',
        expectedEn: 'a limit amount is a whole number ≥ 0 (halves for hours and working hours; half a working day)',
      },
      'TL-01',
    );
  }
  throw new GuifanError('INVALID_OPTIONS', { path: problem.path, value: problem.value, reasonZh: problem.reasonZh, reasonEn: problem.reasonEn }, 'TL-01');
}
