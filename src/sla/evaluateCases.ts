import { optionsOf } from '../_lib/options';
import { GuifanError } from '../errors/GuifanError';
import { slaEpochMs, type SlaInstant } from './_lib/instant';
import type { ValidationIssue } from '../errors/issues';
import { matches, type CompiledPolicy } from './_lib/compile';
import { evaluateClockOrIssue } from './_lib/clock';
import { newPrepared, prepare } from './_lib/prepare';
import type { ClockState } from './_lib/types';
import { compiledOf, compileSlaPolicy, type CompiledSlaPolicy } from './compileSlaPolicy';
import { evaluateFull } from './evaluateCase';
import type { CaseEvaluation } from './_lib/types';
import { SlaCaseSchema, type SlaCase, type SlaPolicy } from './schema';
import { isCaseId } from './_lib/caseId';
import { parseOrIssues } from './_lib/parse';
import { validationError } from '../errors/validationError';

/**
 * One clock in a batch summary: numbers, not Dates, for dashboards at scale.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const c = evaluateCases(PROPERTY_SERVICE_CENTRE, [kase], '2026-10-12T11:00+08:00')[0].clocks[0];
 * [c.name, c.state, new Date(c.due).toISOString(), c.level, c.overMax] //=> ['complaint-reply', 'running', '2026-10-12T04:00:00.000Z', undefined, false]
 */
export interface ClockSummary {
  readonly name: string;
  readonly state: ClockState;
  /** Epoch ms, when there is a deadline. */
  readonly due: number | undefined;
  readonly max: number | undefined;
  readonly level: string | undefined;
  readonly overMax: boolean;
  readonly nextChangeAt: number | undefined;
  /** Due, max or a level rests on a provisional day (CAL-02). */
  readonly provisional: boolean;
}

/**
 * One case in a batch summary.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const s = evaluateCases(PROPERTY_SERVICE_CENTRE, [kase], '2026-10-12T11:00+08:00')[0];
 * [s.clocks.length, new Date(s.nextChangeAt).toISOString(), s.provisional, s.issues] //=> [3, '2026-10-12T04:00:00.001Z', false, []]
 */
export interface CaseSummary {
  readonly id: string | undefined;
  readonly clocks: readonly ClockSummary[];
  readonly nextChangeAt: number | undefined;
  /** Whether any clock is provisional. */
  readonly provisional: boolean;
  /** Includes, per clock that needs days past the calendar's data, a `CALENDAR_NOT_COVERED` issue (that clock is left out). */
  readonly issues: readonly ValidationIssue[];
}

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/**
 * A batch as columns (struct of arrays): one row per case, one column group per
 * clock, no object per case — for dashboards over millions of cases. Clock `j`
 * of case `i` is at index `i * clocks.length + j`.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const t = evaluateCases(PROPERTY_SERVICE_CENTRE, [kase], '2026-10-12T11:00+08:00', { detail: 'columns' });
 * [t.n, t.clocks[2], CLOCK_STATES[t.state[2]], t.levels[3]] //=> [1, 'complaint-reply', 'running', ['supervisor', 'manager']]
 * t.state[0] //=> 255 (the consultation clock does not apply)
 */
export interface CaseColumns {
  /** Clock names, in policy order. */
  readonly clocks: readonly string[];
  /** Number of cases. */
  readonly n: number;
  /** Index into {@link CLOCK_STATES}, or 255 when the clock does not apply to the case (or, with a `CALENDAR_NOT_COVERED` issue, could not be evaluated). */
  readonly state: Uint8Array;
  /** Epoch ms; NaN when there is none. */
  readonly due: Float64Array;
  readonly max: Float64Array;
  /** Index into `levels[j]` of the highest level reached, or -1. */
  readonly level: Int16Array;
  /** The escalation levels of each clock, in ladder order. */
  readonly levels: readonly (readonly string[])[];
  readonly overMax: Uint8Array;
  /** 1 when the clock's result is provisional (CAL-02). */
  readonly provisional: Uint8Array;
  /** Per case: the next change, epoch ms, NaN when none. */
  readonly nextChangeAt: Float64Array;
  /** Cases with issues: `[caseIndex, issues]`. */
  readonly issues: readonly (readonly [number, readonly ValidationIssue[]])[];
}

/**
 * The states in the order {@link CaseColumns} codes them.
 *
 * @example
 * CLOCK_STATES //=> ['not-started', 'running', 'paused', 'met', 'breached', 'met-late', 'cancelled']
 */
