import * as z from 'zod/mini';
import { formatDay } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';
import { ARCHIVE_RULE, resolveDay, splitNumber, yearInWindow } from './_lib/archive';
import { parseOptions } from './_lib/statsOptions';

/**
 * Options of {@link parseArchiveNumber}.
 *
 * @example
 * parseArchiveNumber('2610010007', { width: 4, baseYear: 2000 }).sequence //=> 7
 * parseArchiveNumber('991231007', { baseYear: 1990 }).year //=> 1999
 */
export interface ParseArchiveNumberOptions {
  /** Digits of the daily sequence. @default 3 */
  width?: number;
  /**
   * The first year of the 100-year window a two-digit year is read in:
   * `2000` reads `00`–`99` as 2000–2099; `1990` reads `90`–`99` as 1990–1999
   * and `00`–`89` as 2000–2089. The number itself does not say its century, so
   * without this option parsing fails with `AMBIGUOUS_ARCHIVE_YEAR`.
   * @default undefined (required)
   */
  baseYear?: number;
}

/**
 * Schema of {@link ParseArchiveNumberOptions}.
 *
 * @example
 * ParseArchiveNumberOptionsSchema.safeParse({ baseYear: 2000 }).success //=> true
 * ParseArchiveNumberOptionsSchema.safeParse({ baseYear: 2000.5 }).success //=> false
 */
export const ParseArchiveNumberOptionsSchema = z.strictObject({
  width: z.optional(z.int().check(z.minimum(1), z.maximum(6))),
  baseYear: z.optional(z.int().check(z.minimum(1), z.maximum(9900))),
});

/**
 * An archive number read back.
 *
 * @example
 * parseArchiveNumber('040214001', { baseYear: 2000 }) //=> { number: '040214001', date: '2004-02-14', year: 2004, sequence: 1, rule: 'CMP-20' }
 */
export interface ParsedArchiveNumber {
  /** The number as given. */
  readonly number: string;
  /** The date, `'YYYY-MM-DD'`. */
  readonly date: string;
  readonly year: number;
  /** The day's sequence number, from 1. */
  readonly sequence: number;
  readonly rule: 'CMP-20';
}

/**
 * Reads an archive number (档案编号, CMP-20) back into its date and sequence.
 * The date must exist (`'040230001'` — 30 February — is rejected) and the year
 * needs its century: give `baseYear`.
 *
 * @param text - the number, e.g. `'040214001'`
 * @param options - {@link ParseArchiveNumberOptions}
 * @returns `{ number, date, year, sequence, rule }`
 * @throws {GuifanError} `INVALID_ARCHIVE_NUMBER` (shape, no such day, sequence 0), `AMBIGUOUS_ARCHIVE_YEAR` (no `baseYear`), `INVALID_OPTIONS` — all with rule CMP-20
 * @example
 * parseArchiveNumber('040214001', { baseYear: 2000 }).date //=> '2004-02-14'
 * parseArchiveNumber('991231007', { baseYear: 1990 }).date //=> '1999-12-31'
 * parseArchiveNumber('040214001', { baseYear: 2000 }).sequence //=> 1
 */
export function parseArchiveNumber(text: string, options: ParseArchiveNumberOptions = {}): ParsedArchiveNumber {
  const o = parseOptions(ParseArchiveNumberOptionsSchema, options, ARCHIVE_RULE);
  const width = o.width ?? 3;
  const parts = splitNumber(text, width);
  if (o.baseYear === undefined) {
    const candidates = [1900, 2000, 2100].map((c) => c + parts.yy);
    throw new GuifanError('AMBIGUOUS_ARCHIVE_YEAR', { value: text, yy: text.slice(0, 2), candidates }, ARCHIVE_RULE);
  }
  const year = yearInWindow(parts.yy, o.baseYear);
  const day = resolveDay(text, parts, width, year);
  return Object.freeze({ number: text, date: formatDay(day), year, sequence: parts.sequence, rule: ARCHIVE_RULE });
}
