import { makeIssue, type ValidationIssue } from './makeIssue';
import { validationError } from '../../errors/validationError';
import { DEFAULT_COMPLAINT_TAXONOMY } from '../defaultTaxonomy';
import { ComplaintTaxonomySchema, type ComplaintCategory, type ComplaintTaxonomy } from '../schema';
import { cleanIssue } from './printable';
import { zodIssues } from './zodIssues';

/** A taxonomy checked and indexed by key. */
export interface TaxonomyIndex {
  readonly taxonomy: ComplaintTaxonomy;
  readonly byKey: ReadonlyMap<string, ComplaintCategory>;
  /** Position of each key in the taxonomy (ties in rankings go to the earlier one). */
  readonly order: ReadonlyMap<string, number>;
  readonly issues: readonly ValidationIssue[];
}

/** Checks a taxonomy: its shape, duplicate keys, unknown parents, cycles (CMP-07). */
export function indexTaxonomy(input: unknown): TaxonomyIndex {
  const parsed = zodIssues(ComplaintTaxonomySchema, input, 'CMP-07');
  if (!parsed.success) return { taxonomy: { id: '?', name: '?', categories: [] }, byKey: new Map(), order: new Map(), issues: parsed.issues.map(cleanIssue) };
  const taxonomy = parsed.data as ComplaintTaxonomy;
  const issues: ValidationIssue[] = [];
  const byKey = new Map<string, ComplaintCategory>();
  const order = new Map<string, number>();
  taxonomy.categories.forEach((c, i) => {
    if (byKey.has(c.key)) issues.push(makeIssue('DUPLICATE_KEY', ['categories', i, 'key'], { key: c.key, value: c.key }, 'CMP-07'));
    else {
      byKey.set(c.key, c);
      order.set(c.key, i);
    }
  });
  taxonomy.categories.forEach((c, i) => {
    if (c.parent !== undefined && !byKey.has(c.parent)) issues.push(makeIssue('UNKNOWN_PARENT_CATEGORY', ['categories', i, 'parent'], { key: c.key, parent: c.parent, value: c.parent }, 'CMP-07'));
  });
  // A cycle is reported once, at its first member in taxonomy order.
  const reported = new Set<string>();
  taxonomy.categories.forEach((c, i) => {
    if (byKey.get(c.key) !== c || reported.has(c.key)) return;
    const seen: string[] = [];
    let k: string | undefined = c.key;
    while (k !== undefined && byKey.has(k) && !seen.includes(k)) {
      seen.push(k);
      k = byKey.get(k)!.parent;
    }
    if (k !== undefined && seen.includes(k) && k === c.key) {
      seen.forEach((s) => reported.add(s));
      issues.push(makeIssue('CATEGORY_CYCLE', ['categories', i, 'parent'], { cycle: [...seen, c.key].join(' → '), value: c.parent }, 'CMP-07'));
    }
  });
  return { taxonomy, byKey, order, issues };
}

/** The taxonomy of `options`, indexed; throws `VALIDATION_FAILED` when it has errors (a host's configuration, not user data). */
export function resolveTaxonomy(taxonomy: unknown): TaxonomyIndex {
  const index = indexTaxonomy(taxonomy === undefined ? DEFAULT_COMPLAINT_TAXONOMY : taxonomy);
  const errors = index.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw validationError(errors, 'CMP-07');
  return index;
}

/** Keys from the root down to `key` (cycle-safe). */
export function pathOf(index: TaxonomyIndex, key: string): string[] {
  const out: string[] = [];
  let k: string | undefined = key;
  while (k !== undefined && index.byKey.has(k) && !out.includes(k)) {
    out.unshift(k);
    k = index.byKey.get(k)!.parent;
  }
  return out;
}
