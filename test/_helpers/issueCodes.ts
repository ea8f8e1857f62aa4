// Every issue code guifan knows: the keys of every message table makeIssue reads (src/errors/makeIssue.ts).
import { ALL_ISSUES } from '../../src/errors/makeIssue';

export const ISSUE_CODES: readonly string[] = ALL_ISSUES.flatMap((t) => Object.keys(t.zh));
