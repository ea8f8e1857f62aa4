import { calendarOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, DayInfo, WorkingCalendar } from './types';

/**
 * Options of {@link dayInfo}.
 *
 * @example
 * dayInfo('2026-10-08', { calendar: createCalendar({ extraHolidays: [{ date: '2026-10-08', name: '公司年会' }] }) }).kind
 * //=> 'holiday'
 */
export interface DayInfoOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * Everything the calendar knows about one day: working or not, its kind, the
 * holiday's name (for a make-up working day, the holiday it serves), whether it
 * is a statutory holiday (`statutory`) or a weekday the notice made a rest day
 * (`inLieu`, DUT-05), whether the answer is provisional, and its source.
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link DayInfoOptions}
 * @returns a frozen {@link DayInfo}
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * dayInfo('2026-02-14')
 * //=> { date: '2026-02-14', weekday: 6, workday: true, kind: 'makeup-workday',
 * //     name: '春节', nameEn: 'Spring Festival', provisional: false, source: 'official', statutory: false, inLieu: false }
 */
export function dayInfo(date: DateInput, options: DayInfoOptions = {}): DayInfo {
  return calendarOf(options, chinaCalendar).dayInfo(date);
}
