import * as z from 'zod/mini';
import { HALF_UNITS, isAllowedAmount, TIME_LIMIT_KINDS, TIME_UNITS } from './_lib/units';

// zod/mini schemas in `/* @__PURE__ */` IIFEs (see calendar/schema.ts): dueAt
// validates limits without them (time-limit/_lib/normalize.ts), so a bundle
// that only asks for deadlines carries no zod.

export { HALF_UNITS, TIME_UNITS };

/**
 * A unit a regulation counts in (TL-01): natural `minute`, `hour`, `day`,
 * `week`, `month`, or `workday` / `workhour`, which skip rest days (TL-05).
 *
 * @example
 * TimeUnitSchema.safeParse('workday').success //=> true
 * TimeUnitSchema.safeParse('fortnight').success //=> false
 */
export const TimeUnitSchema = /* @__PURE__ */ (() => z.enum(TIME_UNITS))();
/**
 * A unit of a {@link TimeLimit}, one of {@link TIME_UNITS}.
 *
 * @example
 * parseTimeLimit('3个工作日内').unit //=> 'workday'
 * parseTimeLimit('24小时内').unit //=> 'hour'
 */
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/**
 * What the limit is: a deadline (`within`, “3个工作日内”), a hard maximum
 * (`maximum`, “最长不得超过7个工作日”, ESC-04), or a lead time before an event
 * (`lead`, “提前两天”, TL-08).
 *
 * @example
 * TimeLimitKindSchema.options //=> ['within', 'maximum', 'lead']
 */
export const TimeLimitKindSchema = /* @__PURE__ */ (() => z.enum(TIME_LIMIT_KINDS))();
/**
 * What a {@link TimeLimit} is: `'within'`, `'maximum'` or `'lead'`.
 *
 * @example
 * parseTimeLimit('提前两天').kind //=> 'lead'
 * parseTimeLimit('最长不得超过7个工作日').kind //=> 'maximum'
 */
export type TimeLimitKind = z.infer<typeof TimeLimitKindSchema>;

/**
 * A time limit as data: `{ amount: 3, unit: 'workday' }`. Amounts are whole
 * numbers ≥ 0; halves are allowed for hours and working hours, and exactly half
 * a working day (半个工作日).
 *
 * @example
 * TimeLimitSchema.safeParse({ amount: 0.5, unit: 'workday' }).success //=> true (半个工作日)
 * TimeLimitSchema.safeParse({ amount: 1.5, unit: 'day' }).success //=> false (whole days only)
 */
export const TimeLimitSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      amount: z.number().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER)),
      unit: TimeUnitSchema,
      /** @default 'within' */
      kind: z.optional(TimeLimitKindSchema),
    })
    .check(z.refine((l) => isAllowedAmount(l.amount, l.unit), { error: 'guifan:whole-amount', path: ['amount'] })))();

/**
 * A time limit as {@link TimeLimitSchema} reads it: `{ amount, unit, kind? }`.
 *
 * @example
 * parseTimeLimit('3个工作日内') //=> { amount: 3, unit: 'workday', kind: 'within' }
 * dueAt('2026-09-30T16:00+08:00', { amount: 3, unit: 'workday' }).toISOString() //=> '2026-10-10T16:00:00.000Z'
 */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * “每月20日前” (`{ dayOfMonth: 20 }`) or “每年1月15日前” (`{ month: 1, day: 15 }`) (TL-07).
 *
 * @example
 * CalendarDateRuleSchema.safeParse({ dayOfMonth: 20 }).success //=> true
 * CalendarDateRuleSchema.safeParse({ month: 2, day: 30 }).success //=> false (no such day)
 */
export const CalendarDateRuleSchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ dayOfMonth: z.int().check(z.minimum(1), z.maximum(31)) }),
    z
      .strictObject({ month: z.int().check(z.minimum(1), z.maximum(12)), day: z.int().check(z.minimum(1), z.maximum(31)) })
      .check(z.refine((r) => r.day <= DAYS_IN_MONTH[r.month - 1]!, { error: 'guifan:no-such-day', path: ['day'] })),
  ]))();
/**
 * A calendar-date rule as {@link CalendarDateRuleSchema} reads it (TL-07).
 *
 * @example
 * parseCalendarDeadline('每年1月15日前') //=> { month: 1, day: 15 }
 * parseCalendarDeadline('每月20日前') //=> { dayOfMonth: 20 }
 */
export type CalendarDateRule = z.infer<typeof CalendarDateRuleSchema>;
