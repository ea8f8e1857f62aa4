import { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { isCivilShape, MS_PER_DAY, MS_PER_MINUTE, parseCivilDate } from './civil';
import type { Zone } from './zone';

/**
 * A civil date, always written `'YYYY-MM-DD'` (e.g. `'2026-10-08'`).
 *
 * @example
 * addWorkdays('2026-09-30', 1) //=> '2026-10-08'
 */
export type CivilDate = string;

/**
 * An instant: a `Date`, or an ISO 8601 string with a UTC offset
 * (`'2026-09-30T16:00+08:00'`, `'2026-09-30T08:00Z'`).
 *
 * @example
 * isWorkday(new Date('2026-09-30T16:00:00Z')) //=> false (10-01 00:00 in Shanghai)
 * isWorkday('2026-09-30T23:59+08:00') //=> true
 */
export type Instant = Date | string;

/**
 * Anything that names a day: a civil date, or an instant read in the calendar's time zone.
 *
 * @example
 * [nextWorkday('2026-09-30'), nextWorkday('2026-09-30T12:00+08:00'), nextWorkday(new Date('2026-09-30T04:00:00Z'))]
 * //=> ['2026-10-08', '2026-10-08', '2026-10-08']
 */
export type DateInput = CivilDate | Instant;

const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export interface ParsedInstantText {
  /** Day number of the wall-clock date. */
  day: number;
  /** Milliseconds after local midnight (24:00 allowed). */
  timeMs: number;
  /** Offset in ms when the text gives one. */
  offsetMs: number | undefined;
}

/** Parses ISO-like date-time text; `undefined` when it is not of that shape at all. */
export function parseInstantText(text: string): ParsedInstantText | 'invalid' | undefined {
  const m = INSTANT_RE.exec(text.trim());
  if (!m) return undefined;
  const day = parseCivilDate(m[1]!);
  const hh = Number(m[2]);
  const mm = Number(m[3]);
  const ss = m[4] === undefined ? 0 : Number(m[4]);
  const frac = m[5] === undefined ? 0 : Math.floor(Number(`0.${m[5]}`) * 1000);
  if (day === undefined || mm > 59 || ss > 59 || hh > 24 || (hh === 24 && (mm || ss || frac))) return 'invalid';
  let offsetMs: number | undefined;
  const z = m[6];
  if (z !== undefined) {
    if (z === 'Z' || z === 'z') offsetMs = 0;
    else {
      const sign = z[0] === '-' ? -1 : 1;
      const digits = z.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) return 'invalid';
      offsetMs = sign * (oh * 60 + om) * MS_PER_MINUTE;
    }
  }
  return { day, timeMs: ((hh * 60 + mm) * 60 + ss) * 1000 + frac, offsetMs };
}

function invalid(value: unknown, reasonZh?: string, reasonEn?: string): GuifanError {
  return new GuifanError('INVALID_DATE', { value, reasonZh, reasonEn });
}

/** First instant the library answers for: 0001-01-01T00:00Z, less a day of slack for offsets. */
export const MIN_INSTANT_MS = -62_135_596_800_000 - MS_PER_DAY;
/** Last instant the library answers for: 9999-12-31T24:00Z, plus a day of slack for offsets. */
export const MAX_INSTANT_MS = 253_402_300_800_000 + MS_PER_DAY;

/**
 * `ms` when it lies in years 0001–9999 (the range dates are written in), else
 * `INSTANT_OUT_OF_RANGE`: a computed deadline must never become an Invalid
 * Date or a year no date text can name (issue 10).
 */
export function inRange(ms: number, value: unknown, whatZh: string, whatEn: string): number {
  if (ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS) return ms;
  throw new GuifanError('INSTANT_OUT_OF_RANGE', { value, whatZh, whatEn });
}

/**
 * Epoch milliseconds of an instant. Text without an offset is accepted only
 * when `zone` is given explicitly (otherwise `AMBIGUOUS_INSTANT`).
 */
export function toEpochMs(value: unknown, explicitZone?: Zone): number {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw invalid(value, '无效的 Date 对象', 'invalid Date object');
    return inRange(t, value, '时间', 'The instant');
  }
  if (typeof value === 'string') {
    const p = parseInstantText(value);
    if (p === 'invalid') throw invalid(value, '日期或时间不存在', 'no such date or time');
    if (p === undefined) {
      const day = parseCivilDate(value);
      if (day !== undefined) {
        if (explicitZone) return explicitZone.instantOf(day, 0);
        // A real date where an instant is wanted lacks a time and an offset: ambiguous, not invalid (issue 24).
        throw new GuifanError('AMBIGUOUS_INSTANT', { value });
      }
      throw invalid(value, "应为带时区偏移的 ISO 时间，如 '2026-09-30T16:00+08:00'", "expected an ISO instant such as '2026-09-30T16:00+08:00'");
    }
    const local = p.day * MS_PER_DAY + p.timeMs;
    if (p.offsetMs !== undefined) return local - p.offsetMs;
    if (explicitZone) return explicitZone.instantOf(p.day, p.timeMs / MS_PER_MINUTE);
    throw new GuifanError('AMBIGUOUS_INSTANT', { value });
  }
  throw invalid(value, '类型不受支持', 'unsupported type');
}

/**
 * Day number of the civil date that `value` names: a `'YYYY-MM-DD'` string as
 * written, an instant as read in `zone`.
 */
export function toDayNumber(value: unknown, zone: Zone): number {
  if (typeof value === 'string') {
    const d = parseCivilDate(value);
    if (d !== undefined) return d;
    if (isCivilShape(value)) throw invalid(value, '该日期不存在', 'no such day');
    const p = parseInstantText(value);
    if (p === undefined) {
      const loose = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
      if (loose) throw invalid(value, "请补足位数，写成 'YYYY-MM-DD'", "write it with leading zeros as 'YYYY-MM-DD'");
      throw invalid(value);
    }
  }
  return zone.dayOf(toEpochMs(value));
}

/** {@link toEpochMs}, or `undefined` where it would throw a GuifanError (user data is reported, never thrown). */
export function tryEpochMs(value: unknown): number | undefined {
  try {
    return toEpochMs(value);
  } catch (e) {
    if (isGuifanError(e)) return undefined;
    throw e;
  }
}
