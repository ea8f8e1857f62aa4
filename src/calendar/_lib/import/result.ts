import { optionsOf } from '../../../_lib/options';
import { GuifanError } from '../../../errors/GuifanError';
import type { ValidationIssue } from '../../../errors/issues';
import type { NoticeDay } from '../notice/check';
import type { CheckedYear } from './checkYear';

/**
 * Holiday data read from another source (fromChineseDays, fromHolidayCn),
 * checked like a notice. Its enumerable fields are options of createCalendar
 * (`createCalendar({ ...imported })`); `issues` is there too, not enumerable.
 *
 * @example
 * const r = fromHolidayCn({ year: 2027, papers: [], days: [] });
 * [Object.keys(r), r.years, r.issues.map((i) => i.code)] //=> [['years', 'extraHolidays', 'extraWorkdays'], {}, ['IMPORT_YEAR_EMPTY']]
 */
export interface ImportedHolidays {
  /** Whole years read without an error, keyed by year: `createCalendar({ years })`. */
  readonly years: Record<string, { holidays: NoticeDay[]; workdays: NoticeDay[] }>;
  /** Days of a 元旦 in the December before a year, when that December is not one of `years` (it is packaged data): extra days. */
  readonly extraHolidays: NoticeDay[];
  readonly extraWorkdays: NoticeDay[];
  /** Problems found, coded, with rule id and path (not enumerable). Years with an error are left out of `years`. */
  readonly issues: readonly ValidationIssue[];
}

/** The result of a converter: the years without an error, the December-before days as extra days unless their year is given too. */
export function importedResult(checked: ReadonlyMap<number, CheckedYear>, issues: readonly ValidationIssue[]): ImportedHolidays {
  const ok = [...checked].filter(([, c]) => c.ok).sort((a, b) => a[0] - b[0]);
  const years: Record<string, { holidays: NoticeDay[]; workdays: NoticeDay[] }> = {};
  for (const [y] of ok) years[String(y)] = { holidays: [], workdays: [] };
  const extraHolidays: NoticeDay[] = [];
  const extraWorkdays: NoticeDay[] = [];
  for (const [, c] of ok) {
    for (const [list, kind] of [[c.holidays, 'holidays'], [c.workdays, 'workdays']] as const) {
      for (const d of list) {
        const into = years[d.date.slice(0, 4)];
        if (into) into[kind].push(d);
        else (kind === 'holidays' ? extraHolidays : extraWorkdays).push(d);
      }
    }
  }
  for (const y of Object.values(years)) {
    y.holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
    y.workdays.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  const result = { years, extraHolidays, extraWorkdays };
  Object.defineProperty(result, 'issues', { value: Object.freeze([...issues, ...[...checked.values()].flatMap((c) => c.issues)]), enumerable: false });
  return result as ImportedHolidays;
}

/** The `years` option of a converter: `undefined`, or whole years 2000–2099 (INVALID_OPTIONS otherwise). */
export function wantedYears(options: { years?: readonly number[] } | null | undefined, min: number, max: number): readonly number[] | undefined {
  const years = optionsOf(options).years;
  if (years === undefined) return undefined;
  if (!Array.isArray(years) || !years.every((y) => Number.isInteger(y) && y >= min && y <= max)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'years', value: years, reasonZh: `应为 ${min}–${max} 之间的年份数组`, reasonEn: `expected an array of years ${min}–${max}` }, 'CAL-02');
  }
  return years;
}
