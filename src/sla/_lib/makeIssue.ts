import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { SLA_ISSUES, type SlaIssueCode } from '../../errors/issueMessages/sla';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the SLA module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<SlaIssueCode | CommonIssueCode>(SLA_ISSUES, COMMON_ISSUES);
