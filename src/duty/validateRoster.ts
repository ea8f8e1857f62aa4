import { append } from '../_lib/append';
import { toDayNumber, type DateInput } from '../_lib/input';
import { optionsOf } from '../_lib/options';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { classifier } from './_lib/classify';
import { coverageIssues, dutyOfficerIssues, offHours, overlapIssues, overtimeIssues, weeklyRestIssues, windowSpans, type Period } from './_lib/checks';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { byPerson, classifyPerson, readRoster } from './_lib/roster';
import { shiftWarnings } from './_lib/segments';
import type { Span } from './_lib/sweep';
import type { Roster } from './schema';

/**
 * Options of {@link validateRoster}: the period checked, both days included,
 * and the calendar (its zone, its holidays, its office hours for CAL-06).
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], shifts: [], offHoursDutyOfficer: false }
 * validateRoster(roster, { from: '2026-10-01', to: '2026-10-07' }).success //=> true
 */
export interface ValidateRosterOptions {
  /** First day checked (`'YYYY-MM-DD'`, or an instant read in the calendar's zone). */
  from: DateInput;
  /** Last day checked, included. */
  to: DateInput;
  /** Holidays, zone and office hours (`businessHours`: outside them the duty officer is needed). @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * Result of {@link validateRoster}: `success` is `true` when no issue is an error.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], windows: [{ id: 'hotline', hours: '24x7' }], shifts: [], offHoursDutyOfficer: false }
 * const r = validateRoster(roster, { from: '2026-10-01', to: '2026-10-01' });
 * [r.success, r.issues[0].code, r.issues[0].details.hours] //=> [false, 'SERVICE_UNCOVERED', 24]
 */
export interface RosterValidation {
  readonly success: boolean;
  readonly issues: readonly ValidationIssue[];
}

const badOption = (path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError => new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });

/**
 * Checks a duty roster (值班表) over a period against the rules of section 8:
 * - DUT-01: every service window staffed by its minimum at every instant
 *   (`SERVICE_UNCOVERED`, `SERVICE_UNDERSTAFFED`, with the exact stretch), and
 *   a duty officer whenever the office is closed (`DUTY_OFFICER_MISSING`, CAL-06:
 *   the calendar's `businessHours` are the office's hours; without them a
 *   warning `OFF_HOURS_UNKNOWN`); overlapping shifts of one person; unknown people
 *   and windows;
 * - DUT-02: a day with no work in every Monday–Sunday week inside the period (`NO_WEEKLY_REST`);
 * - DUT-03: at most 3 h beyond normal hours in a day and 36 h of overtime in a
 *   month (`roster.limits`): working-day hours beyond normal hours, rest-day
 *   hours not given back as rest, statutory-day hours;
 * - DUT-04: a warning where compensatory rest is marked for statutory-day hours.
 * Days are civil days of the calendar's zone; shifts are clipped to the period.
 * Sorts and sweeps only (O(n log n)): 200 people × a month in milliseconds.
 *
 * @param roster - a {@link Roster} (see {@link RosterSchema})
 * @param options - {@link ValidateRosterOptions}
 * @returns `{ success, issues }`: problems in the roster are issues, never thrown
 * @throws {GuifanError} `INVALID_OPTIONS` (no `from`/`to`, `to` before `from`), `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * const roster = {
 *   people: [{ id: 'wang' }, { id: 'li' }, { id: 'zhao' }],
 *   windows: [{ id: 'hotline', name: '热线', hours: '24x7' }],
 *   shifts: [
 *     { person: 'wang', start: '2026-10-01T00:00+08:00', end: '2026-10-01T08:00+08:00', dutyOfficer: true },
 *     { person: 'li', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00', dutyOfficer: true },
 *     { person: 'zhao', start: '2026-10-01T16:00+08:00', end: '2026-10-01T23:00+08:00', dutyOfficer: true },
 *   ],
 * }
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '17:30']] } })
 * validateRoster(roster, { from: '2026-10-01', to: '2026-10-01', calendar }).issues.map((i) => [i.code, i.details.from, i.details.to])
 * //=> [['SERVICE_UNCOVERED', '2026-10-01T23:00:00+08:00', '2026-10-02T00:00:00+08:00'], ['DUTY_OFFICER_MISSING', '2026-10-01T23:00:00+08:00', '2026-10-02T00:00:00+08:00']]
 */
