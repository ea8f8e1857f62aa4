import * as z from 'zod/mini';
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
  // issue 17: stop every clock (or `clock`) without a verdict; restart a clock; a progress update (CMP-09)
  'cancelled',
  'reset',
  'progress-updated',
] as const;

const nonEmpty = () => z.string().check(z.minLength(1));

/** A limit as data or as a regulation phrase (`'1个工作日内'`). */
export const LimitSchema = z.union([TimeLimitSchema, nonEmpty()]);
export type Limit = z.input<typeof LimitSchema>;

/** Case attributes that limits may depend on. */
export const CaseAttributesSchema = z.record(z.string(), z.string());
export type CaseAttributes = z.infer<typeof CaseAttributesSchema>;

/** A condition on case attributes: every listed attribute must equal (or be one of) the given values. */
export const WhenSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).check(z.minLength(1))]));
export type When = z.infer<typeof WhenSchema>;

/** How a clock counts its days (TL-02…TL-04). */
export const DueOptionsSchema = z.strictObject({
  rollOverRestDays: z.optional(z.boolean()),
  endOfDay: z.optional(z.enum(['midnight', 'close-of-business'])),
  countFrom: z.optional(z.enum(['next-day', 'same-day-if-before-cutoff'])),
  cutoff: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
});

/**
 * How an escalation's notification is delivered (CAL-06): `'at-instant'` when it fires; `'next-opening'` at the
 * next business opening when it fires outside business hours; `'duty'` at once, to the duty officer (总值班)
 * outside business hours. The breach instant itself never moves.
 */
export const DeliverySchema = z.enum(['at-instant', 'next-opening', 'duty']);

/** An escalation level firing at an offset before or after the target or the maximum (ESC-03). */
export const EscalationLevelSchema = z.strictObject({
  /** A role: `'staff'`, `'supervisor'`, `'manager'`, `'group'` … */
  level: nonEmpty(),
  label: z.optional(z.string()),
  /** @default 'target' */
  relativeTo: z._default(z.enum(['target', 'max']), 'target'),
  /** @default 'after' */
  direction: z._default(z.enum(['before', 'after']), 'after'),
  /** The offset: `'0分钟'` fires at the deadline itself. */
  offset: LimitSchema,
  /** How this level's notification is delivered. @default the policy's `deliver` */
  deliver: z.optional(DeliverySchema),
});

/** A warning: a percentage of the target elapsed, or a lead before it. */
export const WarningSchema = z.union([z.strictObject({ percent: z.number().check(z.gt(0), z.lt(100)) }), z.strictObject({ before: LimitSchema })]);

/** One SLA clock. */
export const ClockSchema = z.strictObject({
  name: nonEmpty(),
  label: z.optional(z.string()),
  labelEn: z.optional(z.string()),
  /** Rule ids this clock enforces, e.g. `['CMP-08', 'ESC-04']`. */
  rules: z._default(z.array(z.string()), []),
  /** The clause it comes from, e.g. `'004 篇2 第十二条'`. */
  source: z.optional(z.string()),
  /** The clock runs only for cases whose attributes match. */
  when: z.optional(WhenSchema),
  start: z.array(z.string()).check(z.minLength(1)),
  stop: z.array(z.string()).check(z.minLength(1)),
  /** Whether `paused`/`resumed` events stop the clock. @default true */
  pausable: z._default(z.boolean(), true),
  /** Whether `deadline-agreed` events set this clock's deadline (TL-06, ESC-02). @default false */
  agreeable: z._default(z.boolean(), false),
  target: z.optional(LimitSchema),
  max: z.optional(LimitSchema),
  /**
   * A periodic clock (CMP-09 定期通知进展): due again `every` period after its start and after
   * each `updates` event, until a stop event (`'1个工作日'`, `'每周'`, `'每3天'` …). Replaces `target`/`max`/`limits`.
   */
  every: z.optional(LimitSchema),
  /** The events that satisfy one period of a periodic clock. @default ['progress-updated'] */
  updates: z.optional(z.array(nonEmpty())),
  /**
   * Limits by case attributes; the first match wins over `target`/`max`. A limit left out
   * falls back to the clock's own; `null` means none (a simple complaint has no maximum).
   */
  limits: z._default(z.array(z.strictObject({ when: WhenSchema, target: z.optional(z.nullable(LimitSchema)), max: z.optional(z.nullable(LimitSchema)) })), []),
  dueOptions: z._default(DueOptionsSchema, {}),
  warnings: z._default(z.array(WarningSchema), []),
  escalation: z._default(z.array(EscalationLevelSchema), []),
});
export type ClockDefinition = z.input<typeof ClockSchema>;

/** An SLA policy as data: clocks, limits, ladders, and the calendar to count in. */
export const SlaPolicySchema = z.strictObject({
  id: nonEmpty(),
  name: nonEmpty(),
  nameEn: z.optional(z.string()),
  /** Where the policy comes from, e.g. `'004 篇2 《公司客户服务中心服务规范》'`. */
  source: z.optional(z.string()),
  /** Event types beyond the base set, e.g. `'reported-to-group'`. */
  eventTypes: z._default(z.array(nonEmpty()), []),
  /** Calendar options (business hours, overlays) for this policy. @default the mainland calendar */
  calendar: z.optional(CalendarOptionsSchema),
  /** May an agreed deadline go past a clock's maximum (TL-06)? @default false */
  allowAgreedBeyondMax: z._default(z.boolean(), false),
  /**
   * How long “立即” (at once, on the spot) may take when the stop event is not part of the same
   * contact as the start (events carry `contact`): minutes or hours. @default '0分钟'
   */
  immediateGrace: z.optional(LimitSchema),
  /** How escalation notifications are delivered (levels may override). @default 'at-instant' */
  deliver: z.optional(DeliverySchema),
  clocks: z.array(ClockSchema).check(z.minLength(1)),
});
export type SlaPolicy = z.input<typeof SlaPolicySchema>;

/** One event of a case's log. */
export const CaseEventSchema = z.strictObject({
  type: nonEmpty(),
  /** An instant: ISO text with an offset, a Date, or epoch milliseconds. */
  at: z.union([z.string(), z.date(), z.number()]),
  /** Restrict a pause/resume/agreement to one clock. */
  clock: z.optional(z.string()),
  /** The contact (call, visit, chat session) the event belongs to: a “立即” clock stopped within its starting contact is met. */
  contact: z.optional(z.string()),
  /** New attributes (`received`, `reclassified`). */
  attributes: z.optional(CaseAttributesSchema),
  /** A retroactive start for the clocks this event starts or resets (the case was taken before it was logged). */
  startedAt: z.optional(z.union([z.string(), z.date(), z.number()])),
  /** The agreed completion time (`deadline-agreed`). */
  due: z.optional(z.union([z.string(), z.date(), z.number()])),
  reason: z.optional(z.string()),
});
export type CaseEvent = z.input<typeof CaseEventSchema>;

/** A case: its attributes and its event log. */
export const SlaCaseSchema = z.strictObject({
  id: z.optional(z.string()),
  attributes: z._default(CaseAttributesSchema, {}),
  events: z.array(CaseEventSchema),
});
export type SlaCase = z.input<typeof SlaCaseSchema>;
