import { calendarOf } from './_lib/internals';
import { explanationWithNotices } from './_lib/notices';
import { chinaCalendar } from './chinaCalendar';
import type { DateInput, WorkdayExplanation, WorkingCalendar } from './types';

/**
 * Options of {@link explainWorkdaysBetween}.
 *
 * @example
 * explainWorkdaysBetween('2026-09-30', '2026-10-10', { calendar: createCalendar({ extraHolidays: ['2026-10-09'] }) }).workdays //=> 2
 */
export interface ExplainWorkdaysBetweenOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * {@link workdaysBetween} with its reasons (see {@link explainAddWorkdays}).
 *
 * @param from - start day (not counted)
 * @param to - end day (counted)
 * @param options - {@link ExplainWorkdaysBetweenOptions}
 * @returns a {@link WorkdayExplanation} whose `workdays` is the answer
 * @throws {GuifanError} `INVALID_DATE`, `CALENDAR_NOT_COVERED`
 * @example
 * explainWorkdaysBetween('2026-09-30', '2026-10-10').workdays //=> 3
 */
export function explainWorkdaysBetween(from: DateInput, to: DateInput, options: ExplainWorkdaysBetweenOptions = {}): WorkdayExplanation {
  return explanationWithNotices(calendarOf(options, chinaCalendar).explainWorkdaysBetween(from, to));
}
