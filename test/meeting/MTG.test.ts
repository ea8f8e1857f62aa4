import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  diffMeetingNotices,
  formatChineseDate,
  parseMeetingNotice,
  receptionDeadlines,
  renderMeetingNotice,
  toICalendar,
  validateAbsenceReport as validateAbsenceReportResult,
  validateChangeNotice as validateChangeNoticeResult,
  validateMeetingNotice as validateMeetingNoticeResult,
  validateMinutes as validateMinutesResult,
  validateMonthlySchedule as validateMonthlyScheduleResult,
  type MeetingNotice,
  type MeetingValidation,
  type ValidationIssue,
} from '../../src/index';
import { thrown } from '../_helpers/errors';

const codes = (xs: readonly ValidationIssue[]) => xs.map((i) => i.code);

// One verb, one shape: every validator answers { success, issues }, success = no error-severity issue.
// The tests below look at the issues; every call also checks that success agrees with them.
function issuesOf<A extends unknown[]>(f: (...a: A) => MeetingValidation) {
  return (...a: A): readonly ValidationIssue[] => {
    const r = f(...a);
    expect(Object.keys(r).sort()).toEqual(['issues', 'success']);
    expect(r.success).toBe(!r.issues.some((i) => i.severity === 'error'));
    return r.issues;
  };
}
const validateMeetingNotice = issuesOf(validateMeetingNoticeResult);
const validateMonthlySchedule = issuesOf(validateMonthlyScheduleResult);
const validateChangeNotice = issuesOf(validateChangeNoticeResult);
const validateAbsenceReport = issuesOf(validateAbsenceReportResult);
const validateMinutes = issuesOf(validateMinutesResult);

// A realistic notice from 总务科 for a safety meeting right after the 2026 National Day holiday.
const notice: MeetingNotice = {
  id: 'mtg-20261008-safety',
  title: '四季度安全工作会议',
  date: '2026-10-08',
  weekday: '星期四',
  start: '14:30',
  end: '16:00',
  venue: '办公楼三楼第一会议室',
  attendees: [
    { name: '张三', email: 'zhangsan@example.com', role: '工程部经理' },
    { name: '李四', email: 'lisi@example.com' },
    '王五',
  ],
  agenda: ['国庆节期间值班情况通报', '四季度安全检查安排'],
  preparation: ['各部门带值班记录', '工程部准备消防设施检查表'],
  chair: '赵总',
  convener: { name: '钱主任', email: 'qian@example.com' },
  issuedBy: '总务科',
  channel: 'written',
  issuedAt: '2026-09-28T10:00+08:00',
  materialsSentAt: '2026-09-29T17:00+08:00',
  minuteTaker: '孙秘书',
};

describe('one verb, one shape: { success, issues }', () => {
  it('MTG-01 success is true with warnings only, false with an error; the answer is frozen', () => {
    expect(validateMeetingNoticeResult(notice)).toEqual({ success: true, issues: [] });
    const warned = validateMeetingNoticeResult({ ...notice, preparation: [] });
    expect(warned.success).toBe(true);
    expect(warned.issues.map((i) => i.severity)).toEqual(['warning']);
    const wrong = validateMeetingNoticeResult({ ...notice, weekday: '周三' });
    expect(wrong.success).toBe(false);
    expect(Object.isFrozen(wrong) && Object.isFrozen(wrong.issues)).toBe(true);
  });
  it('MTG-03 MTG-05 MTG-06 MTG-07 every meeting validator answers in the same shape', () => {
    expect(validateMonthlyScheduleResult({ month: '2026-11', decidedAt: '2026-10-21T10:00+08:00', meetings: [] }).success).toBe(false);
    expect(validateMonthlyScheduleResult({ month: '2026-11', meetings: [] })).toMatchObject({ success: true, issues: [{ code: 'SCHEDULE_NOT_DECIDED', severity: 'warning' }] });
    expect(validateChangeNoticeResult(notice, notice, undefined)).toEqual({ success: true, issues: [] });
    expect(validateChangeNoticeResult(notice, { ...notice, venue: '五楼' }, undefined).success).toBe(false);
    expect(validateAbsenceReportResult({ person: '李四', kind: 'absence', reportedTo: '赵总', reportedAt: '2026-10-08T09:00+08:00' }, notice)).toEqual({ success: true, issues: [] });
    expect(validateMinutesResult({}).success).toBe(false);
    expect(validateMinutesResult('x' as never)).toMatchObject({ success: false, issues: [{ code: 'INVALID_INPUT' }] });
  });
});

