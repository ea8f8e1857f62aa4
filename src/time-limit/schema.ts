import { z } from 'zod';

/** Units a regulation counts in (TL-01). `workday`/`workhour` skip rest days (TL-05). */
export const TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'workday', 'workhour'] as const;
export const TimeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/**
 * What the limit is: a deadline (`within`, “3个工作日内”), a hard maximum
 * (`maximum`, “最长不得超过7个工作日”, ESC-04), or a lead time before an event
 * (`lead`, “提前两天”, TL-08).
 */
export const TimeLimitKindSchema = z.enum(['within', 'maximum', 'lead']);
export type TimeLimitKind = z.infer<typeof TimeLimitKindSchema>;

/** Units in which a half (“半小时”, “半个工作日”) is meaningful. */
export const HALF_UNITS: readonly TimeUnit[] = ['hour', 'workhour', 'workday'];

/**
 * A time limit as data: `{ amount: 3, unit: 'workday' }`. Amounts are whole
 * numbers ≥ 0; halves are allowed for hours and working hours, and exactly half
 * a working day (半个工作日).
 */
export const TimeLimitSchema = z
  .object({
    amount: z.number().finite().nonnegative(),
    unit: TimeUnitSchema,
    /** @default 'within' */
    kind: TimeLimitKindSchema.optional(),
  })
  .strict()
  .refine((l) => Number.isInteger(l.amount) || (HALF_UNITS.includes(l.unit) && Number.isInteger(l.amount * 2) && (l.unit !== 'workday' || l.amount === 0.5)), {
    message: 'guifan:whole-amount',
    path: ['amount'],
  });

export type TimeLimit = z.infer<typeof TimeLimitSchema>;

/** “每月20日前” (`{ dayOfMonth: 20 }`) or “每年1月15日前” (`{ month: 1, day: 15 }`) (TL-07). */
export const CalendarDateRuleSchema = z.union([
  z.object({ dayOfMonth: z.int().min(1).max(31) }).strict(),
  z
    .object({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) })
    .strict()
    .refine((r) => r.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][r.month - 1]!, { message: 'guifan:no-such-day', path: ['day'] }),
]);
export type CalendarDateRule = z.infer<typeof CalendarDateRuleSchema>;
