import fc from 'fast-check';
import { argsFrom, nearArgs, oddDateText, oddString } from '../gen';
import { calendars } from '../fixtures';
import type { FuzzCases } from '../types';

const notice = {
  id: 'mtg-1008',
  title: '安全例会',
  date: '2026-10-08',
  weekday: '星期四',
  start: '14:30',
  end: '16:00',
  venue: '三楼会议室',
  attendees: ['张三', { name: '李四', email: 'li@example.com', role: '记录' }],
  agenda: ['国庆值班总结'],
  preparation: ['各部门准备值班记录'],
  chair: '张总',
  convener: { name: '王五', email: 'wang@example.com' },
  issuedBy: '总务科',
  channel: 'email',
  issuedAt: '2026-10-05T09:00+08:00',
  materialsSentAt: '2026-10-06T09:00+08:00',
  minuteTaker: '赵六',
  seating: '按部门',
  speakingLimit: 5,
  timeZone: 'Asia/Shanghai',
};
const moved = { ...notice, venue: '五楼会议室', start: '15:00', attendees: ['张三', '钱七'] };
const change = { issuedAt: '2026-10-07T09:00+08:00', issuedBy: '总务科', changes: ['venue', 'start'], notified: ['张三', 'li@example.com', '钱七'] };
const report = { person: '李四', kind: 'absence', reportedTo: '张总', reportedAt: '2026-10-08T09:00+08:00', reason: '出差' };
const minutes = {
  paperNo: '2026-088',
  confidentiality: '内部',
  keeper: '总务科',
  recorder: '赵六',
  date: '2026-10-08',
  start: '14:30',
  end: '16:00',
  venue: '三楼会议室',
  attendees: ['张三'],
  content: '值班总结',
  conclusions: ['加强巡查'],
  opinions: ['无'],
  process: '按议程进行',
};
const schedule = { month: '2026-11', decidedAt: '2026-10-19T10:00+08:00', publishedAt: '2026-10-20T10:00+08:00', meetings: [{ title: '月度例会', date: '2026-11-05', weekday: '周四', start: '09:00', end: '10:00', venue: '一楼', attendees: ['全体'], topics: ['总结'] }] };
const office = { calendar: calendars().office };
const texts = [
  '10月8日 周四 下午2:30-4:00在三楼会议室召开安全例会',
  '定于2026年10月12日上午9:00在第一会议室召开会议\n议程：\n一、总结\n准备事项：\n1. 材料',
  '明天下午三点在303开会',
  '2026年2月30日 25:00 开会',
  '',
];

export const cases: FuzzCases = {
  AbsenceReportSchema: { kind: 'schema' },
  ChangeNoticeSchema: { kind: 'schema' },
  MeetingNoticeSchema: { kind: 'schema' },
  MinutesSchema: { kind: 'schema' },
  MonthlyScheduleSchema: { kind: 'schema' },
  PersonSchema: { kind: 'schema' },
  ScheduledMeetingSchema: { kind: 'schema' },
  diffMeetingNotices: { kind: 'function', near: [nearArgs(notice, moved)] },
  formatChineseDate: { kind: 'function', near: [fc.tuple(fc.oneof(oddDateText, fc.constantFrom('2026-10-08', '0001-01-01', '9999-12-31')))] },
  parseMeetingNotice: { kind: 'function', near: [fc.tuple(fc.oneof(fc.constantFrom(...texts), oddString), fc.constantFrom<unknown>(undefined, { year: 2026 }, { year: NaN }, { year: 0 }, { year: 2026.5 }, { year: 10000 }, null, 'x'))] },
  receptionDeadlines: { kind: 'function', near: [nearArgs({ date: '2026-10-08', landing: '2026-10-08T10:40+08:00' }, office), argsFrom([{ date: '0001-01-01', landing: '0001-01-01T00:10+08:00' }, { date: '2026-02-30' }], [undefined, office, { calendar: 1 }])] },
  renderMeetingNotice: { kind: 'function', near: [nearArgs(notice), nearArgs({ title: '会', agenda: Array.from({ length: 25 }, (_, i) => `第${i}项`) })] },
  toICalendar: {
    kind: 'function',
    near: [
      nearArgs(notice, { method: 'REQUEST', sequence: 1, uid: 'x@example.com', dtstamp: '2026-10-05T09:00+08:00', calendar: calendars().office }),
      argsFrom([notice, { ...notice, start: '23:00', end: '01:00' }, { ...notice, timeZone: 'Mars/Base' }], [undefined, { method: 'CANCEL' }, { sequence: NaN }, { sequence: -1 }, { method: 'PUBLISH' }, { dtstamp: 'yesterday' }, { uid: '' }]),
    ],
  },
  validateAbsenceReport: { kind: 'function', near: [nearArgs(report, notice, office)] },
  validateChangeNotice: { kind: 'function', near: [nearArgs(notice, moved, change, office), nearArgs(notice, moved, undefined)] },
  validateMeetingNotice: {
    kind: 'function',
    near: [nearArgs(notice, { calendar: calendars().office, now: '2026-10-07T09:00+08:00', materialsLead: '提前2个工作日', materialsSeverity: 'error', maxAttendees: 10 }), nearArgs({ ...notice, date: '2026-10-01', timeZone: 'America/New_York' })],
  },
  validateMinutes: { kind: 'function', near: [nearArgs(minutes)] },
  validateMonthlySchedule: { kind: 'function', near: [nearArgs(schedule, { calendar: calendars().office, deadline: '每月20日前', deadlineOptions: { before: 'strictly-before', restDay: 'previous-workday' }, now: '2026-10-21T00:00+08:00' })] },
};
