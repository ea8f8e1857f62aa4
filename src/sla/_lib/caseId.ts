/** The id rule of SlaCaseSchema as a predicate, for the batch path that parses no case (test/sla/case-id.test.ts holds the two equal). */
export const isCaseId = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';
