import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { DUTY_ISSUES, type DutyIssueCode } from '../../errors/issueMessages/duty';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the duty module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<DutyIssueCode | CommonIssueCode>(DUTY_ISSUES, COMMON_ISSUES);