describe('MTG-01 the six items of a notice', () => {
  it('MTG-01 a complete notice validates', () => {
    expect(validateMeetingNotice(notice)).toEqual([]);
  });
  it.each([
    ['date', 1],
    ['weekday', 1],
    ['start', 2],
    ['end', 3],
    ['venue', 4],
    ['attendees', 5],
    ['agenda', 6],
  ] as const)('MTG-01 missing %s is item %i', (key, ordinal) => {
    const { [key]: _omit, ...rest } = notice;
    const issues = validateMeetingNotice(rest);
    const missing = issues.find((i) => i.code === 'MISSING_ITEM');
    expect(missing).toMatchObject({ code: 'MISSING_ITEM', rule: 'MTG-01', path: [key], severity: 'error', details: { ordinal } });
    expect(missing!.message['zh-CN']).toContain(`第${ordinal}项`);
  });
  it('MTG-01 empty preparation items are a warning', () => {
    expect(validateMeetingNotice({ ...notice, preparation: [] })).toMatchObject([{ code: 'MISSING_ITEM', path: ['preparation'], severity: 'warning' }]);
  });
  it('MTG-01 a stated weekday that contradicts the date', () => {
    const issues = validateMeetingNotice({ ...notice, weekday: '周三' });
    expect(issues).toMatchObject([{ code: 'WEEKDAY_MISMATCH', path: ['weekday'], rule: 'MTG-01' }]);
    expect(issues[0]!.message['zh-CN']).toBe('写的是“周三”，但 2026-10-08 是星期四');
    expect(issues[0]!.message.en).toContain('Thursday');
    expect(validateMeetingNotice({ ...notice, weekday: 'Thu' })).toEqual([]);
    expect(codes(validateMeetingNotice({ ...notice, weekday: '周八' }))).toEqual(['INVALID_INPUT']);
  });
  it('MTG-08 the end must be after the start; too many attendees', () => {
    expect(codes(validateMeetingNotice({ ...notice, end: '14:30' }))).toEqual(['END_NOT_AFTER_START']);
    expect(validateMeetingNotice(notice, { maxAttendees: 2 })).toMatchObject([{ code: 'TOO_MANY_ATTENDEES', severity: 'warning', rule: 'MTG-08' }]);
  });
  it('MTG-01 bad dates and times are issues, never exceptions', () => {
    expect(codes(validateMeetingNotice({ ...notice, date: '2026-02-30', weekday: undefined as never }))).toContain('INVALID_INPUT');
    expect(codes(validateMeetingNotice({ ...notice, start: '2:30pm' }))).toEqual(['INVALID_INPUT']);
    expect(validateMeetingNotice('not a notice' as never)[0]!.code).toBe('INVALID_INPUT');
  });
});

describe('MTG-01 the text round trip keeps what was written', () => {
  it('MTG-01 the venue 总部大楼十二层第一会议室（东侧），北京市朝阳区某路88号 comes back as written, not half-width', () => {
    const venue = '总部大楼十二层第一会议室（东侧），北京市朝阳区某路88号';
    const n = { title: '季度经营分析会（扩大）', date: '2026-10-12', start: '09:00', end: '11:30', venue, attendees: ['张三', 'Ａｌｉｃｅ'], agenda: ['Ｑ３总结（含附表）'], chair: '王总（代）' };
    const { draft, issues } = parseMeetingNotice(renderMeetingNotice(n));
    expect(draft.venue).toBe(venue);
    expect(draft).toEqual({ ...n, weekday: '星期一' });
    expect(issues).toEqual([]);
  });

  it('MTG-01 chat text: matched half-width, returned as written; unread text quoted as written at its span', () => {
    const text = '明天下午３点在Ａ座３０３开会，着正装！';
    const r = parseMeetingNotice(text, { now: '2026-10-08T10:00+08:00' });
    expect(r.draft).toEqual({ date: '2026-10-09', start: '15:00', venue: 'Ａ座３０３' });
    const unread = r.issues.filter((i) => i.code === 'UNREADABLE_TEXT').map((i) => [i.details.text, text.slice(i.details.start as number, i.details.end as number)]);
    expect(unread).toEqual([['着正装', '着正装']]);
  });
});

