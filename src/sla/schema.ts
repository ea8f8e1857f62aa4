import * as z from 'zod/mini';
import { CalendarOptionsSchema } from '../calendar/schema';
import { TimeLimitSchema } from '../time-limit/schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * The event types every policy knows (SLA case log).
 *
 * @example
 * BASE_EVENT_TYPES.slice(0, 4) //=> ['received', 'dispatched', 'contacted', 'replied']
 * BASE_EVENT_TYPES.includes('deadline-agreed') //=> true
 */
export const BASE_EVENT_TYPES = /* @__PURE__ */ deepFreeze([
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
] as const);

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * A limit as data or as a regulation phrase (`'1个工作日内'`).
 *
 * @example
 * LimitSchema.safeParse('1个工作日内').success //=> true
 * LimitSchema.safeParse({ amount: 1, unit: 'workday' }).success //=> true
 * LimitSchema.safeParse('').success //=> false
 */
export const LimitSchema = z.union([TimeLimitSchema, nonEmpty()]);
/**
 * A limit as {@link LimitSchema} reads it: a {@link guifan/time-limit!TimeLimit} or a phrase.
 *
 * @example
 * const policy = { id: 'reply', name: '回复', clocks: [{ name: 'reply', start: ['received'], stop: ['replied'], target: { amount: 2, unit: 'hour' }, max: '4小时内' }] }
 * validatePolicy(policy).success //=> true
 */
export type Limit = z.input<typeof LimitSchema>;

/**
 * Case attributes that limits may depend on.
 *
 * @example
 * CaseAttributesSchema.safeParse({ kind: 'complaint' }).success //=> true
 * CaseAttributesSchema.safeParse({ urgent: true }).success //=> false (values are text)
 */
export const CaseAttributesSchema = z.record(z.string(), z.string());
/**
 * Case attributes as {@link CaseAttributesSchema} reads them: text values by name.
 *
 * @example
 * const kase = { attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T10:20+08:00').clocks.map((c) => [c.name, c.state]) //=> [['query', 'breached']]
 */
export type CaseAttributes = z.infer<typeof CaseAttributesSchema>;

/**
 * A condition on case attributes: every listed attribute must equal (or be one of) the given values.
 *
 * @example
 * WhenSchema.safeParse({ kind: ['complaint', 'query'] }).success //=> true
 * WhenSchema.safeParse({ kind: [] }).success //=> false (at least one value)
 */
export const WhenSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).check(z.minLength(1))]));
/**
 * A condition as {@link WhenSchema} reads it: attribute name → a value or a list of values.
 *
 * @example
 * const policy = { id: 'p', name: 'P', clocks: [{ name: 'reply', when: { kind: ['complaint', 'query'] }, start: ['received'], stop: ['replied'], target: '2小时内' }] }
 * const kase = { attributes: { kind: 'consultation' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(policy, kase, '2026-10-12T11:00+08:00').notApplicable //=> ['reply']
 */
export type When = z.infer<typeof WhenSchema>;

/**
 * How a clock counts its days (TL-02…TL-04).
 *
 * @example
 * DueOptionsSchema.safeParse({ countFrom: 'same-day-if-before-cutoff', cutoff: '16:00' }).success //=> true
 * DueOptionsSchema.safeParse({ cutoff: '24:00' }).success //=> false
 */
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
 *
 * @example
 * DeliverySchema.options //=> ['at-instant', 'next-opening', 'duty']
 */
export const DeliverySchema = z.enum(['at-instant', 'next-opening', 'duty']);

/**
 * An escalation level firing at an offset before or after the target or the maximum (ESC-03).
 *
 * @example
 * EscalationLevelSchema.parse({ level: 'manager', offset: '1个工作日' })
 * //=> { level: 'manager', relativeTo: 'target', direction: 'after', offset: '1个工作日' }
 */
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

/**
 * A warning: a percentage of the target elapsed, or a lead before it.
 *
 * @example
 * WarningSchema.safeParse({ percent: 75 }).success //=> true
 * WarningSchema.safeParse({ before: '30分钟' }).success //=> true
 * WarningSchema.safeParse({ percent: 100 }).success //=> false (that is the due itself)
 */
export const WarningSchema = z.union([z.strictObject({ percent: z.number().check(z.gt(0), z.lt(100)) }), z.strictObject({ before: LimitSchema })]);

/**
 * One SLA clock.
 *
 * @example
 * const clock = ClockSchema.parse({ name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内' });
 * [clock.pausable, clock.agreeable, clock.escalation] //=> [true, false, []]
 */
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
/**
 * One clock as a policy author writes it ({@link ClockSchema}; fields with a default may be left out).
 *
 * @example
 * PROPERTY_SERVICE_CENTRE.clocks.find((c) => c.name === 'complaint-answer').max //=> '最长不得超过3个工作日'
 */
export type ClockDefinition = z.input<typeof ClockSchema>;

/**
 * An SLA policy as data: clocks, limits, ladders, and the calendar to count in.
 *
 * @example
 * SlaPolicySchema.safeParse(PROPERTY_SERVICE_CENTRE).success //=> true
 * SlaPolicySchema.safeParse({ id: 'p', name: 'P', clocks: [] }).success //=> false (at least one clock)
 */
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
/**
 * An SLA policy as its author writes it ({@link SlaPolicySchema}); the presets are such values.
 *
 * @example
 * const policy = { id: 'reply', name: '回复', clocks: [{ name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内' }] }
 * validatePolicy(policy).success //=> true
 * evaluateCase(policy, [{ type: 'received', at: '2026-10-12T10:00+08:00' }], '2026-10-12T13:00+08:00').clocks[0].state //=> 'breached'
 */
export type SlaPolicy = z.input<typeof SlaPolicySchema>;

/**
 * One event of a case's log.
 *
 * @example
 * CaseEventSchema.safeParse({ type: 'received', at: '2026-10-12T10:00+08:00' }).success //=> true
 * CaseEventSchema.safeParse({ type: 'received' }).success //=> false (no instant)
 */
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
/**
 * One event of a case log as a host writes it ({@link CaseEventSchema}).
 *
 * @example
 * const policy = { id: 'reply', name: '回复', clocks: [{ name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内' }] }
 * const events = [{ type: 'received', at: '2026-10-12T10:00+08:00' }, { type: 'paused', at: '2026-10-12T10:30+08:00', reason: '等待客户提供照片' }]
 * evaluateCase(policy, events, '2026-10-12T13:00+08:00').clocks[0].state //=> 'paused'
 */
export type CaseEvent = z.input<typeof CaseEventSchema>;

/**
 * A case: its attributes and its event log.
 *
 * @example
 * SlaCaseSchema.parse({ events: [] }) //=> { attributes: {}, events: [] }
 */
export const SlaCaseSchema = z.strictObject({
  id: z.optional(z.string()),
  attributes: z._default(CaseAttributesSchema, {}),
  events: z.array(CaseEventSchema),
});
/**
 * A case as a host stores it ({@link SlaCaseSchema}): an id, attributes and the event log.
 *
 * @example
 * const kase = { id: 'T-1', attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * evaluateCase(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T10:10+08:00').id //=> 'T-1'
 */
export type SlaCase = z.input<typeof SlaCaseSchema>;
