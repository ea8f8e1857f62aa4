import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  AudienceSchema: { kind: 'schema' },
  BusinessHoursSchema: { kind: 'schema' },
  BusinessSegmentSchema: { kind: 'schema' },
  CalendarDayEntrySchema: { kind: 'schema' },
  CalendarOptionsSchema: { kind: 'schema' },
  CalendarYearSchema: { kind: 'schema' },
  CivilDateSchema: { kind: 'schema' },
  TimeOfDaySchema: { kind: 'schema' },
  addBusinessTime: { kind: 'function', near: [] },
  addWorkdays: { kind: 'function', near: [] },
  businessTimeBetween: { kind: 'function', near: [] },
  chinaCalendar: { kind: 'function', near: [] },
  createCalendar: { kind: 'function', near: [] },
  dayInfo: { kind: 'function', near: [] },
  dutyAt: { kind: 'function', near: [] },
  explainAddWorkdays: { kind: 'function', near: [] },
  explainWorkdaysBetween: { kind: 'function', near: [] },
  isWorkday: { kind: 'function', near: [] },
  nextWorkday: { kind: 'function', near: [] },
  previousWorkday: { kind: 'function', near: [] },
  safeCreateCalendar: { kind: 'function', near: [] },
  statutoryHolidaysOf: { kind: 'function', near: [] },
  workdaysBetween: { kind: 'function', near: [] },
};
