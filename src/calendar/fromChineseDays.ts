import { formatDay, parseCivilDate } from '../_lib/civil';
import type { ValidationIssue } from '../errors/issues';
import { checkYear, type CheckedYear, type SourceDay } from './_lib/import/checkYear';
import { importedResult, wantedYears, type ImportedHolidays } from './_lib/import/result';
import { makeIssue } from './_lib/import/makeIssue';
import { officialData } from './_lib/officialDataOnce';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR } from './_lib/statutory';

/**
 * What {@link fromChineseDays} needs of a chinese-days module (any version):
 * `getDayDetail(date)` → `{ date, work, name }`, where a listed day's name is
 * `'English,中文,N'`. The module's default export or its namespace both have it.
 *
 * @example
 * const fake = { getDayDetail: (date) => ({ date, work: true, name: 'Monday' }) }
 * fromChineseDays(fake).issues[0].code //=> 'IMPORT_YEAR_EMPTY'
 */
export interface ChineseDaysLike {
  /**
   * What chinese-days knows of a day: `work`, and `name` — `'English,中文,N'` for a
   * holiday or make-up day, the weekday's English name otherwise.
   *
   * @param date - `'YYYY-MM-DD'`
   * @returns `{ date, work, name }`
   */
  getDayDetail(date: string): { date?: string; work: boolean; name: string };
}

/**
 * Options of {@link fromChineseDays}.
 *
 * @example
 * const fake = { getDayDetail: (date) => ({ date, work: true, name: 'Monday' }) }
 * fromChineseDays(fake, { years: [2027, 2028] }).issues.map((i) => i.details.year) //=> [2027, 2028]
 */
export interface FromChineseDaysOptions {
  /** The years to read. @default the years after the packaged data (at most five), up to the first the module has no arrangement for */
  years?: readonly number[];
}

const SOURCE = 'chinese-days';

/**
 * Reads the holiday years a `chinese-days` module the host installed itself
 * (`import cd from 'chinese-days'`, any version) has beyond the packaged data
 * into years of {@link createCalendar}, checked like a notice (CAL-01): make-up
 * days on weekends, every statutory day off, no day both off and working, the
 * year's balance of 调休 (a warning). It asks the module day by day through
 * `getDayDetail`; nothing is downloaded, guifan does not depend on chinese-days
 * at run time. chinese-days answers “Monday to Friday” for a year it has no
 * data for: such a year is IMPORT_YEAR_EMPTY, not loaded. chinese-days reads
 * dates in the host's time zone and, west of UTC, answers for the day before:
 * that is IMPORT_NOT_A_SOURCE, never a shifted year (run it with TZ=Asia/Shanghai
 * or UTC, or use {@link fromHolidayCn}).
 *
 * @param module - the chinese-days module (or anything with its `getDayDetail`)
 * @param options - {@link FromChineseDaysOptions}
 * @returns {@link ImportedHolidays}: `years` (and December-before days as `extraHolidays`/`extraWorkdays`) for createCalendar, `issues`
 * @throws {GuifanError} `INVALID_OPTIONS` when `options` or `years` is malformed (a module that is not chinese-days is an issue)
 * @example
 * // the module chinese-days@1.5.7 has nothing beyond 2026, like the packaged data
 * fromChineseDays({ getDayDetail: (date) => ({ date, work: true, name: 'Friday' }) }).issues.map((i) => [i.code, i.details.year])
 * //=> [['IMPORT_YEAR_EMPTY', 2027]]
 * fromChineseDays(42).issues[0].code //=> 'IMPORT_NOT_A_SOURCE'
 */
export function fromChineseDays(module: unknown, options: FromChineseDaysOptions = {}): ImportedHolidays {
  const wanted = wantedYears(options, STATUTORY_MIN_YEAR, STATUTORY_MAX_YEAR);
  const issues: ValidationIssue[] = [];
  const checked = new Map<number, CheckedYear>();
  const notSource = (value: unknown, reasonZh: string, reasonEn: string): ImportedHolidays => {
    issues.push(makeIssue('IMPORT_NOT_A_SOURCE', [], { value, sourceZh: 'chinese-days 模块', sourceEn: 'a chinese-days module', reasonZh, reasonEn }, 'CAL-01'));
    return importedResult(checked, issues);
  };
  const o = (module !== null && (typeof module === 'object' || typeof module === 'function') ? module : {}) as Record<string, unknown>;
  const inner = o.default !== null && typeof o.default === 'object' ? (o.default as Record<string, unknown>) : {};
  const detail = (typeof o.getDayDetail === 'function' ? o.getDayDetail : inner.getDayDetail) as ChineseDaysLike['getDayDetail'] | undefined;
  if (typeof detail !== 'function') return notSource(module, '没有 getDayDetail 函数', 'it has no getDayDetail function');

  /** The listed days of one notice year: that year, and a 元旦 in the December before; a 元旦 in its own December is the next year's. */
  const read = (year: number): SourceDay[] | string => {
    const days: SourceDay[] = [];
    const first = parseCivilDate(`${year - 1}-12-01`)!;
    const last = parseCivilDate(`${year}-12-31`)!;
    for (let day = first; day <= last; day++) {
      const date = formatDay(day);
      let d: unknown;
      try {
        d = detail(date);
      } catch (e) {
        return `getDayDetail('${date}') → ${e instanceof Error ? e.message : String(e)}`;
      }
      const x = (d !== null && typeof d === 'object' ? d : {}) as Record<string, unknown>;
      if (typeof x.work !== 'boolean' || typeof x.name !== 'string') return `getDayDetail('${date}') → ${JSON.stringify(d) ?? String(d)}`;
      // chinese-days reads dates in the host's zone: an answer for another day is refused, never shifted.
      if (x.date !== undefined && x.date !== date) return `getDayDetail('${date}') answers for ${String(x.date)} (chinese-days reads dates in the host's time zone: run it with TZ=Asia/Shanghai or UTC)`;
      const [en, zh] = x.name.split(',');
      if (zh === undefined) continue; // a day not listed: "Monday" …
      const newYear = /元旦/.test(zh);
      if (day < parseCivilDate(`${year}-01-01`)! ? !newYear : newYear && date.slice(5, 7) === '12') continue;
      days.push({ date, off: !x.work, name: zh, nameEn: en, path: [date] });
    }
    return days;
  };

  /** Reads and checks one year: the number of days listed, or why the module failed. */
  const load = (y: number): number | string => {
    const days = read(y);
    if (typeof days === 'string') return days;
    checked.set(y, checkYear(y, days, SOURCE));
    return days.length;
  };
  const fail = (why: string): ImportedHolidays => notSource(module, `调用出错：${why}`, `the call failed: ${why}`);
  if (wanted) {
    for (const y of wanted) {
      const r = load(y);
      if (typeof r === 'string') return fail(r);
    }
  } else {
    // The years after the packaged data, up to the first with nothing listed (not published).
    const first = officialData().lastYear + 1;
    for (let y = first; y <= Math.min(first + 4, STATUTORY_MAX_YEAR); y++) {
      const r = load(y);
      if (typeof r === 'string') return fail(r);
      if (r > 0) continue;
      // The year after the last one found is expected to be empty: only an empty first year is news.
      if (y > first) checked.delete(y);
      break;
    }
  }
  return importedResult(checked, issues);
}
