import { toEpochMs, type Instant } from '../../_lib/input';
import { GuifanError } from '../../errors/GuifanError';
import { isGuifanError } from '../../errors/isGuifanError';

/**
 * An instant as `guifan/sla` accepts it: a `Date`, ISO text with an offset, or
 * epoch milliseconds (a whole number, as the batch columns give them).
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, Date.parse('2026-10-12T03:00:00Z')).at.toISOString() //=> '2026-10-12T03:00:00.000Z'
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00').at.toISOString() //=> '2026-10-12T03:00:00.000Z'
 */
export type SlaInstant = Instant | number;

/** The range a JavaScript Date can hold. */
const LIMIT = 8.64e15;

/** Epoch ms of an SLA instant; epoch numbers must be whole and within the Date range (`INVALID_DATE`). */
export function slaEpochMs(v: unknown): number {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || Math.abs(v) > LIMIT) throw new GuifanError('INVALID_DATE', { value: v, reasonZh: '毫秒时间戳应为 Date 可表示范围内的整数', reasonEn: 'epoch milliseconds must be a whole number within the Date range' });
    return v;
  }
  return toEpochMs(v);
}

/** {@link slaEpochMs}, or `undefined` where it would throw a GuifanError. */
export function trySlaEpochMs(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && Math.abs(v) <= LIMIT ? v : undefined;
  try {
    return toEpochMs(v);
  } catch (e) {
    if (isGuifanError(e)) return undefined;
    throw e;
  }
}