export function validateRoster(roster: Roster, options: ValidateRosterOptions): RosterValidation {
  const o = optionsOf(options);
  const calendar = calendarOf(o, chinaCalendar);
  const cal = internalsOf(calendar);
  const zone = cal.zone;
  if (o.from === undefined || o.to === undefined) throw badOption(o.from === undefined ? 'from' : 'to', o.from ?? o.to, '需要检查的起止日期', 'the first and last day to check are required');
  const fromDay = toDayNumber(o.from, zone);
  const toDay = toDayNumber(o.to, zone);
  if (toDay < fromDay) throw badOption('to', o.to, '不能早于 from', 'must not be before from');
  cal.info(fromDay);
  cal.info(toDay); // CALENDAR_NOT_COVERED (CAL-02) before any work
  const period: Period = { fromDay, toDay, start: zone.instantOf(fromDay, 0), end: zone.instantOf(toDay + 1, 0) };

  const read = readRoster(roster, zone);
  const r = read.roster;
  if (!r) return Object.freeze({ success: false, issues: Object.freeze(read.issues) });
  const issues = [...read.issues];
  const inPeriod = read.shifts.filter((s) => s.end > period.start && s.start < period.end);
  const clip = (s: { start: number; end: number }): Span => [Math.max(s.start, period.start), Math.min(s.end, period.end)];

  // DUT-01: the service windows, each at its minimum staff.
  r.windows.forEach((w, wi) => {
    const segs = read.segments[wi]!;
    const applies = (day: number): boolean => w.days === 'every-day' || cal.isWorkday(day) === (w.days === 'working-days');
    const staff = inPeriod.filter((s) => s.windows.has(wi)).map(clip);
    append(issues, coverageIssues(windowSpans(segs, applies, period, zone), staff, w.minStaff, ['windows', wi], w.name ?? w.id, zone));
  });

  // DUT-01, CAL-06: the duty officer whenever the office is closed.
  if (r.offHoursDutyOfficer) {
    if (!cal.hasHours) issues.push(makeIssue('OFF_HOURS_UNKNOWN', ['offHoursDutyOfficer'], {}, 'CAL-06', 'warning'));
    else {
      const officers = inPeriod.filter((s) => s.dutyOfficer).map(clip);
      append(issues, dutyOfficerIssues(offHours(cal.intervalsMs, period, zone), officers, zone));
    }
  }

  // Per person: overlaps (DUT-01), weekly rest (DUT-02), overtime (DUT-03), compensatory rest (DUT-04).
  const c = classifier(calendar);
  const perDay = Math.round(r.limits.overtimePerDay * 3_600_000);
  const perMonth = Math.round(r.limits.overtimePerMonth * 3_600_000);
  for (const [person, shifts] of byPerson(inPeriod)) {
    const { index, normalMs } = read.people.get(person)!;
    const path = ['people', index];
    const name = r.people[index]!.name;
    const who = name === undefined ? { person } : { person, name };
    append(issues, overlapIssues(shifts, who, zone));
    const pieces = classifyPerson(c, shifts, normalMs, period.start, period.end);
    const all = pieces.flat();
    append(issues, weeklyRestIssues(who, path, all, period, c));
    append(issues, overtimeIssues(who, path, all, normalMs, perDay, perMonth, c));
    shifts.forEach((s, k) => append(issues, shiftWarnings(pieces[k]!, s.compensatoryRest, c, ['shifts', s.index])));
  }
  return Object.freeze({ success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) });
}
