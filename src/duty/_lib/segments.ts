import type { PayClass } from '../../calendar/_lib/payClass';
import type { CivilDate } from '../../calendar/types';
import type { RuleId } from '../../errors/types';
import { HOUR_CLASSES, PERCENT, type Classifier, type HourClass, type Piece } from './classify';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { clock, hoursOf } from './text';

/**
 * One piece of a shift: within one civil day and one class.
 *
 * @example
 * const s = classifyShift({ start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00' }).segments[1];
 * [s.date, s.from, s.to, s.class, s.hours, s.percent] //=> ['2026-10-01', '00:00', '08:00', 'statutory-holiday', 8, 300]
 */
export interface ShiftSegment {
  /** The civil day in the calendar's zone. */
  readonly date: CivilDate;
  /** Wall times in the calendar's zone; the end of a day is `'24:00'`. */
  readonly from: string;
  readonly to: string;
  readonly start: Date;
  readonly end: Date;
  readonly class: HourClass;
  /** The day's pay class (DUT-05). */
  readonly payClass: PayClass;
  readonly hours: number;
  /** The DUT-04 rate of the class, in percent of the hourly wage (normal hours: 100). */
  readonly percent: number;
  /** The holiday the day belongs to, if any. */
  readonly holiday: string | undefined;
  readonly rule: RuleId;
}

/** A frozen segment of a piece. */
export function segmentOf(p: Piece, c: Classifier): ShiftSegment {
  return Object.freeze({
    date: c.label(p.day),
    from: clock(p.start, c.zone, false),
    to: clock(p.end, c.zone, true),
    start: new Date(p.start),
    end: new Date(p.end),
    class: p.cls,
    payClass: p.pay.payClass,
    hours: hoursOf(p.end - p.start),
    percent: PERCENT[p.cls],
    holiday: p.pay.holiday,
    rule: 'DUT-04' as RuleId,
  });
}

/** Hours per class of some pieces, every class present. */
export function hoursByClass(pieces: readonly Piece[]): Readonly<Record<HourClass, number>> {
  const ms = Object.fromEntries(HOUR_CLASSES.map((k) => [k, 0])) as Record<HourClass, number>;
  for (const p of pieces) ms[p.cls] += p.end - p.start;
  return Object.freeze(Object.fromEntries(HOUR_CLASSES.map((k) => [k, hoursOf(ms[k])])) as Record<HourClass, number>);
}

/** The warnings of a shift's pieces: compensatory rest does not replace statutory-day pay (DUT-04). */
export function shiftWarnings(pieces: readonly Piece[], compensatoryRest: boolean, c: Classifier, path: readonly (string | number)[] = []): ValidationIssue[] {
  if (!compensatoryRest) return [];
  const days = [...new Set(pieces.filter((p) => p.cls === 'statutory-holiday').map((p) => p.day))];
  return days.map((d) => makeIssue('COMPENSATORY_REST_ON_STATUTORY_DAY', [...path, 'compensatoryRest'], { date: c.label(d) }, 'DUT-04', 'warning'));
}

