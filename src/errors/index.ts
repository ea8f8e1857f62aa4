export { GuifanError } from './GuifanError';
export { isGuifanError } from './isGuifanError';
export { formatMessage, localize, type MessageDetails } from './messages';
export type { GuifanErrorCode, Locale, LocalizedText, RuleId } from './types';
export { issueMessage, makeIssue, type IssueCode, type ValidationIssue } from './issues';
export { validationError } from './validationError';
