import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { FIRST_INQUIRY_PENALTIES } from './presets';
import { parseOrIssues } from './_lib/core';
import { PenaltyTableSchema, type PenaltyTable } from './schema';

/**
 * A proposed deduction from the monthly performance bonus, in integer fen.
 *
 * @example
 * const penalty = { offence: 'shirking', amountFen: 20_000 }
 * validatePenalty(penalty).success //=> true (200 yuan, within 100–500)
 */
export interface ProposedPenalty {
  /** Offence key, e.g. `'not-recorded'` or `'quarrelling'`. */
  offence: string;
  amountFen: number;
}

const yuan = (fen: number): string => (fen / 100).toFixed(fen % 100 ? 2 : 0);

/**
 * Checks a first-inquiry-responsibility penalty against its range (APR-07):
 * 50–100 yuan for not recording the result or not answering satisfactorily;
 * 100–500 yuan for avoiding, refusing, shirking, unjustified delay, uncivil
 * language or quarrelling. Money is integer fen. Never throws on user data.
 *
 * @param penalty - `{ offence, amountFen }`
 * @param table - the offences and ranges @default FIRST_INQUIRY_PENALTIES
 * @returns `{ success, issues }`: `success` when no issue is an error; issues `UNKNOWN_OFFENCE`, `PENALTY_OUT_OF_RANGE`, `INVALID_INPUT`
 * @example
 * validatePenalty({ offence: 'not-recorded', amountFen: 8_000 }) //=> { success: true, issues: [] }
 * validatePenalty({ offence: 'quarrelling', amountFen: 60_000 }).issues[0].code //=> 'PENALTY_OUT_OF_RANGE'
 */
export function validatePenalty(penalty: ProposedPenalty, table: PenaltyTable = FIRST_INQUIRY_PENALTIES): { success: boolean; issues: readonly ValidationIssue[] } {
  const issues = penaltyIssues(penalty, table);
  return { success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) };
}

function penaltyIssues(penalty: ProposedPenalty, table: PenaltyTable): ValidationIssue[] {
  if (table !== FIRST_INQUIRY_PENALTIES) {
    const t = parseOrIssues(PenaltyTableSchema, table, ['table'], 'APR-07');
    if (!t.data) return t.issues;
  }
  if (typeof penalty !== 'object' || penalty === null) {
    return [makeIssue('INVALID_INPUT', [], { value: penalty, reasonZh: '应为 { offence, amountFen }', reasonEn: 'expected { offence, amountFen }' }, 'APR-07')];
  }
  const o = table.offences.find((x) => x.key === penalty.offence || x.name === penalty.offence);
  if (!o) return [makeIssue('UNKNOWN_OFFENCE', ['offence'], { key: penalty.offence, value: penalty.offence }, 'APR-07')];
  if (!Number.isSafeInteger(penalty.amountFen)) {
    return [makeIssue('INVALID_INPUT', ['amountFen'], { value: penalty.amountFen, reasonZh: '金额应为整数（分）', reasonEn: 'money is a whole number of fen' }, 'APR-07')];
  }
  if (penalty.amountFen < o.minFen || penalty.amountFen > o.maxFen) {
    return [makeIssue('PENALTY_OUT_OF_RANGE', ['amountFen'], { value: penalty.amountFen, yuan: yuan(penalty.amountFen), offence: o.name, offenceEn: o.nameEn, minYuan: yuan(o.minFen), maxYuan: yuan(o.maxFen) }, 'APR-07')];
  }
  return [];
}
