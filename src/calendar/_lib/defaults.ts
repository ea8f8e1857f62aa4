import type { ResolvedCalendarOptions } from '../schema';

/**
 * `CalendarOptionsSchema.parse({})`, written out: the default calendar is built
 * from it without parsing, so a working-day question never loads zod
 * (test/calendar/defaults.test.ts checks that it equals the schema's defaults).
 * A fresh object per call: buildCalendar may keep it.
 */
export function defaultCalendarOptions(): ResolvedCalendarOptions {
  return { timeZone: 'Asia/Shanghai', weekend: [0, 6], outOfCoverage: 'throw', years: {}, extraHolidays: [], extraWorkdays: [] };
}
