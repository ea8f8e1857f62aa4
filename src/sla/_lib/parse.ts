// SLA parsing uses the library's one bilingual parse-or-report helper.
export { parseOrIssues } from '../../_lib/zodIssues';
