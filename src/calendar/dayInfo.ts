import { calendarOf } from './_lib/internals';
import { withNotice } from './_lib/notices';
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
 * (`inLieu`, DUT-05), whether the answer is provisional, its source, and — for a
 * holiday or make-up day of the packaged data — the State Council notice that
 * lists it (`notice`: 文号, title, the sentence verbatim).
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link DayInfoOptions}
 * @returns a frozen {@link DayInfo}
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * dayInfo('2026-02-14')
 * //=> { date: '2026-02-14', weekday: 6, workday: true, kind: 'makeup-workday',
 * //     name: '春节', nameEn: 'Spring Festival', provisional: false, source: 'official', statutory: false, inLieu: false,
 * //     notice: { number: '国办发明电〔2025〕7号', title: '国务院办公厅关于2026年部分节假日安排的通知',
 * //               sentence: '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。' } }
 */
export function dayInfo(date: DateInput, options: DayInfoOptions = {}): DayInfo {
  return withNotice(calendarOf(options, chinaCalendar).dayInfo(date));
}
