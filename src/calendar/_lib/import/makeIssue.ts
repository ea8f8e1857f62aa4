import { issueMaker } from '../../../errors/buildIssue';
import { COMMON_ISSUES, type CommonIssueCode } from '../../../errors/issueMessages/common';
import { IMPORT_ISSUES, type ImportIssueCode } from '../../../errors/issueMessages/import';

export type { ValidationIssue } from '../../../errors/issues';

/** makeIssue (guifan/errors) for the converters' codes: only these messages ride in their bundle. */
export const makeIssue = /* @__PURE__ */ issueMaker<ImportIssueCode | CommonIssueCode>(IMPORT_ISSUES, COMMON_ISSUES);
