export { GuifanError } from './GuifanError';
export { isGuifanError } from './isGuifanError';
export { formatMessage, localize, type MessageDetails } from './messages';
export type { GuifanErrorCode, Locale, LocalizedText, RuleId } from './types';
