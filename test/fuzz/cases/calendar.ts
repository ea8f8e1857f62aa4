import fc from 'fast-check';
import { argsFrom, nearArgs, oddDateText, oddNumber, oddValue } from '../gen';
import { calendarOptions, calendars, START } from '../fixtures';
import type { FuzzCases } from '../types';

const dates = ['2026-10-08', '2026-10-01', '2026-09-27', '2024-02-29', '2004-01-01', '2027-12-31', '2030-06-15', START, '2026-10-08T00:00Z', new Date('2026-10-08T02:00:00Z')];
const amounts = [0, 1, -1, 5, -5, 250, 1e6, 0.5, NaN, Infinity, 2 ** 53];
const day = fc.oneof(fc.constantFrom<unknown>(...dates), oddDateText);
const opts = fc.constantFrom(...calendarOptions());
const oneDay = [fc.tuple(day, opts), argsFrom(dates, calendarOptions())];
const twoDays = [fc.tuple(day, day, opts), nearArgs('2026-09-30', '2026-10-09', { calendar: calendars().office })];
const withAmount = [fc.tuple(day, fc.oneof(fc.constantFrom(...amounts), oddNumber), opts), nearArgs('2026-09-30', 3, { calendar: calendars().sixDay })];
const instants = [START, '2026-10-09T12:00+08:00', '2026-10-10T08:00Z', new Date('2026-10-09T01:00:00Z'), '2026-10-09T12:00'];
const officeOptions = [{ calendar: calendars().office }, { calendar: calendars().provisional }, { calendar: calendars().newYork }, ...calendarOptions()];

const calendarOptionsExample = {
  name: '某物业公司',
  timeZone: 'Asia/Shanghai',
  weekend: [0, 6],
  outOfCoverage: 'throw',
  years: { 2028: { holidays: [{ date: '2028-01-01', name: '元旦' }], workdays: ['2028-01-08'] } },
  extraHolidays: [{ date: '2026-12-31', name: '公司年会' }],
  extraWorkdays: ['2026-10-10'],
  businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']], weekdays: { '6': [['09:00', '12:00']] }, dates: { '2026-12-31': [['08:30', '12:00']] } },
  audience: 'youth',
};

export const cases: FuzzCases = {
  AudienceSchema: { kind: 'schema' },
  BusinessHoursSchema: { kind: 'schema' },
  BusinessSegmentSchema: { kind: 'schema' },
  CalendarDayEntrySchema: { kind: 'schema' },
  CalendarOptionsSchema: { kind: 'schema' },
  CalendarYearSchema: { kind: 'schema' },
  CivilDateSchema: { kind: 'schema' },
  TimeOfDaySchema: { kind: 'schema' },
  addBusinessTime: {
    kind: 'function',
    near: [
      argsFrom(instants, [0, 30, 480, -480, 1e9, -1e9, 0.5, NaN, 1e300], officeOptions),
      nearArgs(START, 90, { calendar: calendars().office }),
    ],
  },
  addWorkdays: { kind: 'function', near: withAmount },
  businessTimeBetween: {
    kind: 'function',
    near: [argsFrom(instants, [...instants, '9999-12-31T23:59Z', '0001-01-01T00:00Z'], officeOptions), nearArgs(START, '2026-10-09T10:00+08:00', { calendar: calendars().office })],
  },
  chinaCalendar: { kind: 'function', near: [fc.tuple(oddValue)] },
  coverageUntil: { kind: 'function', near: [fc.tuple(fc.constantFrom(undefined, calendars().office, calendars().provisional, {}, null, 'x'))] },
  needsYear: {
    kind: 'function',
    near: [
      fc.tuple(fc.constantFrom(undefined, calendars().office, calendars().provisional), fc.record({ through: fc.oneof(fc.constantFrom('2027-01-31', '2026-12-31', '2099-12-31', '2100-01-01', '2027-13-01', 'x'), ...instants.map((i) => fc.constant(i))) })),
      fc.tuple(fc.constantFrom(undefined, {}), fc.constantFrom(undefined, {}, { through: undefined }, null)),
    ],
  },
  createCalendar: {
    kind: 'function',
    near: [nearArgs(calendarOptionsExample), nearArgs({ outOfCoverage: 'provisional', businessHours: '24x7', timeZone: 'Pacific/Kiritimati' })],
  },
  dayInfo: { kind: 'function', near: oneDay },
  dutyAt: { kind: 'function', near: [argsFrom(instants, officeOptions), nearArgs('2026-10-01T10:00+08:00', { calendar: calendars().office })] },
  explainAddWorkdays: { kind: 'function', near: withAmount },
  explainWorkdaysBetween: { kind: 'function', near: twoDays },
  isWorkday: { kind: 'function', near: oneDay },
  nextBusinessMoment: { kind: 'function', near: [argsFrom(instants, officeOptions), nearArgs('2026-10-01T10:00+08:00', { calendar: calendars().office })] },
  payClassOf: { kind: 'function', near: oneDay },
  nextWorkday: { kind: 'function', near: oneDay },
  previousBusinessMoment: { kind: 'function', near: [argsFrom(instants, officeOptions), nearArgs('2026-10-08T10:00+08:00', { calendar: calendars().office })] },
  previousWorkday: { kind: 'function', near: oneDay },
  safeCreateCalendar: { kind: 'function', near: [nearArgs(calendarOptionsExample)] },
  statutoryHolidaysOf: { kind: 'function', near: [argsFrom([2026, 1950, 1949, 2100, 2200, 9999, 0, -1, 2026.5, '2026'])] },
  workdaysBetween: { kind: 'function', near: twoDays },
};
