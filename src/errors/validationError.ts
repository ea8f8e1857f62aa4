import { GuifanError } from './GuifanError';
import { isIssueLike } from './buildIssue';
import type { ValidationIssue } from './issues';
import type { RuleId } from './types';

/**
 * A `VALIDATION_FAILED` error carrying every issue (`details.issues`); its
 * message quotes the first one.
 *
 * @param issues - the issues found
 * @param rule - the rule id, when the first issue has none
 * @returns a {@link GuifanError}
 * @throws {GuifanError} `INVALID_OPTIONS` when `issues` is not an array of issues
 * @example
 * validationError([makeIssue('DUPLICATE_MONTH', ['monthly'], { month: '2026-03' }, 'APR-04')]).rule //=> 'APR-04'
 */
export function validationError(issues: readonly ValidationIssue[], rule?: RuleId): GuifanError {
  if (!Array.isArray(issues) || !issues.every(isIssueLike)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'issues', value: issues, reasonZh: '应为 makeIssue 生成的问题数组', reasonEn: 'expected an array of issues from makeIssue' });
  }
  if (rule !== undefined && typeof rule !== 'string') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'rule', value: rule, reasonZh: "应为规则编号，如 'APR-05'", reasonEn: "expected a rule id such as 'APR-05'" });
  }
  const first = issues[0];
  return new GuifanError(
    'VALIDATION_FAILED',
    {
      count: issues.length,
      issues,
      firstZh: first ? `${first.path.join('.') || '(根)'}：${first.message['zh-CN']}` : '',
      firstEn: first ? `${first.path.join('.') || '(root)'}: ${first.message.en}` : '',
    },
    rule ?? first?.rule,
  );
}
