// The report layer of the check-* commands (issue 26): one exit-code table, JUnit / SARIF / GitHub written as
// findings come, --fail-on and --baseline. A new check command builds ReportCases and Problems and calls createReporter.
export { createReporter, errorObject, problemLine, type Reporter, type ReporterOptions } from './reporter';
export { EXIT } from './exitCodes';
export { FAIL_ON, REPORT_FORMATS, type FailOn, type Finding, type Problem, type ReportCase, type ReportFormat } from './types';
export { caseTitle, findingLine, tag } from './writer';
export { readBaseline } from './baseline';
