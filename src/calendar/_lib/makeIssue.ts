import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { NOTICE_ISSUES, type NoticeIssueCode } from '../../errors/issueMessages/notice';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the calendar (holiday notices) raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<NoticeIssueCode | CommonIssueCode>(NOTICE_ISSUES, COMMON_ISSUES);
