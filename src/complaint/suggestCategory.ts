import { GuifanError } from '../errors/GuifanError';
import { scan, type CategorySuggestion } from './_lib/suggest';
import { optionsObject } from './_lib/modelOptions';
import { resolveTaxonomy } from './_lib/taxonomyIndex';
import type { ComplaintTaxonomy } from './schema';

export type { CategorySuggestion, PhraseMatch } from './_lib/suggest';

/**
 * Options of {@link suggestCategory}.
 *
 * @example
 * suggestCategory('楼上装修噪音太大，物业不管', undefined, { limit: 1 }).suggestions.map((s) => s.key) //=> ['renovation']
 */
export interface SuggestCategoryOptions {
  /** At most this many suggestions. @default 5 */
  readonly limit?: number;
}

/**
 * The answer of {@link suggestCategory}: suggestions for a person to confirm, never a verdict.
 *
 * @example
 * const r = suggestCategory('楼上装修噪音太大，物业不管')
 * r.suggestions.length //=> 2
 * r.ambiguous //=> false
 */
export interface CategorySuggestions {
  readonly suggestions: readonly CategorySuggestion[];
  /** Whether the two best suggestions have the same score (a person must choose). */
  readonly ambiguous: boolean;
  readonly rule: 'CMP-07';
}

/**
 * Suggests categories for free Chinese text from the taxonomy's keyword
 * rules: every category whose phrases occur, ranked by the phrases' total
 * length, each with the phrases found and where (offsets into the original
 * text). Matching ignores full/half width, letter case and whitespace, and
 * reads the traditional forms of the default keywords' characters. A suggestion
 * is never a final answer: text describes the symptom, and the statistical
 * category follows the root cause (CMP-07), so suggestions are `provisional`
 * unless their category is classified by symptom.
 *
 * @param text - what the customer said (投诉内容)
 * @param taxonomy - the taxonomy whose categories carry the keyword rules (分类体系); `DEFAULT_COMPLAINT_TAXONOMY` when omitted
 * @param options - see {@link SuggestCategoryOptions}
 * @returns ranked suggestions with their matched phrases
 * @example
 * const r = suggestCategory('楼上装修噪音太大，物业不管')
 * r.suggestions.map((s) => s.key) //=> ['renovation', 'environment']
 * r.suggestions[0].matches.map((m) => [m.phrase, m.start, m.end]) //=> [['装修噪音', 2, 6], ['装修', 2, 4]]
 * suggestCategory('客服態度 惡劣').suggestions[0].matches.map((m) => m.text) //=> ['態度 惡劣', '態度']
 * suggestCategory('今天天气很好').suggestions //=> []
 */
export function suggestCategory(text: string, taxonomy?: ComplaintTaxonomy, options?: SuggestCategoryOptions): CategorySuggestions {
  if (typeof text !== 'string') throw new GuifanError('INVALID_OPTIONS', { path: 'text', value: text, reasonZh: '应为字符串', reasonEn: 'must be a string' }, 'CMP-07');
  const o = optionsObject(options, 'options');
  const limit = o.limit === undefined ? 5 : o.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'limit', value: limit, reasonZh: '应为正整数', reasonEn: 'must be a positive integer' }, 'CMP-07');
  }
  const all = scan(resolveTaxonomy(taxonomy), text);
  return { suggestions: all.slice(0, limit), ambiguous: all.length > 1 && all[0]!.score === all[1]!.score, rule: 'CMP-07' };
}
