import { toDayNumber, type DateInput } from '../_lib/input';
import { calendarOf, internalsOf } from '../calendar/_lib/internals';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { CivilDate, DayInfo, WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import type { LocalizedText, RuleId } from '../errors/types';

/**
 * Options of {@link leaveSpan}.
 *
 * @example
 * leaveSpan('2026-10-08', 1, { calendar: createCalendar({ extraHolidays: ['2026-10-08'] }) }).end //=> '2026-10-09'
 */
export interface LeaveSpanOptions {
  /** The calendar whose statutory holidays and rest days are not counted. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

/**
 * A stretch of annual leave (DUT-07).
 *
 * @example
 * const s = leaveSpan('2026-09-28', 5);
 * [s.start, s.end, s.calendarDays, s.skipped.length] //=> ['2026-09-28', '2026-10-09', 12, 7]
 */
export interface LeaveSpan {
  /** The first day of leave: the day asked for, or the first working day after it. */
  readonly start: CivilDate;
  /** The last day of leave. */
  readonly end: CivilDate;
  /** Days of leave counted: the working days from `start` to `end`. */
  readonly days: number;
  /** Calendar days from `start` to `end`, both included. */
  readonly calendarDays: number;
  /** The statutory holidays and rest days inside, not counted as leave. */
  readonly skipped: readonly DayInfo[];
  readonly rule: RuleId;
  readonly explanation: LocalizedText;
}

/**
 * The last day of `days` days of annual leave starting on `start`, when the
 * statutory holidays and rest days inside it are not counted as leave (DUT-07:
 * 条例第三条第二款 国家法定休假日、休息日不计入年休假的假期). Leave asked from a
 * rest day starts on the next working day; make-up working days (调休上班)
 * count as leave days. O(1) on the calendar's working-day index.
 *
 * @param start - the first day asked for (`'YYYY-MM-DD'`, or an instant read in the calendar's zone)
 * @param days - whole days of leave, 1–366
 * @param options - {@link LeaveSpanOptions}
 * @returns a frozen {@link LeaveSpan}
 * @throws {GuifanError} `INVALID_DATE`, `INVALID_AMOUNT`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED` (CAL-02)
 * @example
 * leaveSpan('2026-09-28', 5).end //=> '2026-10-09' (国庆节 10-01…10-07 not counted)
 * leaveSpan('2026-09-28', 5).explanation.en
 * //=> '5 days of annual leave from 2026-09-28 end on 2026-10-09: 7 statutory holidays and rest days inside are not counted (National Day 2026-10-01–2026-10-07) (DUT-07, Regulations Art. 3)'
 */
export function leaveSpan(start: DateInput, days: number, options: LeaveSpanOptions = {}): LeaveSpan {
  const calendar = calendarOf(options, chinaCalendar);
  const cal = internalsOf(calendar);
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
    throw new GuifanError('INVALID_AMOUNT', { value: days, name: 'days', expectedZh: '年休假天数应为 1–366 的整数', expectedEn: 'whole days of leave from 1 to 366' }, 'DUT-07');
  }
  const asked = toDayNumber(start, cal.zone);
  const first = cal.isWorkday(asked) ? asked : cal.addDays(asked, 1);
  const last = cal.addDays(first, days - 1);
  const skipped: DayInfo[] = [];
  for (let d = first + 1; d < last; d++) if (!cal.isWorkday(d)) skipped.push(cal.info(d));
  // Runs of consecutive skipped days with one reason: “国庆节 2026-10-01–2026-10-07”.
  const runs: { zh: string; en: string; from: string; to: string; last: number }[] = [];
  for (let i = 0, d = first + 1; d < last; d++) {
    if (cal.isWorkday(d)) continue;
    const info = skipped[i++]!;
    const zh = info.kind === 'holiday' ? (info.name ?? '') : '周末';
    const run = runs[runs.length - 1];
    if (run && run.zh === zh && run.last === d - 1) [run.to, run.last] = [info.date, d];
    else runs.push({ zh, en: info.kind === 'holiday' ? (info.nameEn ?? zh) : 'weekend', from: info.date, to: info.date, last: d });
  }
  const listZh = runs.map((g) => `${g.zh} ${g.from}${g.to !== g.from ? `–${g.to}` : ''}`).join('，');
  const listEn = runs.map((g) => `${g.en} ${g.from}${g.to !== g.from ? `–${g.to}` : ''}`).join(', ');
  const [a, b] = [cal.label(first), cal.label(last)];
  return Object.freeze({
    start: a,
    end: b,
    days,
    calendarDays: last - first + 1,
    skipped: Object.freeze(skipped),
    rule: 'DUT-07' as RuleId,
    explanation: Object.freeze({
      'zh-CN': `年休假 ${days} 天自 ${a} 起，至 ${b} 止${skipped.length ? `：其间 ${skipped.length} 天法定休假日、休息日不计入年休假（${listZh}）` : ''}（DUT-07，条例第三条第二款）`,
      en: `${days} days of annual leave from ${a} end on ${b}${skipped.length ? `: ${skipped.length} statutory holidays and rest days inside are not counted (${listEn})` : ''} (DUT-07, Regulations Art. 3)`,
    }),
  });
}
