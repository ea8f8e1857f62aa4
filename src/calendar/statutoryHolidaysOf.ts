import { formatDay } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR, statutoryHolidays } from './_lib/statutory';
import type { CivilDate } from './types';

/**
 * One statutory holiday day.
 *
 * @example
 * statutoryHolidaysOf(2027)[0] //=> { date: '2027-01-01', name: '元旦', nameEn: "New Year's Day" }
 */
export interface StatutoryHoliday {
  readonly date: CivilDate;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * The statutory holidays of a year under 全国年节及纪念日放假办法 as in force
 * that year — the law alone, without the yearly notice's bridging days and
 * make-up working days. This is what `outOfCoverage: 'provisional'` uses.
 * Lunar dates (春节, 端午, 中秋) and 清明 are computed on day numbers, so the
 * host time zone cannot shift them.
 *
 * @param year - 2000–2099
 * @returns the days in date order
 * @throws {GuifanError} `INVALID_AMOUNT` for a year outside 2000–2099 or not whole
 * @example
 * statutoryHolidaysOf(2027).filter((d) => d.name === '春节').map((d) => d.date)
 * //=> ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] (除夕–初三)
 */
export function statutoryHolidaysOf(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < STATUTORY_MIN_YEAR || year > STATUTORY_MAX_YEAR) {
    throw new GuifanError(
      'INVALID_AMOUNT',
      {
        value: year,
        name: 'year',
        expectedZh: `年份应为 ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR} 之间的整数`,
        expectedEn: `a whole year from ${STATUTORY_MIN_YEAR} to ${STATUTORY_MAX_YEAR}`,
      },
      'CAL-02',
    );
  }
  return statutoryHolidays(year)
    .sort((a, b) => a.day - b.day)
    .map((s) => Object.freeze({ date: formatDay(s.day), name: s.name, nameEn: s.nameEn }));
}
