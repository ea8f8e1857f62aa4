import { argsFrom, nearArgs } from '../gen';
import { calendarOptions, calendars } from '../fixtures';
import type { FuzzCases } from '../types';

const shift = { start: '2026-09-30T20:00+08:00', end: '2026-10-01T08:00+08:00', person: 'wang', compensatoryRest: true };
const roster = {
  name: '热线值班表',
  people: [{ id: 'wang', name: '王敏', normalHoursPerDay: 8 }, { id: 'li' }],
  windows: [
    { id: 'hotline', name: '热线', hours: '24x7', minStaff: 1 },
    { id: 'desk', hours: [['08:30', '17:00']], days: 'working-days', minStaff: 1 },
  ],
  shifts: [
    { id: 's1', person: 'wang', start: '2026-10-01T00:00+08:00', end: '2026-10-01T12:00+08:00', dutyOfficer: true },
    { person: 'li', start: '2026-10-01T12:00+08:00', end: '2026-10-02T00:00+08:00', windows: ['hotline'], compensatoryRest: true },
  ],
  normalHoursPerDay: 8,
  limits: { overtimePerDay: 3, overtimePerMonth: 36 },
  offHoursDutyOfficer: true,
};
const period = { from: '2026-10-01', to: '2026-10-02', calendar: calendars().office };
const wages = { wang: { monthlyWageFen: 600000 }, li: { hourlyWageFen: 3000 } };
const sizes = [0, 1, 5, 366, 367, -1, 1.5, NaN, Infinity];

export const cases: FuzzCases = {
  classifyShift: { kind: 'function', near: [nearArgs(shift, { calendar: calendars().provisional, normalHoursPerDay: 8 }), argsFrom([shift], calendarOptions())] },
  shiftPay: { kind: 'function', near: [nearArgs(shift, { monthlyWageFen: 600000 }, { rounding: 'half-up', normalHoursPerDay: 6 }), nearArgs(shift, { hourlyWageFen: 3000 })] },
  validateRoster: { kind: 'function', near: [nearArgs(roster, period), argsFrom([roster], [period, { from: '2026-10-01', to: '2026-10-01' }, { from: '2026-09-28', to: '2026-10-11', calendar: calendars().newYork }])] },
  rosterCosts: { kind: 'function', near: [nearArgs(roster, wages, { from: '2026-10-01', to: '2026-10-01', rounding: 'half-even' })] },
  annualLeaveEntitlement: {
    kind: 'function',
    near: [nearArgs({ serviceYears: 12, year: 2026, joinedOn: '2026-10-08', leftOn: '2026-12-01', sickLeaveDays: 10, personalLeaveDays: 5, schoolHolidayDays: 0, takenDays: 1 }, { sickLeaveDaysPerMonth: 30 })],
  },
  leaveSpan: { kind: 'function', near: [argsFrom(['2026-09-28', '2026-10-03', '2004-01-01', '2026-12-20', '2026-09-28T09:00+08:00'], sizes, calendarOptions()), nearArgs('2026-09-28', 5, { calendar: calendars().sixDay })] },
  untakenLeavePay: { kind: 'function', near: [nearArgs({ days: 3, monthlyWageFen: 870000 }, { rounding: 'half-up' }), nearArgs({ days: 2, monthlyWagesFen: [600000, 660000] })] },
  AnnualLeaveInputSchema: { kind: 'schema' },
  InstantTextSchema: { kind: 'schema' },
  RosterPersonSchema: { kind: 'schema' },
  RosterSchema: { kind: 'schema' },
  RosterShiftSchema: { kind: 'schema' },
  ServiceWindowSchema: { kind: 'schema' },
  UntakenLeavePayInputSchema: { kind: 'schema' },
  WageSchema: { kind: 'schema' },
};
