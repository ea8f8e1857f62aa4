import type { ComplaintRecord } from './schema';

/**
 * Whether a record needs a return visit (回访) before it can close (CMP-14).
 * The record's own `needsReturnVisit` wins; absent, a `complaint` needs one
 * (CMP-15: every complainant is visited, rate 100%) and other kinds do not.
 * Closure without a visit is then “no repeat complaint within one week after
 * processing completed” (CMP-14).
 *
 * @param record - a complaint record (only `kind` and `needsReturnVisit` are read)
 * @returns `true` when a satisfied return visit is what closes it
 * @example
 * needsReturnVisit({ kind: 'complaint' }) //=> true
 * needsReturnVisit({ kind: 'complaint', needsReturnVisit: false }) //=> false
 * needsReturnVisit({ kind: 'consultation' }) //=> false
 */
export function needsReturnVisit(record: Pick<ComplaintRecord, 'kind' | 'needsReturnVisit'>): boolean {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Partial<ComplaintRecord>;
  if (typeof r.needsReturnVisit === 'boolean') return r.needsReturnVisit;
  return r.kind === 'complaint';
}
