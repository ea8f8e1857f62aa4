import { parseOrIssues } from '../../_lib/zodIssues';
import type { Zone } from '../../_lib/zone';
import { internalsOf } from '../../calendar/_lib/internals';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import { validationError } from '../../errors/validationError';
import { MeetingNoticeSchema, type MeetingNotice } from '../schema';

/** Checks at the public boundary of the meeting functions: odd input is an issue or a GuifanError, never a TypeError. */

/** Parses with a schema; every problem becomes an `INVALID_INPUT` issue under `root` (the library's shared helper). */
export const parseMini = parseOrIssues;

/**
 * Options as given, or `{}` (for `undefined`/`null`); anything but a plain object (a text, a number, an array)
 * is reported under `path` (issues) or thrown as `INVALID_OPTIONS`, like src/_lib/options.ts, and read as `{}`.
 */
export function optionsOf<T extends object>(options: unknown, issues?: ValidationIssue[], rule?: RuleId, path: string[] = ['options']): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options === 'object' && !Array.isArray(options)) return options as Partial<T>;
  const reason = { value: options, reasonZh: '选项应为对象', reasonEn: 'options must be an object' };
  if (issues) issues.push(makeIssue('INVALID_INPUT', path, reason, rule));
  else throw new GuifanError('INVALID_OPTIONS', { path: path.join('.'), ...reason }, rule);
  return {};
}

/** The zone of `options.calendar` (default chinaCalendar()); a non-calendar is reported (issues) or thrown. */
export function calendarOf(calendar: unknown, issues: ValidationIssue[] | undefined, rule: RuleId): { calendar: WorkingCalendar; zone: Zone } | undefined {
  const c = (calendar ?? chinaCalendar()) as WorkingCalendar;
  try {
    return { calendar: c, zone: internalsOf(c).zone };
  } catch {
    const reason = { value: typeof calendar, reasonZh: '应为 createCalendar() 或 chinaCalendar() 创建的日历', reasonEn: 'expected a calendar from createCalendar() or chinaCalendar()' };
    if (issues) issues.push(makeIssue('INVALID_INPUT', ['options', 'calendar'], reason, rule));
    else throw new GuifanError('INVALID_OPTIONS', { path: 'calendar', ...reason }, rule);
    return undefined;
  }
}

/** A notice checked against its schema at a public boundary that throws (render, diff, iCalendar). */
export function noticeOrThrow(value: unknown, rule: RuleId, root: (string | number)[] = []): MeetingNotice {
  const p = parseMini(MeetingNoticeSchema, value, root, rule);
  if (!p.data) throw validationError(p.issues, rule);
  return value as MeetingNotice;
}
