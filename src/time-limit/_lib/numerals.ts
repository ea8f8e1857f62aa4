const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits and punctuation to ASCII, so '３个工作日' reads as '3个工作日'. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Reads a number at `i`: Arabic (`48`, `1.5`) or Chinese (`三`, `十五`, `廿`,
 * `二十四`, `一百`). Returns the value and the index after it, or undefined.
 */
export function readNumber(text: string, i: number): { value: number; end: number } | undefined {
  const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(i));
  if (arabic) return { value: Number(arabic[0]), end: i + arabic[0].length };
  let j = i;
  let total = 0;
  let current = -1; // pending digit, -1 when none
  let seen = false;
  while (j < text.length) {
    const c = text[j]!;
    if ((c === '零' || c === '〇') && total > 0 && current < 0) {
      j++; // 一百零五: the zero only marks a gap
      continue;
    }
    if (c in DIGITS) {
      if (current >= 0) break; // two digits in a row ('一二') is not a number we read
      current = DIGITS[c]!;
    } else if (c === '十') {
      total += (current < 0 ? 1 : current) * 10;
      current = -1;
    } else if (c === '廿') {
      if (current >= 0 || total) break;
      total += 20;
    } else if (c === '卅') {
      if (current >= 0 || total) break;
      total += 30;
    } else if (c === '百') {
      if (current < 0) break;
      total += current * 100;
      current = -1;
    } else break;
    seen = true;
    j++;
  }
  if (!seen) return undefined;
  if (current >= 0) total += current;
  // '两' alone is 2; '十' alone is 10; '零' alone is 0.
  return { value: total, end: j };
}
