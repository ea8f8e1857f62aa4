import type { ServiceLanguageEntry, ServiceLanguageList } from '../schema';
import { normalizeForMatching } from './normalize';

/** Punctuation after NFKC (full-width ，！？；： read as half-width; 、。 stay). */
const PUNCT = ',、。.!?;:…~"\'“”‘’()\\[\\]【】「」《》<>·\\-—\\n';
const PUNCT_CLASS = `[${PUNCT}]`;
const IS_PUNCT = new RegExp(`^${PUNCT_CLASS}$`, 'u');
// `…` in a phrase: 1–20 characters within one sentence.
const GAP = '[^。.!?\\n]{1,20}?';

interface CompiledEntry {
  readonly entry: ServiceLanguageEntry;
  /** Normalized allowed contexts, each with the offsets at which the phrase stands in it. */
  readonly allow: readonly { readonly text: string; readonly at: readonly number[] }[];
}

export interface CompiledList {
  readonly list: ServiceLanguageList;
  readonly re: RegExp;
  readonly entries: readonly CompiledEntry[];
}

const escape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

// NFKC would turn the gap mark … into three dots: split on it first.
const partsOf = (phrase: string): string[] => phrase.split('…').map((part) => normalizeForMatching(part).text);

function patternOf(entry: ServiceLanguageEntry): string {
  const p = partsOf(entry.phrase)
    .map((part) => [...part].map((ch) => (IS_PUNCT.test(ch) ? `${PUNCT_CLASS}?` : escape(ch))).join(''))
    .join(GAP);
  return entry.match === 'standalone' ? `(?<=^|${PUNCT_CLASS})${p}(?=$|${PUNCT_CLASS})` : p;
}

function allowedContexts(entry: ServiceLanguageEntry): CompiledEntry['allow'] {
  const phrase = partsOf(entry.phrase)[0]!;
  return (entry.allow ?? []).map((ctx) => {
    const text = normalizeForMatching(ctx).text;
    const at: number[] = [];
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) at.push(i);
    return { text, at };
  });
}

/**
 * One global regular expression per list: every entry a capturing group,
 * longer phrases first so the longest phrase at a position wins.
 */
export function compileList(list: ServiceLanguageList): CompiledList {
  const order = list.entries
    .map((entry, i) => ({ entry, i, len: partsOf(entry.phrase).join('').length }))
    .sort((a, b) => b.len - a.len || a.i - b.i);
  const entries = order.map(({ entry }) => ({ entry, allow: allowedContexts(entry) }));
  const re = new RegExp(order.map(({ entry }) => `(${patternOf(entry)})`).join('|'), 'gu');
  return { list, re, entries };
}

/** A raw match in normalized text. */
export interface RawMatch {
  readonly entry: ServiceLanguageEntry;
  readonly from: number;
  readonly to: number;
}

/** Every match of `compiled` in normalized `text` that no allowed context covers, left to right. */
export function matchAll(compiled: CompiledList, text: string): RawMatch[] {
  const out: RawMatch[] = [];
  const re = compiled.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let g = 1;
    while (m[g] === undefined) g++;
    const ce = compiled.entries[g - 1]!;
    const from = m.index;
    const to = from + m[0].length;
    if (ce.allow.some((a) => a.at.some((k) => text.startsWith(a.text, from - k) && from - k >= 0))) {
      // A polite context: look again one character later, so a real phrase just after it is still found.
      re.lastIndex = from + 1;
      continue;
    }
    out.push({ entry: ce.entry, from, to });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
