import { GuifanError } from './GuifanError';
import type { ValidationIssue } from './issues';
import type { RuleId } from './types';

/**
 * A `VALIDATION_FAILED` error carrying every issue (`details.issues`); its
 * message quotes the first one.
 *
 * @param issues - the issues found
 * @param rule - the rule id, when the first issue has none
 * @returns a {@link GuifanError}
 * @example
 * validationError([makeIssue('DUPLICATE_MONTH', ['monthly'], { month: '2026-03' }, 'APR-04')]).rule //=> 'APR-04'
 */
export function validationError(issues: readonly ValidationIssue[], rule?: RuleId): GuifanError {
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