export const CLOCK_STATES: readonly ClockState[] = Object.freeze(['not-started', 'running', 'paused', 'met', 'breached', 'met-late', 'cancelled']);

/**
 * Options of {@link evaluateCases}.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCases(PROPERTY_SERVICE_CENTRE, [kase], '2026-10-12T11:00+08:00', { detail: 'full' })[0].notApplicable //=> ['consultation', 'query']
 */
export interface EvaluateCasesOptions {
  /**
   * `'summary'` (numbers, no text), `'columns'` (typed arrays, no object per case: fastest),
   * or `'full'` (each case as {@link evaluateCase} gives it). @default 'summary'
   */
  detail?: 'summary' | 'columns' | 'full';
}

/**
 * Evaluates many cases at one instant, for dashboards and CI checks. The policy
 * is compiled once; the summary path builds no explanations, and `'columns'`
 * no object per case (a million cases × three clocks: 2–3 s as columns, 3–4 s
 * as summaries, see `test/bench/sla.mjs`). Cases are trusted to be of the
 * right shape here; use `evaluateCase` for untrusted input.
 *
 * @param policy - an {@link SlaPolicy} or a compiled one
 * @param cases - the cases
 * @param at - the evaluation instant
 * @param options - {@link EvaluateCasesOptions}
 * @returns one summary (or full evaluation) per case, in order
 * @throws {GuifanError} as {@link evaluateCase} (`VALIDATION_FAILED` for a case id it would reject, in every detail); `INVALID_OPTIONS` when `cases` is not an array or `detail` is unknown
 * @example
 * evaluateCases(PROPERTY_SERVICE_CENTRE, [{ attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-11-16T10:00+08:00' }] }], '2026-11-16T10:20+08:00')[0].clocks[0].state //=> 'breached'
 */
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: SlaInstant, options: { detail: 'full' }): CaseEvaluation[];
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: SlaInstant, options: { detail: 'columns' }): CaseColumns;
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: SlaInstant, options?: { detail?: 'summary' }): CaseSummary[];
export function evaluateCases(policy: SlaPolicy | CompiledSlaPolicy, cases: readonly SlaCase[], at: SlaInstant, optionsIn: EvaluateCasesOptions = {}): CaseSummary[] | CaseEvaluation[] | CaseColumns {
  // fuzz (issue 10): a bad call is a GuifanError, never a TypeError or a list of undefined.
  const options = optionsOf(optionsIn);
  if (options.detail !== undefined && options.detail !== 'summary' && options.detail !== 'columns' && options.detail !== 'full') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'detail', value: options.detail, reasonZh: "应为 'summary'、'columns' 或 'full'", reasonEn: "expected 'summary', 'columns' or 'full'" }, 'ESC-04');
  }
  if (!Array.isArray(cases)) throw new GuifanError('INVALID_OPTIONS', { path: 'cases', value: cases, reasonZh: '应为案件数组', reasonEn: 'expected an array of cases' }, 'ESC-04');
  const compiled = compileSlaPolicy(policy);
  const cp = compiledOf(compiled);
  const atMs = slaEpochMs(at);
  // Every detail checks ids first, as evaluateCase does (issue 24: `id: NaN` was copied into the summary).
  cases.forEach(checkCaseId);
  if (options.detail === 'full') return cases.map((c) => evaluateFull(cp, c, atMs, true));
  cases.forEach(checkCaseShape);
  if (options.detail === 'columns') return columns(cp, cases, atMs);
  const out: CaseSummary[] = new Array(cases.length);
  // Scratch objects reused from case to case: only the summaries are new.
  const ev = newPrepared();
  const issues: ValidationIssue[] = [];
  // Filled per case, then copied at its exact length (a growing array would keep spare capacity).
  const clocks: ClockSummary[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (issues.length) issues.length = 0;
    clocks.length = 0;
    prepare(cp, c, atMs, issues, ev);
    const attrs = ev.attrs;
    let next: number | undefined;
    let provisional = false;
    for (const ck of cp.clocks) {
      if (!matches(ck.def.when, attrs)) continue;
      const r = evaluateClockOrIssue(cp, ck, ev, atMs, issues, true);
      if (!r) continue;
      const prov = r.provisional !== undefined;
      if (prov) provisional = true;
      clocks.push({ name: ck.def.name, state: r.state, due: r.due, max: r.max, level: r.level, overMax: r.overMax, nextChangeAt: r.next, provisional: prov });
      if (r.next !== undefined && (next === undefined || r.next < next)) next = r.next;
    }
    out[i] = { id: c.id, clocks: clocks.slice(), nextChangeAt: next, provisional, issues: issues.length ? issues.slice() : NO_ISSUES };
  }
  return out;
}

