import type { WorkingCalendar } from '../types';
import { buildCalendar } from './buildCalendar';
import { defaultCalendarOptions } from './defaults';
import { officialData } from './officialDataOnce';
import type { StatutoryDay } from './statutory';

let instance: WorkingCalendar | undefined;
let statutory: ((year: number) => StatutoryDay[]) | undefined;

/**
 * The one object of the default calendar (chinaCalendar()), built on first use.
 * Only a DayInfo needs the statutory rules and their lunar table (DUT-05:
 * `statutory`, `inLieu`; ≈ 1.1 kB gz): chinaCalendar() passes them in before it
 * hands the object out, so every DayInfo of the default calendar has them. The
 * functions that answer with a date or a count (addWorkdays, isWorkday …) take
 * the same object from here without importing the rules, and never ask it for a
 * DayInfo — so a working-day answer's bundle does not carry them.
 */
export function defaultCalendar(statutoryHolidays?: (year: number) => StatutoryDay[]): WorkingCalendar {
  statutory ??= statutoryHolidays;
  return (instance ??= buildCalendar(defaultCalendarOptions(), officialData(), (year) => {
    // Unreachable: the object leaves this module's callers only through chinaCalendar(), which passed the rules.
    /* c8 ignore next */
    if (!statutory) throw new Error('guifan: a DayInfo needs the statutory rules');
    return statutory(year);
  }));
}
