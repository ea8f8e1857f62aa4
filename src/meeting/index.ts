/**
 * guifan/meeting — 《公司会议规程》 (MTG-01…MTG-09): meeting notices, monthly
 * schedules, change notices, absence reports and minutes, validated; notices
 * rendered and read as Chinese text; iCalendar invitations.
 *
 * @module guifan/meeting
 */
export { diffMeetingNotices, type MeetingNoticeDiff } from './diffMeetingNotices';
export { parseMeetingNotice, type ParsedMeetingNotice, type ParseMeetingNoticeOptions } from './parseMeetingNotice';
export { receptionDeadlines } from './receptionDeadlines';
export { formatChineseDate } from './formatChineseDate';
export { renderMeetingNotice } from './renderMeetingNotice';
export { toICalendar, type ToICalendarOptions } from './toICalendar';
export { validateAbsenceReport } from './validateAbsenceReport';
export { validateChangeNotice } from './validateChangeNotice';
export { validateMeetingNotice, type ValidateMeetingNoticeOptions } from './validateMeetingNotice';
export { validateMinutes } from './validateMinutes';
export { validateMonthlySchedule, type ValidateMonthlyScheduleOptions } from './validateMonthlySchedule';
export type { MeetingValidation } from './_lib/common';
export * from './schema';