describe('MTG-02 notices go out before the meeting', () => {
  it('MTG-02 a notice issued after the start', () => {
    expect(validateMeetingNotice({ ...notice, issuedAt: '2026-10-08T15:00+08:00' })).toMatchObject([{ code: 'NOTICE_AFTER_START', rule: 'MTG-02' }]);
    expect(codes(validateMeetingNotice({ ...notice, issuedAt: '2026-10-08 15:00' }))).toEqual(['INVALID_INPUT']);
  });
});

describe('CAL-01 / CAL-04 the day and the hours', () => {
  it('CAL-01 a meeting on a holiday or a weekend is a warning; a make-up Saturday is fine', () => {
    expect(validateMeetingNotice({ ...notice, date: '2026-10-05', weekday: '星期一', materialsSentAt: undefined })).toMatchObject([{ code: 'NON_WORKING_DAY', severity: 'warning' }]);
    expect(validateMeetingNotice({ ...notice, date: '2026-10-10', weekday: '星期六' })).toEqual([]);
  });
  it('CAL-04 outside business hours is a warning', () => {
    const office = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });
    expect(validateMeetingNotice(notice, { calendar: office })).toEqual([]);
    expect(validateMeetingNotice({ ...notice, start: '16:30', end: '18:00' }, { calendar: office })).toMatchObject([{ code: 'OUTSIDE_BUSINESS_HOURS', severity: 'warning' }]);
  });
  it('CAL-02 a year the calendar does not know is a warning, not a crash', () => {
    expect(codes(validateMeetingNotice({ ...notice, date: '2027-03-04', weekday: '星期四', issuedAt: undefined, materialsSentAt: undefined }))).toEqual(['CALENDAR_NOT_COVERED']);
  });
});

describe('MTG-04 materials two days ahead', () => {
  it('MTG-04 materials for the 10-08 meeting are due by the end of 09-30 (10-06 is 国庆节): late materials warn', () => {
    const late = validateMeetingNotice({ ...notice, materialsSentAt: '2026-10-07T09:00+08:00' });
    expect(late).toMatchObject([{ code: 'MATERIALS_LATE', rule: 'MTG-04', severity: 'warning' }]);
    expect(late[0]!.message['zh-CN']).toContain('2026-10-01T00:00:00+08:00');
    expect(validateMeetingNotice({ ...notice, materialsSentAt: '2026-09-30T18:00+08:00' })).toEqual([]);
  });
  it('MTG-04 configurable: working days, error severity, not sent yet', () => {
    const opts = { materialsLead: '提前2个工作日', materialsSeverity: 'error' as const };
    expect(validateMeetingNotice({ ...notice, materialsSentAt: '2026-09-30T09:00+08:00' }, opts)).toMatchObject([{ code: 'MATERIALS_LATE', severity: 'error' }]);
    const { materialsSentAt: _m, ...unsent } = notice;
    expect(validateMeetingNotice(unsent, { now: '2026-09-29T10:00+08:00' })).toEqual([]);
    expect(codes(validateMeetingNotice(unsent, { now: '2026-10-02T10:00+08:00' }))).toEqual(['MATERIALS_LATE']);
  });
});

