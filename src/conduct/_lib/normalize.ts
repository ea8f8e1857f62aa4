/**
 * Text as the phrase matcher sees it: NFKC per character unit (so full-width
 * letters, digits and punctuation read as half-width), with white space other
 * than line breaks and zero-width characters dropped — a space typed between
 * 不 and 知道 must not hide 不知道 (SVC-02); a line break still ends a clause.
 * Normalized character `i` comes from the original UTF-16 range
 * `[start[i], end[i])`.
 */
export interface NormalizedText {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

// White space (not \n), zero-width characters, soft hyphen and the BOM do not separate words in Chinese.
const DROP = /[^\S\n]|[\u200b-\u200f\u2060\ufeff\u00ad]/gu;
const MARK = /^\p{M}$/u;

// Quick pre-check before the Unicode property test: ideographs, CJK and full-width punctuation are never marks.
const mayBeMark = (c: number): boolean => c >= 0x300 && !(c >= 0x4e00 && c <= 0x9fff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef);

const isPlain = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x0a;

/**
 * Normalizes `input` for matching and keeps the way back to the original
 * offsets. A unit is a code point with its combining marks, so NFC and NFD
 * spellings of the same text normalize alike.
 */
export function normalizeForMatching(input: string): NormalizedText {
  const n = input.length;
  let starts: Int32Array = new Int32Array(n + 8);
  let ends: Int32Array = new Int32Array(n + 8);
  let len = 0;
  const parts: string[] = [];
  // Characters that pass through unchanged are copied as runs, not one by one.
  let run = 0;
  // NFKC of single BMP characters, per call: texts repeat few distinct characters.
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
    if (i === s + 1 && isPlain(c)) {
      starts[len] = s;
      ends[len++] = i;
      continue;
    }
    let norm: string;
    if (i === s + 1) {
      single ??= new Map();
      let cached = single.get(c);
      if (cached === undefined) single.set(c, (cached = input[s]!.normalize('NFKC').replace(DROP, '')));
      norm = cached;
    } else norm = input.slice(s, i).normalize('NFKC').replace(DROP, '');
    if (norm.length === i - s && norm === input.slice(s, i)) {
      for (let k = s; k < i; k++) {
        starts[len] = s;
        ends[len++] = i;
      }
      continue;
    }
    if (run < s) parts.push(input.slice(run, s));
    run = i;
    if (len + norm.length > starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(Math.max(a.length * 2, len + norm.length + 8));
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < norm.length; k++) {
      starts[len] = s;
      ends[len++] = i;
    }
    parts.push(norm);
  }
  if (run < n) parts.push(input.slice(run, n));
  return { text: parts.join(''), start: starts.subarray(0, len), end: ends.subarray(0, len) };
}
