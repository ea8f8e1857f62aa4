import { daysFromCivil, daysInMonth, formatDay, parseCivilDate, civilFromDays } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';
import { APPRAISAL_RECORDS, type AppraisalRecordKind } from './presets';

/**
 * Until when an appraisal record is kept (APR-09): each of the four record
 * kinds 2 years from its date, to the corresponding day (29 February → 28
 * February).
 *
 * @param record - `{ kind, date: 'YYYY-MM-DD' }`
 * @returns the last day of retention, `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS` for an unknown kind
 * @example
 * retentionUntil({ kind: 'monthly-record', date: '2026-10-31' }) //=> '2028-10-31'
 * retentionUntil({ kind: 'annual-statistics', date: '2024-02-29' }) //=> '2026-02-28'
 */
export function retentionUntil(record: { kind: AppraisalRecordKind; date: string }): string {
  if (typeof record !== 'object' || record === null) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'record', value: record, reasonZh: '应为 { kind, date }', reasonEn: 'expected { kind, date }' }, 'APR-09');
  }
  // Own keys only: 'toString' is not a record kind.
  const spec = typeof record.kind === 'string' && Object.prototype.hasOwnProperty.call(APPRAISAL_RECORDS, record.kind) ? APPRAISAL_RECORDS[record.kind] : undefined;
  if (!spec) throw new GuifanError('INVALID_OPTIONS', { path: 'kind', value: record.kind, reasonZh: `应为 ${Object.keys(APPRAISAL_RECORDS).join(' / ')}`, reasonEn: `expected ${Object.keys(APPRAISAL_RECORDS).join(' / ')}` }, 'APR-09');
  const day = typeof record.date === 'string' ? parseCivilDate(record.date) : undefined;
  if (day === undefined) throw new GuifanError('INVALID_DATE', { value: record.date }, 'APR-09');
  const [y, m, d] = civilFromDays(day);
  const ty = y + spec.years;
  return formatDay(daysFromCivil(ty, m, Math.min(d, daysInMonth(ty, m))));
}
