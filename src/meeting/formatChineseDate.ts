import { civilFromDays, parseCivilDate } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';

/**
 * A civil date as GB/T 9704 (党政机关公文格式) writes it: Arabic numerals, no
 * leading zeros.
 *
 * @param date - `'YYYY-MM-DD'`
 * @returns `'2026年10月8日'`; the input unchanged when it is not a real date
 * @throws {GuifanError} `INVALID_DATE` when `date` is not a string
 * @example
 * formatChineseDate('2026-10-08') //=> '2026年10月8日'
 */
export function formatChineseDate(date: string): string {
  if (typeof date !== 'string') throw new GuifanError('INVALID_DATE', { value: date }, 'MTG-01');
  const d = parseCivilDate(date);
  if (d === undefined) return date;
  const [y, m, day] = civilFromDays(d);
  return `${y}年${m}月${day}日`;
}

