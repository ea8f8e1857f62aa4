import { calendarOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { optionsOf } from '../_lib/options';
import { classifier, classifyInterval, type HourClass } from './_lib/classify';
import type { ValidationIssue } from './_lib/makeIssue';
import { normalMsOf, readShift, type ShiftInput } from './_lib/readShift';
import { hoursByClass, segmentOf, shiftWarnings, type ShiftSegment } from './_lib/segments';
import { hoursOf } from './_lib/text';

export type { HourClass } from './_lib/classify';
export type { ShiftInput } from './_lib/readShift';
export type { ShiftSegment } from './_lib/segments';

/**
 * Options of {@link classifyShift}.
 *
 * @example
 * classifyShift({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' }, { normalHoursPerDay: 10 }).byClass['working-day-overtime'] //=> 2
 */
export interface ClassifyShiftOptions {
  /** The calendar that says which days are statutory, rest or working days, and in which zone. @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /**
   * The hours of a working day that are normal hours (DUT-02); hours worked
   * beyond them that day are overtime (DUT-03, DUT-04). For several shifts of
   * one person on one day use {@link rosterCosts}, which counts them across
   * the shifts. @default 8
   */
  normalHoursPerDay?: number;
}

/**
 * A shift's hours by class (DUT-04, DUT-05).
 *
 * @example
 * const c = classifyShift({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' });
 * [c.hours, c.byClass['statutory-holiday'], c.segments.length] //=> [12, 12, 1]
 */
export interface ShiftClassification {
  readonly person: string | undefined;
  readonly start: Date;
  readonly end: Date;
  readonly hours: number;
  /** Hours per class; every class is present (0 when none). */
  readonly byClass: Readonly<Record<HourClass, number>>;
  /** The pieces in time order. */
  readonly segments: readonly ShiftSegment[];
  /** Hours of rest the employer owes back for compensated rest-day work (补休). */
  readonly compensatoryRestHours: number;
  /** `true` when a day involved is provisional (no notice for its year yet, CAL-02). */
  readonly provisional: boolean;
  /** Warnings, e.g. `COMPENSATORY_REST_ON_STATUTORY_DAY` (DUT-04). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Splits a shift at 00:00 of each civil day (in the calendar's zone) and, on a
 * working day, at the end of normal hours, and says how each piece is paid
 * (DUT-04, DUT-05): statutory-holiday hours (≥ 300 %), rest-day hours (≥ 200 %,
 * or compensated by equal rest when `compensatoryRest` is true), working-day
 * hours beyond normal hours (≥ 150 %) and normal hours. Whether compensatory
 * rest is given is the caller's input, never a guess; it never changes
 * statutory-day hours (a warning says so).
 *
 * @param shift - `{ start, end, person?, compensatoryRest? }`, instants as `Date` or ISO text with an offset
 * @param options - {@link ClassifyShiftOptions}
 * @returns a frozen {@link ShiftClassification}
 * @throws {GuifanError} `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `INVALID_OPTIONS`, `VALIDATION_FAILED`
 *   (`SHIFT_END_NOT_AFTER_START`, a shift over 31 days), `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * const c = classifyShift({ start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00' })
 * c.byClass //=> { 'statutory-holiday': 8, 'rest-day': 0, 'rest-day-compensated': 0, 'working-day-overtime': 0, 'working-day': 4 }
 * classifyShift({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' }).byClass['working-day-overtime'] //=> 4
 * classifyShift({ start: '2026-10-05T08:00+08:00', end: '2026-10-05T16:00+08:00', compensatoryRest: true }).compensatoryRestHours //=> 8
 */
export function classifyShift(shift: ShiftInput, options: ClassifyShiftOptions = {}): ShiftClassification {
  const o = optionsOf(options);
  const calendar = calendarOf(o, chinaCalendar);
  const c = classifier(calendar);
  const s = readShift(shift, c.zone);
  const pieces = classifyInterval(c, s.start, s.end, s.compensatoryRest, normalMsOf(o.normalHoursPerDay), new Map());
  const byClass = hoursByClass(pieces);
  return Object.freeze({
    person: s.person,
    start: new Date(s.start),
    end: new Date(s.end),
    hours: hoursOf(s.end - s.start),
    byClass,
    segments: Object.freeze(pieces.map((p) => segmentOf(p, c))),
    compensatoryRestHours: byClass['rest-day-compensated'],
    provisional: pieces.some((p) => p.pay.provisional),
    issues: Object.freeze(shiftWarnings(pieces, s.compensatoryRest, c)),
  });
}
