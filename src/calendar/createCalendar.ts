import { parseBilingual } from '../_lib/zodIssues';
import { GuifanError } from '../errors/GuifanError';
import { buildCalendar } from './_lib/buildCalendar';
import { createBusinessTime } from './_lib/businessTime';
import { withNotices } from './_lib/notice/applyNotices';
import { officialData } from './_lib/officialDataOnce';
import { statutoryHolidays } from './_lib/statutory';
import { CalendarOptionsSchema, type CalendarOptions } from './schema';
import type { WorkingCalendar } from './types';

/**
 * Builds a working-day calendar: the official mainland arrangements (the State
 * Council's notices 2004–2026) merged with the host app's overlays. Overlays win; a day
 * listed both as rest and as work is an error, never a silent pick.
 *
 * @param options - {@link CalendarOptions}; every field has a default
 * @returns an immutable {@link WorkingCalendar}
 * @throws {GuifanError} `INVALID_CALENDAR_OPTIONS`, `CONFLICTING_CALENDAR_DAYS`, `INVALID_TIME_ZONE`,
 *   `VALIDATION_FAILED` when a notice in `notices` has errors (its issues in `details.issues`)
 * @example
 * // 2027's notice is out: add it the day it appears (dates here are illustrative).
 * const cal = createCalendar({
 *   years: { 2027: { holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] } },
 *   extraHolidays: [{ date: '2026-12-31', name: '公司年会' }],
 * })
 * cal.coverage //=> { start: '2004-01-01', end: '2027-12-31' }
 * cal.isWorkday('2026-12-31') //=> false
 */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const parsed = parseBilingual(CalendarOptionsSchema, options);
  if (!parsed.success) {
    const first = parsed.problems[0]!;
    throw new GuifanError(
      'INVALID_CALENDAR_OPTIONS',
      {
        path: first.path.join('.'),
        value: first.value,
        reasonZh: first.message['zh-CN'],
        reasonEn: first.message.en,
        problems: parsed.problems,
      },
      'CAL-02',
    );
  }
  // Notices pasted as text: read, checked, and merged into `years` before the build.
  return buildCalendar(withNotices(parsed.data), officialData(), statutoryHolidays, createBusinessTime);
}
