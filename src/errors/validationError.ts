import { GuifanError } from './GuifanError';
import type { ValidationIssue } from './issues';
import type { RuleId } from './types';

/** A `VALIDATION_FAILED` error carrying every issue (`details.issues`). */
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
