import { civilFromDays, daysFromCivil, daysInMonth } from '../../_lib/civil';
import { GuifanError } from '../../errors/GuifanError';

/** CMP-20 (seed 000 客户服务中心工作职责 1): 入住当日日期 + 序列号, e.g. `040214001`. */
export const ARCHIVE_RULE = 'CMP-20' as const;

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** The largest sequence a width allows (999 for 3 digits). */
export const maxSequence = (width: number): number => 10 ** width - 1;

export function checkSequence(sequence: unknown, width: number, date?: string): number {
  const max = maxSequence(width);
  if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 1 || sequence > max) {
    throw new GuifanError('ARCHIVE_SEQUENCE_OUT_OF_RANGE', { value: sequence, max, width, ...(date ? { date } : {}) }, ARCHIVE_RULE);
  }
  return sequence;
}

/** `YYMMDD` + sequence of a day number. */
export function formatNumber(day: number, sequence: number, width: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(sequence, width)}`;
}

export interface ArchiveParts {
  yy: number;
  month: number;
  day: number;
  sequence: number;
}

function bad(value: unknown, width: number, reasonZh?: string, reasonEn?: string): GuifanError {
  return new GuifanError('INVALID_ARCHIVE_NUMBER', { value, width, ...(reasonZh ? { reasonZh, reasonEn } : {}) }, ARCHIVE_RULE);
}

/** Splits and checks the shape and the sequence; the day is checked once the year is known. */
export function splitNumber(text: unknown, width: number): ArchiveParts {
  if (typeof text !== 'string') throw bad(text, width, '应为字符串', 'expected a string');
  if (text.length !== 6 + width || !/^\d+$/.test(text)) {
    throw bad(text, width, `应为 ${6 + width} 位数字：6 位日期（YYMMDD）加 ${width} 位序号`, `expected ${6 + width} digits: a 6-digit date (YYMMDD) and a ${width}-digit sequence`);
  }
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  const sequence = Number(text.slice(6));
  // 2000 is a leap year: a day past its month length exists in no year.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) throw bad(text, width, `日期 ${text.slice(0, 6)} 不存在`, `no such date ${text.slice(0, 6)}`);
  if (sequence < 1) throw bad(text, width, '序号应从 1 开始', 'the sequence starts at 1');
  return { yy: Number(text.slice(0, 2)), month, day, sequence };
}

/** The day number of the parts in `year`; a day the year does not have (29 February) is INVALID_ARCHIVE_NUMBER. */
export function resolveDay(text: string, p: ArchiveParts, width: number, year: number): number {
  if (p.day > daysInMonth(year, p.month)) {
    throw bad(text, width, `${year} 年没有 ${p.month} 月 ${p.day} 日`, `${year}-${pad(p.month, 2)}-${pad(p.day, 2)} does not exist`);
  }
  return daysFromCivil(year, p.month, p.day);
}

/** The year in the window `[baseYear, baseYear + 99]` that ends in `yy`. */
export function yearInWindow(yy: number, baseYear: number): number {
  const offset = (((yy - baseYear) % 100) + 100) % 100;
  return baseYear + offset;
}
