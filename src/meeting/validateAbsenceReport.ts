import { tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { noticeOrIssues } from './_lib/checked';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { makeIssue, type ValidationIssue } from '../errors/issues';
import { parseOrIssues } from '../appraisal/_lib/core';
import { badTime, personKeys } from './_lib/common';
import { AbsenceReportSchema, type AbsenceReport, type MeetingNotice } from './schema';

/**
 * Checks an absence or lateness report (MTG-03): made to the chair or the
 * convener of the meeting, before it starts.
 *
 * @param report - `{ person, kind, reportedTo, reportedAt }`
 * @param notice - the meeting's notice (its `chair`, `convener`, `date`, `start`)
 * @param options - `{ calendar }` for the zone
 * @returns the issues (`REPORTED_TO_WRONG_PERSON`, `REPORTED_TOO_LATE`)
 * @example
 * validateAbsenceReport({ person: '李四', kind: 'absence', reportedTo: '王五', reportedAt: '2026-10-08T09:00+08:00' }, { chair: '张总', date: '2026-10-08', start: '14:30' })[0].code
 * //=> 'REPORTED_TO_WRONG_PERSON'
 */
export function validateAbsenceReport(report: AbsenceReport, noticeIn: MeetingNotice, options: { calendar?: WorkingCalendar } = {}): ValidationIssue[] {
  const zone = internalsOf(calendarOf(options, chinaCalendar)).zone;
  const parsed = parseOrIssues(AbsenceReportSchema, report, [], 'MTG-03');
  // fuzz (issue 10): the notice is user data too: reported, never read unchecked.
  const checked = noticeOrIssues(noticeIn, ['notice'], 'MTG-03');
  if (!parsed.data || !checked.notice) return [...parsed.issues, ...checked.issues];
  const notice = checked.notice;
  const r = parsed.data;
  const issues: ValidationIssue[] = [];
  const allowed = [notice.chair, notice.convener].filter((p) => p !== undefined).flatMap((p) => personKeys(p!));
  if (allowed.length && !allowed.includes(r.reportedTo)) {
    issues.push(makeIssue('REPORTED_TO_WRONG_PERSON', ['reportedTo'], { value: r.reportedTo, reportedTo: r.reportedTo, expected: allowed.join(' / ') }, 'MTG-03'));
  }
  const t = tryEpochMs(r.reportedAt);
  const day = notice.date ? parseCivilDate(notice.date) : undefined;
  if (t === undefined) issues.push(badTime(['reportedAt'], r.reportedAt, 'MTG-03'));
  else if (day !== undefined && notice.start) {
    const start = zone.instantOf(day, minutesOfDay(notice.start));
    if (t >= start) issues.push(makeIssue('REPORTED_TOO_LATE', ['reportedAt'], { value: r.reportedAt, reportedAt: formatInstant(t, zone), start: formatInstant(start, zone) }, 'MTG-03'));
  }
  return issues;
}
