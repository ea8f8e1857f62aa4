import { validationError } from '../errors/validationError';
import { compile, type CompiledPolicy } from './_lib/compile';
import type { SlaPolicy } from './schema';

const BRAND: unique symbol = Symbol.for('guifan.sla.compiled') as never;

/**
 * A validated policy, ready to evaluate many cases. Opaque.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const compiled = compileSlaPolicy(PROPERTY_SERVICE_CENTRE)
 * compiled.id //=> 'property-service-centre'
 * evaluateCases(compiled, [kase], '2026-10-12T11:00+08:00')[0].clocks.map((c) => c.state) //=> ['running', 'running', 'not-started']
 */
export interface CompiledSlaPolicy {
  readonly id: string;
  readonly name: string;
  /** @internal The compiled form; not part of the API. */
  readonly [BRAND]: CompiledPolicy;
}

/**
 * Validates a policy once and prepares it for evaluation (for hosts that
 * evaluate many cases one by one; `evaluateCases` does this itself).
 *
 * @param policy - an {@link SlaPolicy}
 * @returns a frozen {@link CompiledSlaPolicy}
 * @throws {GuifanError} `VALIDATION_FAILED` with `details.issues`
 * @example
 * compileSlaPolicy(PROPERTY_SERVICE_CENTRE).id //=> 'property-service-centre'
 */
export function compileSlaPolicy(policy: SlaPolicy | CompiledSlaPolicy): CompiledSlaPolicy {
  if (isCompiled(policy)) return policy;
  const r = compile(policy);
  if (!r.compiled) throw validationError(r.issues, 'ESC-04');
  return Object.freeze({ id: r.compiled.policy.id, name: r.compiled.policy.name, [BRAND]: r.compiled });
}

export function isCompiled(p: unknown): p is CompiledSlaPolicy {
  return typeof p === 'object' && p !== null && BRAND in p;
}

export function compiledOf(p: SlaPolicy | CompiledSlaPolicy): CompiledPolicy {
  return compileSlaPolicy(p)[BRAND];
}
