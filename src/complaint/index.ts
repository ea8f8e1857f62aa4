/**
 * guifan/complaint — complaint records, classification, counting, closure and
 * metrics (CMP-01…CMP-07, CMP-13, CMP-14, CMP-17…CMP-20): records as data,
 * taxonomies as data, every verdict with its rule id.
 *
 * @module guifan/complaint
 */
export * from './schema';
export { needsReturnVisit } from './needsReturnVisit';
export { DEFAULT_COMPLAINT_TAXONOMY } from './defaultTaxonomy';
export { validateTaxonomy } from './validateTaxonomy';
export { validateComplaintRecord, type ValidateComplaintRecordOptions } from './validateComplaintRecord';
export { validateComplaintRecords } from './validateComplaintRecords';
export { suggestCategory, type CategorySuggestion, type CategorySuggestions, type PhraseMatch, type SuggestCategoryOptions } from './suggestCategory';
export {
  classifyComplaint,
  type ClassifiedCategory,
  type ClassifyComplaintOptions,
  type ComplaintClassification,
  type FlagFact,
  type SeverityFlag,
} from './classifyComplaint';
// complaint-B: archive numbers, counting, closure, metrics
export { formatArchiveNumber, ArchiveNumberOptionsSchema, type ArchiveNumberOptions } from './formatArchiveNumber';
export { parseArchiveNumber, ParseArchiveNumberOptionsSchema, type ParseArchiveNumberOptions, type ParsedArchiveNumber } from './parseArchiveNumber';
export { nextArchiveNumber } from './nextArchiveNumber';
export { countComplaints, CountComplaintsOptionsSchema, type CountComplaintsOptions } from './countComplaints';
export type { ComplaintCount, MergedRecord, MergeReason, OnlineHeat, StatisticalComplaint } from './_lib/countTypes';
export { complaintStatus, ComplaintStatusOptionsSchema, type ComplaintStatus, type ComplaintStatusOptions } from './complaintStatus';
export type { ComplaintState, StatusReason } from './_lib/status';
export type { ClosureOptions } from './_lib/statusSettings';
export { complaintMetrics, ComplaintMetricsOptionsSchema, type ComplaintMetricsOptions } from './complaintMetrics';
export type { ComplaintMetrics } from './_lib/metricsTypes';
export type { Rate } from './_lib/rate';
// Summaries that merge (issue 28): count and metrics of parts of the records, put together exactly.
export { summarizeComplaints } from './summarizeComplaints';
export { createComplaintSummarizer, SummarizeComplaintsOptionsSchema, type ComplaintSummarizer, type SummarizeComplaintsOptions } from './createComplaintSummarizer';
export { mergeComplaintSummaries } from './mergeComplaintSummaries';
export { finishComplaintSummary, type FinishedComplaintSummary } from './finishComplaintSummary';
export { ComplaintSummarySchema, COMPLAINT_SUMMARY_FORMAT, type ComplaintSummary } from './summarySchema';
