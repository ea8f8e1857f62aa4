import { describeValue } from '../_lib/describe';
import { GuifanError } from '../errors/GuifanError';
import { readNumber, toHalfWidth } from './_lib/numerals';
import type { CalendarDateRule } from './schema';

/**
 * Reads a calendar-date deadline (TL-07): “每月20日前” → `{ dayOfMonth: 20 }`,
 * “每年1月15日前” → `{ month: 1, day: 15 }` (号 for 日, 以前/之前 for 前, Chinese
 * numerals and full-width digits accepted).
 *
 * @param text - the phrase
 * @returns a {@link CalendarDateRule}
 * @throws {GuifanError} `INVALID_TIME_LIMIT` with the offset where reading failed
 * @example
 * parseCalendarDeadline('每月20日前') //=> { dayOfMonth: 20 }
 * parseCalendarDeadline('每年一月十五日前') //=> { month: 1, day: 15 }
 */
export function parseCalendarDeadline(text: string): CalendarDateRule {
  if (typeof text !== 'string') {
    throw new GuifanError('INVALID_TIME_LIMIT', { text: describeValue(text), offset: 0, column: 1, reasonZh: '规则应为字符串', reasonEn: 'a rule must be a string' }, 'TL-07');
  }
  const t = toHalfWidth(text).trim();
  const fail = (offset: number, zh: string, en: string): GuifanError =>
    new GuifanError('INVALID_TIME_LIMIT', { text, offset, column: offset + 1, reasonZh: zh, reasonEn: en }, 'TL-07');
  let i = 0;
  const num = (): number => {
    const n = readNumber(t, i);
    if (!n || !Number.isInteger(n.value)) throw fail(i, '此处应为数字', 'expected a number here');
    i = n.end;
    return n.value;
  };
  const expect = (options: string[]): void => {
    const hit = options.find((o) => t.startsWith(o, i));
    if (!hit) throw fail(i, `此处应为“${options[0]}”`, `expected '${options[0]}' here`);
    i += hit.length;
  };
  let rule: CalendarDateRule;
  if (t.startsWith('每月', i)) {
    i += 2;
    const at = i;
    const d = num();
    expect(['日', '号']);
    if (d < 1 || d > 31) throw fail(at, '日期应在 1–31 之间', 'day must be 1–31');
    rule = { dayOfMonth: d };
  } else if (t.startsWith('每年', i)) {
    i += 2;
    const atM = i;
    const m = num();
    expect(['月']);
    const atD = i;
    const d = num();
    expect(['日', '号']);
    if (m < 1 || m > 12) throw fail(atM, '月份应在 1–12 之间', 'month must be 1–12');
    if (d < 1 || d > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!) throw fail(atD, '该月没有这一天', 'no such day in that month');
    rule = { month: m, day: d };
  } else throw fail(0, '应以“每月”或“每年”开头', "expected '每月' or '每年'");
  expect(['以前', '之前', '前']);
  if (!/^[\s。.，,；;]*$/.test(t.slice(i)) && !/^[\u4e00-\u9fff]/.test(t.slice(i))) throw fail(i, '多余的内容', 'unexpected text');
  return rule;
}
