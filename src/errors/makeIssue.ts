import { badArg, buildIssue, isIssueLike, type IssueTable } from './buildIssue';
import { APPRAISAL_ISSUES, type AppraisalIssueCode } from './issueMessages/appraisal';
import { COMMON_ISSUES, type CommonIssueCode } from './issueMessages/common';
import { COMPLAINT_ISSUES, type ComplaintIssueCode } from './issueMessages/complaint';
import { CONDUCT_ISSUES, type ConductIssueCode } from './issueMessages/conduct';
import { DUTY_ISSUES, type DutyIssueCode } from './issueMessages/duty';
import { IMPORT_ISSUES, type ImportIssueCode } from './issueMessages/import';
import { MEETING_ISSUES, type MeetingIssueCode } from './issueMessages/meeting';
import { NOTICE_ISSUES, type NoticeIssueCode } from './issueMessages/notice';
import { SLA_ISSUES, type SlaIssueCode } from './issueMessages/sla';
import type { IssueCode, ValidationIssue } from './issues';
import type { MessageDetails } from './messages';
import type { Locale, RuleId } from './types';

// Every code's messages (makeIssue accepts any code); the modules raise theirs
// through their own _lib/makeIssue.ts, which carries only their tables.
// A new table (./issueMessages/<module>.ts) is registered here, once.
export const ALL_ISSUES: readonly IssueTable<never>[] = [COMMON_ISSUES, APPRAISAL_ISSUES, SLA_ISSUES, MEETING_ISSUES, CONDUCT_ISSUES, NOTICE_ISSUES, IMPORT_ISSUES, COMPLAINT_ISSUES, DUTY_ISSUES];

type TableCode = CommonIssueCode | AppraisalIssueCode | SlaIssueCode | MeetingIssueCode | ConductIssueCode | NoticeIssueCode | ImportIssueCode | ComplaintIssueCode | DutyIssueCode;
type Assert<T extends true> = T;
/** Compile-time check: a code added to {@link IssueCode} without messages in one of the tables fails typecheck here. */
export type EveryIssueCodeHasMessages = Assert<[IssueCode] extends [TableCode] ? true : false>;

/**
 * Builds a {@link ValidationIssue} with its messages from the per-locale maps.
 *
 * @param code - the issue code
 * @param path - where in the input
 * @param details - facts for the message (`value` is also exposed as `issue.value`)
 * @param rule - the rule id it enforces
 * @param severity - `'error'` (the default: the check fails) or `'warning'` (reported, `success` stays true)
 * @returns a frozen issue
 * @throws {GuifanError} `INVALID_OPTIONS` for an unknown code, a path that is not an array of strings and finite numbers, details that are not a readable object, a bad severity
 * @example
 * makeIssue('BONUS_OUT_OF_RANGE', ['bonus', 'points'], { value: 12 }, 'APR-05').message['zh-CN'] //=> '嘉奖加分 12 应为 1–10 分'
 */
export function makeIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  details: MessageDetails = {},
  rule?: RuleId,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return buildIssue(ALL_ISSUES, code, path, details, rule, severity);
}

/**
 * An issue's message in one locale.
 *
 * @param issue - a {@link ValidationIssue}
 * @param locale - `'zh-CN'` (the default) or `'en'`
 * @returns the message
 * @throws {GuifanError} `INVALID_OPTIONS` when `issue` is not an issue or `locale` is unknown
 * @example
 * issueMessage(makeIssue('DUPLICATE_MONTH', ['monthly'], { month: '2026-03' }), 'en') //=> 'Month 2026-03 appears twice'
 */
export function issueMessage(issue: ValidationIssue, locale: Locale = 'zh-CN'): string {
  const text = isIssueLike(issue) && (locale === 'zh-CN' || locale === 'en') ? (issue.message as Partial<Record<string, unknown>>)[locale] : undefined;
  if (typeof text !== 'string') {
    throw badArg(isIssueLike(issue) ? 'locale' : 'issue', isIssueLike(issue) ? locale : issue, "应为 makeIssue 生成的问题和 'zh-CN' 或 'en'", "expected an issue from makeIssue and 'zh-CN' or 'en'");
  }
  return text;
}

export { isIssueLike };
