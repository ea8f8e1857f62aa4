/**
 * Text as the phrase matchers see it (SVC-02 service language, SVC-01
 * greetings, CMP-07 complaint keywords): one normalisation for all of them.
 *
 * Per unit (a code point with its combining marks, so NFC and NFD spellings
 * fold alike): NFKC (full-width letters, digits and punctuation read as
 * half-width), lower case, traditional → simplified for the characters of the
 * default phrase lists and keywords (the seeds circulate in both scripts:
 * 001 and 004 write 不對、真的嗎、跟我們沒關係), and white space and
 * zero-width characters dropped — a space typed between 不 and 知道 must not
 * hide 不知道. Line breaks are kept on request: to the service-language
 * matcher a line break ends a clause.
 *
 * Folded character `i` comes from the original UTF-16 range
 * `[start[i], end[i])`, so a match in the folded text is a span of the text as
 * written.
 */
export interface FoldedText {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** Options of {@link foldForMatching}. */
export interface FoldOptions {
  /** Keep `\n` (a clause boundary) instead of dropping it with the other white space. @default false */
  readonly keepLineBreaks?: boolean;
}

/**
 * Traditional → simplified, as pairs. Deliberately small: the traditional
 * (and Taiwan/Hong Kong variant) forms of the characters used by the default
 * service-language lists, the greeting and the default complaint keywords,
 * taken from OpenCC's TSCharacters / TWVariantsRev / HKVariantsRev tables;
 * 覆 → 复 in addition (答覆、回覆 are how Taiwan writes 答复、回复). Folding is
 * applied to the text and to the phrases alike, so a host phrase written in
 * either script matches text in either script wherever its characters are here.
 */
export const TRADITIONAL_SIMPLIFIED =
  '與与 業业 丟丢 麼么 麽么 亂乱 產产 産产 們们 價价 會会 脩修 關关 決决 幾几 颳刮 辦办 佔占 衛卫 衞卫 壓压 發发 髮发 變变 閤合 嗎吗 ' +
  '聽听 響响 譟噪 迴回 睏困 墻墙 牆墙 聲声 處处 復复 複复 覆复 寵宠 寬宽 對对 侷局 崗岗 師师 帶带 開开 異异 歸归 態态 噁恶 惡恶 掃扫 ' +
  '擾扰 報报 掛挂 斷断 無无 雜杂 來来 樹树 樣样 樓楼 氣气 沒没 洩泄 潔洁 漬渍 滲渗 滯滞 燈灯 點点 煩烦 愛爱 電电 監监 盜盗 眞真 禮礼 ' +
  '竊窃 係系 繫系 納纳 給给 維维 綠绿 緑绿 縫缝 繳缴 臟脏 髒脏 脫脱 臉脸 緻致 裝装 見见 規规 讓让 記记 講讲 訴诉 話话 誤误 說说 説说 ' +
  '請请 諉诿 質质 費费 車车 過过 還还 這这 違违 遲迟 適适 邏逻 鄰邻 裏里 裡里 鉆钻 鑽钻 錯错 門门 問问 閘闸 隱隐 隨随 黴霉 頂顶 領领 ' +
  '題题 風风 罵骂 駡骂 員员 議议 應应 稱称 劃划 壞坏 蟲虫 訊讯 網网 紹绍 個个 從从 時时 間间 長长 邊边 頭头 進进 際际 層层 戶户 飲饮 ' +
  '熱热 線线 訪访 區区 務务 專专 強强 滿满 極极 災灾 損损 賠赔 償偿 傷伤 屬属 廣广 場场 單单 設设 備备 謝谢';

let simplified: Map<number, string> | undefined;
/** The fold table, built on first use (no work at import). */
function simplifiedOf(): Map<number, string> {
  if (!simplified) {
    simplified = new Map();
    for (const pair of TRADITIONAL_SIMPLIFIED.split(' ')) simplified.set(pair.codePointAt(0)!, pair.slice(1));
  }
  return simplified;
}

// Zero-width characters, the soft hyphen and the BOM never separate words in Chinese.
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/gu;
const SPACE = /\s/gu;
const SPACE_BUT_NEWLINE = /[^\S\n]/gu;
const MARK = /^\p{M}$/u;

// Quick pre-check before the Unicode property test: ideographs, CJK and full-width punctuation are never marks.
const mayBeMark = (c: number): boolean => c >= 0x300 && !(c >= 0x4e00 && c <= 0x9fff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef);

const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const isAsciiPlain = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** One unit folded: NFKC, lower case, simplified, white space dropped. */
function foldUnit(unit: string, keepLineBreaks: boolean): string {
  const n = unit.normalize('NFKC').toLowerCase().replace(ZERO_WIDTH, '').replace(keepLineBreaks ? SPACE_BUT_NEWLINE : SPACE, '');
  const table = simplifiedOf();
  let out = '';
  for (const ch of n) out += table.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

/**
 * Folds `input` for matching and keeps the way back to the original offsets.
 *
 * @param input - the text as written
 * @param options - {@link FoldOptions}
 * @returns the folded text, and for each of its characters the original UTF-16 span it comes from
 */
export function foldForMatching(input: string, options: FoldOptions = {}): FoldedText {
  const keepLineBreaks = options.keepLineBreaks === true;
  const table = simplifiedOf();
  const n = input.length;
  let starts: Int32Array = new Int32Array(n + 8);
  let ends: Int32Array = new Int32Array(n + 8);
  let len = 0;
  const parts: string[] = [];
  // Characters that pass through unchanged are copied as runs, not one by one.
  let run = 0;
  // Folds of single BMP characters, per call: texts repeat few distinct characters.
  let single: Map<number, string> | undefined;
  let i = 0;
  while (i < n) {
    const s = i;
    const c = input.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      const d = input.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    // Combining marks belong to the unit before them.
    while (i < n && mayBeMark(input.charCodeAt(i))) {
      const ch = String.fromCodePoint(input.codePointAt(i)!);
      if (!MARK.test(ch)) break;
      i += ch.length;
    }
    if (i === s + 1 && (isAsciiPlain(c) || (isIdeograph(c) && !table.has(c)) || (c === 0x0a && keepLineBreaks))) {
      starts[len] = s;
      ends[len++] = i;
      continue;
    }
    let folded: string;
    if (i === s + 1) {
      single ??= new Map();
      let cached = single.get(c);
      if (cached === undefined) single.set(c, (cached = foldUnit(input[s]!, keepLineBreaks)));
      folded = cached;
    } else folded = foldUnit(input.slice(s, i), keepLineBreaks);
    if (folded.length === i - s && folded === input.slice(s, i)) {
      for (let k = s; k < i; k++) {
        starts[len] = s;
        ends[len++] = i;
      }
      continue;
    }
    if (run < s) parts.push(input.slice(run, s));
    run = i;
    if (len + folded.length > starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(Math.max(a.length * 2, len + folded.length + 8));
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < folded.length; k++) {
      starts[len] = s;
      ends[len++] = i;
    }
    parts.push(folded);
  }
  if (run < n) parts.push(input.slice(run, n));
  return { text: parts.join(''), start: starts.subarray(0, len), end: ends.subarray(0, len) };
}
