/**
 * Text as the phrase matcher sees it: NFKC per character unit (so full-width
 * letters, digits and punctuation read as half-width), with white space and
 * zero-width characters dropped — a space typed between 不 and 知道 must not
 * hide 不知道 (SVC-02). Normalized character `i` comes from the original
 * UTF-16 range `[start[i], end[i])`.
 */
export interface NormalizedText {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

// White space, zero-width characters, soft hyphen and the BOM do not separate words in Chinese.
const DROP = /^[\s\u200b-\u200f\u2060\ufeff\u00ad]+$/u;
const MARK = /\p{M}/u;

/**
 * Normalizes `input` for matching and keeps the way back to the original
 * offsets. A unit is a code point with its combining marks, so NFC and NFD
 * spellings of the same text normalize alike.
 */
export function normalizeForMatching(input: string): NormalizedText {
  const n = input.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  let i = 0;
  const push = (c: string, s: number, e: number): void => {
    parts.push(c);
    starts.push(s);
    ends.push(e);
  };
  while (i < n) {
    const s = i;
    const cp = input.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const plain = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
    if (plain && (i >= n || input.charCodeAt(i) < 0x300)) {
      push(input[s]!, s, i);
      continue;
    }
    while (i < n) {
      const next = input.codePointAt(i)!;
      const ch = String.fromCodePoint(next);
      if (!MARK.test(ch)) break;
      i += ch.length;
    }
    const unit = input.slice(s, i);
    if (DROP.test(unit)) continue;
    for (const c of unit.normalize('NFKC')) {
      if (!DROP.test(c)) for (let k = 0; k < c.length; k++) push(c[k]!, s, i);
    }
  }
  return { text: parts.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends) };
}
