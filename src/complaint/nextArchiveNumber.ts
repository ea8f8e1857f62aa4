import type { DateInput } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import { ARCHIVE_RULE, checkSequence, formatNumber, maxSequence, splitNumber } from './_lib/archive';
import { parseOptions } from './_lib/statsOptions';
import { archiveDay, ArchiveNumberOptionsSchema, type ArchiveNumberOptions } from './formatArchiveNumber';
import { formatDay } from '../_lib/civil';

/**
 * The next free archive number of a day (CMP-20): one past the highest
 * sequence already used that day (gaps are not reused, so a number never
 * names two records). Numbers of other days are ignored; every entry must be a
 * well-formed number of the same width.
 *
 * @param existing - archive numbers already issued (any order, any days)
 * @param date - the day, `'YYYY-MM-DD'` or an instant read in the calendar's zone
 * @param options - {@link ArchiveNumberOptions}
 * @returns the next number, e.g. `'040214003'`
 * @throws {GuifanError} `INVALID_ARCHIVE_NUMBER` (a malformed entry, with its index), `ARCHIVE_SEQUENCE_OUT_OF_RANGE` (the day's numbers are used up), `INVALID_DATE`, `INVALID_OPTIONS` — all with rule CMP-20
 * @example
 * nextArchiveNumber(['040214001', '040214002', '040213009'], '2004-02-14') //=> '040214003'
 * nextArchiveNumber([], '2004-02-15') //=> '040215001'
 */
export function nextArchiveNumber(existing: readonly string[], date: DateInput, options: ArchiveNumberOptions = {}): string {
  const o = parseOptions(ArchiveNumberOptionsSchema, options, ARCHIVE_RULE);
  const width = o.width ?? 3;
  if (!Array.isArray(existing)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'existing', value: existing, reasonZh: '应为档案编号数组', reasonEn: 'expected an array of archive numbers' }, ARCHIVE_RULE);
  }
  const day = archiveDay(date, o.calendar);
  const prefix = formatNumber(day, 1, width).slice(0, 6);
  let max = 0;
  existing.forEach((n: unknown, i) => {
    let parts;
    try {
      parts = splitNumber(n, width);
    } catch (e) {
      throw new GuifanError('INVALID_ARCHIVE_NUMBER', { ...(e as GuifanError).details, index: i }, ARCHIVE_RULE, { cause: e });
    }
    if ((n as string).startsWith(prefix) && parts.sequence > max) max = parts.sequence;
  });
  if (max >= maxSequence(width)) checkSequence(max + 1, width, formatDay(day));
  return formatNumber(day, max + 1, width);
}
