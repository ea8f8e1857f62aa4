import { toEpochMs, type Instant } from '../../_lib/input';
import { formatInstant } from '../../_lib/formatInstant';
import type { Zone } from '../../_lib/zone';
import { GuifanError } from '../../errors/GuifanError';
import { validationError } from '../../errors/validationError';
import { makeIssue } from './makeIssue';

/**
 * A shift as {@link classifyShift} and {@link shiftPay} take it: two instants
 * (a `Date`, or ISO text with an offset), whose person, and whether equal rest
 * is given for its rest-day hours (an input, never a guess: DUT-04).
 *
 * @example
 * const shift = { start: '2026-10-01T20:00+08:00', end: '2026-10-02T08:00+08:00', person: 'wang' }
 * classifyShift(shift).segments.map((s) => s.date) //=> ['2026-10-01', '2026-10-02']
 */
export interface ShiftInput {
  readonly start: Instant;
  readonly end: Instant;
  readonly person?: string | undefined;
  /** Equal compensatory rest (补休) is given for the shift's rest-day hours. @default false */
  readonly compensatoryRest?: boolean | undefined;
}

/** The longest shift read: a month (a longer “shift” is a data error, and its day loop is bounded). */
export const MAX_SHIFT_MS = 31 * 86_400_000;

export interface ReadShift {
  start: number;
  end: number;
  person: string | undefined;
  compensatoryRest: boolean;
}

const bad = (path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError => new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });

/** Reads a {@link ShiftInput}; GuifanError for anything else. */
export function readShift(shift: unknown, zone: Zone): ReadShift {
  if (shift === null || typeof shift !== 'object' || Array.isArray(shift)) throw bad('shift', shift, '班次应为 { start, end } 对象', 'a shift is an object { start, end }');
  const s = shift as Record<string, unknown>;
  const start = toEpochMs(s.start);
  const end = toEpochMs(s.end);
  if (end <= start) {
    throw validationError([makeIssue('SHIFT_END_NOT_AFTER_START', ['end'], { start: formatInstant(start, zone), end: formatInstant(end, zone) }, 'DUT-04')]);
  }
  if (end - start > MAX_SHIFT_MS) {
    throw validationError([makeIssue('INVALID_INPUT', ['end'], { value: s.end as string, reasonZh: '一个班次最长 31 天', reasonEn: 'a shift lasts at most 31 days' }, 'DUT-04')]);
  }
  if (s.person !== undefined && typeof s.person !== 'string') throw bad('shift.person', s.person, '应为字符串', 'must be a string');
  if (s.compensatoryRest !== undefined && typeof s.compensatoryRest !== 'boolean') throw bad('shift.compensatoryRest', s.compensatoryRest, '应为 true 或 false', 'must be true or false');
  return { start, end, person: s.person, compensatoryRest: s.compensatoryRest === true };
}

/** The `normalHoursPerDay` option (DUT-02: 8), as milliseconds. */
export function normalMsOf(value: unknown, path = 'normalHoursPerDay'): number {
  if (value === undefined) return 8 * 3_600_000;
  if (typeof value !== 'number' || !(value > 0 && value <= 24)) throw bad(path, value, '正常工作时间应为 0–24 小时（不含 0）', 'normal hours must be more than 0 and at most 24');
  return Math.round(value * 3_600_000);
}
