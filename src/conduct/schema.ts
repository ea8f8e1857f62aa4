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
 */
export const ServiceLanguageEntrySchema = z.strictObject({
  phrase: z.string().check(z.minLength(1)),
  match: z.optional(z.enum(['anywhere', 'standalone'])),
  allow: z.optional(z.array(z.string().check(z.minLength(1)))),
  note: z.optional(z.string()),
});
export type ServiceLanguageEntry = z.infer<typeof ServiceLanguageEntrySchema>;

/**
 * A list of phrases with its level: `'error'` for 服务禁用语 (never to be
 * said), `'advice'` for words a department asks its staff to avoid.
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
export type ServiceLanguageList = z.infer<typeof ServiceLanguageListSchema>;

/** An event of a case log as the conduct checks read it: the SLA event vocabulary plus who did it (SVC-03). */
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
export type ConductEvent = z.infer<typeof ConductEventSchema>;

/** A case log with actors, for first-inquiry responsibility (SVC-03). */
export const ConductCaseSchema = z.object({
  id: z.optional(z.string()),
  events: z.array(ConductEventSchema),
});
export type ConductCase = z.infer<typeof ConductCaseSchema>;

/** A rule change that the internal manual must follow (SVC-04). */
export const RuleChangeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** When the rule changed: an instant with offset, or a civil date `'YYYY-MM-DD'`. */
  changedAt: z.union([z.string(), z.date(), z.number()]),
  title: z.optional(z.string()),
});
export type RuleChange = z.infer<typeof RuleChangeSchema>;

/** An update of the manual, naming the change it follows (SVC-04). */
export const ManualUpdateSchema = z.object({
  changeId: z.string().check(z.minLength(1)),
  updatedAt: z.union([z.string(), z.date(), z.number()]),
  by: z.optional(z.string()),
});
export type ManualUpdate = z.infer<typeof ManualUpdateSchema>;

/** Lists of rule changes and manual updates, as {@link checkManualUpdates} reads them. */
export const RuleChangesSchema = z.array(RuleChangeSchema);
export const ManualUpdatesSchema = z.array(ManualUpdateSchema);