describe('MTG-05 the monthly schedule', () => {
  const meetings = [{ title: '总经理办公会', date: '2026-11-02', weekday: '星期一', start: '09:00', end: '10:30', venue: '第一会议室', topics: ['十月经营分析'], attendees: ['各部门经理'] }];
  it('MTG-05 decided before the 20th of the previous month', () => {
    expect(validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-20T16:00+08:00', meetings })).toEqual([]);
    expect(validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-21T10:00+08:00', meetings })).toMatchObject([{ code: 'SCHEDULE_LATE', rule: 'MTG-05' }]);
    expect(validateMonthlySchedule({ month: '2026-11', meetings })).toMatchObject([{ code: 'SCHEDULE_NOT_DECIDED', severity: 'warning' }]);
    expect(validateMonthlySchedule({ month: '2026-11', meetings }, { now: '2026-10-22T10:00+08:00' })).toMatchObject([{ code: 'SCHEDULE_NOT_DECIDED', severity: 'error' }]);
  });
  it('MTG-05 a 20th on a rest day: kept by default, or the working day before', () => {
    // 2026-12-20 is a Sunday: the January schedule
    expect(validateMonthlySchedule({ month: '2027-01', decidedAt: '2026-12-20T10:00+08:00', meetings: [] })).toEqual([]);
    expect(codes(validateMonthlySchedule({ month: '2027-01', decidedAt: '2026-12-20T10:00+08:00', meetings: [] }, { deadlineOptions: { restDay: 'previous-workday' } }))).toEqual(['SCHEDULE_LATE']);
  });
  it('MTG-05 every meeting has time, venue, topics and attendees, in the month', () => {
    const issues = validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-19T10:00+08:00', meetings: [{ title: 'x', date: '2026-12-01', weekday: '星期一', start: '09:00' }] });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['MISSING_ITEM', 'meetings.0.venue'],
      ['MISSING_ITEM', 'meetings.0.topics'],
      ['MISSING_ITEM', 'meetings.0.attendees'],
      ['MEETING_OUTSIDE_MONTH', 'meetings.0.date'],
      ['WEEKDAY_MISMATCH', 'meetings.0.weekday'],
    ]);
  });
});

describe('MTG-06 change notices', () => {
  const moved: MeetingNotice = { ...notice, venue: '办公楼五楼大会议室', attendees: [...notice.attendees!, '周六'] };
  it('MTG-06 a room change needs a change notice reaching every attendee of both versions', () => {
    const diff = diffMeetingNotices(notice, moved);
    expect(diff).toMatchObject({ fields: ['venue', 'attendees'], venueChanged: true, timeChanged: false, requiresChangeNotice: true, attendeesAdded: ['周六'] });
    expect(diff.mustNotify.map((p) => (typeof p === 'string' ? p : p.name))).toEqual(['张三', '李四', '王五', '周六']);
    expect(validateChangeNotice(notice, moved, undefined)).toMatchObject([{ code: 'CHANGE_NOTICE_MISSING', rule: 'MTG-06' }]);
    expect(validateChangeNotice(notice, moved, undefined)[0]!.message['zh-CN']).toBe('会议地点已变更，但没有变更通知');
    const ok = { issuedAt: '2026-10-08T09:00+08:00', issuedBy: '总务科', changes: ['venue'], notified: ['zhangsan@example.com', '李四', '王五', '周六'] };
    expect(validateChangeNotice(notice, moved, ok)).toEqual([]);
    expect(validateChangeNotice(notice, moved, { ...ok, notified: ['李四', '王五'] }).map((i) => i.details.person)).toEqual(['张三', '周六']);
  });
  it('MTG-06 the announced changes must be the real ones, and go out before the start', () => {
    const later: MeetingNotice = { ...notice, start: '15:00', end: '16:30' };
    const c = { issuedAt: '2026-10-08T14:40+08:00', changes: ['venue'], notified: ['张三', '李四', '王五'] };
    expect(codes(validateChangeNotice(notice, later, c))).toEqual(['CHANGE_NOTICE_MISMATCH', 'CHANGE_NOTICE_LATE']);
    expect(validateChangeNotice(notice, { ...notice, agenda: ['只议安全检查'] }, undefined)).toEqual([]);
  });
});

describe('MTG-03 absence and lateness', () => {
  it('MTG-03 reported to the chair or convener before the start', () => {
    const r = { person: '李四', kind: 'absence' as const, reportedTo: '赵总', reportedAt: '2026-10-08T09:00+08:00', reason: '出差' };
    expect(validateAbsenceReport(r, notice)).toEqual([]);
    expect(validateAbsenceReport({ ...r, reportedTo: 'qian@example.com' }, notice)).toEqual([]);
    expect(codes(validateAbsenceReport({ ...r, reportedTo: '孙秘书', reportedAt: '2026-10-08T14:45+08:00' }, notice))).toEqual(['REPORTED_TO_WRONG_PERSON', 'REPORTED_TOO_LATE']);
  });
});

