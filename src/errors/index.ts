/**
 * guifan/errors — what goes wrong, said the same way everywhere: a thrown
 * {@link GuifanError} with a stable `code`, the rule id and a message in 简体中文
 * and English, or a {@link ValidationIssue} in a `validateX` result.
 *
 * @module guifan/errors
 */
export { GuifanError } from './GuifanError';
export { isGuifanError } from './isGuifanError';
export { formatMessage, localize } from './formatMessage';
export type { MessageDetails } from './messages';
export type { GuifanErrorCode, Locale, LocalizedText, RuleId } from './types';
export { issueMessage, makeIssue } from './makeIssue';
export type { IssueCode, ValidationIssue } from './issues';
export { validationError } from './validationError';
