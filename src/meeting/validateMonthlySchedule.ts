import { toEpochMs, tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { optionsOf } from '../_lib/options';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { isGuifanError } from '../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from '../errors/issues';
import { parseOrIssues } from '../appraisal/_lib/core';
import { calendarDeadline, type CalendarDeadlineOptions } from '../time-limit/calendarDeadline';
import type { CalendarDateRule } from '../time-limit/schema';
import { badTime, readWeekday, WEEKDAY_EN, WEEKDAY_ZH, weekdayOf } from './_lib/common';
import { MonthlyScheduleSchema, type MonthlySchedule } from './schema';

/** Options of {@link validateMonthlySchedule}. */
export interface ValidateMonthlyScheduleOptions {
  /** @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /** When next month's schedule is decided (TL-07). @default { dayOfMonth: 20 } (“每月20日前”) */
  deadline?: CalendarDateRule | string;
  /**
   * What “前” means and what a rest-day 20th does. @default { before: 'on-or-before', restDay: 'keep' }:
   * the decision is due by the end of the 20th even when the 20th is a weekend
   * (the ministers' meeting can be held earlier); use `restDay: 'previous-workday'`
   * to demand it by the working day before.
   */
  deadlineOptions?: Omit<CalendarDeadlineOptions, 'calendar'>;
  /** The present: an undecided schedule is only late once the deadline has passed. @default undefined */
  now?: Date | string;
}

/**
 * Checks a monthly meeting schedule (月度会议预定表, MTG-05): decided before the
 * 20th of the previous month, and every listed meeting with its time, venue,
 * main topics and attendees (and a stated weekday matching its date).
 *
 * @param schedule - a {@link MonthlySchedule}
 * @param options - {@link ValidateMonthlyScheduleOptions}
 * @returns the issues (`SCHEDULE_LATE`, `SCHEDULE_NOT_DECIDED`, `MISSING_ITEM`, `MEETING_OUTSIDE_MONTH`, `WEEKDAY_MISMATCH` …)
 * @throws {GuifanError} for bad options only: `INVALID_OPTIONS` (options, calendar), `INVALID_DATE`/`AMBIGUOUS_INSTANT` for an unreadable `now`
 * @example
 * validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-21T10:00+08:00', meetings: [] })[0].code //=> 'SCHEDULE_LATE'
 */
export function validateMonthlySchedule(schedule: MonthlySchedule, optionsIn: ValidateMonthlyScheduleOptions = {}): ValidationIssue[] {
  const options = optionsOf(optionsIn);
  const parsed = parseOrIssues(MonthlyScheduleSchema, schedule, [], 'MTG-05');
  if (!parsed.data) return parsed.issues;
  const s = parsed.data;
  const issues: ValidationIssue[] = [];
  const calendar = calendarOf(options, chinaCalendar);
  const zone = internalsOf(calendar).zone;
  const [y, m] = s.month.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  let due: number | undefined;
  try {
    due = calendarDeadline(options.deadline ?? { dayOfMonth: 20 }, prev, { ...optionsOf(options.deadlineOptions, 'deadlineOptions'), calendar }).due.getTime();
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    issues.push(makeIssue(e.code === 'CALENDAR_NOT_COVERED' ? 'CALENDAR_NOT_COVERED' : 'INVALID_INPUT', ['month'], { value: s.month, date: prev, reasonZh: e.messages['zh-CN'], reasonEn: e.messages.en }, 'MTG-05', 'warning'));
  }
  if (due !== undefined) {
    const decided = s.decidedAt === undefined ? undefined : tryEpochMs(s.decidedAt);
    const dl = formatInstant(due, zone);
    if (s.decidedAt !== undefined && decided === undefined) issues.push(badTime(['decidedAt'], s.decidedAt, 'MTG-05'));
    else if (decided !== undefined && decided > due) issues.push(makeIssue('SCHEDULE_LATE', ['decidedAt'], { value: s.decidedAt, month: s.month, decidedAt: formatInstant(decided, zone), deadline: dl }, 'MTG-05'));
    else if (decided === undefined) {
      const now = options.now === undefined ? undefined : toEpochMs(options.now); // the caller's present: unreadable is loud, not "not checked"
      issues.push(makeIssue('SCHEDULE_NOT_DECIDED', ['decidedAt'], { month: s.month, deadline: dl }, 'MTG-05', now !== undefined && now > due ? 'error' : 'warning'));
    }
  }
  s.meetings.forEach((mt, i) => {
    const path = ['meetings', i];
    const need: [keyof typeof mt, string, string][] = [
      ['date', '日期', 'the date'],
      ['start', '时间', 'the time'],
      ['venue', '地点', 'the venue'],
      ['topics', '主要议题', 'the main topics'],
      ['attendees', '参会人员', 'the attendees'],
    ];
    for (const [k, itemZh, itemEn] of need) {
      const v = mt[k];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) issues.push(makeIssue('MISSING_ITEM', [...path, k], { itemZh, itemEn }, 'MTG-05'));
    }
    if (mt.date) {
      if (parseCivilDate(mt.date) === undefined) issues.push(makeIssue('INVALID_INPUT', [...path, 'date'], { value: mt.date, reasonZh: '该日期不存在', reasonEn: 'no such day' }, 'MTG-05'));
      else if (!mt.date.startsWith(s.month)) issues.push(makeIssue('MEETING_OUTSIDE_MONTH', [...path, 'date'], { value: mt.date, date: mt.date, month: s.month }, 'MTG-05'));
      const wd = weekdayOf(mt.date);
      const stated = mt.weekday === undefined ? undefined : readWeekday(mt.weekday);
      if (wd !== undefined && stated !== undefined && stated !== wd) {
        issues.push(makeIssue('WEEKDAY_MISMATCH', [...path, 'weekday'], { value: mt.weekday, stated: mt.weekday, date: mt.date, actualZh: WEEKDAY_ZH[wd], actualEn: WEEKDAY_EN[wd] }, 'MTG-01'));
      }
    }
    if (mt.start && mt.end && minutesOfDay(mt.end) <= minutesOfDay(mt.start)) issues.push(makeIssue('END_NOT_AFTER_START', [...path, 'end'], { value: mt.end, start: mt.start, end: mt.end }, 'MTG-08'));
  });
  return issues;
}
