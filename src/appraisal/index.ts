/**
 * guifan/appraisal — staff appraisal weighting (APR-01…APR-09): schemes as
 * data, exact scores, annual composition, bonus, grades, distribution caps,
 * first-inquiry penalties, record retention.
 *
 * @module guifan/appraisal
 */
export { checkDistribution, type DistributionCheck } from './checkDistribution';
export { composeAnnual, type AnnualScore, type ComposeAnnualOptions } from './composeAnnual';
export { gradeOf, type Grade } from './gradeOf';
export { retentionUntil } from './retentionUntil';
export { roundScore } from './roundScore';
export { safeComposeAnnual } from './safeComposeAnnual';
export { safeScoreAppraisal } from './safeScoreAppraisal';
export { scoreAppraisal, type AppraisalScore, type ScoreAppraisalOptions } from './scoreAppraisal';
export { scoreInspection } from './scoreInspection';
export { validatePenalty, type ProposedPenalty } from './validatePenalty';
export { validateScheme, type SchemeValidation, type ValidAppraisalScheme } from './validateScheme';
export type { SafeResult, ScorePart, ScoreResult } from './_lib/core';
export type { RoundingRule } from '../_lib/rational';
export {
  ANNUAL_WEIGHTS,
  APPRAISAL_RECORDS,
  DEFAULT_APPRAISAL_SCHEME,
  FIRST_INQUIRY_PENALTIES,
  GRADES_COMPETENCE,
  GRADES_PASS,
  GRADES_TEN_POINT,
  type AppraisalRecordKind,
} from './presets';
export * from './schema';
