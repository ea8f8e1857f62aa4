// No-zod check (not a budget): every working-day question on the default calendar.
export { addWorkdays, chinaCalendar, dayInfo, isWorkday, nextWorkday, previousWorkday, workdaysBetween, explainAddWorkdays } from 'guifan/calendar';
export { dueAt, explainDue, latestStart, parseTimeLimit, formatTimeLimit } from 'guifan/time-limit';
