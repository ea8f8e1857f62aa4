import { tryEpochMs } from '../_lib/input';
import { parseCivilDate, minutesOfDay } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import { internalsOf } from '../calendar/_lib/internals';
import type { WorkingCalendar } from '../calendar/types';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { isGuifanError } from '../errors/isGuifanError';
import { formatTimeLimit } from '../time-limit/formatTimeLimit';
import { planLatest } from '../time-limit/_lib/latest';
import { normalizeLimit } from '../time-limit/_lib/normalize';
import type { TimeLimit } from '../time-limit/schema';
import { badTime, readWeekday, tryZone, WEEKDAY_EN, WEEKDAY_ZH, weekdayOf, validationResult, type MeetingValidation } from './_lib/common';
import { calendarOf, optionsOf, parseMini } from './_lib/boundary';
import { MeetingNoticeSchema, type MeetingNotice } from './schema';

/**
 * Options of {@link validateMeetingNotice}.
 *
 * @example
 * validateMeetingNotice({ title: '安全例会', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三', '李四'], agenda: ['国庆值班总结'], preparation: ['值班记录'] }, { maxAttendees: 1 }).issues[0].code //=> 'TOO_MANY_ATTENDEES'
 */
export interface ValidateMeetingNoticeOptions {
  /** @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /** The present, to tell whether materials are late though not yet sent. @default undefined (not checked) */
  now?: Date | string;
  /** How far ahead materials go out (MTG-04 “一般应提前两天”). Natural or working days. @default '提前两天' */
  materialsLead?: TimeLimit | string;
  /** MTG-04 says 一般 (generally): a warning unless you make it an error. @default 'warning' */
  materialsSeverity?: 'warning' | 'error';
  /** MTG-08: at most this many attendees. @default undefined (not checked) */
  maxAttendees?: number;
}

const ITEMS: [keyof MeetingNotice, number, string, string][] = [
  ['date', 1, '会议日期（月、日）', 'the date (month and day)'],
  ['weekday', 1, '星期', 'the weekday'],
  ['start', 2, '开始时间', 'the start time'],
  ['end', 3, '结束时间', 'the end time'],
  ['venue', 4, '会议地点', 'the venue'],
  ['attendees', 5, '参会人员', 'the attendees'],
  ['agenda', 6, '议程', 'the agenda'],
];

/**
 * Checks a meeting notice against 《公司会议规程》 (MTG-01…MTG-04, MTG-08):
 * the six required items; a stated weekday that contradicts the date; an end
 * not after the start; a meeting on a rest day or outside business hours
 * (warnings); materials not sent two days ahead (warning by default, the seed
 * says 一般); a notice issued after the meeting started; too many attendees.
 * Never throws on user data: every problem is an issue.
 *
 * @param notice - a {@link MeetingNotice} (possibly a draft read from text)
 * @param options - {@link ValidateMeetingNoticeOptions}
 * @returns `{ success, issues }`: `success` when no issue is an error (warnings allowed, like `validatePolicy`); `issues` empty when the notice is complete and consistent
 * @example
 * validateMeetingNotice({ title: '安全例会', date: '2026-10-08', weekday: '星期三', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三'], agenda: ['国庆值班总结'], preparation: ['值班记录'] }).issues[0].code
 * //=> 'WEEKDAY_MISMATCH' (2026-10-08 is a Thursday)
 */
export function validateMeetingNotice(notice: MeetingNotice, options: ValidateMeetingNoticeOptions = {}): MeetingValidation {
  return validationResult(issuesOf(notice, options));
}