const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A case's id, held to the rule of {@link SlaCaseSchema} that evaluateCase applies: an id the single path
 * rejects is rejected here too, with the same issue (at `cases.<i>.id`), never copied into a result.
 */
function checkCaseId(c: unknown, i: number): void {
  const id = isRecord(c) ? (c as { id?: unknown }).id : undefined;
  if (isCaseId(id)) return;
  const r = parseOrIssues(SlaCaseSchema.shape.id, id, ['cases', i, 'id'], 'ESC-04');
  throw validationError(r.issues, 'ESC-04');
}

/**
 * The shape the trusting batch path reads (objects, an events array), checked
 * cheaply: no schema per case, but a bad case is a GuifanError, not a TypeError.
 */
function checkCaseShape(c: unknown, i: number): void {
  const fail = (path: string, value: unknown): never => {
    throw new GuifanError('INVALID_OPTIONS', { path: `cases.${i}${path}`, value, reasonZh: '案件应为 { attributes?, events: [{ type, at }] }（可用 SlaCaseSchema 校验）', reasonEn: 'a case is { attributes?, events: [{ type, at }] } (check it with SlaCaseSchema)' }, 'ESC-04');
  };
  if (!isRecord(c)) fail('', c);
  const k = c as { attributes?: unknown; events?: unknown };
  if (k.attributes !== undefined && !isRecord(k.attributes)) fail('.attributes', k.attributes);
  if (!Array.isArray(k.events)) return fail('.events', k.events);
  for (let j = 0; j < k.events.length; j++) {
    const e = k.events[j] as { attributes?: unknown } | null;
    if (!isRecord(e)) fail(`.events.${j}`, e);
    if (e!.attributes !== undefined && !isRecord(e!.attributes)) fail(`.events.${j}.attributes`, e!.attributes);
  }
}

function columns(cp: CompiledPolicy, cases: readonly SlaCase[], atMs: number): CaseColumns {
  const n = cases.length;
  const m = cp.clocks.length;
  const state = new Uint8Array(n * m).fill(255);
  const due = new Float64Array(n * m).fill(NaN);
  const max = new Float64Array(n * m).fill(NaN);
  const level = new Int16Array(n * m).fill(-1);
  const overMax = new Uint8Array(n * m);
  const provisional = new Uint8Array(n * m);
  const nextChangeAt = new Float64Array(n).fill(NaN);
  const levels = cp.clocks.map((ck) => ck.escalation.map((e) => e.level));
  const stateCode = new Map(CLOCK_STATES.map((s, i) => [s, i]));
  const withIssues: (readonly [number, readonly ValidationIssue[]])[] = [];
  const ev = newPrepared();
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < n; i++) {
    if (issues.length) issues.length = 0;
    prepare(cp, cases[i]!, atMs, issues, ev);
    let next = Infinity;
    for (let j = 0; j < m; j++) {
      const ck = cp.clocks[j]!;
      if (!matches(ck.def.when, ev.attrs)) continue;
      const r = evaluateClockOrIssue(cp, ck, ev, atMs, issues, true);
      if (!r) continue;
      const k = i * m + j;
      state[k] = stateCode.get(r.state)!;
      if (r.due !== undefined) due[k] = r.due;
      if (r.max !== undefined) max[k] = r.max;
      if (r.level !== undefined) level[k] = levels[j]!.lastIndexOf(r.level);
      overMax[k] = r.overMax ? 1 : 0;
      if (r.provisional) provisional[k] = 1;
      if (r.next !== undefined && r.next < next) next = r.next;
    }
    if (next !== Infinity) nextChangeAt[i] = next;
    if (issues.length) withIssues.push([i, Object.freeze(issues.slice())]);
  }
  return Object.freeze({ clocks: Object.freeze(cp.clocks.map((c) => c.def.name)), n, state, due, max, level, levels: Object.freeze(levels.map((l) => Object.freeze(l))), overMax, provisional, nextChangeAt, issues: Object.freeze(withIssues) });
}
