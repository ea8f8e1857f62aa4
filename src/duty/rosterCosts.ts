import { toDayNumber, type DateInput } from '../_lib/input';
import { optionsOf } from '../_lib/options';
import { add, sum, toExactString, ZERO, type Q, type RoundingRule } from '../_lib/rational';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import type { RuleId } from '../errors/types';
import { validationError } from '../errors/validationError';
import { classifier, HOUR_CLASSES, type HourClass, type Piece } from './_lib/classify';
import { classExact, payLine, type PayLine } from './_lib/pay';
import { byPerson, classifyPerson, readRoster } from './_lib/roster';
import { hoursOf } from './_lib/text';
import { readWage, roundingOf, toFen, type HourlyWage } from './_lib/wage';
import type { Roster, Wage } from './schema';

/**
 * Options of {@link rosterCosts}.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], shifts: [{ person: 'wang', start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00' }] }
 * rosterCosts(roster, { wang: { hourlyWageFen: 3000 } }, { from: '2026-10-01', to: '2026-10-01' }).totalFen //=> 72000 (8 h × 300 %)
 */
export interface RosterCostsOptions {
  /** The calendar (zone, holidays). @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /** Count only the hours from this day on (civil day of the calendar's zone). @default every shift */
  from?: DateInput;
  /** … up to and including this day. */
  to?: DateInput;
  /** Rounding of exact fen, once per figure. @default 'half-even' (GB/T 8170) */
  rounding?: RoundingRule;
}

/**
 * Hours and pay of one class.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], shifts: [{ person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }] }
 * rosterCosts(roster, { wang: { monthlyWageFen: 600000 } }).byClass['statutory-holiday'] //=> { hours: 12, fen: 124138, exactFen: '3600000/29' }
 */
export interface ClassCost {
  readonly hours: number;
  /** Whole fen, rounded once from `exactFen`. */
  readonly fen: number;
  readonly exactFen: string;
}

/**
 * One person's hours and pay by class, with every pay line.
 *
 * @example
 * const roster = { people: [{ id: 'wang', name: '王敏' }], shifts: [{ person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }] }
 * const p = rosterCosts(roster, { wang: { monthlyWageFen: 600000 } }).byPerson[0];
 * [p.person, p.name, p.hours, p.totalFen, p.lines.length] //=> ['wang', '王敏', 12, 124138, 1]
 */
export interface PersonCosts {
  readonly person: string;
  readonly name: string | undefined;
  readonly hours: number;
  readonly byClass: Readonly<Record<HourClass, ClassCost>>;
  /** Rounded once from the person's exact sum. */
  readonly totalFen: number;
  readonly exactFen: string;
  readonly lines: readonly PayLine[];
}

/**
 * What a roster costs (DUT-04, DUT-06), by person and by class.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }, { id: 'li' }], shifts: [
 *   { person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00' },
 *   { person: 'li', start: '2026-10-05T08:00+08:00', end: '2026-10-05T16:00+08:00' },
 * ] }
 * const c = rosterCosts(roster, { wang: { hourlyWageFen: 3000 }, li: { hourlyWageFen: 3000 } });
 * [c.totalFen, c.byClass['statutory-holiday'].fen, c.byClass['rest-day'].fen] //=> [120000, 72000, 48000]
 */
export interface RosterCosts {
  readonly byPerson: readonly PersonCosts[];
  readonly byClass: Readonly<Record<HourClass, ClassCost>>;
  /** Rounded once from the exact sum of everything (each figure is rounded once from its own exact sum). */
  readonly totalFen: number;
  readonly exactFen: string;
  readonly provisional: boolean;
  readonly rules: readonly RuleId[];
}

const RULES: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['DUT-04', 'DUT-05', 'DUT-06'] as RuleId[]);

interface Tally {
  ms: Record<HourClass, number>;
  fen: Record<HourClass, Q>;
}
const tally = (): Tally => ({ ms: Object.fromEntries(HOUR_CLASSES.map((k) => [k, 0])) as Record<HourClass, number>, fen: Object.fromEntries(HOUR_CLASSES.map((k) => [k, ZERO])) as Record<HourClass, Q> });
const costs = (t: Tally, rounding: RoundingRule): Readonly<Record<HourClass, ClassCost>> =>
  Object.freeze(Object.fromEntries(HOUR_CLASSES.map((k) => [k, Object.freeze({ hours: hoursOf(t.ms[k]), fen: toFen(t.fen[k], rounding), exactFen: toExactString(t.fen[k]) })])) as Record<HourClass, ClassCost>);

