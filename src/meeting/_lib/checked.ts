import { parseOrIssues } from '../../appraisal/_lib/core';
import type { ValidationIssue } from '../../errors/issues';
import type { RuleId } from '../../errors/types';
import { validationError } from '../../errors/validationError';
import { MeetingNoticeSchema, type MeetingNotice } from '../schema';

/**
 * A notice checked against MeetingNoticeSchema at a public boundary:
 * `{ notice }`, or `{ issues }` (INVALID_INPUT under `root`) when it does not
 * match, so that no field is ever read from a value that is not a notice.
 */
export function noticeOrIssues(notice: unknown, root: (string | number)[], rule: RuleId): { notice?: MeetingNotice; issues: ValidationIssue[] } {
  const p = parseOrIssues(MeetingNoticeSchema, notice, root, rule);
  return p.data ? { notice: p.data as MeetingNotice, issues: [] } : { issues: p.issues };
}

/** {@link noticeOrIssues}, throwing `VALIDATION_FAILED` (for functions that are not validators). */
export function checkedNotice(notice: unknown, root: (string | number)[], rule: RuleId): MeetingNotice {
  const r = noticeOrIssues(notice, root, rule);
  if (!r.notice) throw validationError(r.issues, rule);
  return r.notice;
}
