import { safely, type SafeResult } from '../_lib/safe';
import { scoreAppraisal, type AppraisalScore, type ScoreAppraisalOptions } from './scoreAppraisal';
import type { AppraisalSheet } from './schema';

/**
 * {@link scoreAppraisal} that returns its problems instead of throwing.
 *
 * @param sheet - an appraisal sheet, possibly untrusted
 * @param options - {@link ScoreAppraisalOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }` (error.details.issues)
 * @example
 * safeScoreAppraisal({ marks: { 德: 21, 勤: 19, 能: 27, 绩: 28 } }).success //=> false
 */
export function safeScoreAppraisal(sheet: unknown, options: ScoreAppraisalOptions = {}): SafeResult<AppraisalScore> {
  return safely(() => scoreAppraisal(sheet as AppraisalSheet, options));
}
