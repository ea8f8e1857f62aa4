import { buildCalendar } from './_lib/buildCalendar';
import { defaultCalendarOptions } from './_lib/defaults';
import { officialData } from './_lib/officialDataOnce';
import { statutoryHolidays } from './_lib/statutory';
import type { WorkingCalendar } from './types';

let instance: WorkingCalendar | undefined;

/**
 * The default mainland calendar: official arrangements from chinese-days,
 * Saturday/Sunday weekend, `Asia/Shanghai`, and `CALENDAR_NOT_COVERED` for
 * years with no published notice (CAL-01, CAL-02). The same frozen object on
 * every call, so its working-day index is built once.
 *
 * @returns the default {@link WorkingCalendar}
 * @example
 * chinaCalendar().coverage //=> { start: '2004-01-01', end: '2026-12-31' }
 * chinaCalendar().isWorkday('2026-10-10') //=> true (调休上班)
 */
export function chinaCalendar(): WorkingCalendar {
  // Same as createCalendar() without the options parse (nothing to validate),
  // so that the working-day functions do not pull the schemas and zod.
  return (instance ??= buildCalendar(defaultCalendarOptions(), officialData(), statutoryHolidays));
}
