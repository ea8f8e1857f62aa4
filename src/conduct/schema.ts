import * as z from 'zod/mini';

/**
 * One phrase of a service-language list (SVC-02).
 *
 * - `phrase`: the words as the regulation writes them. Punctuation inside a
 *   phrase is optional in the text (`'大点声,听不见!'` also matches
 *   `大点声听不见`); `…` stands for 1–20 characters within one sentence
 *   (`'你不是说…吗'`).
 * - `match`: `'anywhere'` (default) or `'standalone'` — only as a word of its
 *   own between punctuation or line ends (the single word 不 of a flat refusal).
 * - `allow`: contexts in which the phrase is polite or harmless; each context
 *   contains the phrase (`'不知道您'` in 不知道您方便吗). A match inside an
 *   allowed context is not a finding.
 *
 * @example
 * ServiceLanguageEntrySchema.safeParse({ phrase: '不', match: 'standalone' }).success //=> true
 * ServiceLanguageEntrySchema.safeParse({ phrase: '' }).success //=> false
 */
export const ServiceLanguageEntrySchema = z.strictObject({
  phrase: z.string().check(z.minLength(1)),
  match: z.optional(z.enum(['anywhere', 'standalone'])),
  allow: z.optional(z.array(z.string().check(z.minLength(1)))),
  note: z.optional(z.string()),
});
/**
 * One phrase of a service-language list as data. See {@link ServiceLanguageEntrySchema}.
 *
 * @example
 * SERVICE_FORBIDDEN_PHRASES.entries.find((e) => e.phrase === '随便').allow //=> ['请随便', '随便坐', '随便看', '随便挑']
 */
export type ServiceLanguageEntry = z.infer<typeof ServiceLanguageEntrySchema>;

/**
 * A list of phrases with its level: `'error'` for 服务禁用语 (never to be
 * said), `'advice'` for words a department asks its staff to avoid.
 *
 * @example
 * ServiceLanguageListSchema.safeParse({ id: 'my', name: '自定义禁用语', nameEn: 'Mine', level: 'error', entries: [{ phrase: '找领导去' }] }).success //=> true
 * ServiceLanguageListSchema.safeParse({ id: 'my', name: '自定义禁用语', nameEn: 'Mine', level: 'fatal', entries: [] }).success //=> false
 */
export const ServiceLanguageListSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  level: z.enum(['error', 'advice']),
  rule: z.optional(z.string()),
  /** Where the list comes from (seed file and clause). */
  source: z.optional(z.string()),
  entries: z.array(ServiceLanguageEntrySchema),
});
/**
 * A phrase list with its level, as data: your own lists go to
 * {@link checkServiceLanguage} in `options.lists`. See {@link ServiceLanguageListSchema}.
 *
 * @example
 * const list = { id: 'my', name: '自定义禁用语', nameEn: 'Mine', level: 'error', entries: [{ phrase: '找领导去' }] }
 * checkServiceLanguage('您找领导去吧', { lists: [list] }).findings[0].phrase //=> '找领导去'
 */
export type ServiceLanguageList = z.infer<typeof ServiceLanguageListSchema>;

/**
 * An event of a case log as the conduct checks read it: the SLA event vocabulary plus who did it (SVC-03).
 *
 * @example
 * ConductEventSchema.safeParse({ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }).success //=> true
 * ConductEventSchema.safeParse({ type: 'received' }).success //=> false (no `at`)
 */
export const ConductEventSchema = z.object({
  type: z.string().check(z.minLength(1)),
  /** An instant with offset (`'2026-10-09T09:00+08:00'`), a `Date` or epoch milliseconds. */
  at: z.union([z.string(), z.date(), z.number()]),
  /** Who did it: a person's id or name. */
  actor: z.optional(z.string()),
  /** For `dispatched`: the named owner the case is handed to. */
  to: z.optional(z.string()),
  /** For `resolved`/`replied`: the result as recorded. */
  result: z.optional(z.string()),
  /** What the actor said or wrote, checked for forbidden phrases. */
  text: z.optional(z.string()),
  /** For `visited`: the customer's verdict. */
  outcome: z.optional(z.enum(['satisfied', 'unsatisfied'])),
  /** The event happened during the same contact as the one before it (answered on the spot). */
  sameContact: z.optional(z.boolean()),
});
/**
 * An event of a case log with its actor, as data. See {@link ConductEventSchema}.
 *
 * @example
 * const received = { type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }
 * checkFirstInquiry({ events: [received] }, { at: '2026-10-09T09:30+08:00' }).firstReceiver //=> '王敏'
 */
