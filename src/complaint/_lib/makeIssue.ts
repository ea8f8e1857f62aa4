import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { COMPLAINT_ISSUES, type ComplaintIssueCode } from '../../errors/issueMessages/complaint';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the complaint module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<ComplaintIssueCode | CommonIssueCode>(COMPLAINT_ISSUES, COMMON_ISSUES);