describe('MTG-07 minutes', () => {
  it('MTG-07 the required records', () => {
    const full = {
      paperNo: 'HY-2026-041',
      confidentiality: '公司中层以上',
      keeper: '总务科 孙秘书',
      date: '2026-10-08',
      start: '14:30',
      end: '15:50',
      venue: '办公楼三楼第一会议室',
      attendees: ['张三', '李四'],
      content: '通报国庆值班情况，布置四季度安全检查。',
      conclusions: ['10月20日前完成消防设施检查'],
      opinions: ['工程部：需增加夜间巡查'],
      process: '赵总主持，张三汇报，讨论后形成结论。',
    };
    expect(validateMinutes(full)).toEqual([]);
    const { paperNo: _p, opinions: _o, ...partial } = full;
    expect(validateMinutes(partial).map((i) => i.path[0])).toEqual(['opinions', 'paperNo']);
    expect(validateMinutes(partial)[0]).toMatchObject({ rule: 'MTG-07', severity: 'error' });
  });
});

describe('MTG-09 receiving visitors', () => {
  it('MTG-09 the room the day before; the driver 20 minutes before landing', () => {
    const d = receptionDeadlines({ date: '2026-10-08', landing: '2026-10-08T10:40+08:00' });
    expect(d.roomReadyBy.toISOString()).toBe('2026-10-07T16:00:00.000Z');
    expect(d.driverAtAirportBy!.toISOString()).toBe('2026-10-08T02:20:00.000Z');
    expect(thrown(() => receptionDeadlines({ date: '10月8日' })).code).toBe('INVALID_DATE');
  });
});

