import { readNumber } from '../../time-limit/_lib/numerals';

/** A Chinese or Arabic numeral that must be read whole (`十二`, `三十`, `零五`, `12`). */
export function cnum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const t = s.length > 1 ? s.replace(/^[零〇]+(?=.)/, '') : s;
  const r = readNumber(t, 0);
  return r && r.end === t.length ? r.value : NaN;
}

const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** A year in digits (`2026`) or digit by digit in Chinese (`二〇二六`). */
export const readYear = (s: string): number => Number(/^\d{4}$/.test(s) ? s : [...s].map((c) => YEAR_DIGIT[c] ?? 'x').join(''));
