import type { ValidationIssue } from '../errors/issues';
import { checkYear, type CheckedYear } from './_lib/import/checkYear';
import { importedResult, wantedYears, type ImportedHolidays } from './_lib/import/result';
import { makeIssue } from './_lib/import/makeIssue';
import { officialData } from './_lib/officialDataOnce';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR } from './_lib/statutory';

export type { ImportedHolidays } from './_lib/import/result';

/**
 * Options of {@link fromHolidayCn}.
 *
 * @example
 * fromHolidayCn({ year: 2026, papers: [], days: [] }, { years: [2026] }).issues[0].code //=> 'IMPORT_YEAR_EMPTY'
 */
export interface FromHolidayCnOptions {
  /** The years to take. @default every file's year after the packaged data (a packaged year is skipped with IMPORT_YEAR_PACKAGED) */
  years?: readonly number[];
}

const SOURCE = 'holiday-cn';
const notSource = (path: (string | number)[], value: unknown, reasonZh: string, reasonEn: string): ValidationIssue =>
  makeIssue('IMPORT_NOT_A_SOURCE', path, { value, sourceZh: 'holiday-cn 年度文件（{ year, papers, days }）', sourceEn: 'a holiday-cn year file ({ year, papers, days })', reasonZh, reasonEn }, 'CAL-01');

/**
 * Reads holiday-cn year files (`{ year, papers, days: [{ name, date, isOffDay }] }`,
 * the format many teams mirror) into years of {@link createCalendar}, checked
 * like a notice (CAL-01): real dates in the year (or the December before, for
 * 元旦), no day both off and working, make-up days on weekends, every statutory
 * day off, and the year's balance of 调休 (a warning). Pure: parse the JSON
 * yourself; nothing is read from disk or the network. An empty `days` list is a
 * year not yet published (IMPORT_YEAR_EMPTY), never a year without holidays.
 *
 * @param files - one parsed year file, or several
 * @param options - {@link FromHolidayCnOptions}
 * @throws {GuifanError} `INVALID_OPTIONS` when `options` or `years` is malformed (bad data is an issue, never a throw)
 * @returns {@link ImportedHolidays}: `years` (and December-before days as `extraHolidays`/`extraWorkdays`) for createCalendar, `issues`
 * @example
 * const file = { year: 2027, papers: [], days: [
 *   { name: '元旦', date: '2027-01-01', isOffDay: true },
 *   { name: '春节', date: '2027-02-06', isOffDay: true },
 * ] }
 * const r = fromHolidayCn(file) // a file missing most of 2027's holidays
 * r.issues[0].message.en //=> "2027-02-05 is a statutory holiday (Spring Festival, national holidays regulation) but holiday-cn's data gives no day off"
 * r.years //=> {} (a year with an error is not loaded)
 * // a complete file: createCalendar({ ...fromHolidayCn(file) }) answers for 2027
 */
export function fromHolidayCn(files: unknown, options: FromHolidayCnOptions = {}): ImportedHolidays {
  const wanted = wantedYears(options, STATUTORY_MIN_YEAR, STATUTORY_MAX_YEAR);
  const list = Array.isArray(files) ? files : [files];
  const prefix = (i: number): (string | number)[] => (Array.isArray(files) ? [i] : []);
  const issues: ValidationIssue[] = [];
  const checked = new Map<number, CheckedYear>();
  const packaged = officialData();
  list.forEach((f: unknown, i) => {
    const o = f !== null && typeof f === 'object' ? (f as Record<string, unknown>) : undefined;
    const year = o?.year;
    if (!o || typeof year !== 'number' || !Number.isInteger(year) || year < STATUTORY_MIN_YEAR || year > STATUTORY_MAX_YEAR || !Array.isArray(o.days)) {
      issues.push(notSource(prefix(i), f, `应为含 year（${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR}）与 days 数组的对象`, `expected an object with year (${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR}) and a days array`));
      return;
    }
    if (checked.has(year)) {
      issues.push(notSource([...prefix(i), 'year'], year, `${year} 年出现两次`, `${year} is given twice`));
      return;
    }
    if (wanted ? !wanted.includes(year) : year >= packaged.firstYear && year <= packaged.lastYear) {
      if (!wanted) issues.push(makeIssue('IMPORT_YEAR_PACKAGED', [...prefix(i), 'year'], { value: year, year, source: SOURCE }, 'CAL-02', 'warning'));
      return;
    }
    const days = (o.days as unknown[]).map((d, k) => {
      const x = d !== null && typeof d === 'object' ? (d as Record<string, unknown>) : {};
      return { date: x.date, off: x.isOffDay, name: x.name, path: [...prefix(i), 'days', k] };
    });
    checked.set(year, checkYear(year, days, SOURCE));
  });
  return importedResult(checked, issues);
}
