import { formatDay, parseCivilDate } from '../_lib/civil';
import { icalDocument, icalText } from '../_lib/ical';
import { optionsOf } from '../_lib/options';
import { GuifanError } from '../errors/GuifanError';
import type { Locale } from '../errors/types';
import { calendarOf } from './_lib/internals';
import { withNotice } from './_lib/notices';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, DayInfo, WorkingCalendar } from './types';

/**
 * Options of {@link calendarToICalendar}.
 *
 * @example
 * calendarToICalendar({ from: '2026-10-01', to: '2026-10-07' }).split('\r\n').filter((l) => l.startsWith('SUMMARY')).length //=> 7
 */
export interface CalendarToICalendarOptions {
  /** First day of the feed, `'YYYY-MM-DD'` or an instant read in the calendar's zone (required). */
  from: DateInput;
  /** Last day of the feed, included (required). */
  to: DateInput;
  /** Language of the event summaries and the calendar name. @default 'zh-CN' */
  lang?: Locale;
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

const ymd = (d: string): string => d.replace(/-/g, '');

function summary(d: DayInfo, lang: Locale): string {
  const zh = d.name ?? '假日';
  const en = d.nameEn ?? d.name ?? 'Holiday';
  if (d.kind === 'makeup-workday') return lang === 'en' ? `Make-up working day (${en})` : `${zh}调休上班（班）`;
  if (d.inLieu) return lang === 'en' ? `${en} (day off, in lieu)` : `${zh}（调休）`;
  return lang === 'en' ? `${en} (day off)` : `${zh}（休）`;
}

function description(d: DayInfo, lang: Locale): string {
  const parts: string[] = [];
  if (d.kind === 'makeup-workday') parts.push(lang === 'en' ? 'A weekend day worked in exchange for the holiday (调休上班).' : '为放假调休而上班的周末日。');
  else if (d.inLieu) parts.push(lang === 'en' ? 'A weekday the notice makes a rest day (调休 or 补休), not a statutory holiday.' : '通知调作休息日的工作日（调休或补休），不是法定休假日。');
  if (d.provisional) parts.push(lang === 'en' ? 'Provisional: no notice published for this year; the statutory holidays alone.' : '暂定：该年尚无国务院办公厅通知，仅按法定假日推算。');
  if (d.correction) parts.push(lang === 'en' ? `Per ${d.correction.notice}: ${d.correction.reasonEn}` : `依据${d.correction.notice}：${d.correction.reason}`);
  else if (d.notice) parts.push(lang === 'en' ? `Per ${d.notice.number ?? d.notice.title}: ${d.notice.sentence}` : `依据${d.notice.number ?? `《${d.notice.title}》`}：${d.notice.sentence}`);
  return parts.join(' ');
}

/**
 * A holiday calendar feed (RFC 5545) that Google Calendar, Outlook and Apple
 * Calendar subscribe to or import: one all-day VEVENT per holiday day (调休 rest
 * days flagged) and per make-up working day (调休上班) from `from` to `to`
 * (both included), summaries in 简体中文 or English (CAL-01). UIDs are stable per
 * day, kind and language (`20261010-makeup-workday-en@guifan`), so a re-imported
 * feed updates events instead of duplicating them; DTSTAMP is `from` at
 * 00:00 UTC, so the same input always gives the same text. Lines are CRLF,
 * escaped and folded at 75 octets.
 *
 * @param options - {@link CalendarToICalendarOptions}
 * @returns the iCalendar text
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS` (bad `lang`, `to` before `from`), `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * const ics = calendarToICalendar({ from: '2026-09-20', to: '2026-09-20', lang: 'en' })
 * ics.split('\r\n').filter((l) => l.startsWith('SUMMARY') || l.startsWith('DTSTART') || l.startsWith('UID'))
 * //=> ['UID:20260920-makeup-workday-en@guifan', 'DTSTART;VALUE=DATE:20260920', 'SUMMARY:Make-up working day (National Day)']
 */
export function calendarToICalendar(options: CalendarToICalendarOptions): string {
  const o = optionsOf(options);
  const cal = calendarOf(o, chinaCalendar);
  const lang = o.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') throw new GuifanError('INVALID_OPTIONS', { path: 'lang', value: lang, reasonZh: "应为 'zh-CN' 或 'en'", reasonEn: "expected 'zh-CN' or 'en'" });
  const from = cal.toCivilDate(o.from);
  const to = cal.toCivilDate(o.to);
  if (to < from) throw new GuifanError('INVALID_OPTIONS', { path: 'to', value: to, reasonZh: `不应早于起始日 ${from}（两端均包含）`, reasonEn: `must not be before the first day ${from} (both ends are included)` }, 'CAL-01');
  const stamp = `${ymd(from)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//guifan//${cal.source.data} ${cal.source.version}//${lang === 'en' ? 'EN' : 'ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(lang === 'en' ? `Holidays and make-up working days (${cal.name})` : `节假日与调休（${cal.name}）`)}`,
  ];
  for (const listed of cal.days(from, to)) {
    if (listed.kind !== 'holiday' && listed.kind !== 'makeup-workday') continue;
    const d = withNotice(listed);
    const desc = description(d, lang);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ymd(d.date)}-${d.kind}-${lang}@guifan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(d.date)}`,
      `DTEND;VALUE=DATE:${ymd(formatDay(parseCivilDate(d.date)! + 1))}`,
      `SUMMARY:${icalText(summary(d, lang))}`,
      ...(desc ? [`DESCRIPTION:${icalText(desc)}`] : []),
      `CATEGORIES:${d.kind === 'holiday' ? (lang === 'en' ? 'Holiday' : '放假') : lang === 'en' ? 'Working day' : '上班'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icalDocument(lines);
}
