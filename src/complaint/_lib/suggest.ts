import type { CategorySuggestion, PhraseMatch } from '../suggestCategory';
import { normalise, normaliseKeyword } from './matchText';
import { pathOf, type TaxonomyIndex } from './taxonomyIndex';

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

