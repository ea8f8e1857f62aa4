import { buildIssue } from '../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../errors/issueMessages/common';
import type { ValidationIssue } from '../errors/issues';
import type { MessageDetails } from '../errors/messages';
import type { RuleId } from '../errors/types';

export type { ValidationIssue };

const TABLES = [COMMON_ISSUES] as const;

/**
 * makeIssue (guifan/errors) for the codes the shared parsers raises: same checks, same
 * issue, but only these codes' messages ride in its bundle, not every module's.
 */
export function makeIssue(
  code: CommonIssueCode,
  path: readonly (string | number)[],
  details: MessageDetails = {},
  rule?: RuleId,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return buildIssue(TABLES, code, path, details, rule, severity);
}
