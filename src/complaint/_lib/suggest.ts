import type { ClassifyBy } from '../schema';
import { normalise, normaliseKeyword } from './matchText';
import { pathOf, type TaxonomyIndex } from './taxonomyIndex';

/**
 * One phrase found in the text.
 *
 * @example
 * const m = suggestCategory('客服態度 惡劣').suggestions[0].matches[0];
 * [m.phrase, m.text, m.start, m.end] //=> ['态度恶劣', '態度 惡劣', 2, 7]
 */
export interface PhraseMatch {
  /** The keyword as the taxonomy writes it. */
  readonly phrase: string;
  /** The text as the customer wrote it (full-width, spaces, traditional characters kept). */
  readonly text: string;
  /** UTF-16 offsets into the original text: `text === input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

/**
 * A ranked category suggestion.
 *
 * @example
 * const s = suggestCategory('楼上装修噪音太大，物业不管').suggestions[0];
 * [s.key, s.name, s.score, s.classifyBy, s.provisional] //=> ['renovation', '装修管理', 6, 'root-cause', true]
 */
export interface CategorySuggestion {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string | undefined;
  /** Keys from the root category down to this one. */
  readonly path: readonly string[];
  /** Sum of the lengths of the distinct keywords found (longer phrases weigh more). */
  readonly score: number;
  readonly matches: readonly PhraseMatch[];
  readonly classifyBy: ClassifyBy;
  /**
   * Always `true` unless the category is classified by symptom: free text
   * describes the symptom, and statistics follow the root cause (CMP-07).
   */
  readonly provisional: boolean;
}

/** Every category whose keywords occur in `text`, ranked (score, then taxonomy order). */
export function scan(index: TaxonomyIndex, text: string): CategorySuggestion[] {
  const norm = normalise(text);
  const out: CategorySuggestion[] = [];
  for (const c of index.taxonomy.categories) {
    if (index.byKey.get(c.key) !== c || !c.keywords) continue;
    const matches: PhraseMatch[] = [];
    let score = 0;
    const seen = new Set<string>();
    for (const phrase of c.keywords) {
      const k = normaliseKeyword(phrase);
      if (k.length === 0 || seen.has(k)) continue;
      seen.add(k);
      let found = false;
      for (let at = norm.text.indexOf(k); at >= 0; at = norm.text.indexOf(k, at + 1)) {
        found = true;
        const start = norm.start[at]!;
        const end = norm.end[at + k.length - 1]!;
        matches.push({ phrase, text: text.slice(start, end), start, end });
      }
      if (found) score += [...k].length;
    }
    if (score === 0) continue;
    matches.sort((a, b) => a.start - b.start || b.end - a.end || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
    const classifyBy = c.classifyBy ?? 'root-cause';
    out.push({ key: c.key, name: c.name, nameEn: c.nameEn, path: pathOf(index, c.key), score, matches, classifyBy, provisional: classifyBy !== 'symptom' });
  }
  // Deterministic: higher score first, then taxonomy order.
  out.sort((a, b) => b.score - a.score || index.order.get(a.key)! - index.order.get(b.key)!);
  return out;
}

