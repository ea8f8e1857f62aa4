// A complaint taxonomy as data (CMP-07): categories, parents, keywords, classified by root cause or symptom.
import { deepFreeze } from '../_lib/freeze';
import * as z from 'zod/mini';

const text = z.string().check(z.minLength(1));

/**
 * How a category is assigned for statistics (CMP-07).
 *
 * @example
 * CLASSIFY_BY //=> ['root-cause', 'symptom']
 */
export const CLASSIFY_BY = /* @__PURE__ */ deepFreeze(['root-cause', 'symptom'] as const);
/**
 * How a category is assigned for statistics (CMP-07): by the final `'root-cause'` (default) or, where its definition says so, by `'symptom'`.
 *
 * @example
 * DEFAULT_COMPLAINT_TAXONOMY.categories.filter((c) => c.classifyBy === 'symptom').map((c) => c.key) //=> ['service.attitude']
 */
export type ClassifyBy = (typeof CLASSIFY_BY)[number];

/**
 * One category of a taxonomy.
 *
 * @example
 * ComplaintCategorySchema.safeParse({ key: 'noise', name: '噪音', keywords: ['噪音', '很吵'] }).success //=> true
 * ComplaintCategorySchema.safeParse({ key: 'noise', name: '噪音', classifyBy: 'feeling' }).success //=> false
 */
export const ComplaintCategorySchema = z.strictObject({
  key: text,
  name: text,
  nameEn: z.optional(z.string()),
  /** The key of the parent category. */
  parent: z.optional(text),
  /** What belongs here (分类定义). */
  definition: z.optional(z.string()),
  definitionEn: z.optional(z.string()),
  /**
   * `'symptom'`: this category's definition says to classify by what the
   * customer describes (CMP-07 “除分类定义指定外”). @default 'root-cause'
   */
  classifyBy: z.optional(z.enum(CLASSIFY_BY)),
  /** Phrases that suggest the category in free text (`suggestCategory`). */
  keywords: z.optional(z.array(text)),
  /** Where the category comes from (a seed file name and clause). */
  source: z.optional(z.string()),
});
/**
 * One category of a complaint taxonomy as data. See {@link ComplaintCategorySchema}.
 *
 * @example
 * DEFAULT_COMPLAINT_TAXONOMY.categories.find((c) => c.key === 'engineering.facilities').parent //=> 'engineering'
 */
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/**
 * A complaint taxonomy as data: replaceable by the host.
 *
 * @example
 * ComplaintTaxonomySchema.safeParse(DEFAULT_COMPLAINT_TAXONOMY).success //=> true
 * ComplaintTaxonomySchema.safeParse({ id: 't', name: 't', categories: [] }).success //=> false
 */
export const ComplaintTaxonomySchema = z.strictObject({
  id: text,
  name: text,
  nameEn: z.optional(z.string()),
  source: z.optional(z.string()),
  categories: z.array(ComplaintCategorySchema).check(z.minLength(1)),
});
/**
 * A complaint taxonomy (投诉分类) as data: replace {@link DEFAULT_COMPLAINT_TAXONOMY} with your own. See {@link ComplaintTaxonomySchema}.
 *
 * @example
 * const taxonomy = { id: 'mine', name: '我的分类', categories: [{ key: 'noise', name: '噪音', keywords: ['很吵'] }, { key: 'leak', name: '漏水', keywords: ['漏水'] }] }
 * validateTaxonomy(taxonomy).success //=> true
 * suggestCategory('夜里楼上很吵', taxonomy).suggestions.map((s) => s.key) //=> ['noise']
 */
export type ComplaintTaxonomy = z.infer<typeof ComplaintTaxonomySchema>;
