import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { cmp, exact, num, parseOrIssues, sum } from './_lib/core';
import { AppraisalSchemeSchema, type AppraisalScheme } from './schema';
import type * as z from 'zod/mini';

/**
 * A scheme after validation, with defaults filled in.
 *
 * @example
 * const v = validateScheme({ id: 'x', name: '简易考评', dimensions: [{ key: 'a', name: '综合', points: 100 }] })
 * v.data //=> { id: 'x', name: '简易考评', total: 100, dimensions: [{ key: 'a', name: '综合', points: 100, items: [] }], allowNegative: false }
 */
export type ValidAppraisalScheme = z.output<typeof AppraisalSchemeSchema>;

/**
 * Result of {@link validateScheme}: the scheme with defaults, or the issues.
 *
 * @example
 * validateScheme(DEFAULT_APPRAISAL_SCHEME).issues //=> []
 * validateScheme({ id: 'x', name: 'x', dimensions: [{ key: 'a', name: 'A', points: 60 }] }).success //=> false
 */
export type SchemeValidation = { success: true; data: ValidAppraisalScheme; issues: [] } | { success: false; issues: ValidationIssue[] };

/**
 * Checks an appraisal scheme (APR-02): shares sum exactly to the total, no
 * negative or empty dimension, sub-item maxima sum to their dimension's share,
 * keys and names unique.
 *
 * @param scheme - a scheme as data
 * @returns `{ success: true, data }` or `{ success: false, issues }` (codes `WEIGHTS_DO_NOT_SUM`, `ITEMS_DO_NOT_SUM`, `DUPLICATE_KEY`, `INVALID_INPUT`)
 * @example
 * validateScheme(DEFAULT_APPRAISAL_SCHEME).success //=> true
 * validateScheme({ id: 'x', name: 'x', dimensions: [{ key: 'a', name: 'A', points: 60 }] }).issues[0].code //=> 'WEIGHTS_DO_NOT_SUM'
 */
export function validateScheme(scheme: AppraisalScheme): SchemeValidation {
  const parsed = parseOrIssues(AppraisalSchemeSchema, scheme, [], 'APR-02');
  if (!parsed.data) return { success: false, issues: parsed.issues };
  const s = parsed.data;
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  s.dimensions.forEach((d, i) => {
    for (const k of [d.key, d.name]) {
      if (seen.has(k)) issues.push(makeIssue('DUPLICATE_KEY', ['dimensions', i, k === d.key ? 'key' : 'name'], { key: k, value: k }, 'APR-02'));
      seen.add(k);
    }
    if (d.items.length) {
      const itemSum = sum(d.items.map((it) => num(it.max)));
      if (cmp(itemSum, num(d.points)) !== 0) {
        issues.push(makeIssue('ITEMS_DO_NOT_SUM', ['dimensions', i, 'items'], { dimension: d.name, sum: exact(itemSum), expected: d.points }, 'APR-02'));
      }
      const itemSeen = new Set<string>();
      d.items.forEach((it, j) => {
        for (const k of [it.key, it.name]) {
          if (itemSeen.has(k)) issues.push(makeIssue('DUPLICATE_KEY', ['dimensions', i, 'items', j], { key: k, value: k }, 'APR-02'));
          itemSeen.add(k);
        }
      });
    }
  });
  const total = sum(s.dimensions.map((d) => num(d.points)));
  if (cmp(total, num(s.total)) !== 0) issues.push(makeIssue('WEIGHTS_DO_NOT_SUM', ['dimensions'], { sum: exact(total), expected: s.total }, 'APR-02'));
  return issues.length ? { success: false, issues } : { success: true, data: s, issues: [] };
}
