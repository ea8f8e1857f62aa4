import { calendarOf } from './_lib/internals';
import { explanationWithNotices } from './_lib/notices';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, WorkdayExplanation, WorkingCalendar } from './types';

/**
 * Options of {@link explainAddWorkdays}.
 *
 * @example
 * explainAddWorkdays('2026-09-30', 1, { calendar: createCalendar({ extraWorkdays: ['2026-10-07'] }) }).to //=> '2026-10-07'
 */
export interface ExplainAddWorkdaysOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * {@link addWorkdays} with its reasons: the non-working days skipped (weekend,
 * which holiday, 调休), the make-up working days counted, whether any day was
 * provisional, and the data source and version.
 *
 * @param date - start day (not counted)
 * @param amount - a whole number of working days
 * @param options - {@link ExplainAddWorkdaysOptions}
 * @returns a {@link WorkdayExplanation} whose `to` is the answer
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_AMOUNT`, `CALENDAR_NOT_COVERED`
 * @example
 * const e = explainAddWorkdays('2026-09-30', 1)
 * e.to //=> '2026-10-08'
 * e.skipped.length //=> 7 (10-01…10-07)
 * e.skipped[0].name //=> '国庆节'
 */
export function explainAddWorkdays(date: DateInput, amount: number, options: ExplainAddWorkdaysOptions = {}): WorkdayExplanation {
  return explanationWithNotices(calendarOf(options, chinaCalendar).explainAddWorkdays(date, amount));
}
