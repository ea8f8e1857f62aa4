import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  AbsenceReportSchema: { kind: 'schema' },
  ChangeNoticeSchema: { kind: 'schema' },
  MeetingNoticeSchema: { kind: 'schema' },
  MinutesSchema: { kind: 'schema' },
  MonthlyScheduleSchema: { kind: 'schema' },
  PersonSchema: { kind: 'schema' },
  ScheduledMeetingSchema: { kind: 'schema' },
  diffMeetingNotices: { kind: 'function', near: [] },
  formatChineseDate: { kind: 'function', near: [] },
  parseMeetingNotice: { kind: 'function', near: [] },
  receptionDeadlines: { kind: 'function', near: [] },
  renderMeetingNotice: { kind: 'function', near: [] },
  toICalendar: { kind: 'function', near: [] },
  validateAbsenceReport: { kind: 'function', near: [] },
  validateChangeNotice: { kind: 'function', near: [] },
  validateMeetingNotice: { kind: 'function', near: [] },
  validateMinutes: { kind: 'function', near: [] },
  validateMonthlySchedule: { kind: 'function', near: [] },
};
