import { tryEpochMs } from '../_lib/input';
import { icalDocument, icalText as text } from '../_lib/ical';
import { MS_PER_DAY, parseCivilDate, minutesOfDay } from '../_lib/civil';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationError } from '../errors/validationError';
import { calendarOf, noticeOrThrow, optionsOf } from './_lib/boundary';
import { personName, tryZone } from './_lib/common';
import type { MeetingNotice, Person } from './schema';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * const ics = toICalendar({ id: 'mtg-1008', title: '安全例会', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', convener: { name: '王五', email: 'wang@example.com' }, attendees: [] }, { method: 'CANCEL', sequence: 1 })
 * ics.includes('METHOD:CANCEL\r\n') //=> true
 * ics.includes('SEQUENCE:1\r\n') //=> true
 * ics.includes('STATUS:CANCELLED\r\n') //=> true
 */
export interface ToICalendarOptions {
  /** `'REQUEST'` for a notice or a change, `'CANCEL'` for a cancellation (RFC 5546). @default 'REQUEST' */
  method?: 'REQUEST' | 'CANCEL';
  /** Revision: 0 for the first notice, +1 for each change notice. @default 0 */
  sequence?: number;
  /** @default `${notice.id}@guifan`, or a stable hash of title, date and start */
  uid?: string;
  /** When this iCalendar object was made. @default notice.issuedAt, else the meeting's start */
  dtstamp?: Date | string;
  /** @default chinaCalendar() (its zone reads the wall times) */
  calendar?: WorkingCalendar;
}

const utc = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const param = (s: string): string => (/[:;,]/.test(s) ? `"${s.replace(/"/g, '')}"` : s.replace(/"/g, ''));

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const email = (p: Person | undefined): string | undefined => (p && typeof p !== 'string' ? p.email : undefined);

/**
 * A meeting notice as an iCalendar invitation (RFC 5545 / RFC 5546) that
 * Outlook, Google Calendar, DingTalk and WeCom import: one VEVENT with UID,
 * DTSTAMP, DTSTART, DTEND (UTC), SUMMARY, LOCATION, DESCRIPTION (agenda and
 * preparation), ORGANIZER and an ATTENDEE per person with an e-mail, in
 * `METHOD:REQUEST`. A change notice keeps the UID and raises SEQUENCE; a
 * cancellation is `METHOD:CANCEL` with `STATUS:CANCELLED`. Lines are CRLF,
 * escaped and folded at 75 octets.
 *
 * @param notice - a complete notice (title, date, start, end; an organizer e-mail: convener or chair)
 * @param options - {@link ToICalendarOptions}
 * @returns the `.ics` text
 * @throws {GuifanError} `VALIDATION_FAILED` when the notice is not a notice or an item the invitation needs is missing (or `issuedAt` is invalid); `INVALID_OPTIONS` for bad options
 * @example
 * toICalendar({ id: 'mtg-1008', title: '安全例会', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', convener: { name: '王五', email: 'wang@example.com' }, attendees: [] }).split('\r\n')[9]
 * //=> 'DTSTART:20261008T063000Z'
 */
export function toICalendar(notice: MeetingNotice, options?: ToICalendarOptions): string;
// The implementation names its raw arguments …In: the checked values take the public names.
export function toICalendar(noticeIn: MeetingNotice, optionsIn: ToICalendarOptions = {}): string {
  const notice = noticeOrThrow(noticeIn, 'MTG-01');
  const options = optionsOf<ToICalendarOptions>(optionsIn, undefined, 'MTG-01');
  const bad = (path: string, value: unknown, reasonZh: string, reasonEn: string): never => {
    throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, 'MTG-01');
  };
  if (options.method !== undefined && options.method !== 'REQUEST' && options.method !== 'CANCEL') bad('method', options.method, "应为 'REQUEST' 或 'CANCEL'", "expected 'REQUEST' or 'CANCEL'");
  if (options.sequence !== undefined && !(Number.isSafeInteger(options.sequence) && options.sequence >= 0)) bad('sequence', options.sequence, '应为非负整数', 'expected a non-negative integer');
  if (options.uid !== undefined && (typeof options.uid !== 'string' || options.uid === '')) bad('uid', options.uid, '应为非空文本', 'expected non-empty text');
  if (options.dtstamp !== undefined && tryEpochMs(options.dtstamp) === undefined) bad('dtstamp', options.dtstamp, '时间无效或没有时区偏移', 'invalid time or no offset');
  const issues: ValidationIssue[] = [];
  const need = (ok: unknown, key: string, itemZh: string, itemEn: string) => {
    if (!ok) issues.push(makeIssue('MISSING_ITEM', [key], { itemZh, itemEn }, 'MTG-01'));
  };
  need(notice.title, 'title', '会议名称', 'the title');
  need(notice.date && parseCivilDate(notice.date) !== undefined, 'date', '会议日期', 'the date');
  need(notice.start, 'start', '开始时间', 'the start time');
  need(notice.end, 'end', '结束时间', 'the end time');
  const organizer = email(notice.convener) ? notice.convener : email(notice.chair) ? notice.chair : undefined;
  need(organizer, 'convener', '召集人或主持人的电子邮箱（ORGANIZER）', "the convener's or chair's e-mail (ORGANIZER)");
  if (notice.issuedAt !== undefined && options.dtstamp === undefined && tryEpochMs(notice.issuedAt) === undefined) {
    issues.push(makeIssue('INVALID_INPUT', ['issuedAt'], { value: notice.issuedAt, reasonZh: '时间无效或没有时区偏移', reasonEn: 'invalid time or no offset' }, 'MTG-01'));
  }
  const zone = notice.timeZone ? tryZone(notice.timeZone) : calendarOf(options.calendar, undefined, 'MTG-01')!.zone;
  need(zone, 'timeZone', '有效的时区', 'a valid time zone');
  if (issues.length) throw validationError(issues, 'MTG-01');
  const day = parseCivilDate(notice.date!)!;
  const start = zone!.instantOf(day, minutesOfDay(notice.start!));
  let end = zone!.instantOf(day, minutesOfDay(notice.end!));
  if (end <= start) end += MS_PER_DAY; // a meeting past midnight
  const stampIn = options.dtstamp ?? notice.issuedAt;
  const stamp = (stampIn === undefined ? undefined : tryEpochMs(stampIn)) ?? start;
  const method = options.method ?? 'REQUEST';
  const uid = options.uid ?? `${notice.id ?? fnv(`${notice.title}|${notice.date}|${notice.start}`)}@guifan`;
  const desc: string[] = [];
  if (notice.agenda?.length) desc.push(`议程：\n${notice.agenda.map((a, i) => `${i + 1}. ${a}`).join('\n')}`);
  if (notice.preparation?.length) desc.push(`准备事项：\n${notice.preparation.map((a, i) => `${i + 1}. ${a}`).join('\n')}`);
  if (notice.attendees?.length) desc.push(`参会人员：${notice.attendees.map(personName).join('、')}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//guifan//meeting notice//ZH',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${text(uid)}`,
    `DTSTAMP:${utc(stamp)}`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${text(notice.title!)}`,
    ...(notice.venue ? [`LOCATION:${text(notice.venue)}`] : []),
    ...(desc.length ? [`DESCRIPTION:${text(desc.join('\n'))}`] : []),
    `ORGANIZER;CN=${param(personName(organizer!))}:mailto:${email(organizer)}`,
    ...(notice.attendees ?? [])
      .filter((p) => email(p))
      .map((p) => `ATTENDEE;CN=${param(personName(p))};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${email(p)}`),
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icalDocument(lines);
}
