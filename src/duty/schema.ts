import * as z from 'zod/mini';
import { parseInstantText } from '../_lib/input';
import { CivilDateSchema, TimeOfDaySchema } from '../calendar/schema';

// Rosters are data (DUT-01): JSON-able, zod/mini, exported as JSON Schema
// (`guifan schema roster`). Instants are ISO text WITH an offset — a pattern in
// the JSON Schema, not `{}` — read in the calendar's zone for civil days.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * An instant as roster data: ISO 8601 text with a UTC offset (`'2026-10-01T08:00+08:00'`).
 *
 * @example
 * InstantTextSchema.safeParse('2026-10-01T08:00+08:00').success //=> true
 * InstantTextSchema.safeParse('2026-10-01T08:00').success //=> false (no offset: ambiguous)
 */
export const InstantTextSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(INSTANT, { error: 'guifan:instant' }),
    z.refine((s) => typeof parseInstantText(s) === 'object', { error: 'guifan:instant' }),
  ))();

/**
 * One person of a roster. `normalHoursPerDay` is how many hours of a working
 * day are normal hours for this person (DUT-02: 8); hours beyond it are
 * overtime (DUT-03, DUT-04).
 *
 * @example
 * RosterPersonSchema.safeParse({ id: 'wang', name: '王敏' }).success //=> true
 * RosterPersonSchema.safeParse({ id: 'wang', normalHoursPerDay: 25 }).success //=> false
 */
export const RosterPersonSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    /** Normal hours of a working day for this person; overrides the roster's. */
    normalHoursPerDay: z.optional(z.number().check(z.positive(), z.maximum(24))),
  }))();
/**
 * One person of a roster, as data. See {@link RosterPersonSchema}.
 *
 * @example
 * const p = { id: 'wang', name: '王敏' }
 * p.id //=> 'wang'
 */
export type RosterPerson = z.infer<typeof RosterPersonSchema>;

/**
 * A service window (CAL-04, CAL-05): when the service must be staffed and by
 * how many (DUT-01). `hours` is `'24x7'` or the day's segments (`[['08:00',
 * '20:00']]`; a night window is two segments, `[['00:00', '08:00'], ['20:00',
 * '24:00']]`); `days` which days it applies to.
 *
 * @example
 * ServiceWindowSchema.parse({ id: 'hotline', hours: '24x7', minStaff: 2 })
 * //=> { id: 'hotline', hours: '24x7', minStaff: 2, days: 'every-day' }
 * ServiceWindowSchema.safeParse({ id: 'desk', hours: [['08:30', '17:00']], days: 'working-days' }).success //=> true
 */
export const ServiceWindowSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    nameEn: z.optional(z.string()),
    hours: z.union([z.literal('24x7'), z.array(z.tuple([TimeOfDaySchema, TimeOfDaySchema])).check(z.minLength(1))]),
    /** Which days: every day, working days only, or rest days only (weekends and holidays). */
    days: z._default(z.enum(['every-day', 'working-days', 'rest-days']), 'every-day'),
    /** How many people must be on duty at every instant of the window. */
    minStaff: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 1),
  }))();
/**
 * A service window, as data. See {@link ServiceWindowSchema}.
 *
 * @example
 * const w = { id: 'hotline', hours: '24x7', days: 'every-day', minStaff: 2 }
 * w.minStaff //=> 2
 */
export type ServiceWindow = z.infer<typeof ServiceWindowSchema>;

/**
 * One shift of one person. `windows` names the service windows it staffs
 * (all of them when absent); `dutyOfficer` marks the duty officer (总值班) for
 * off-hours (CAL-06); `compensatoryRest` says that equal rest is given for its
 * rest-day hours (DUT-04: it changes rest-day pay, never statutory-day pay).
 *
 * @example
 * RosterShiftSchema.safeParse({ person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00' }).success //=> true
 * RosterShiftSchema.safeParse({ person: 'wang', start: '2026-10-01 08:00', end: '2026-10-01T16:00+08:00' }).success //=> false
 */
export const RosterShiftSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.optional(z.string()),
    person: z.string().check(z.minLength(1)),
    start: InstantTextSchema,
    end: InstantTextSchema,
    windows: z.optional(z.array(z.string())),
    dutyOfficer: z.optional(z.boolean()),
    compensatoryRest: z.optional(z.boolean()),
    note: z.optional(z.string()),
  }))();
/**
 * One shift, as data. See {@link RosterShiftSchema}.
 *
 * @example
 * const s = { person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00' }
 * classifyShift(s).byClass['statutory-holiday'] //=> 8
 */
export type RosterShift = z.infer<typeof RosterShiftSchema>;

/**
 * A duty roster (值班表, DUT-01): people, their shifts, the service windows with
 * their minimum staff, and the limits the roster is checked against.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], windows: [{ id: 'hotline', hours: '24x7' }], shifts: [] }
 * RosterSchema.parse(roster).limits //=> { overtimePerDay: 3, overtimePerMonth: 36 }
 */
