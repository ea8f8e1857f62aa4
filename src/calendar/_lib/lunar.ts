import chineseDays from 'chinese-days';
import { daysFromCivil } from '../../_lib/civil';

// Lunar 1900-01-01 fell on 1900-01-31. The month-length tables come from
// chinese-days (pure numeric functions, unaffected by the host time zone);
// the day counting is ours, on day numbers.
const LUNAR_EPOCH = daysFromCivil(1900, 1, 31);
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2099;

function lunarYearDays(y: number): number {
  let sum = 0;
  for (let m = 1; m <= 12; m++) sum += chineseDays.monthDays(y, m);
  return sum + chineseDays.getYearLeapMonth(y).days;
}

/**
 * Day number of a lunar date (non-leap month) in lunar year `y`, 1900–2099.
 */
export function lunarToDay(y: number, month: number, day: number): number {
  if (y < LUNAR_MIN_YEAR || y > LUNAR_MAX_YEAR) throw new RangeError(`lunar year ${y} outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  let n = LUNAR_EPOCH;
  for (let yy = LUNAR_MIN_YEAR; yy < y; yy++) n += lunarYearDays(yy);
  const leap = chineseDays.getYearLeapMonth(y);
  for (let m = 1; m < month; m++) {
    n += chineseDays.monthDays(y, m);
    if (leap.leapMonth === m) n += leap.days;
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
