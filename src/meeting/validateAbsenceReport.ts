import { tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import type { WorkingCalendar } from '../calendar/types';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { badTime, personKeys, validationResult, type MeetingValidation } from './_lib/common';
import { calendarOf, optionsOf, parseMini } from './_lib/boundary';
import { AbsenceReportSchema, MeetingNoticeSchema, type AbsenceReport, type MeetingNotice } from './schema';

/**
 * Checks an absence or lateness report (MTG-03): made to the chair or the
 * convener of the meeting, before it starts.
 *
 * @param report - `{ person, kind, reportedTo, reportedAt }`
 * @param notice - the meeting's notice (its `chair`, `convener`, `date`, `start`)
 * @param options - `{ calendar }` for the zone
 * @returns `{ success, issues }`: success when no issue is an error; the issues (`REPORTED_TO_WRONG_PERSON`, `REPORTED_TOO_LATE`)
 * @example
 * validateAbsenceReport({ person: '李四', kind: 'absence', reportedTo: '王五', reportedAt: '2026-10-08T09:00+08:00' }, { chair: '张总', date: '2026-10-08', start: '14:30' }).issues[0].code
 * //=> 'REPORTED_TO_WRONG_PERSON'
 */
export function validateAbsenceReport(report: AbsenceReport, notice: MeetingNotice, options: { calendar?: WorkingCalendar } = {}): MeetingValidation {
  return validationResult(issuesOf(report, notice, options));
}

function issuesOf(report: AbsenceReport, noticeIn: MeetingNotice, optionsIn: { calendar?: WorkingCalendar } = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const options = optionsOf<{ calendar?: WorkingCalendar }>(optionsIn, issues, 'MTG-03');
  const parsed = parseMini(AbsenceReportSchema, report, [], 'MTG-03');
  const meeting = parseMini(MeetingNoticeSchema, noticeIn, ['notice'], 'MTG-03');
  if (!parsed.data || !meeting.data) return [...issues, ...parsed.issues, ...meeting.issues];
  const r = parsed.data;
  const notice = meeting.data;
  const allowed = [notice.chair, notice.convener].filter((p) => p !== undefined).flatMap((p) => personKeys(p!));
  if (allowed.length && !allowed.includes(r.reportedTo)) {
    issues.push(makeIssue('REPORTED_TO_WRONG_PERSON', ['reportedTo'], { value: r.reportedTo, reportedTo: r.reportedTo, expected: allowed.join(' / ') }, 'MTG-03'));
  }
  const resolved = calendarOf(options.calendar, issues, 'MTG-03');
  if (!resolved) return issues;
  const zone = resolved.zone;
  const t = tryEpochMs(r.reportedAt);
  const day = notice.date ? parseCivilDate(notice.date) : undefined;
  if (t === undefined) issues.push(badTime(['reportedAt'], r.reportedAt, 'MTG-03'));
  else if (day !== undefined && notice.start) {
    const start = zone.instantOf(day, minutesOfDay(notice.start));
    if (t >= start) issues.push(makeIssue('REPORTED_TOO_LATE', ['reportedAt'], { value: r.reportedAt, reportedAt: formatInstant(t, zone), start: formatInstant(start, zone) }, 'MTG-03'));
  }
  return issues;
}
