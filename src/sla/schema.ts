import * as z from 'zod';
import { CalendarOptionsSchema } from '../calendar/schema';
import { TimeLimitSchema } from '../time-limit/schema';

/** The event types every policy knows (SLA case log). */
export const BASE_EVENT_TYPES = [
  'received',
  'dispatched',
  'contacted',
  'replied',
  'paused',
  'resumed',
  'reclassified',
  'deadline-agreed',
  'resolved',
  'visited',
  'reopened',
] as const;

/** A limit as data or as a regulation phrase (`'1个工作日内'`). */
export const LimitSchema = z.union([TimeLimitSchema, z.string().min(1)]);
export type Limit = z.input<typeof LimitSchema>;

/** Case attributes that limits may depend on. */
export const CaseAttributesSchema = z.record(z.string(), z.string());
export type CaseAttributes = z.infer<typeof CaseAttributesSchema>;

/** A condition on case attributes: every listed attribute must equal (or be one of) the given values. */
export const WhenSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]));
export type When = z.infer<typeof WhenSchema>;

/** How a clock counts its days (TL-02…TL-04). */
export const DueOptionsSchema = z
  .object({
    rollOverRestDays: z.boolean().optional(),
    endOfDay: z.enum(['midnight', 'close-of-business']).optional(),
    countFrom: z.enum(['next-day', 'same-day-if-before-cutoff']).optional(),
    cutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
  })
  .strict();

/** An escalation level firing at an offset before or after the target or the maximum (ESC-03). */
export const EscalationLevelSchema = z
  .object({
    /** A role: `'staff'`, `'supervisor'`, `'manager'`, `'group'` … */
    level: z.string().min(1),
    label: z.string().optional(),
    /** @default 'target' */
    relativeTo: z.enum(['target', 'max']).default('target'),
    /** @default 'after' */
    direction: z.enum(['before', 'after']).default('after'),
    /** The offset: `'0分钟'` fires at the deadline itself. */
    offset: LimitSchema,
  })
  .strict();

/** A warning: a percentage of the target elapsed, or a lead before it. */
export const WarningSchema = z.union([
  z.object({ percent: z.number().gt(0).lt(100) }).strict(),
  z.object({ before: LimitSchema }).strict(),
]);

/** One SLA clock. */
export const ClockSchema = z
  .object({
    name: z.string().min(1),
    label: z.string().optional(),
    labelEn: z.string().optional(),
    /** Rule ids this clock enforces, e.g. `['CMP-08', 'ESC-04']`. */
    rules: z.array(z.string()).default([]),
    /** The clause it comes from, e.g. `'004 篇2 第十二条'`. */
    source: z.string().optional(),
    /** The clock runs only for cases whose attributes match. */
    when: WhenSchema.optional(),
    start: z.array(z.string()).min(1),
    stop: z.array(z.string()).min(1),
    /** Whether `paused`/`resumed` events stop the clock. @default true */
    pausable: z.boolean().default(true),
    /** Whether `deadline-agreed` events set this clock's deadline (TL-06, ESC-02). @default false */
    agreeable: z.boolean().default(false),
    target: LimitSchema.optional(),
    max: LimitSchema.optional(),
    /** Limits by case attributes; the first match wins over `target`/`max`. */
    limits: z.array(z.object({ when: WhenSchema, target: LimitSchema.optional(), max: LimitSchema.optional() }).strict()).default([]),
    dueOptions: DueOptionsSchema.default({}),
    warnings: z.array(WarningSchema).default([]),
    escalation: z.array(EscalationLevelSchema).default([]),
  })
  .strict();
export type ClockDefinition = z.input<typeof ClockSchema>;

/** An SLA policy as data: clocks, limits, ladders, and the calendar to count in. */
export const SlaPolicySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    /** Where the policy comes from, e.g. `'004 篇2 《公司客户服务中心服务规范》'`. */
    source: z.string().optional(),
    /** Event types beyond the base set, e.g. `'reported-to-group'`. */
    eventTypes: z.array(z.string().min(1)).default([]),
    /** Calendar options (business hours, overlays) for this policy. @default the mainland calendar */
    calendar: z.optional(CalendarOptionsSchema),
    /** May an agreed deadline go past a clock's maximum (TL-06)? @default false */
    allowAgreedBeyondMax: z.boolean().default(false),
    clocks: z.array(ClockSchema).min(1),
  })
  .strict();
export type SlaPolicy = z.input<typeof SlaPolicySchema>;

/** One event of a case's log. */
export const CaseEventSchema = z
  .object({
    type: z.string().min(1),
    /** An instant with an offset. */
    at: z.union([z.string(), z.date()]),
    /** Restrict a pause/resume/agreement to one clock. */
    clock: z.string().optional(),
    /** New attributes (`received`, `reclassified`). */
    attributes: CaseAttributesSchema.optional(),
    /** The agreed completion time (`deadline-agreed`). */
    due: z.union([z.string(), z.date()]).optional(),
    reason: z.string().optional(),
  })
  .strict();
export type CaseEvent = z.input<typeof CaseEventSchema>;

/** A case: its attributes and its event log. */
export const SlaCaseSchema = z
  .object({
    id: z.string().optional(),
    attributes: CaseAttributesSchema.default({}),
    events: z.array(CaseEventSchema),
  })
  .strict();
export type SlaCase = z.input<typeof SlaCaseSchema>;
