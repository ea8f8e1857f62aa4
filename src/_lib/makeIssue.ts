import { issueMaker } from '../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../errors/issueMessages/common';

export type { ValidationIssue } from '../errors/issues';

/** makeIssue (guifan/errors) for the codes the shared parsers raise: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<CommonIssueCode>(COMMON_ISSUES);
