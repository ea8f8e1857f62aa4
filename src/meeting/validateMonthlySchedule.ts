import { tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import type { WorkingCalendar } from '../calendar/types';
import { isGuifanError } from '../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { calendarDeadline, type CalendarDeadlineOptions } from '../time-limit/calendarDeadline';
import type { CalendarDateRule } from '../time-limit/schema';
import { badTime, readWeekday, WEEKDAY_EN, WEEKDAY_ZH, weekdayOf, validationResult, type MeetingValidation } from './_lib/common';
import { calendarOf, optionsOf, parseMini } from './_lib/boundary';
import { MonthlyScheduleSchema, type MonthlySchedule } from './schema';

/**
 * Options of {@link validateMonthlySchedule}.
 *
 * @example
 * validateMonthlySchedule({ month: '2026-11', meetings: [] }, { now: '2026-10-19T10:00+08:00' }).issues[0].severity //=> 'warning' (not decided, not yet late)
 */
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
 * @returns `{ success, issues }`: success when no issue is an error; the issues (`SCHEDULE_LATE`, `SCHEDULE_NOT_DECIDED`, `MISSING_ITEM`, `MEETING_OUTSIDE_MONTH`, `WEEKDAY_MISMATCH` …)
 * @example
 * validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-21T10:00+08:00', meetings: [] }).issues[0].code //=> 'SCHEDULE_LATE'
 */
export function validateMonthlySchedule(schedule: MonthlySchedule, options: ValidateMonthlyScheduleOptions = {}): MeetingValidation {
  return validationResult(issuesOf(schedule, options));
}

function issuesOf(schedule: MonthlySchedule, optionsIn: ValidateMonthlyScheduleOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const options = optionsOf<ValidateMonthlyScheduleOptions>(optionsIn, issues, 'MTG-05');
  // A text here was spread into one option per character (fuzz): reported, and the deadline not guessed with defaults.
  const reported = issues.length;
  const deadlineOptions = optionsOf<Omit<CalendarDeadlineOptions, 'calendar'>>(options.deadlineOptions, issues, 'MTG-05', ['options', 'deadlineOptions']);
  const deadlineKnown = issues.length === reported;
  const parsed = parseMini(MonthlyScheduleSchema, schedule, [], 'MTG-05');
  if (!parsed.data) return [...issues, ...parsed.issues];
  const s = parsed.data;
  const resolved = calendarOf(options.calendar, issues, 'MTG-05');
  if (!resolved) return issues;
  const { calendar, zone } = resolved;
  const [y, m] = s.month.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  let due: number | undefined;
  try {
    if (deadlineKnown) due = calendarDeadline(options.deadline ?? { dayOfMonth: 20 }, prev, { ...deadlineOptions, calendar }).due.getTime();
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
      const now = options.now === undefined ? undefined : tryEpochMs(options.now);
      if (options.now !== undefined && now === undefined) issues.push(badTime(['options', 'now'], options.now, 'MTG-05'));
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
