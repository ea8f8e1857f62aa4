import { GuifanError } from '../errors/GuifanError';
import type { ValidationIssue } from '../errors/issues';
import { settleNotice, type NoticeDay } from './_lib/notice/check';
import { STATUTORY_MAX_YEAR, STATUTORY_MIN_YEAR } from './_lib/statutory';

export type { NoticeDay } from './_lib/notice/check';

/**
 * Options of {@link parseHolidayNotice}.
 *
 * @example
 * parseHolidayNotice('1月1日（周四）至3日（周六）放假调休，共3天。', { year: 2026, name: '元旦' }).holidays.length //=> 3
 */
export interface ParseHolidayNoticeOptions {
  /** The notice's year, when the text has no title (a single sentence). @default the year in the title */
  year?: number;
  /** The holiday a single arrangement sentence is about, e.g. `'元旦'`. @default the names in the lines (`元旦：…`) */
  name?: string;
}

/**
 * A year's arrangement read from the notice. Its enumerable fields are exactly
 * a year of `createCalendar({ years })` (`JSON.stringify` gives the year file to
 * commit); `year`, `issues` and `outside` are there too, not enumerable.
 *
 * @example
 * const n = parseHolidayNotice('1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', { year: 2026, name: '元旦' })
 * Object.keys(n) //=> ['holidays', 'workdays']
 * n.year //=> 2026
 * n.issues //=> []
 * n.outside.holidays //=> []
 */
export interface HolidayNotice {
  /** Rest days of the year, weekend days inside a block included, with the holiday's name (a frozen array). */
  readonly holidays: NoticeDay[];
  /** Make-up working days (调休上班), named after the holiday they serve (a frozen array). */
  readonly workdays: NoticeDay[];
  /** The notice's year (`undefined` when it cannot be told: see `issues`). Not enumerable. */
  readonly year: number | undefined;
  /** Problems found, coded, with rule id and `details.span` (offsets in the text). Not enumerable. */
  readonly issues: readonly ValidationIssue[];
  /** Days of the December before (“2022年12月31日至2023年1月2日”): they belong in that year's data. Not enumerable. */
  readonly outside: { readonly holidays: readonly NoticeDay[]; readonly workdays: readonly NoticeDay[] };
}

function optionError(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, 'CAL-02');
}

/**
 * Reads the State Council's yearly notice (《国务院办公厅关于YYYY年部分节假日安排的通知》)
 * into a validated year of the calendar (CAL-01, CAL-02): the numbered lines
 * (`一、元旦：…`, `中秋节、国庆节：…`), every wording since 2004 (ranges, 补休,
 * 调休上班, “将…两个公休日调至…”, lunar notes, full-width brackets and digits,
 * 2020's 延长…假期至, 2019's 调整…放假安排), or one sentence given `{ year, name }`.
 * It never guesses: weekday notes that contradict the date, “共N天” that does not
 * match, a make-up day on a weekday, a statutory day left working, dates outside
 * the year, overlapping ranges and unreadable lines come back as `issues`.
 *
 * @param text - the notice as pasted (title and lines), or one arrangement sentence
 * @param options - {@link ParseHolidayNoticeOptions}
 * @returns the year ({@link HolidayNotice}); check `issues` before loading it
 * @throws {GuifanError} `INVALID_OPTIONS` when `text` is not a string or an option is malformed
 * @example
 * const n = parseHolidayNotice('国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。')
 * n.year //=> 2026
 * n.holidays.map((d) => d.date) //=> ['2026-01-01', '2026-01-02', '2026-01-03']
 * n.workdays //=> [{ date: '2026-01-04', name: '元旦', nameEn: "New Year's Day" }]
 * parseHolidayNotice('5月1日（周五）至5日（周二）放假，共4天。', { year: 2026, name: '劳动节' }).issues[0].code //=> 'NOTICE_COUNT_MISMATCH'
 */
export function parseHolidayNotice(text: string, options: ParseHolidayNoticeOptions = {}): HolidayNotice {
  if (typeof text !== 'string') throw optionError('text', text, '通知应为文本', 'the notice must be text');
  if (text.length > 200_000) throw optionError('text', `${text.length} characters`, '通知过长（超过 200000 字）', 'the notice is too long (over 200000 characters)');
  if (options === null || typeof options !== 'object') throw optionError('options', options, '选项应为对象', 'options must be an object');
  const { year, name } = options;
  if (year !== undefined && (!Number.isInteger(year) || year < STATUTORY_MIN_YEAR || year > STATUTORY_MAX_YEAR)) {
    throw optionError('year', year, `年份应为 ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR} 之间的整数`, `year must be a whole number ${STATUTORY_MIN_YEAR}–${STATUTORY_MAX_YEAR}`);
  }
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '' || name.length > 40)) {
    throw optionError('name', name, '节日名称应为非空文本', 'name must be a non-empty text');
  }
  const s = settleNotice(text, { year, name });
  const inYear = (d: NoticeDay): boolean => s.year !== undefined && d.date.startsWith(`${s.year}-`);
  // Frozen, but typed as plain arrays so that the result is assignable to a `years` entry.
  const result = {
    holidays: Object.freeze(s.holidays.filter(inYear).map((d) => Object.freeze(d))) as NoticeDay[],
    workdays: Object.freeze(s.workdays.filter(inYear).map((d) => Object.freeze(d))) as NoticeDay[],
  };
  const hidden = (value: unknown): PropertyDescriptor => ({ value, enumerable: false, writable: false, configurable: false });
  Object.defineProperties(result, {
    year: hidden(s.year),
    issues: hidden(Object.freeze(s.issues)),
    outside: hidden(
      Object.freeze({
        holidays: Object.freeze(s.holidays.filter((d) => !inYear(d))),
        workdays: Object.freeze(s.workdays.filter((d) => !inYear(d))),
      }),
    ),
  });
  return Object.freeze(result) as HolidayNotice;
}
