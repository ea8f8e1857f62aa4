import { makeIssue, type ValidationIssue } from './makeIssue';
import type { Bonus } from '../schema';

/** APR-05: a commendation bonus is 1–10 points. */
export function bonusIssues(bonus: Bonus | undefined, path: (string | number)[]): ValidationIssue[] {
  if (!bonus) return [];
  if (!(bonus.points >= 1 && bonus.points <= 10)) return [makeIssue('BONUS_OUT_OF_RANGE', [...path, 'points'], { value: bonus.points }, 'APR-05')];
  return [];
}
