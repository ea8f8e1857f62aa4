import * as z from 'zod/mini';
import { HALF_UNITS, isAllowedAmount, TIME_LIMIT_KINDS, TIME_UNITS } from './_lib/units';

// zod/mini schemas in `/* @__PURE__ */` IIFEs (see calendar/schema.ts): dueAt
// validates limits without them (time-limit/_lib/normalize.ts), so a bundle
// that only asks for deadlines carries no zod.

export { HALF_UNITS, TIME_UNITS };

export const TimeUnitSchema = /* @__PURE__ */ (() => z.enum(TIME_UNITS))();
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/**
 * What the limit is: a deadline (`within`, “3个工作日内”), a hard maximum
 * (`maximum`, “最长不得超过7个工作日”, ESC-04), or a lead time before an event
 * (`lead`, “提前两天”, TL-08).
 */
export const TimeLimitKindSchema = /* @__PURE__ */ (() => z.enum(TIME_LIMIT_KINDS))();
export type TimeLimitKind = z.infer<typeof TimeLimitKindSchema>;

/**
 * A time limit as data: `{ amount: 3, unit: 'workday' }`. Amounts are whole
 * numbers ≥ 0; halves are allowed for hours and working hours, and exactly half
 * a working day (半个工作日).
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

export type TimeLimit = z.infer<typeof TimeLimitSchema>;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** “每月20日前” (`{ dayOfMonth: 20 }`) or “每年1月15日前” (`{ month: 1, day: 15 }`) (TL-07). */
export const CalendarDateRuleSchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ dayOfMonth: z.int().check(z.minimum(1), z.maximum(31)) }),
    z
      .strictObject({ month: z.int().check(z.minimum(1), z.maximum(12)), day: z.int().check(z.minimum(1), z.maximum(31)) })
      .check(z.refine((r) => r.day <= DAYS_IN_MONTH[r.month - 1]!, { error: 'guifan:no-such-day', path: ['day'] })),
  ]))();
export type CalendarDateRule = z.infer<typeof CalendarDateRuleSchema>;
