import { tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import type { WorkingCalendar } from '../calendar/types';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { badTime, personKeys, personName, validationResult, type MeetingValidation } from './_lib/common';
import { calendarOf, optionsOf, parseMini } from './_lib/boundary';
import { diffMeetingNotices } from './diffMeetingNotices';
import { ChangeNoticeSchema, MeetingNoticeSchema, type ChangeNotice, type MeetingNotice } from './schema';

/**
 * Checks the change notice for a changed meeting (MTG-06): when time or venue
 * changed there must be one; it must reach every attendee of both versions
 * (by name or e-mail); the changes it announces must be the real ones (time
 * and venue at least); and it must go out before the meeting starts (by either
 * version's start).
 *
 * @param before - the notice as first issued
 * @param after - the notice as it stands now
 * @param change - the change notice, or `undefined` when none was issued
 * @param options - `{ calendar }` for the zone of the wall times
 * @returns `{ success, issues }`: success when no issue is an error; the issues (`CHANGE_NOTICE_MISSING`, `ATTENDEE_NOT_NOTIFIED`, `CHANGE_NOTICE_MISMATCH`, `CHANGE_NOTICE_LATE`)
 * @example
 * validateChangeNotice({ venue: '三楼会议室', attendees: ['张三'] }, { venue: '五楼会议室', attendees: ['张三'] }, undefined).issues[0].code
 * //=> 'CHANGE_NOTICE_MISSING'
 */
export function validateChangeNotice(before: MeetingNotice, after: MeetingNotice, change: ChangeNotice | undefined, options: { calendar?: WorkingCalendar } = {}): MeetingValidation {
  return validationResult(issuesOf(before, after, change, options));
}

function issuesOf(beforeIn: MeetingNotice, afterIn: MeetingNotice, change: ChangeNotice | undefined, optionsIn: { calendar?: WorkingCalendar } = {}): ValidationIssue[] {
  const pre: ValidationIssue[] = [];
  const options = optionsOf<{ calendar?: WorkingCalendar }>(optionsIn, pre, 'MTG-06');
  const b = parseMini(MeetingNoticeSchema, beforeIn, ['before'], 'MTG-06');
  const a = parseMini(MeetingNoticeSchema, afterIn, ['after'], 'MTG-06');
  if (!b.data || !a.data) return [...pre, ...b.issues, ...a.issues];
  const before = b.data;
  const after = a.data;
  const diff = diffMeetingNotices(before, after);
  const what = [diff.timeChanged ? ['时间', 'time'] : undefined, diff.venueChanged ? ['地点', 'venue'] : undefined].filter(Boolean) as string[][];
  if (!change) {
    return diff.requiresChangeNotice
      ? [...pre, makeIssue('CHANGE_NOTICE_MISSING', [], { whatZh: what.map((w) => w[0]).join('和'), whatEn: what.map((w) => w[1]).join(' and ') }, 'MTG-06')]
      : pre;
  }
  const parsed = parseMini(ChangeNoticeSchema, change, ['change'], 'MTG-06');
  if (!parsed.data) return [...pre, ...parsed.issues];
  const c = parsed.data;
  const issues: ValidationIssue[] = pre;
  const reached = new Set(c.notified);
  for (const p of diff.mustNotify) {
    if (!personKeys(p).some((k) => reached.has(k))) issues.push(makeIssue('ATTENDEE_NOT_NOTIFIED', ['change', 'notified'], { person: personName(p), value: personName(p) }, 'MTG-06'));
  }
  if (c.changes) {
    const stated = new Set(c.changes);
    const actual = new Set(diff.fields);
    const key = (fs: Set<string>) => [...fs].filter((f) => f === 'venue' || f === 'date' || f === 'start' || f === 'end').sort();
    if (JSON.stringify(key(stated)) !== JSON.stringify(key(actual))) {
      issues.push(makeIssue('CHANGE_NOTICE_MISMATCH', ['change', 'changes'], { stated: [...stated].join(', ') || '—', actual: diff.fields.join(', ') || '—', value: c.changes }, 'MTG-06'));
    }
  }
  const resolved = calendarOf(options.calendar, issues, 'MTG-06');
  if (!resolved) return issues;
  const zone = resolved.zone;
  const issued = tryEpochMs(c.issuedAt);
  const starts = [before, after]
    .filter((n) => n.date && n.start && parseCivilDate(n.date) !== undefined)
    .map((n) => zone.instantOf(parseCivilDate(n.date!)!, minutesOfDay(n.start!)));
  if (issued === undefined) issues.push(badTime(['change', 'issuedAt'], c.issuedAt, 'MTG-06'));
  else if (starts.length && issued >= Math.min(...starts)) {
    issues.push(makeIssue('CHANGE_NOTICE_LATE', ['change', 'issuedAt'], { value: c.issuedAt, issuedAt: formatInstant(issued, zone), start: formatInstant(Math.min(...starts), zone) }, 'MTG-06'));
  }
  return issues;
}
