/**
 * Service conduct (SVC-01…SVC-04): forbidden phrases, answering the hotline,
 * first-inquiry responsibility, keeping the internal manual up to date.
 *
 * @module guifan/conduct
 */
export { checkServiceLanguage, type CheckServiceLanguageOptions, type LanguageFinding, type ServiceLanguageCheck } from './checkServiceLanguage';
export { checkCallAnswer, type AnsweredCall, type CallAnswerCheck, type CheckCallAnswerOptions } from './checkCallAnswer';
export { checkFirstInquiry, type CheckFirstInquiryOptions, type FirstInquiryCheck, type FirstInquiryFinding, type FirstInquiryOffence } from './checkFirstInquiry';
export { checkManualUpdates, type CheckManualUpdatesOptions, type ManualChangeStatus, type ManualUpdatesCheck, type MonthEndCheck } from './checkManualUpdates';
export { PROPERTY_AVOIDED_WORDS, SERVICE_FORBIDDEN_PHRASES, SERVICE_LANGUAGE_LISTS } from './lists';
export {
  ConductCaseSchema,
  ConductEventSchema,
  ManualUpdateSchema,
  ManualUpdatesSchema,
  RuleChangeSchema,
  RuleChangesSchema,
  ServiceLanguageEntrySchema,
  ServiceLanguageListSchema,
  type ConductCase,
  type ConductEvent,
  type ManualUpdate,
  type RuleChange,
  type ServiceLanguageEntry,
  type ServiceLanguageList,
} from './schema';