describe('MTG-01 text: render and read', () => {
  it('MTG-01 renders GB/T 9704 dates with the weekday', () => {
    expect(formatChineseDate('2026-10-08')).toBe('2026年10月8日');
    const text = renderMeetingNotice(notice);
    expect(text).toContain('会议时间：2026年10月8日（星期四）14:30—16:00');
    expect(text).toContain('一、国庆节期间值班情况通报');
    expect(text).toContain('2026年9月28日');
  });
  it('MTG-01 reads its own output back', () => {
    const { draft, issues } = parseMeetingNotice(renderMeetingNotice(notice));
    // The signing date has no time of day: reported, not turned into an issuedAt.
    expect(issues.map((i) => [i.code, i.details.text])).toEqual([['UNREADABLE_TEXT', '2026年9月28日']]);
    expect(draft).toMatchObject({ title: notice.title, date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: notice.venue, agenda: notice.agenda, preparation: notice.preparation, chair: '赵总', convener: '钱主任', issuedBy: '总务科', minuteTaker: '孙秘书' });
    expect(draft.attendees).toEqual(['张三', '李四', '王五']);
  });
  it.each([
    ['10月8日 周四 下午2:30-4:00', { date: '2026-10-08', weekday: '周四', start: '14:30', end: '16:00' }],
    ['2026年10月8日（星期四）14:30—16:00', { date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00' }],
    ['十月八日上午9点半至11点', { date: '2026-10-08', start: '09:30', end: '11:00' }],
    ['2026-10-08 14:30~16:00', { date: '2026-10-08', start: '14:30', end: '16:00' }],
    ['10月8日下午三点开会', { date: '2026-10-08' }],
    ['１０月８日 周四 下午２：３０－４：００', { date: '2026-10-08', weekday: '周四', start: '14:30', end: '16:00' }],
  ])('MTG-01 reads %j', (text, expected) => {
    expect(parseMeetingNotice(text, { year: 2026 }).draft).toMatchObject(expected);
  });
  it('MTG-01 a chat message becomes a draft; what cannot be read is reported, nothing throws', () => {
    const r = parseMeetingNotice('定于10月8日 周四 下午2:30-4:00在三楼会议室召开安全例会，请张三、李四参加。', { year: 2026 });
    expect(r.draft).toEqual({ date: '2026-10-08', weekday: '周四', start: '14:30', end: '16:00', venue: '三楼会议室', title: '安全例会', attendees: ['张三', '李四'] });
    expect(codes(validateMeetingNotice(r.draft))).toEqual(['MISSING_ITEM', 'MISSING_ITEM']); // agenda; preparation (warning)
    const noYear = parseMeetingNotice('会议时间：10月8日 14:30-16:00\n会议地点：三楼\n天气不错');
    expect(noYear.draft).toEqual({ start: '14:30', end: '16:00', venue: '三楼' });
    expect(noYear.issues.map((i) => [i.code, i.severity, i.details.text ?? i.path[0]])).toEqual([
      ['UNREADABLE_TEXT', 'warning', '10月8日'],
      ['UNREADABLE_TEXT', 'warning', '天气不错'],
      ['NOT_IN_TEXT', 'warning', 'title'],
      ['NOT_IN_TEXT', 'warning', 'date'],
      ['NOT_IN_TEXT', 'warning', 'attendees'],
      ['NOT_IN_TEXT', 'warning', 'agenda'],
    ]);
    expect(parseMeetingNotice(42 as never).issues[0]!.code).toBe('UNREADABLE_TEXT');
    expect(parseMeetingNotice('').draft).toEqual({});
  });
});

describe('MTG-06 iCalendar (RFC 5545 / 5546), read back with ical.js', () => {
  const read = (ics: string) => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const ev = cal.getFirstSubcomponent('vevent')!;
    return {
      method: cal.getFirstPropertyValue('method'),
      uid: ev.getFirstPropertyValue('uid'),
      sequence: ev.getFirstPropertyValue('sequence'),
      status: ev.getFirstPropertyValue('status'),
      start: (ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      end: (ev.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
      summary: ev.getFirstPropertyValue('summary'),
      location: ev.getFirstPropertyValue('location'),
      description: ev.getFirstPropertyValue('description'),
      organizer: ev.getFirstPropertyValue('organizer'),
      attendees: ev.getAllProperties('attendee').map((p) => [p.getParameter('cn'), p.getFirstValue()]),
    };
  };
  it('MTG-01 a notice becomes a REQUEST', () => {
    const ics = toICalendar(notice);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(read(ics)).toEqual({
      method: 'REQUEST',
      uid: 'mtg-20261008-safety@guifan',
      sequence: 0,
      status: 'CONFIRMED',
      start: '2026-10-08T06:30:00.000Z',
      end: '2026-10-08T08:00:00.000Z',
      summary: '四季度安全工作会议',
      location: '办公楼三楼第一会议室',
      description: '议程：\n1. 国庆节期间值班情况通报\n2. 四季度安全检查安排\n准备事项：\n1. 各部门带值班记录\n2. 工程部准备消防设施检查表\n参会人员：张三、李四、王五',
      organizer: 'mailto:qian@example.com',
      attendees: [['张三', 'mailto:zhangsan@example.com'], ['李四', 'mailto:lisi@example.com']],
    });
  });
  it('MTG-06 a change keeps the UID and raises SEQUENCE; a cancellation is CANCEL / CANCELLED', () => {
    const moved = read(toICalendar({ ...notice, venue: '五楼大会议室', start: '15:00', end: '16:30' }, { sequence: 1 }));
    expect(moved).toMatchObject({ uid: 'mtg-20261008-safety@guifan', sequence: 1, location: '五楼大会议室', start: '2026-10-08T07:00:00.000Z' });
    expect(read(toICalendar(notice, { method: 'CANCEL', sequence: 2 }))).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 2 });
  });
  it('MTG-01 text is escaped; a notice without what an invitation needs is refused', () => {
    const odd = read(toICalendar({ ...notice, title: '会议; 第一部分, 含"引号" \\ 反斜杠', venue: 'A座,3楼;东' }));
    expect(odd.summary).toBe('会议; 第一部分, 含"引号" \\ 反斜杠');
    expect(odd.location).toBe('A座,3楼;东');
    const e = thrown(() => toICalendar({ title: 'x', date: '2026-10-08', start: '09:00' }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((e.details.issues as ValidationIssue[]).map((i) => i.path[0])).toEqual(['end', 'convener']);
  });
});