export const RosterSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.optional(z.string()),
    name: z.optional(z.string()),
    people: z.array(RosterPersonSchema),
    windows: z._default(z.array(ServiceWindowSchema), []),
    shifts: z.array(RosterShiftSchema),
    /** Normal hours of a working day (DUT-02), unless a person says otherwise. */
    normalHoursPerDay: z._default(z.number().check(z.positive(), z.maximum(24)), 8),
    /** Overtime limits in hours (DUT-03: 3 a day with a special need, 36 a month). */
    limits: z._default(
      z.strictObject({
        overtimePerDay: z._default(z.number().check(z.minimum(0)), 3),
        overtimePerMonth: z._default(z.number().check(z.minimum(0)), 36),
      }),
      { overtimePerDay: 3, overtimePerMonth: 36 },
    ),
    /** Whether a duty officer must be on duty whenever the office is closed (CAL-06). */
    offHoursDutyOfficer: z._default(z.boolean(), true),
  }))();
/**
 * A roster as it goes in (defaults optional). See {@link RosterSchema}.
 *
 * @example
 * const roster = { people: [{ id: 'wang' }], shifts: [{ person: 'wang', start: '2026-10-01T08:00+08:00', end: '2026-10-01T16:00+08:00' }] }
 * roster.shifts.length //=> 1
 */
export type Roster = z.input<typeof RosterSchema>;

/**
 * A wage: monthly (DUT-06: daily = monthly ÷ 21.75, hourly = daily ÷ 8) or
 * hourly, in whole fen.
 *
 * @example
 * WageSchema.safeParse({ monthlyWageFen: 600000 }).success //=> true
 * WageSchema.safeParse({ monthlyWageFen: 6000.5 }).success //=> false (whole fen)
 */
export const WageSchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ monthlyWageFen: z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)) }),
    z.strictObject({ hourlyWageFen: z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)) }),
  ]))();
/**
 * A wage, as data. See {@link WageSchema}.
 *
 * @example
 * const w = { monthlyWageFen: 600000 }
 * shiftPay({ start: '2026-10-01T08:00+08:00', end: '2026-10-01T20:00+08:00' }, w).totalFen //=> 124138
 */
export type Wage = z.infer<typeof WageSchema>;

/**
 * What {@link annualLeaveEntitlement} needs to know about a person and a year
 * (DUT-07…DUT-09). `serviceYears` is the cumulative working time with any
 * employer (累计工作时间); `personalLeaveDays` counts 事假 days on which pay was
 * not deducted; `takenDays` the annual leave already taken that year.
 *
 * @example
 * AnnualLeaveInputSchema.safeParse({ serviceYears: 12, year: 2026 }).success //=> true
 * AnnualLeaveInputSchema.safeParse({ serviceYears: -1, year: 2026 }).success //=> false
 */
export const AnnualLeaveInputSchema = /* @__PURE__ */ (() => {
  const days = z.optional(z.number().check(z.minimum(0), z.maximum(366)));
  return z.strictObject({
    serviceYears: z.number().check(z.minimum(0), z.maximum(100)),
    year: z.int().check(z.minimum(1900), z.maximum(2200)),
    joinedOn: z.optional(CivilDateSchema),
    leftOn: z.optional(CivilDateSchema),
    sickLeaveDays: days,
    personalLeaveDays: days,
    schoolHolidayDays: days,
    takenDays: days,
  });
})();
/**
 * The input of {@link annualLeaveEntitlement}, as data. See {@link AnnualLeaveInputSchema}.
 *
 * @example
 * const input = { serviceYears: 12, year: 2026, joinedOn: '2026-10-08' }
 * annualLeaveEntitlement(input).days //=> 2
 */
export type AnnualLeaveInput = z.infer<typeof AnnualLeaveInputSchema>;

/**
 * What {@link untakenLeavePay} needs (DUT-10): the untaken days and the
 * monthly wage — either the average itself or the wages of the (up to 12)
 * months before, overtime pay excluded, in whole fen.
 *
 * @example
 * UntakenLeavePayInputSchema.safeParse({ days: 3, monthlyWageFen: 870000 }).success //=> true
 * UntakenLeavePayInputSchema.safeParse({ days: 3, monthlyWagesFen: [] }).success //=> false
 */
export const UntakenLeavePayInputSchema = /* @__PURE__ */ (() => {
  const fen = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
  const days = z.number().check(z.minimum(0), z.maximum(366));
  return z.union([
    z.strictObject({ days, monthlyWageFen: fen }),
    z.strictObject({ days, monthlyWagesFen: z.array(fen).check(z.minLength(1), z.maxLength(12)) }),
  ]);
})();
/**
 * The input of {@link untakenLeavePay}, as data. See {@link UntakenLeavePayInputSchema}.
 *
 * @example
 * const input = { days: 3, monthlyWageFen: 870000 }
 * untakenLeavePay(input).totalFen //=> 360000
 */
export type UntakenLeavePayInput = z.infer<typeof UntakenLeavePayInputSchema>;
