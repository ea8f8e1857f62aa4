import { parseCivilDate, weekdayOfDay } from '../../_lib/civil';
import { createZone, type Zone } from '../../_lib/zone';
import { isGuifanError } from '../../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import type { Person } from '../schema';

export const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
export const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_DIGIT: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 0 };

/** Reads a weekday as written (星期四, 周四, 礼拜四, 星期天, Thu, Thursday); 0 = Sunday. */
export function readWeekday(text: string): number | undefined {
  const t = text.trim();
  const zh = /^(?:星期|周|礼拜)([日天一二三四五六七])$/.exec(t);
  if (zh) return ZH_DIGIT[zh[1]!];
  const en = WEEKDAY_EN.findIndex((w) => w.toLowerCase() === t.toLowerCase() || w.slice(0, 3).toLowerCase() === t.toLowerCase());
  return en >= 0 ? en : undefined;
}

export function weekdayOf(date: string): number | undefined {
  const d = parseCivilDate(date);
  return d === undefined ? undefined : weekdayOfDay(d);
}

export const personName = (p: Person): string => (typeof p === 'string' ? p : p.name);
export const personKeys = (p: Person): string[] => (typeof p === 'string' ? [p] : [p.name, ...(p.email ? [p.email] : [])]);

export function tryZone(name: string): Zone | undefined {
  try {
    return createZone(name);
  } catch (e) {
    if (isGuifanError(e)) return undefined;
    throw e;
  }
}

/** The issue for an instant that is invalid or has no offset. */
export function badTime(path: (string | number)[], value: unknown, rule: RuleId): ValidationIssue {
  return makeIssue('INVALID_INPUT', path, { value, reasonZh: '时间无效或没有时区偏移', reasonEn: 'invalid time or no offset' }, rule);
}

/**
 * What every meeting validator returns: `success` is no issue of severity 'error' (warnings allowed).
 *
 * @example
 * const v = validateMinutes({ date: '2026-10-08' })
 * v.success //=> false
 * v.issues[0].rule //=> 'MTG-07'
 */
export interface MeetingValidation {
  readonly success: boolean;
  readonly issues: readonly ValidationIssue[];
}

/** The one shape of a validator's answer (like validatePolicy): frozen, success = no error. */
export function validationResult(issues: ValidationIssue[]): MeetingValidation {
  return Object.freeze({ success: !issues.some((i) => i.severity === 'error'), issues: Object.freeze(issues) });
}

