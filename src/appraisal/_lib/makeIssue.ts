import { issueMaker } from '../../errors/buildIssue';
import { APPRAISAL_ISSUES, type AppraisalIssueCode } from '../../errors/issueMessages/appraisal';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the appraisal module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<AppraisalIssueCode | CommonIssueCode>(APPRAISAL_ISSUES, COMMON_ISSUES);
