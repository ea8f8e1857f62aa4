import { issueMaker } from '../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../errors/issueMessages/common';
import { MEETING_ISSUES, type MeetingIssueCode } from '../../errors/issueMessages/meeting';

export type { ValidationIssue } from '../../errors/issues';

/** makeIssue (guifan/errors) for the codes the meeting module raises: same checks, same issue, but only these codes' messages ride in its bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<MeetingIssueCode | CommonIssueCode>(MEETING_ISSUES, COMMON_ISSUES);
