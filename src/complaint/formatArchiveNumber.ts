import * as z from 'zod/mini';
import { toDayNumber, type DateInput } from '../_lib/input';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { ARCHIVE_RULE, checkSequence, formatNumber } from './_lib/archive';
import { CalendarOptionSchema, parseOptions, resolveCalendar } from './_lib/statsOptions';

/**
 * Options of {@link formatArchiveNumber}.
 *
 * @example
 * formatArchiveNumber('2026-10-01', 7, { width: 4 }) //=> '2610010007'
 * formatArchiveNumber('2026-09-30T23:30:00Z', 7, { calendar: createCalendar({ timeZone: 'UTC' }) }) //=> '260930007' (the date in UTC)
 */
export interface ArchiveNumberOptions {
  /** Digits of the daily sequence (`001` … `999`). @default 3 */
  width?: number;
  /** The calendar whose time zone reads an instant's date. @default chinaCalendar() (Asia/Shanghai) */
  calendar?: WorkingCalendar;
}

/**
 * Schema of {@link ArchiveNumberOptions}.
 *
 * @example
 * ArchiveNumberOptionsSchema.safeParse({ width: 4 }).success //=> true
 * ArchiveNumberOptionsSchema.safeParse({ width: 7 }).success //=> false (1–6 digits)
 */
export const ArchiveNumberOptionsSchema = z.strictObject({
  width: z.optional(z.int().check(z.minimum(1), z.maximum(6))),
  calendar: z.optional(CalendarOptionSchema),
});

/** The day number of a date or instant, with CMP-20 attached to a bad date. */
export function archiveDay(date: unknown, calendar: WorkingCalendar | undefined): number {
  const { cal } = resolveCalendar(calendar);
  try {
    return toDayNumber(date, cal.zone);
  } catch (e) {
    if (isGuifanError(e)) throw new GuifanError(e.code, e.details, ARCHIVE_RULE, { cause: e });
    throw e;
  }
}

/**
 * The archive number of a record (档案编号, CMP-20): the date as `YYMMDD`
 * followed by the day's sequence number, zero-padded — the seed's own example
 * is `040214001`, the first record of 14 February 2004 (seed
 * 000_f2b4871b7e896d5d.txt 客户服务中心工作职责 1). An instant is read as a date
 * in the calendar's time zone, never the host's.
 *
 * @param date - a civil date `'YYYY-MM-DD'`, or an instant (`Date`, ISO text with an offset)
 * @param sequence - the record's number within the day, from 1
 * @param options - {@link ArchiveNumberOptions}
 * @returns the archive number, e.g. `'040214001'`
 * @throws {GuifanError} `ARCHIVE_SEQUENCE_OUT_OF_RANGE` (0, 1000 with width 3, not an integer), `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `INVALID_OPTIONS` — all with rule CMP-20
 * @example
 * formatArchiveNumber('2004-02-14', 1) //=> '040214001'
 * formatArchiveNumber('2026-09-30T23:30:00Z', 12) //=> '261001012' (07:30 on 1 October in Shanghai)
 * formatArchiveNumber('2026-10-01', 1000, { width: 4 }) //=> '2610011000'
 */
export function formatArchiveNumber(date: DateInput, sequence: number, options: ArchiveNumberOptions = {}): string {
  const o = parseOptions(ArchiveNumberOptionsSchema, options, ARCHIVE_RULE);
  const width = o.width ?? 3;
  const day = archiveDay(date, o.calendar);
  return formatNumber(day, checkSequence(sequence, width), width);
}
