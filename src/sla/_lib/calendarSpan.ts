import { isGuifanError } from '../../errors/isGuifanError';
import type { DueOptions } from '../../time-limit/_lib/compute';
import type { NormalizedLimit } from '../../time-limit/_lib/normalize';
import type { ClockCore } from './types';
import type { CompiledPolicy } from './compile';
import { deliver, type Delivered, type Delivery } from './deliver';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { isBusiness } from './pauses';

// What a clock's deadlines ask of the calendar: the span of days they depend on (a provisional
// day among them marks the clock provisional, CAL-02) and a level's delivery (CAL-06).

/** Records the provisional days a clock used (out of line: the usual batch never gets here). */
export function markProvisional(cp: CompiledPolicy, core: ClockCore, name: string, useLo: number, useHi: number, issues: ValidationIssue[]): void {
  const cal = cp.cal;
  // The first provisional day used: provisional days lie before or after the data, so search the span.
  let lo = useLo;
  let hi = useHi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cal.anyProvisional(useLo, mid)) hi = mid;
    else lo = mid + 1;
  }
  core.provisional = { from: lo, until: useHi };
  issues.push(makeIssue('PROVISIONAL_DEADLINE', ['clocks', name], { clock: name, from: cal.label(lo), until: cal.label(useHi) }, 'CAL-02', 'warning'));
}

/**
 * A level's delivery; when the next opening lies past the calendar's data, the level keeps its
 * (correct) breach instant and the unknown delivery is a CALENDAR_NOT_COVERED issue.
 */
export function deliveryOrIssue(cp: CompiledPolicy, clock: string, level: string, mode: Delivery, fire: number, issues: ValidationIssue[]): Delivered | undefined {
  try {
    return deliver(cp.cal, mode, fire);
  } catch (e) {
    if (!isGuifanError(e) || e.code !== 'CALENDAR_NOT_COVERED') throw e;
    issues.push(makeIssue('CALENDAR_NOT_COVERED', ['clocks', clock, 'escalations', level, 'delivery'], { clock, level, date: e.details.date, year: e.details.year }, 'CAL-06'));
    return undefined;
  }
}

export const NO_SPAN: readonly number[] = Object.freeze([Infinity, -Infinity]);

export function widen(span: number[], from: number, to: number): void {
  if (from < span[0]!) span[0] = from;
  if (to > span[1]!) span[1] = to;
}

/** Whether counting a limit asks the calendar anything (minute/hour limits only when they roll over rest days). */
export function consultsCalendar(l: NormalizedLimit, opts: DueOptions): boolean {
  return (l.unit !== 'minute' && l.unit !== 'hour') || opts.rollOverRestDays === true;
}

/** The first day whose status a limit's count depends on: the day after the start (TL-02), or the start day itself. */
export function firstUsedDay(cp: CompiledPolicy, s0: number, l: NormalizedLimit, opts: DueOptions): number {
  const day = cp.cal.zone.dayOf(s0);
  // a rolled minute/hour limit asks only about the day its time runs out on
  if (l.unit === 'minute' || l.unit === 'hour') return cp.cal.zone.dayOf(s0 + l.amount * (l.unit === 'hour' ? 3_600_000 : 60_000));
  if (isBusiness(l) || opts.countFrom === 'same-day-if-before-cutoff') return day;
  return day + 1;
}
