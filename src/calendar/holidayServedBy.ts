import { formatDay, parseCivilDate } from '../_lib/civil';
import { calendarOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { CivilDate, DateInput, WorkingCalendar } from './types';

/**
 * Options of {@link holidayServedBy}.
 *
 * @example
 * holidayServedBy('2026-10-10', { calendar: chinaCalendar() }).holiday //=> '国庆节'
 */
export interface HolidayServedByOptions {
  /** The calendar to use. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * The holiday a make-up working day (调休上班) serves.
 *
 * @example
 * const s = holidayServedBy('2026-10-10');
 * [s.holidayEn, s.dates.length, s.inLieu] //=> ['National Day', 7, ['2026-10-05', '2026-10-06', '2026-10-07']]
 */
export interface ServedHoliday {
  /** The make-up working day asked about. */
  readonly date: CivilDate;
  /** The holiday's name as the notice writes it, e.g. `国庆节`. */
  readonly holiday: string;
  readonly holidayEn: string;
  /** Every day of the holiday block, in date order (weekend days inside it included). */
  readonly dates: readonly CivilDate[];
  /** The days of `dates` that are weekdays made rest days by the notice (`DayInfo.inLieu`: 调休 for make-up days, 补休 for a statutory day on a weekend). */
  readonly inLieu: readonly CivilDate[];
}

/** How far a make-up day may lie from its holiday block (the notices stay within a few weeks). */
const REACH = 45;

/**
 * The holiday a make-up working day serves, with that holiday block's dates
 * and its 调休 rest days flagged (CAL-01); `undefined` when `date` is not a
 * make-up working day, or is one that serves no named holiday (an
 * organisation's `extraWorkdays`). When no day of that holiday lies within
 * 45 days, `dates` is empty rather than a guess. The block is the run of consecutive `'holiday'` days
 * nearest to `date` that contains a day of the same holiday name (a block
 * shared by two holidays, such as 中秋节 and 国庆节 in 2025, is returned whole).
 *
 * @param date - `'YYYY-MM-DD'`, or an instant read in the calendar's zone
 * @param options - {@link HolidayServedByOptions}
 * @returns the served holiday, or `undefined`
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * holidayServedBy('2026-09-20')
 * //=> { date: '2026-09-20', holiday: '国庆节', holidayEn: 'National Day',
 * //     dates: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
 * //     inLieu: ['2026-10-05', '2026-10-06', '2026-10-07'] }
 * holidayServedBy('2026-10-08') //=> undefined
 */
export function holidayServedBy(date: DateInput, options: HolidayServedByOptions = {}): ServedHoliday | undefined {
  const cal = calendarOf(options, chinaCalendar);
  const info = cal.dayInfo(date);
  if (info.kind !== 'makeup-workday' || info.name === undefined) return undefined;
  const lo = parseCivilDate(cal.supported.start)!;
  const hi = parseCivilDate(cal.supported.end)!;
  const at = parseCivilDate(info.date)!;
  const kindOf = (day: number) => (day < lo || day > hi ? undefined : cal.dayInfo(formatDay(day)));
  let found: number | undefined;
  for (let k = 1; k <= REACH && found === undefined; k++) {
    for (const day of [at + k, at - k]) {
      const d = kindOf(day);
      if (d && d.kind === 'holiday' && d.name === info.name) {
        found = day;
        break;
      }
    }
  }
  if (found === undefined) return Object.freeze({ date: info.date, holiday: info.name, holidayEn: info.nameEn ?? info.name, dates: Object.freeze([]), inLieu: Object.freeze([]) });
  let first = found;
  let last = found;
  while (kindOf(first - 1)?.kind === 'holiday') first--;
  while (kindOf(last + 1)?.kind === 'holiday') last++;
  const block = cal.days(formatDay(first), formatDay(last));
  return Object.freeze({
    date: info.date,
    holiday: info.name,
    holidayEn: info.nameEn ?? info.name,
    dates: Object.freeze(block.map((d) => d.date)),
    inLieu: Object.freeze(block.filter((d) => d.inLieu).map((d) => d.date)),
  });
}
