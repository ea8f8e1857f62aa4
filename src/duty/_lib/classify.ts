import type { Zone } from '../../_lib/zone';
import { internalsOf } from '../../calendar/_lib/internals';
import { payClassOfDay, type PayClassInfo } from '../../calendar/_lib/payClass';
import type { WorkingCalendar } from '../../calendar/types';

/**
 * How an hour of work is paid (DUT-04), per civil day of the calendar's zone:
 * - `'statutory-holiday'`: on a statutory holiday, ≥ 300 % (compensatory rest is no substitute);
 * - `'rest-day'`: on a rest day without compensatory rest, ≥ 200 %;
 * - `'rest-day-compensated'`: on a rest day for which equal rest is given (补休): no overtime pay;
 * - `'working-day-overtime'`: on a working day beyond the person's normal hours, ≥ 150 %;
 * - `'working-day'`: the normal hours of a working day (the ordinary wage).
 *
 * @example
 * Object.keys(classifyShift({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00' }).byClass)
 * //=> ['statutory-holiday', 'rest-day', 'rest-day-compensated', 'working-day-overtime', 'working-day']
 */
export type HourClass = 'statutory-holiday' | 'rest-day' | 'rest-day-compensated' | 'working-day-overtime' | 'working-day';

/** Every class, in the order results list them. */
export const HOUR_CLASSES: readonly HourClass[] = ['statutory-holiday', 'rest-day', 'rest-day-compensated', 'working-day-overtime', 'working-day'];

/** The DUT-04 rate of each class, in percent of the hourly wage. */
export const PERCENT: Readonly<Record<HourClass, number>> = {
  'statutory-holiday': 300,
  'rest-day': 200,
  'rest-day-compensated': 100,
  'working-day-overtime': 150,
  'working-day': 100,
};

/** Whether a class is overtime for DUT-03's monthly limit (rest given back is not). */
export const IS_OVERTIME: Readonly<Record<HourClass, boolean>> = {
  'statutory-holiday': true,
  'rest-day': true,
  'rest-day-compensated': false,
  'working-day-overtime': true,
  'working-day': false,
};

export const MS_PER_HOUR = 3_600_000;

/** One classified piece of a shift: within one civil day, one class. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Day number of the civil day in the calendar's zone. */
  readonly day: number;
  readonly cls: HourClass;
  readonly pay: PayClassInfo;
}

/** Pay classes of civil days, cached per day for one call (O(1) each). */
export interface Classifier {
  readonly zone: Zone;
  readonly label: (day: number) => string;
  payOf(day: number): PayClassInfo;
}

export function classifier(calendar: WorkingCalendar): Classifier {
  const cal = internalsOf(calendar);
  const cache = new Map<number, PayClassInfo>();
  return {
    zone: cal.zone,
    label: cal.label,
    payOf: (day) => {
      let p = cache.get(day);
      if (!p) {
        p = payClassOfDay(cal.info(day), calendar.weekend);
        cache.set(day, p);
      }
      return p;
    },
  };
}

/**
 * Splits [start, end) at 00:00 of each civil day and, on a working day, at the
 * end of the person's normal hours, and classifies each piece (DUT-04). `used`
 * holds the working-day ms this person has already worked per civil day (their
 * earlier shifts, in start order): normal hours are the first `normalMs` of a
 * working day, across all of a person's shifts that day.
 */
export function classifyInterval(c: Classifier, start: number, end: number, compensatoryRest: boolean, normalMs: number, used: Map<number, number>): Piece[] {
  const out: Piece[] = [];
  let t = start;
  let day = c.zone.dayOf(t);
  while (t < end) {
    const next = Math.min(end, c.zone.instantOf(day + 1, 0));
    const pay = c.payOf(day);
    if (pay.payClass === 'statutory-holiday') out.push({ start: t, end: next, day, cls: 'statutory-holiday', pay });
    else if (pay.payClass === 'rest-day') out.push({ start: t, end: next, day, cls: compensatoryRest ? 'rest-day-compensated' : 'rest-day', pay });
    else {
      const before = used.get(day) ?? 0;
      const normal = Math.max(0, Math.min(next - t, normalMs - before));
      if (normal > 0) out.push({ start: t, end: t + normal, day, cls: 'working-day', pay });
      if (t + normal < next) out.push({ start: t + normal, end: next, day, cls: 'working-day-overtime', pay });
      used.set(day, before + (next - t));
    }
    t = next;
    day++;
  }
  return out;
}
