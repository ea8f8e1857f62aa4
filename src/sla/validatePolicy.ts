import type { ValidationIssue } from '../errors/issues';
import { compile } from './_lib/compile';
import type { SlaPolicy } from './schema';

/**
 * Checks an SLA policy without throwing: unknown event names, duplicate clocks,
 * unreadable limits, a maximum shorter than its target (checked on real days,
 * so 1 working day vs 2 hours compares correctly), escalation relative to a
 * missing maximum, levels without an offset.
 *
 * @param policy - a policy, possibly untrusted
 * @returns `{ success, issues }`
 * @example
 * validatePolicy(PROPERTY_SERVICE_CENTRE).success //=> true
 * validatePolicy({ id: 'x', name: 'x', clocks: [{ name: 'a', start: ['received'], stop: ['replied'], target: '3个工作日内', max: '1个工作日内' }] }).issues[0].code //=> 'MAX_BEFORE_TARGET'
 */
export function validatePolicy(policy: unknown): { success: boolean; issues: readonly ValidationIssue[] } {
  const r = compile(policy as SlaPolicy);
  return { success: r.issues.length === 0, issues: Object.freeze(r.issues) };
}
