import { buildIssue } from '../../errors/buildIssue';
import { APPRAISAL_ISSUES, type AppraisalIssueCode } from '../../errors/issueMessages/appraisal';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import type { ValidationIssue } from '../../errors/issues';
import type { MessageDetails } from '../../errors/messages';
import type { RuleId } from '../../errors/types';

export type { ValidationIssue };

const TABLES = [APPRAISAL_ISSUES, COMMON_ISSUES] as const;

/**
 * makeIssue (guifan/errors) for the codes the appraisal module raises: same checks, same
 * issue, but only these codes' messages ride in its bundle, not every module's.
 */
export function makeIssue(
  code: AppraisalIssueCode | CommonIssueCode,
  path: readonly (string | number)[],
  details: MessageDetails = {},
  rule?: RuleId,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return buildIssue(TABLES, code, path, details, rule, severity);
}
