import { calendarOf } from './_lib/internals';
import { withNotice } from './_lib/notices';
import { payClassOfDay, type PayClassInfo } from './_lib/payClass';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, WorkingCalendar } from './types';

export type { PayClass, PayClassInfo } from './_lib/payClass';

/**
 * Options of {@link payClassOf}.
 *
 * @example
 * payClassOf('2026-10-08', { calendar: createCalendar({ extraHolidays: [{ date: '2026-10-08', name: '公司年会' }] }) }).basis //=> 'organisation'
 */
export interface PayClassOfOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * What work on a day is paid as (DUT-04, DUT-05): `'statutory-holiday'` on the
 * days 全国年节及纪念日放假办法 names for the year (≥ 300 %, compensatory rest no
 * substitute); `'rest-day'` on weekends, the moved weekend days of a holiday
 * block (调休, 补休) and an organisation's own rest days (≥ 200 % unless
 * compensatory rest is given); `'working-day'` otherwise, make-up working days
 * (调休上班) included (≥ 150 % beyond normal hours). O(1), like `isWorkday`.
 * The class follows the calendar you pass: an organisation's extra rest day is
 * a rest day, an extra working day on a statutory holiday stays statutory.
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link PayClassOfOptions}
 * @returns a frozen {@link PayClassInfo} with the rules, the basis and the reason
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * payClassOf('2026-10-01').payClass //=> 'statutory-holiday'
 * payClassOf('2026-10-05').payClass //=> 'rest-day' (国庆节 block, a Monday given for 10-03, a Saturday)
 * payClassOf('2026-10-10').payClass //=> 'working-day' (make-up working day)
 * payClassOf('2026-10-04').reason.en
 * //=> '2026-10-04 is a rest day: a Sunday inside the National Day holiday, not a statutory day; work without compensatory rest pays at least 200 % (DUT-04, DUT-05)'
 */
export function payClassOf(date: DateInput, options: PayClassOfOptions = {}): PayClassInfo {
  const cal = calendarOf(options, chinaCalendar);
  return payClassOfDay(withNotice(cal.dayInfo(date)), cal.weekend);
}
