import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { CONDUCT_ISSUES, type ConductIssueCode } from '../../errors/issueMessages/conduct';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the conduct module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<ConductIssueCode | CommonIssueCode>(CONDUCT_ISSUES, COMMON_ISSUES);
