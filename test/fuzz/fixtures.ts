// Valid inputs the fuzz cases start from (near misses break one piece of them).
import { chinaCalendar, createCalendar, type WorkingCalendar } from '../../src/index';

let cache: Record<string, WorkingCalendar> | undefined;

/** A few calendars of different kinds, built once. */
export function calendars(): Record<string, WorkingCalendar> {
  return (cache ??= {
    china: chinaCalendar(),
    office: createCalendar({ name: '某物业公司', businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } }),
    provisional: createCalendar({ outOfCoverage: 'provisional', businessHours: { hours: [['09:00', '17:00']] } }),
    newYork: createCalendar({ timeZone: 'America/New_York', businessHours: '24x7' }),
    sixDay: createCalendar({ weekend: [0], extraHolidays: [{ date: '2026-12-31', name: '公司年会' }], audience: 'women' }),
  });
}

/** Calendars and things that only look like one. */
export const calendarChoices = (): unknown[] => [...Object.values(calendars()), { timeZone: 'Asia/Shanghai' }, { isWorkday: () => true }, null];

/** Options objects `{ calendar }` with each calendar. */
export const calendarOptions = (): unknown[] => [undefined, {}, ...calendarChoices().map((calendar) => ({ calendar }))];

export const START = '2026-09-30T16:00+08:00';