export type ConductEvent = z.infer<typeof ConductEventSchema>;

/**
 * A case log with actors, for first-inquiry responsibility (SVC-03).
 *
 * @example
 * ConductCaseSchema.safeParse({ events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'replied', at: '2026-10-09T09:05+08:00', actor: '王敏', result: '已告知停水时间', sameContact: true }] }).success //=> true
 * ConductCaseSchema.safeParse({ id: 'C-1' }).success //=> false (no `events`)
 */
export const ConductCaseSchema = z.object({
  id: z.optional(z.string()),
  events: z.array(ConductEventSchema),
});
/**
 * A case log with actors, as data: the input of {@link checkFirstInquiry}. See {@link ConductCaseSchema}.
 *
 * @example
 * const caseLog = { events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'replied', at: '2026-10-09T09:05+08:00', actor: '王敏', result: '已告知停水时间', sameContact: true }] }
 * checkFirstInquiry(caseLog).answeredOnTheSpot //=> true
 */
export type ConductCase = z.infer<typeof ConductCaseSchema>;

/**
 * A rule change that the internal manual must follow (SVC-04).
 *
 * @example
 * RuleChangeSchema.safeParse({ id: 'R-7', changedAt: '2026-09-29', title: '停车收费标准调整' }).success //=> true
 * RuleChangeSchema.safeParse({ changedAt: '2026-09-29' }).success //=> false (no `id`)
 */
export const RuleChangeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** When the rule changed: an instant with offset, or a civil date `'YYYY-MM-DD'`. */
  changedAt: z.union([z.string(), z.date(), z.number()]),
  title: z.optional(z.string()),
});
/**
 * A rule change, as data: the first argument of {@link checkManualUpdates} lists them. See {@link RuleChangeSchema}.
 *
 * @example
 * const change = { id: 'R-7', changedAt: '2026-09-29T10:00+08:00', title: '停车收费标准调整' }
 * checkManualUpdates([change], [], { at: '2026-10-08T09:00+08:00' }).changes[0].status //=> 'pending'
 */
export type RuleChange = z.infer<typeof RuleChangeSchema>;

/**
 * An update of the manual, naming the change it follows (SVC-04).
 *
 * @example
 * ManualUpdateSchema.safeParse({ changeId: 'R-7', updatedAt: '2026-09-30T10:00+08:00', by: '客服部' }).success //=> true
 * ManualUpdateSchema.safeParse({ changeId: 'R-7' }).success //=> false (no `updatedAt`)
 */
export const ManualUpdateSchema = z.object({
  changeId: z.string().check(z.minLength(1)),
  updatedAt: z.union([z.string(), z.date(), z.number()]),
  by: z.optional(z.string()),
});
/**
 * An update of the manual, as data: the second argument of {@link checkManualUpdates} lists them. See {@link ManualUpdateSchema}.
 *
 * @example
 * const update = { changeId: 'R-7', updatedAt: '2026-09-30T10:00+08:00', by: '客服部' }
 * checkManualUpdates([{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00' }], [update], { at: '2026-10-10T09:00+08:00' }).changes[0].status //=> 'on-time'
 */
export type ManualUpdate = z.infer<typeof ManualUpdateSchema>;

/**
 * The list of rule changes, as {@link checkManualUpdates} reads its first argument.
 *
 * @example
 * RuleChangesSchema.safeParse([{ id: 'R-7', changedAt: '2026-09-29' }]).success //=> true
 */
export const RuleChangesSchema = z.array(RuleChangeSchema);
/**
 * The list of manual updates, as {@link checkManualUpdates} reads its second argument.
 *
 * @example
 * ManualUpdatesSchema.safeParse([{ changeId: 'R-7', updatedAt: '2026-09-30' }]).success //=> true
 * ManualUpdatesSchema.safeParse([{ changeId: '', updatedAt: '2026-09-30' }]).success //=> false
 */
export const ManualUpdatesSchema = z.array(ManualUpdateSchema);
