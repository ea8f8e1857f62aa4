import { GuifanError } from '../errors/GuifanError';
import { cmp, num, parseOrIssues } from './_lib/core';
import { validationError } from '../errors/validationError';
import { readDecimal } from './_lib/readNumber';
import { GRADES_COMPETENCE } from './presets';
import { GradeBandsSchema, type GradeBands } from './schema';

/**
 * A grade and the band it came from.
 *
 * @example
 * gradeOf(75) //=> { grade: '称职', gradeEn: 'Competent', min: 75 }
 */
export interface Grade {
  readonly grade: string;
  readonly gradeEn?: string;
  /** The band's lower bound. */
  readonly min: number;
}

/**
 * The grade of a score: the first band (highest first) whose `min` the score
 * reaches. Bands are data (优秀 / 称职 / 基本称职 / 不称职 by default; also
 * `GRADES_PASS`, and `GRADES_TEN_POINT` for the 10-point information-work scale,
 * APR-08). Compared exactly, so 89.995 is not 90.
 *
 * @param score - a number, or decimal text such as a {@link ScoreResult}'s `display` (read exactly, as {@link roundScore} reads it)
 * @param bands - grade bands, highest first; @default GRADES_COMPETENCE
 * @returns the {@link Grade}
 * @throws {GuifanError} `VALIDATION_FAILED` for bad bands; `INVALID_AMOUNT` for a score below every band or not finite
 * @example
 * gradeOf(92).grade //=> '优秀'
 * gradeOf(8.5, GRADES_TEN_POINT).grade //=> '良好'
 */
export function gradeOf(score: number | string, bands: GradeBands = GRADES_COMPETENCE): Grade {
  const parsed = parseOrIssues(GradeBandsSchema, bands, ['bands'], 'APR-08');
  if (!parsed.data) throw validationError(parsed.issues, 'APR-08');
  const value = readDecimal(score, 'score', 'APR-08');
  const sorted = [...parsed.data].sort((a, b) => b.min - a.min);
  const hit = sorted.find((b) => cmp(value, num(b.min)) >= 0);
  if (!hit) {
    throw new GuifanError('INVALID_AMOUNT', { value: score, name: 'score', expectedZh: `分数低于最低档（${sorted[sorted.length - 1]!.min}）`, expectedEn: `below the lowest band (${sorted[sorted.length - 1]!.min})` }, 'APR-08');
  }
  return Object.freeze({ grade: hit.grade, ...(hit.gradeEn ? { gradeEn: hit.gradeEn } : {}), min: hit.min });
}
