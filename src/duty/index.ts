/**
 * guifan/duty — duty rosters, overtime and leave (DUT-01…DUT-10): what a
 * holiday shift is worth (statutory holiday 300 %, rest day 200 %, working day
 * 150 % beyond normal hours), whether a roster staffs a 24-hour service and
 * respects the working-time law, and paid annual leave on the holiday calendar.
 * A day's pay class is `payClassOf` in guifan/calendar.
 *
 * @module guifan/duty
 */
export { classifyShift, type ClassifyShiftOptions, type HourClass, type ShiftClassification, type ShiftInput, type ShiftSegment } from './classifyShift';
export { shiftPay, type PayLine, type ShiftPay, type ShiftPayOptions } from './shiftPay';
export { validateRoster, type RosterValidation, type ValidateRosterOptions } from './validateRoster';
export { rosterCosts, type ClassCost, type PersonCosts, type RosterCosts, type RosterCostsOptions } from './rosterCosts';
export { annualLeaveEntitlement, type AnnualLeaveEntitlement, type AnnualLeaveOptions } from './annualLeaveEntitlement';
export { leaveSpan, type LeaveSpan, type LeaveSpanOptions } from './leaveSpan';
export { untakenLeavePay, type UntakenLeavePay, type UntakenLeavePayOptions } from './untakenLeavePay';
export {
  AnnualLeaveInputSchema,
  InstantTextSchema,
  RosterPersonSchema,
  RosterSchema,
  RosterShiftSchema,
  ServiceWindowSchema,
  UntakenLeavePayInputSchema,
  WageSchema,
  type AnnualLeaveInput,
  type Roster,
  type RosterPerson,
  type RosterShift,
  type ServiceWindow,
  type UntakenLeavePayInput,
  type Wage,
} from './schema';
