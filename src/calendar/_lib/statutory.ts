import { daysFromCivil } from '../../_lib/civil';
import { lunarToDay, qingmingDay } from './lunar';

export interface StatutoryDay {
  day: number;
  name: string;
  nameEn: string;
}

/** Years for which the statutory rules below are encoded (provisional answers). */
export const STATUTORY_MIN_YEAR = 2000;
export const STATUTORY_MAX_YEAR = 2099;

/**
 * The statutory holidays (全国年节及纪念日放假办法) of one year, named as the law
 * and the notices write them (清明节, not 清明), without the
 * yearly notice's bridging days and make-up working days:
 * - 1999 text (years ≤ 2007): 元旦 1; 春节 初一–初三; 劳动节 5月1–3日; 国庆节 10月1–3日 (10 days);
 * - 2007 text (2008–2013): 元旦; 春节 除夕–初二; 清明节; 劳动节 5月1日; 端午节; 中秋节; 国庆节 10月1–3日 (11 days);
 * - 2013 text (2014–2024): as 2008 but 春节 初一–初三 (11 days);
 * - 2024 text (from 2025): 春节 除夕–初三 and 劳动节 5月1–2日 (13 days).
 */
export function statutoryHolidays(year: number): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  const add = (day: number, name: string, nameEn: string): void => {
    // 中秋 can fall within 国庆节 (2001, 2020…): one day, both names.
    const same = out.find((s) => s.day === day);
    if (same) {
      same.name += `、${name}`;
      same.nameEn += ` & ${nameEn}`;
    } else out.push({ day, name, nameEn });
  };
  const solar = (m: number, d: number): number => daysFromCivil(year, m, d);
  const newYear = lunarToDay(year, 1, 1);

  add(solar(1, 1), '元旦', "New Year's Day");
  const springFirst = year >= 2025 || (year >= 2008 && year <= 2013) ? -1 : 0;
  const springLast = year >= 2008 && year <= 2013 ? 1 : 2;
  for (let i = springFirst; i <= springLast; i++) add(newYear + i, '春节', 'Spring Festival');
  if (year >= 2008) add(qingmingDay(year), '清明节', 'Tomb-sweeping Day');
  const labourDays = year >= 2025 ? 2 : year >= 2008 ? 1 : 3;
  for (let i = 1; i <= labourDays; i++) add(solar(5, i), '劳动节', 'Labour Day');
  if (year >= 2008) {
    add(lunarToDay(year, 5, 5), '端午节', 'Dragon Boat Festival');
    add(lunarToDay(year, 8, 15), '中秋节', 'Mid-autumn Festival');
  }
  for (let i = 1; i <= 3; i++) add(solar(10, i), '国庆节', 'National Day');
  return out;
}
