import { fromDecimal, fromNumber, type Q } from '../../_lib/rational';
import { GuifanError } from '../../errors/GuifanError';
import type { RuleId } from '../../errors/types';

/**
 * The one way the appraisal module reads a number given as a number or as text
 * (issue 24: `gradeOf('1e308')` and `gradeOf(1e308)` read alike): a finite
 * number as written (its shortest decimal), or decimal text (`'92.5'`, `'+1'`,
 * `'1e2'`), exactly. Anything else is `INVALID_AMOUNT` naming `name`.
 */
export function readDecimal(value: unknown, name: string, rule: RuleId): Q {
  try {
    if (typeof value === 'number') return fromNumber(value);
    if (typeof value === 'string') return fromDecimal(value);
  } catch (cause) {
    throw notDecimal(value, name, rule, cause);
  }
  throw notDecimal(value, name, rule);
}

function notDecimal(value: unknown, name: string, rule: RuleId, cause?: unknown): GuifanError {
  return new GuifanError('INVALID_AMOUNT', { value, name, expectedZh: '应为有限的十进制数（数字或如 “92.5” 的文字）', expectedEn: "a finite decimal (a number or text such as '92.5')" }, rule, cause === undefined ? undefined : { cause });
}
