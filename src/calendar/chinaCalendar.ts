import { defaultCalendar } from './_lib/defaultCalendar';
import { statutoryHolidays } from './_lib/statutory';
import type { WorkingCalendar } from './types';

/**
 * The default mainland calendar: the State Council's notices 2004–2026,
 * Saturday/Sunday weekend, `Asia/Shanghai`, and `CALENDAR_NOT_COVERED` for
 * years with no published notice (CAL-01, CAL-02). The same frozen object on
 * every call, so its working-day index is built once. Like every calendar, its
 * own methods leave out the notices' texts (a working-day answer's bundle does
 * not carry them): the `dayInfo` function names a day's notice.
 *
 * @returns the default {@link WorkingCalendar}
 * @example
 * chinaCalendar().coverage //=> { start: '2004-01-01', end: '2026-12-31' }
 * chinaCalendar().isWorkday('2026-10-10') //=> true (调休上班)
 * // the dayInfo function names the notice; the calendar's own method does not carry the texts
 * [chinaCalendar().dayInfo('2026-10-10').notice, dayInfo('2026-10-10').notice.number] //=> [undefined, '国办发明电〔2025〕7号']
 */
export function chinaCalendar(): WorkingCalendar {
  // Same as createCalendar() without the options parse (nothing to validate),
  // so that the working-day functions do not pull the schemas and zod. The
  // statutory rules go in here, where a DayInfo may be asked for (DUT-05).
  return defaultCalendar(statutoryHolidays);
}
