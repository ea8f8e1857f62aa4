import { civilFromDays, parseCivilDate } from '../_lib/civil';

/**
 * A civil date as GB/T 9704 (党政机关公文格式) writes it: Arabic numerals, no
 * leading zeros.
 *
 * @param date - `'YYYY-MM-DD'`
 * @returns `'2026年10月8日'`; the input unchanged when it is not a real date
 * @example
 * formatChineseDate('2026-10-08') //=> '2026年10月8日'
 */
export function formatChineseDate(date: string): string {
  const d = parseCivilDate(date);
  if (d === undefined) return date;
  const [y, m, day] = civilFromDays(d);
  return `${y}年${m}月${day}日`;
}