function issuesOf(notice: MeetingNotice, optionsIn: ValidateMeetingNoticeOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const options = optionsOf<ValidateMeetingNoticeOptions>(optionsIn, issues, 'MTG-01');
  const parsed = parseMini(MeetingNoticeSchema, notice, [], 'MTG-01');
  if (!parsed.data) return [...issues, ...parsed.issues];
  const n = parsed.data;
  const severity = options.materialsSeverity ?? 'warning';
  if (severity !== 'warning' && severity !== 'error') issues.push(makeIssue('INVALID_INPUT', ['options', 'materialsSeverity'], { value: severity, reasonZh: "应为 'warning' 或 'error'", reasonEn: "expected 'warning' or 'error'" }, 'MTG-04'));
  const max = options.maxAttendees;
  if (max !== undefined && !(Number.isSafeInteger(max) && max >= 0)) issues.push(makeIssue('INVALID_INPUT', ['options', 'maxAttendees'], { value: max, reasonZh: '应为非负整数', reasonEn: 'expected a non-negative integer' }, 'MTG-08'));
  for (const [key, ordinal, itemZh, itemEn] of ITEMS) {
    const v = n[key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) issues.push(makeIssue('MISSING_ITEM', [key], { itemZh, itemEn, ordinal }, 'MTG-01'));
  }
  if (!n.preparation || n.preparation.length === 0) {
    issues.push(makeIssue('MISSING_ITEM', ['preparation'], { itemZh: '准备事项', itemEn: 'the preparation items', ordinal: 6 }, 'MTG-01', 'warning'));
  }
  if (n.date && parseCivilDate(n.date) === undefined) issues.push(makeIssue('INVALID_INPUT', ['date'], { value: n.date, reasonZh: '该日期不存在', reasonEn: 'no such day' }, 'MTG-01'));
  const wd = n.date ? weekdayOf(n.date) : undefined;
  if (n.weekday !== undefined && wd !== undefined) {
    const stated = readWeekday(n.weekday);
    if (stated === undefined) issues.push(makeIssue('INVALID_INPUT', ['weekday'], { value: n.weekday, reasonZh: '无法识别的星期', reasonEn: 'unreadable weekday' }, 'MTG-01'));
    else if (stated !== wd) issues.push(makeIssue('WEEKDAY_MISMATCH', ['weekday'], { value: n.weekday, stated: n.weekday, date: n.date, actualZh: WEEKDAY_ZH[wd], actualEn: WEEKDAY_EN[wd] }, 'MTG-01'));
  }
  if (n.start && n.end && minutesOfDay(n.end) <= minutesOfDay(n.start)) {
    issues.push(makeIssue('END_NOT_AFTER_START', ['end'], { value: n.end, start: n.start, end: n.end }, 'MTG-08'));
  }
  if (max !== undefined && Number.isSafeInteger(max) && max >= 0 && n.attendees && n.attendees.length > max) {
    issues.push(makeIssue('TOO_MANY_ATTENDEES', ['attendees'], { count: n.attendees.length, max: options.maxAttendees }, 'MTG-08', 'warning'));
  }
  if (!n.date || wd === undefined) return issues;

  const resolved = calendarOf(options.calendar, issues, 'MTG-01');
  if (!resolved) return issues;
  const calendar = resolved.calendar;
  const cal = internalsOf(calendar);
  const zone = n.timeZone ? tryZone(n.timeZone) : cal.zone;
  if (!zone) {
    issues.push(makeIssue('INVALID_INPUT', ['timeZone'], { value: n.timeZone, reasonZh: '未知时区', reasonEn: 'unknown time zone' }, 'MTG-01'));
    return issues;
  }
  const day = parseCivilDate(n.date)!;
  const startMs = n.start ? zone.instantOf(day, minutesOfDay(n.start)) : undefined;
  try {
    const info = cal.info(day);
    if (!info.workday) {
      issues.push(makeIssue('NON_WORKING_DAY', ['date'], { value: n.date, date: n.date, reasonZh: info.kind === 'holiday' ? info.name ?? '节假日' : '周末', reasonEn: info.kind === 'holiday' ? info.nameEn ?? 'holiday' : 'weekend' }, 'CAL-01', 'warning'));
    } else if (cal.hasHours && n.start && n.end) {
      const iv = cal.intervalsMs(day);
      const s = zone.instantOf(day, minutesOfDay(n.start));
      const e = zone.instantOf(day, minutesOfDay(n.end));
      let inside = false;
      for (let j = 0; j < iv.length; j += 2) if (s >= iv[j]! && e <= iv[j + 1]!) inside = true;
      if (!inside) issues.push(makeIssue('OUTSIDE_BUSINESS_HOURS', ['start'], { start: n.start, end: n.end }, 'CAL-04', 'warning'));
    }
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    issues.push(makeIssue('CALENDAR_NOT_COVERED', ['date'], { value: n.date, date: n.date }, 'CAL-02', 'warning'));
  }
  if (startMs === undefined) return issues;
  const fmt = (t: number) => formatInstant(t, zone);
  if (n.issuedAt !== undefined) {
    const t = tryEpochMs(n.issuedAt);
    if (t === undefined) issues.push(badTime(['issuedAt'], n.issuedAt, 'MTG-02'));
    else if (t >= startMs) issues.push(makeIssue('NOTICE_AFTER_START', ['issuedAt'], { value: n.issuedAt, issuedAt: fmt(t), start: fmt(startMs) }, 'MTG-02'));
  }
  // MTG-04 / TL-08: materials generally two days ahead.
  const lead = options.materialsLead ?? '提前两天';
  let latest: number | undefined;
  let leadText = '';
  let leadEn = '';
  try {
    const l = normalizeLimit(lead);
    leadText = formatTimeLimit(l);
    leadEn = formatTimeLimit(l, 'en');
    latest = planLatest(new Date(startMs), l, { calendar }, false) as number;
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    if (e.code !== 'CALENDAR_NOT_COVERED') issues.push(makeIssue('INVALID_INPUT', ['options', 'materialsLead'], { value: lead, reasonZh: e.messages['zh-CN'], reasonEn: e.messages.en }, 'TL-08'));
  }
  if (latest !== undefined) {
    const sent = n.materialsSentAt === undefined ? undefined : tryEpochMs(n.materialsSentAt);
    const now = options.now === undefined ? undefined : tryEpochMs(options.now);
    if (options.now !== undefined && now === undefined) issues.push(badTime(['options', 'now'], options.now, 'MTG-04'));
    const details = { lead: leadText, leadEn, latest: fmt(latest) };
    if (n.materialsSentAt !== undefined && sent === undefined) {
      issues.push(badTime(['materialsSentAt'], n.materialsSentAt, 'MTG-04'));
    } else if (sent !== undefined && sent > latest) {
      issues.push(makeIssue('MATERIALS_LATE', ['materialsSentAt'], { ...details, value: n.materialsSentAt, sentAt: fmt(sent) }, 'MTG-04', severity === 'error' ? 'error' : 'warning'));
    } else if (sent === undefined && now !== undefined && now > latest) {
      issues.push(makeIssue('MATERIALS_LATE', ['materialsSentAt'], details, 'MTG-04', severity === 'error' ? 'error' : 'warning'));
    }
  }
  return issues;
}