/**
 * Sums what a roster's shifts earn, by person and by class (DUT-04, DUT-06).
 * Each person's shifts are classified in time order, normal hours counted per
 * working day across them (the roster's or the person's `normalHoursPerDay`),
 * each piece paid at its rate of the person's hourly wage (monthly ÷ 21.75 ÷ 8),
 * and every figure rounded once from its exact sum (GB/T 8170 half-even by
 * default). Under a monthly wage the figures are what the roster adds to the
 * wage; under an hourly wage, all of the pay. Checking the roster is
 * {@link validateRoster}'s work: overlapping shifts are paid as listed.
 *
 * @param roster - a {@link Roster}
 * @param wages - each person's `{ monthlyWageFen }` or `{ hourlyWageFen }`, by person id
 * @param options - {@link RosterCostsOptions}
 * @returns a frozen {@link RosterCosts}
 * @throws {GuifanError} `VALIDATION_FAILED` (a roster that does not parse, an unknown person, a bad shift or wage),
 *   `INVALID_OPTIONS` (a person with shifts and no wage), `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * const roster = { people: [{ id: 'wang' }], shifts: [
 *   { person: 'wang', start: '2026-10-09T08:00+08:00', end: '2026-10-09T12:00+08:00' },
 *   { person: 'wang', start: '2026-10-09T14:00+08:00', end: '2026-10-09T20:00+08:00' },
 * ] }
 * const c = rosterCosts(roster, { wang: { monthlyWageFen: 600000 } });
 * [c.byClass['working-day'].hours, c.byClass['working-day-overtime'].hours, c.totalFen] //=> [8, 2, 10345]
 */
export function rosterCosts(roster: Roster, wages: Readonly<Record<string, Wage>>, options: RosterCostsOptions = {}): RosterCosts {
  const o = optionsOf(options);
  const calendar = calendarOf(o, chinaCalendar);
  const zone = internalsOf(calendar).zone;
  const rounding = roundingOf(o.rounding);
  if (wages === null || typeof wages !== 'object' || Array.isArray(wages)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'wages', value: wages, reasonZh: '应为按人员 id 列出的工资', reasonEn: 'expected the wages by person id' });
  }
  const lo = o.from === undefined ? -Infinity : zone.instantOf(toDayNumber(o.from, zone), 0);
  const hi = o.to === undefined ? Infinity : zone.instantOf(toDayNumber(o.to, zone) + 1, 0);
  const read = readRoster(roster, zone);
  if (!read.roster || read.issues.length) throw validationError(read.issues, 'DUT-01');
  const c = classifier(calendar);
  const all = tally();
  const byPersonOut: PersonCosts[] = [];
  let provisional = false;
  for (const [person, shifts] of byPerson(read.shifts)) {
    const { index, normalMs } = read.people.get(person)!;
    if (!Object.prototype.hasOwnProperty.call(wages, person)) {
      throw new GuifanError('INVALID_OPTIONS', { path: `wages.${person}`, value: undefined, reasonZh: '该人员有班次但没有工资', reasonEn: 'this person has shifts but no wage' });
    }
    const w: HourlyWage = readWage(wages[person], ['wages', person]);
    const pieces: Piece[] = classifyPerson(c, shifts, normalMs, lo, hi).flat();
    const mine = tally();
    const lines: PayLine[] = [];
    for (const p of pieces) {
      mine.ms[p.cls] += p.end - p.start;
      lines.push(payLine(p, c, w, rounding));
      provisional ||= p.pay.provisional;
    }
    // Pay is linear in time: a class's exact sum is its hours at its rate, one BigInt product per class.
    for (const k of HOUR_CLASSES) {
      mine.fen[k] = classExact(w, k, mine.ms[k]);
      all.ms[k] += mine.ms[k];
      all.fen[k] = add(all.fen[k], mine.fen[k]);
    }
    const exact = sum(HOUR_CLASSES.map((k) => mine.fen[k]));
    byPersonOut.push(
      Object.freeze({
        person,
        name: read.roster.people[index]!.name,
        hours: hoursOf(HOUR_CLASSES.reduce((n, k) => n + mine.ms[k], 0)),
        byClass: costs(mine, rounding),
        totalFen: toFen(exact, rounding),
        exactFen: toExactString(exact),
        lines: Object.freeze(lines),
      }),
    );
  }
  const exact = sum(HOUR_CLASSES.map((k) => all.fen[k]));
  const order = (p: PersonCosts): number => read.people.get(p.person)!.index;
  return Object.freeze({
    byPerson: Object.freeze(byPersonOut.sort((a, b) => order(a) - order(b))),
    byClass: costs(all, rounding),
    totalFen: toFen(exact, rounding),
    exactFen: toExactString(exact),
    provisional,
    rules: RULES,
  });
}
