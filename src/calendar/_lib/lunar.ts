import { daysFromCivil } from '../../_lib/civil';
import { LUNAR_MONTHS } from './lunarMonths';

// Lunar 1900-01-01 fell on 1900-01-31. The month lengths are a compact table
// generated from chinese-days' lunar data (test/tools/gen-calendar-data.ts); the
// day counting is ours, on day numbers, so the host time zone cannot shift it.
const LUNAR_EPOCH = /* @__PURE__ */ daysFromCivil(1900, 1, 31);
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2099;

/** Bits of lunar year `y`: 0–11 month lengths, 12–15 leap month, 16 leap month length. */
const bitsOf = (y: number): number => parseInt(LUNAR_MONTHS.slice((y - LUNAR_MIN_YEAR) * 4, (y - LUNAR_MIN_YEAR) * 4 + 4), 36);
const monthDays = (bits: number, m: number): number => (bits & (1 << (m - 1)) ? 30 : 29);
const leapMonthOf = (bits: number): number => (bits >> 12) & 15;
const leapDays = (bits: number): number => (leapMonthOf(bits) === 0 ? 0 : bits & (1 << 16) ? 30 : 29);

function lunarYearDays(y: number): number {
  const bits = bitsOf(y);
  let sum = 0;
  for (let m = 1; m <= 12; m++) sum += monthDays(bits, m);
  return sum + leapDays(bits);
}

/**
 * Day number of a lunar date (non-leap month) in lunar year `y`, 1900–2099.
 */
export function lunarToDay(y: number, month: number, day: number): number {
  if (y < LUNAR_MIN_YEAR || y > LUNAR_MAX_YEAR) throw new RangeError(`lunar year ${y} outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  let n = LUNAR_EPOCH;
  for (let yy = LUNAR_MIN_YEAR; yy < y; yy++) n += lunarYearDays(yy);
  const bits = bitsOf(y);
  for (let m = 1; m < month; m++) {
    n += monthDays(bits, m);
    if (leapMonthOf(bits) === m) n += leapDays(bits);
  }
  return n + day - 1;
}

/**
 * 清明 (Pure Brightness) of a Gregorian year, by the solar-term formula
 * [Y·D + C] − L with D = 0.2422, C = 4.81 (21st century) or 5.59 (20th).
 */
export function qingmingDay(year: number): number {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return daysFromCivil(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}
