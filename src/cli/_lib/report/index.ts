// The report layer of the check-* commands: one exit-code table (EXIT), JUnit / SARIF / GitHub annotations written as
// findings come (text and json stay each command's own), --fail-on, --baseline, the GitHub job summary.
//
// A new check command (calendar coverage, check-roster …):
//   const rep = openReport(ctx, 'check-roster', file);           // src/cli/_lib/check.ts: baseline, job summary
//   guardCheck(rep, file, () => {                                 // an unreadable file becomes a problem
//     for (const line of inputLines(ctx.io, file)) …             // src/cli/_lib/input: strict UTF-8 per line
//     rep.record({ name, line, key: id, findings });            // one checked record: one JUnit case
//     rep.problem({ code: 'INVALID_INPUT', file, line, message }); // could not check it: exit 2
//   });
//   return rep.end();                                             // closes the format, gives 0, 1 or 2
// Findings need a code (and the rule id where one applies; add the rule to rules.ts, a CLI code to codes.ts).
export { createReporter, errorObject, problemLine, type Reporter, type ReporterOptions } from './reporter';
export { EXIT } from './exitCodes';
export { FAIL_ON, REPORT_FORMATS, type FailOn, type Finding, type Problem, type ReportCase, type ReportFormat } from './types';
export { caseTitle, findingLine, tag } from './writer';
export { readBaseline } from './baseline';
