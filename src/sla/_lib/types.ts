import type { LocalizedText, RuleId } from '../../errors/types';
import type { ValidationIssue } from './makeIssue';
import type { CaseAttributes } from '../schema';
import type { SlaLimit } from './compile';
import type { Delivered } from './deliver';
import type { PauseShift } from './pauses';

// The results of evaluateCase, as the public API types them (guifan/sla exports them), and the lean
// result of one clock that every path (evaluateCase, evaluateCases, thresholdsBetween) computes first.

/**
 * The state of one clock at the evaluation instant.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00').clocks[0].state //=> 'running'
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T13:00+08:00').clocks[0].state //=> 'breached'
 */
export type ClockState = 'not-started' | 'running' | 'paused' | 'met' | 'breached' | 'met-late' | 'cancelled';

/**
 * A threshold (warning or escalation level) and whether it was crossed by `at`.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const t = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T13:00+08:00').clocks[0].escalations[0];
 * [t.name, t.label, t.at.toISOString(), t.reached] //=> ['supervisor', '主管', '2026-10-12T04:00:00.000Z', true]
 */
export interface Threshold {
  readonly name: string;
  readonly label?: string;
  /** Crossed once the clock is still running strictly after this instant. */
  readonly at: Date;
  readonly reached: boolean;
  /**
   * Escalation levels with a `deliver` other than `'at-instant'` (CAL-06): when the notification goes out
   * (never before `at`), to whom, and — to the duty officer — when it is handed over to the office.
   */
  readonly delivery?: { readonly at: Date; readonly to: 'office' | 'duty-officer'; readonly handOverAt?: Date };
}

/**
 * One clock of a case, evaluated.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const c = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00').clocks[0];
 * [c.name, c.state, c.targetLimit, c.due.toISOString(), c.percentOfTarget, c.rules] //=> ['complaint-reply', 'running', '2小时内', '2026-10-12T04:00:00.000Z', 50, ['CMP-08', 'ESC-03']]
 */
export interface ClockEvaluation {
  readonly name: string;
  readonly label?: string;
  readonly state: ClockState;
  readonly startedAt?: Date;
  readonly stoppedAt?: Date;
  /** The limit in force (after reclassification), as written. */
  readonly targetLimit?: string;
  readonly maxLimit?: string;
  /** The escalation deadline in force: the target extended by pauses, or a re-agreed time (TL-06). */
  readonly due?: Date;
  /** The hard maximum (ESC-04), extended by pauses. */
  readonly max?: Date;
  readonly agreed?: { readonly due: Date; readonly reason?: string };
  /** Active time so far, in ms (natural, and business time when the calendar has hours). */
  readonly elapsed: { readonly natural: number; readonly business?: number };
  /** Until `due` (negative once past it), while the clock runs. */
  readonly remaining?: { readonly natural: number; readonly business?: number };
  readonly percentOfTarget?: number;
  /** Paused time in ms. */
  readonly paused: number;
  readonly overMax: boolean;
  readonly warnings: readonly Threshold[];
  readonly escalations: readonly Threshold[];
  /** The highest escalation level reached. */
  readonly level?: string;
  /** The next instant at which this clock's state, levels or warnings change (none when stopped or paused). */
  readonly nextChangeAt?: Date;
  /**
   * Whether due, max or a level depends on a day whose holiday arrangement is not published yet
   * (a calendar with `outOfCoverage: 'provisional'` estimates it from the statutory rules; CAL-02).
   */
  readonly provisional: boolean;
  /** The instants of the `reset` events that restarted this clock (the earlier runs stay in the log). */
  readonly resets?: readonly Date[];
  /** Periodic clocks (`every`, CMP-09): updates so far, and when the current period began. */
  readonly updates?: number;
  readonly periodStartedAt?: Date;
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

/**
 * A case evaluated at an instant.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const r = evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00');
 * [r.attributes, r.notApplicable, r.nextChangeAt.toISOString(), r.provisional, r.issues]
 * //=> [{ kind: 'complaint', complexity: 'general' }, ['consultation', 'query'], '2026-10-12T04:00:00.001Z', false, []]
 */
export interface CaseEvaluation {
  readonly id?: string;
  readonly at: Date;
  /** Attributes in force at `at` (after reclassification). */
  readonly attributes: Readonly<CaseAttributes>;
  readonly clocks: readonly ClockEvaluation[];
  /** Clocks whose `when` does not match this case. */
  readonly notApplicable: readonly string[];
  /** When to evaluate again: the earliest change of any clock. */
  readonly nextChangeAt?: Date;
  /** Whether any clock's result is provisional (CAL-02). */
  readonly provisional: boolean;
  /** Problems found in the history; evaluation goes on without the offending events. */
  readonly issues: readonly ValidationIssue[];
}

/** Lean result of one clock (the batch path builds no text). */
export interface ClockCore {
  state: ClockState;
  start: number | undefined;
  stop: number | undefined;
  due: number | undefined;
  max: number | undefined;
  agreed: { t: number; reason: string | undefined } | undefined;
  pausedMs: number;
  pauses: [number, number][];
  /** Paused natural time inside [start, due]: the target's active window is `due − start − extraNat`. */
  extraNat: number;
  business: boolean;
  warnings: { name: string; at: number; reached: boolean }[];
  escalations: { name: string; label: string | undefined; at: number; reached: boolean; delivered: Delivered | undefined }[];
  level: string | undefined;
  overMax: boolean;
  next: number | undefined;
  target: SlaLimit | undefined;
  maxLimit: SlaLimit | undefined;
  /** The provisional days the deadlines depend on (CAL-02), as day numbers. */
  provisional: { from: number; until: number } | undefined;
  /** What only pauses, contacts, resets and periodic clocks need: absent for the usual log (a smaller object per clock in batches). */
  x: ClockExtras | undefined;
}

export interface ClockExtras {
  /** What the pauses moved (issue 10 item 1), per deadline. */
  dueShift: PauseShift | undefined;
  maxShift: PauseShift | undefined;
  /** A “立即” clock stopped within its starting contact. */
  sameContact: boolean;
  /** The start came from a `startedAt` override. */
  retro: number | undefined;
  /** Instants of the `reset` events applied. */
  resets: number[];
  /** Periodic clocks: the current period's start (the last update, or the start) and the updates so far. */
  periodStart: number | undefined;
  updates: number;
}
