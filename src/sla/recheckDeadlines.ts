import { optionsOf } from '../_lib/options';
import type { CalendarOptions } from '../calendar/schema';
import { GuifanError } from '../errors/GuifanError';
import type { ClockState } from './_lib/types';
import type { SlaInstant } from './_lib/instant';
import { isCompiled } from './compileSlaPolicy';
import { evaluateCases, type ClockSummary } from './evaluateCases';
import type { SlaCase, SlaPolicy } from './schema';

/**
 * A clock's deadline under one calendar.
 *
 * @example
 * const policy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), calendar: { outOfCoverage: 'provisional' } };
 * const kase = { id: 'C-7', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2027-02-04T10:00+08:00' }] };
 * // 2027's notice is loaded (an illustrative 春节: 2月5日至13日, make-up days 1月31日 and 2月20日)
 * const spring = { holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'], workdays: ['2027-01-31', '2027-02-20'] };
 * const [c] = recheckDeadlines(policy, [kase], '2027-02-04T11:00+08:00', { calendar: { years: { 2027: spring } } });
 * [c.before.state, c.before.due.toISOString(), c.before.provisional] //=> ['running', '2027-02-09T16:00:00.000Z', true]
 */
export interface ClockDeadline {
  readonly state: ClockState;
  readonly due: Date | undefined;
  readonly max: Date | undefined;
  /** The deadline rests on days answered from the law alone (CAL-02). */
  readonly provisional: boolean;
}

/**
 * One clock whose deadline a new calendar changes (CAL-02).
 *
 * @example
 * const policy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), calendar: { outOfCoverage: 'provisional' } };
 * const kase = { id: 'C-7', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2027-02-04T10:00+08:00' }] };
 * // 2027's notice is loaded (an illustrative 春节: 2月5日至13日, make-up days 1月31日 and 2月20日)
 * const spring = { holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'], workdays: ['2027-01-31', '2027-02-20'] };
 * const [c] = recheckDeadlines(policy, [kase], '2027-02-04T11:00+08:00', { calendar: { years: { 2027: spring } } });
 * [c.id, c.clock, c.before.provisional, c.after.provisional, c.dueShiftMs / 86_400_000] //=> ['C-7', 'complaint-answer', true, false, 6]
 */
export interface DeadlineChange {
  /** The case's position in the list. */
  readonly index: number;
  readonly id: string | undefined;
  readonly clock: string;
  /** Under the policy's calendar; `undefined` when the clock could not be evaluated there (CALENDAR_NOT_COVERED). */
  readonly before: ClockDeadline | undefined;
  /** Under the new calendar; `undefined` when it cannot be evaluated there. */
  readonly after: ClockDeadline | undefined;
  /** How far the due moved (`after − before`, ms); `undefined` unless both have one. */
  readonly dueShiftMs: number | undefined;
}

/**
 * Options of {@link recheckDeadlines}.
 *
 * @example
 * recheckDeadlines(PROPERTY_SERVICE_CENTRE, [], '2026-12-30T15:00+08:00', { calendar: {} }) //=> []
 */
export interface RecheckDeadlinesOptions {
  /** The calendar to recheck under, replacing the policy's: e.g. its options with the new notice (`notices`, `years`). */
  calendar: CalendarOptions;
}

const deadline = (c: ClockSummary): ClockDeadline =>
  Object.freeze({ state: c.state, due: c.due === undefined ? undefined : new Date(c.due), max: c.max === undefined ? undefined : new Date(c.max), provisional: c.provisional });

const same = (a: ClockSummary | undefined, b: ClockSummary | undefined): boolean =>
  a !== undefined && b !== undefined && a.due === b.due && a.max === b.max && a.state === b.state && a.provisional === b.provisional;

/**
 * Re-evaluates cases under a new calendar and lists the clocks whose deadline
 * changes (CAL-02): for a desk that ran from 1 January with
 * `outOfCoverage: 'provisional'` and has just loaded the State Council's notice
 * (make-up days move deadlines; a provisional mark goes away), or one whose
 * cases could not be evaluated past the data. Compares due, max, state and the
 * provisional mark, clock by clock, at the same instant.
 *
 * @param policy - the SLA policy as the desk ran it (its `calendar` is the old one)
 * @param cases - the open cases
 * @param at - the evaluation instant
 * @param options - {@link RecheckDeadlinesOptions}: the new calendar's options
 * @returns one {@link DeadlineChange} per changed clock, in case order
 * @throws {GuifanError} as {@link evaluateCases}; `INVALID_OPTIONS` when `calendar` is missing or the policy is compiled (its calendar cannot be replaced)
 * @example
 * // a desk ran from 1 January provisionally (the law's 春节 is 2月5日–8日) …
 * const policy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), calendar: { outOfCoverage: 'provisional' } };
 * const kase = { id: 'C-7', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2027-02-04T10:00+08:00' }] };
 * // 2027's notice is loaded (an illustrative 春节: 2月5日至13日, make-up days 1月31日 and 2月20日)
 * const spring = { holidays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'], workdays: ['2027-01-31', '2027-02-20'] };
 * const changes = recheckDeadlines(policy, [kase], '2027-02-04T11:00+08:00', { calendar: { years: { 2027: spring } } });
 * changes.map((c) => [c.id, c.clock, c.before.due.toISOString(), c.after.due.toISOString(), c.after.provisional])
 * //=> [['C-7', 'complaint-answer', '2027-02-09T16:00:00.000Z', '2027-02-15T16:00:00.000Z', false]] (due 24:00 of 2月9日 → 2月15日)
 */
export function recheckDeadlines(policy: SlaPolicy, cases: readonly SlaCase[], at: SlaInstant, options: RecheckDeadlinesOptions): DeadlineChange[] {
  const o = optionsOf(options);
  if (o.calendar === undefined || o.calendar === null || typeof o.calendar !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'calendar', value: o.calendar, reasonZh: '应给出新日历的选项（如含通知的 notices 或 years）', reasonEn: 'the new calendar’s options are required (with the notice in notices or years)' }, 'CAL-02');
  }
  if (isCompiled(policy) || policy === null || typeof policy !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'policy', value: policy, reasonZh: '应为策略数据（已编译的策略无法更换日历）', reasonEn: 'expected the policy as data (a compiled policy’s calendar cannot be replaced)' }, 'ESC-04');
  }
  const before = evaluateCases(policy, cases, at);
  const after = evaluateCases({ ...policy, calendar: o.calendar }, cases, at);
  const out: DeadlineChange[] = [];
  before.forEach((b, i) => {
    const a = after[i]!;
    const names = [...new Set([...b.clocks.map((c) => c.name), ...a.clocks.map((c) => c.name)])];
    for (const clock of names) {
      const x = b.clocks.find((c) => c.name === clock);
      const y = a.clocks.find((c) => c.name === clock);
      if (same(x, y)) continue;
      const shift = x?.due !== undefined && y?.due !== undefined ? y.due - x.due : undefined;
      out.push(Object.freeze({ index: i, id: b.id, clock, before: x && deadline(x), after: y && deadline(y), dueShiftMs: shift }));
    }
  });
  return out;
}
