import { buildIssue } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { MEETING_ISSUES, type MeetingIssueCode } from '../../errors/issueMessages/meeting';
import type { ValidationIssue } from '../../errors/issues';
import type { MessageDetails } from '../../errors/messages';
import type { RuleId } from '../../errors/types';

export type { ValidationIssue };

const TABLES = [MEETING_ISSUES, COMMON_ISSUES] as const;

/**
 * makeIssue (guifan/errors) for the codes the meeting module raises: same checks, same
 * issue, but only these codes' messages ride in its bundle, not every module's.
 */
export function makeIssue(
  code: MeetingIssueCode | CommonIssueCode,
  path: readonly (string | number)[],
  details: MessageDetails = {},
  rule?: RuleId,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return buildIssue(TABLES, code, path, details, rule, severity);
}
