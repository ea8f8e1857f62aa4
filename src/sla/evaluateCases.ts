import { toEpochMs, type Instant } from '../_lib/input';
import type { ValidationIssue } from '../errors/issues';
import { matches } from './_lib/compile';
import { evaluateClockCore, newPrepared, prepare, type ClockState } from './_lib/evaluate';
import { compiledOf, compileSlaPolicy, type CompiledSlaPolicy } from './compileSlaPolicy';
import { evaluateCase } from './evaluateCase';
import type { CaseEvaluation } from './_lib/evaluate';
import type { SlaCase, SlaPolicy } from './schema';

/** One clock in a batch summary: numbers, not Dates, for dashboards at scale. */
export interface ClockSummary {
  readonly name: string;
  readonly state: ClockState;
  /** Epoch ms, when there is a deadline. */
  readonly due: number | undefined;
  readonly max: number | undefined;
  readonly level: string | undefined;
  readonly overMax: boolean;
  readonly nextChangeAt: number | undefined;
}

/** One case in a batch summary. */
export interface CaseSummary {
  readonly id: string | undefined;
  readonly clocks: readonly ClockSummary[];
  readonly nextChangeAt: number | undefined;
  readonly issues: readonly ValidationIssue[];
}

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/** Options of {@link evaluateCases}. */
export interface EvaluateCasesOptions {
  /** `'summary'` (fast: numbers, no text) or `'full'` (each case as {@link evaluateCase} gives it). @default 'summary' */
  detail?: 'summary' | 'full';
}

/**
 * Evaluates many cases at one instant, for dashboards and CI checks. The policy
 * is compiled once; the summary path builds no explanations (a million cases ×
 * three clocks in about a second, see `test/bench/sla.mjs`). Cases are trusted
 * to be of the right shape here; use `evaluateCase` for untrusted input.
 *
 * @param policy - an {@link SlaPolicy} or a compiled one
 * @param cases - the cases
 * @param at - the evaluation instant
 * @param options - {@link EvaluateCasesOptions}
 * @returns one summary (or full evaluation) per case, in order
 * @example
 * evaluateCases(PROPERTY_SERVICE_CENTRE, [{ attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-11-16T10:00+08:00' }] }], '2026-11-16T10:20+08:00')[0].clocks[0].state //=> 'breached'
 */
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: Instant, options: { detail: 'full' }): CaseEvaluation[];
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: Instant, options?: { detail?: 'summary' }): CaseSummary[];
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: Instant, options: EvaluateCasesOptions = {}): CaseSummary[] | CaseEvaluation[] {
  const compiled = compileSlaPolicy(policy);
  const cp = compiledOf(compiled);
  const atMs = toEpochMs(at);
  if (options.detail === 'full') return cases.map((c) => evaluateCase(compiled, c, at));
  const out: CaseSummary[] = new Array(cases.length);
  // Scratch objects reused from case to case: only the summaries are new.
  const ev = newPrepared();
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    issues.length = 0;
    prepare(cp, c, atMs, issues, ev);
    const attrs = ev.attrs;
    const clocks: ClockSummary[] = [];
    let next: number | undefined;
    for (const ck of cp.clocks) {
      if (!matches(ck.def.when, attrs)) continue;
      const r = evaluateClockCore(cp, ck, ev, atMs, issues, true);
      clocks.push({ name: ck.def.name, state: r.state, due: r.due, max: r.max, level: r.level, overMax: r.overMax, nextChangeAt: r.next });
      if (r.next !== undefined && (next === undefined || r.next < next)) next = r.next;
    }
    out[i] = { id: c.id, clocks, nextChangeAt: next, issues: issues.length ? issues.slice() : NO_ISSUES };
  }
  return out;
}
