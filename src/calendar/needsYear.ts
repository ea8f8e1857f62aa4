import { optionsOf } from '../_lib/options';
import { GuifanError } from '../errors/GuifanError';
import type { LocalizedText } from '../errors/types';
import { internalsOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link needsYear}.
 *
 * @example
 * needsYear(undefined, { through: '2026-12-31' }) //=> undefined (covered)
 */
export interface NeedsYearOptions {
  /** The last day the service must answer for: `'YYYY-MM-DD'`, or an instant read in the calendar's zone (e.g. now + 90 days). */
  through: DateInput;
}

/**
 * The years a calendar still needs to answer up to a day (CAL-02), and what to do.
 *
 * @example
 * const n = needsYear(undefined, { through: '2027-01-31' });
 * [n.year, n.years, n.coverageEnd, n.provisional] //=> [2027, [2027], '2026-12-31', false]
 */
export interface YearNeeded {
  readonly rule: 'CAL-02';
  /** The first year without a published arrangement in the calendar. */
  readonly year: number;
  /** Every year missing up to `through`. */
  readonly years: readonly number[];
  readonly through: CivilDate;
  /** The calendar's last covered day ({@link coverageUntil}). */
  readonly coverageEnd: CivilDate;
  /** `true` when the calendar answers those days from the law alone, marked provisional (`outOfCoverage: 'provisional'`); `false` when it throws. */
  readonly provisional: boolean;
  /** The remedy, exactly: load the notice, convert a data file, or run provisionally meanwhile. */
  readonly remedy: LocalizedText;
}

function remedyOf(years: readonly number[], end: CivilDate, through: CivilDate, provisional: boolean): LocalizedText {
  const y = years[0]!;
  const list = years.join('、');
  return {
    'zh-CN':
      `节假日安排只载入到 ${end}，到 ${through} 还缺 ${list} 年（国务院办公厅当年的节假日安排通知）。` +
      (provisional
        ? `当前 outOfCoverage: 'provisional'：这些日子按《全国年节及纪念日放假办法》的法定节假日推算（不含调休），每个答案标 provisional: true。`
        : `当前这些日子会抛出 CALENDAR_NOT_COVERED。`) +
      `通知发布后：粘贴原文 createCalendar({ notices: [通知原文] })；或 guifan calendar import 通知.txt --out ${y}.json，再以 createCalendar({ years: { ${y}: … } }) 载入（CI 中 guifan calendar coverage --years ${y}.json）；` +
      `已有 holiday-cn 年度文件或更新版 chinese-days：createCalendar({ ...fromHolidayCn(文件) }) 或 createCalendar({ ...fromChineseDays(cd) })。` +
      `通知发布前，可设 outOfCoverage: 'provisional' 按法定节假日暂定作答（答案标 provisional），通知载入后用 recheckDeadlines 找出期限有变的工单。`,
    en:
      `Holiday arrangements are loaded up to ${end}; through ${through} the calendar still needs ${years.join(', ')} (the State Council's notice for that year). ` +
      (provisional
        ? `It runs with outOfCoverage: 'provisional': those days are answered from the statutory holidays of the national holidays regulation alone (no make-up days), every answer marked provisional: true. `
        : `Those days throw CALENDAR_NOT_COVERED now. `) +
      `Once the notice is out: paste it, createCalendar({ notices: [text] }); or guifan calendar import notice.txt --out ${y}.json and load it with createCalendar({ years: { ${y}: … } }) (in CI: guifan calendar coverage --years ${y}.json); ` +
      `from a holiday-cn year file or a newer chinese-days: createCalendar({ ...fromHolidayCn(file) }) or createCalendar({ ...fromChineseDays(cd) }). ` +
      `Until then, outOfCoverage: 'provisional' answers from the statutory holidays (answers marked provisional); once the notice is loaded, recheckDeadlines lists the cases whose deadlines change.`,
  };
}

/**
 * Whether a calendar covers every day up to `through`, for a CI check before
 * the year runs out (CAL-02): `undefined` when it does, else the missing years
 * and the exact remedy. Pure: pass the horizon (for example now + 90 days);
 * `guifan calendar coverage --through +90d` does it on the command line.
 *
 * @param calendar - the calendar the service uses @default chinaCalendar()
 * @param options - {@link NeedsYearOptions}
 * @returns `undefined` when covered, else {@link YearNeeded}
 * @throws {GuifanError} `INVALID_OPTIONS` (no `through`, or a calendar not from createCalendar()/chinaCalendar()), `INVALID_DATE`
 * @example
 * needsYear(undefined, { through: '2027-01-31' }).remedy.en.startsWith('Holiday arrangements are loaded up to 2026-12-31') //=> true
 * needsYear(createCalendar({ years: { 2027: { holidays: ['2027-01-01'] } } }), { through: '2027-01-31' }) //=> undefined
 */
export function needsYear(calendar: WorkingCalendar | undefined, options: NeedsYearOptions): YearNeeded | undefined {
  const cal = calendar ?? chinaCalendar();
  internalsOf(cal);
  const o = optionsOf(options);
  if (o.through === undefined) throw new GuifanError('INVALID_OPTIONS', { path: 'through', value: o.through, reasonZh: '应给出需要覆盖到的日期', reasonEn: 'the last day to cover is required' }, 'CAL-02');
  const through = cal.toCivilDate(o.through);
  const end = cal.coverage.end;
  if (through <= end) return undefined;
  const years: number[] = [];
  for (let y = Number(end.slice(0, 4)) + 1; y <= Number(through.slice(0, 4)); y++) years.push(y);
  const provisional = cal.outOfCoverage === 'provisional' && through <= cal.supported.end;
  return Object.freeze({ rule: 'CAL-02', year: years[0]!, years: Object.freeze(years), through, coverageEnd: end, provisional, remedy: Object.freeze(remedyOf(years, end, through, provisional)) });
}
