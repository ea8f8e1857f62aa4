/**
 * Text helpers of the notice reader. `normalizeNotice` maps full-width digits,
 * brackets and punctuation and every dash to their ASCII forms one code unit
 * for one, so that offsets (issue spans) stay those of the original text.
 */
const MAP: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '－': '-',
  '—': '-',
  '–': '-',
  '―': '-',
  '～': '-',
  '~': '-',
  '〜': '-',
  '\u3000': ' ',
  '\t': ' ',
  '\r': ' ',
  '\u00a0': ' ',
};

export function normalizeNotice(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else out += MAP[text[i]!] ?? text[i]!;
  }
  return out;
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `'3'`, `'三'`, `'十一'`, `'二十八'` → a number (1–99), or `undefined`. */
export function readNumber(text: string): number | undefined {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const WEEKDAY_CHARS = '日一二三四五六';
/** The weekday named in a bracket note (`'星期六'`, `'周日'`, `'农历腊月二十八、周日'`): its text and 0–6. */
export function weekdayIn(note: string): { text: string; weekday: number; at: number } | undefined {
  const m = /(星期|周|礼拜)([日天一二三四五六])/.exec(note);
  if (!m) return undefined;
  return { text: m[0], weekday: m[2] === '天' ? 0 : WEEKDAY_CHARS.indexOf(m[2]!), at: m.index };
}

export const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
export const WEEKDAY_SHORT_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
export const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const NUMERALS_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'] as const;

const LUNAR_MONTHS: Readonly<Record<string, number>> = { 正: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 冬: 11, 十一: 11, 腊: 12, 十二: 12 };

/**
 * A lunar date named in a bracket note: `农历除夕` → `{ eve: true }`,
 * `农历腊月二十八` → `{ month: 12, day: 28 }`, `农历正月初七` → `{ month: 1, day: 7 }`.
 */
export function lunarIn(note: string): { text: string; eve?: true; month?: number; day?: number } | undefined {
  const eve = /农历(?:大年)?除夕/.exec(note);
  if (eve) return { text: eve[0], eve: true };
  const m = /农历(?:大年)?(正|冬|腊|十一|十二|[一二三四五六七八九十])月(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)/.exec(note);
  if (!m) return undefined;
  const dayText = m[2]!;
  const day = dayText.startsWith('初') ? readNumber(dayText.slice(1)) : dayText.startsWith('廿') ? 20 + readNumber(dayText.slice(1))! : readNumber(dayText);
  if (day === undefined) return undefined;
  return { text: m[0], month: LUNAR_MONTHS[m[1]!]!, day };
}
