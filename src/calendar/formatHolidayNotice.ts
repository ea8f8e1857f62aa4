import { civilFromDays, daysFromCivil, formatDay, parseCivilDate, weekdayOfDay } from '../_lib/civil';
import { GuifanError } from '../errors/GuifanError';
import { INTERNALS } from './_lib/internals';
import { holidayName } from './_lib/notice/names';
import { NUMERALS_ZH, WEEKDAY_SHORT_ZH } from './_lib/notice/text';
import { chinaCalendar } from './chinaCalendar';
import type { DayInfo, WorkingCalendar } from './types';

/**
 * Options of {@link formatHolidayNotice}.
 *
 * @example
 * const calendar = createCalendar({ years: { 2027: { holidays: [{ date: '2027-01-01', name: '元旦' }] } } })
 * formatHolidayNotice(2027, { calendar }).split('\n')[1] //=> '一、元旦：1月1日（周五）放假，共1天。'
 */
export interface FormatHolidayNoticeOptions {
  /** The calendar whose arrangement is written. @default chinaCalendar() */
  calendar?: WorkingCalendar;
}

interface Block {
  from: number;
  to: number;
  names: string[];
  workdays: number[];
}

/**
 * Writes a year's arrangement as the notice's lines (2025 style: `一、元旦：1月1日（周三）放假，共1天。`),
 * with a title and a correct weekday on every date, so that a person can read
 * it against the published notice and `parseHolidayNotice` reads it back to the
 * same days. The days of the December before that belong to 元旦 are part of
 * the year, as in the notices; the 元旦 days of the year's own December are not.
 *
 * @param year - a year the calendar covers
 * @param options - {@link FormatHolidayNoticeOptions}
 * @returns the notice text, lines separated by `\n`
 * @throws {GuifanError} `INVALID_AMOUNT` for a year that is not whole, `CALENDAR_NOT_COVERED` outside the calendar's coverage,
 *   `INVALID_OPTIONS` for options that are not an object or a calendar that is not one
 * @example
 * formatHolidayNotice(2025).split('\n').slice(0, 2)
 * //=> ['国务院办公厅关于2025年部分节假日安排的通知', '一、元旦：1月1日（周三）放假，共1天。']
 */
export function formatHolidayNotice(year: number, options: FormatHolidayNoticeOptions = {}): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw new GuifanError('INVALID_AMOUNT', { value: year, name: 'year', expectedZh: '年份应为整数', expectedEn: 'a whole year' }, 'CAL-02');
  }
  const given = (options as { calendar?: unknown } | null)?.calendar;
  if (options === null || typeof options !== 'object' || (given !== undefined && (typeof given !== 'object' || given === null || !(INTERNALS in given)))) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'calendar', value: given ?? options, reasonZh: '应为 createCalendar() 或 chinaCalendar() 给出的日历', reasonEn: 'must be a calendar from createCalendar() or chinaCalendar()' }, 'CAL-02');
  }
  const cal = options.calendar ?? chinaCalendar();
  const lo = parseCivilDate(cal.coverage.start)!;
  const hi = parseCivilDate(cal.coverage.end)!;
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  if (first < lo || last > hi) {
    throw new GuifanError(
      'CALENDAR_NOT_COVERED',
      { date: formatDay(first < lo ? first : last), year, coverageStart: cal.coverage.start, coverageEnd: cal.coverage.end, supportedStart: cal.supported.start, supportedEnd: cal.supported.end, outOfCoverage: cal.outOfCoverage },
      'CAL-02',
    );
  }
  const from = Math.max(lo, daysFromCivil(year - 1, 12, 1));
  const days: DayInfo[] = cal.days(formatDay(from), formatDay(last));
  const isNewYear = (d: DayInfo): boolean => d.name !== undefined && holidayName(d.name).name === '元旦';
  const belongs = (d: DayInfo, day: number): boolean => (day >= first ? !(civilFromDays(day)[1] === 12 && isNewYear(d)) : isNewYear(d));

  const blocks: Block[] = [];
  const work: { day: number; name: string }[] = [];
  days.forEach((d, i) => {
    const day = from + i;
    if (!belongs(d, day)) return;
    const name = holidayName(d.name ?? '').name;
    if (d.kind === 'holiday') {
      const b = blocks[blocks.length - 1];
      if (b && b.to === day - 1) {
        b.to = day;
        if (!b.names.includes(name)) b.names.push(name);
      } else blocks.push({ from: day, to: day, names: [name], workdays: [] });
    } else if (d.kind === 'makeup-workday') work.push({ day, name });
  });
  for (const w of work) {
    const own = blocks.filter((b) => b.names.includes(w.name));
    const pool = own.length ? own : blocks;
    const near = (b: Block): number => Math.min(Math.abs(w.day - b.from), Math.abs(w.day - b.to));
    const b = pool.reduce<Block | undefined>((best, x) => (best === undefined || near(x) < near(best) ? x : best), undefined);
    b?.workdays.push(w.day);
  }

  const wd = (day: number): string => `（${WEEKDAY_SHORT_ZH[weekdayOfDay(day)]}）`;
  const md = (day: number, withYear: boolean, withMonth = true): string => {
    const [y, m, d] = civilFromDays(day);
    return `${withYear ? `${y}年` : ''}${withMonth ? `${m}月` : ''}${d}日${wd(day)}`;
  };
  const lines = [`国务院办公厅关于${year}年部分节假日安排的通知`];
  blocks.forEach((b, i) => {
    const [fy, fm] = civilFromDays(b.from);
    const [ty, tm] = civilFromDays(b.to);
    const crossYear = fy !== ty || fy !== year;
    const range = b.from === b.to ? md(b.from, fy !== year) : `${md(b.from, crossYear)}至${md(b.to, crossYear, crossYear || tm !== fm)}`;
    const n = b.to - b.from + 1;
    let line = `${NUMERALS_ZH[i + 1] ?? String(i + 1)}、${b.names.join('、')}：${range}放假${b.workdays.length ? '调休' : ''}，共${n}天。`;
    if (b.workdays.length) line += `${b.workdays.map((w) => md(w, civilFromDays(w)[0] !== year)).join('、')}上班。`;
    lines.push(line);
  });
  return lines.join('\n');
}
