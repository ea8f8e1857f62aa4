import type { ValidationIssue } from '../errors/issues';
import { indexTaxonomy } from './_lib/taxonomyIndex';

/**
 * Checks a complaint taxonomy without throwing: its shape, duplicate keys,
 * parents that do not exist, and parent chains that loop (CMP-07: statistics
 * need one unambiguous category per complaint).
 *
 * @param taxonomy - a taxonomy, possibly untrusted
 * @returns `{ success, issues }`: success when there is no error
 * @example
 * validateTaxonomy(DEFAULT_COMPLAINT_TAXONOMY).success //=> true
 * validateTaxonomy({ id: 't', name: 't', categories: [{ key: 'a', name: 'A', parent: 'b' }, { key: 'b', name: 'B', parent: 'a' }] }).issues.map((i) => i.code) //=> ['CATEGORY_CYCLE']
 * validateTaxonomy({ id: 't', name: 't', categories: [{ key: 'a', name: 'A' }, { key: 'a', name: 'A again' }] }).issues[0].code //=> 'DUPLICATE_KEY'
 */
export function validateTaxonomy(taxonomy: unknown): { success: boolean; issues: readonly ValidationIssue[] } {
  const { issues } = indexTaxonomy(taxonomy);
  return { success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze([...issues]) };
}
