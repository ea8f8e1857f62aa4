import { append } from '../../../_lib/append';
import { GuifanError } from '../../../errors/GuifanError';
import { repathIssue } from '../../../errors/buildIssue';
import type { ValidationIssue } from '../../../errors/issues';
import { validationError } from '../../../errors/validationError';
import type { ResolvedCalendarOptions } from '../../schema';
import { settleNotice } from './check';

/**
 * `createCalendar({ notices })`: each notice is read and checked; any error
 * throws VALIDATION_FAILED with every issue (paths `notices.i.line.n`), warnings
 * pass. A notice's year becomes `years[year]`; its days in the December before
 * (“2022年12月31日至2023年1月2日”) are added as extra days, since that year is
 * another year's data.
 */
export function withNotices(opts: ResolvedCalendarOptions): ResolvedCalendarOptions {
  const notices = opts.notices;
  if (!notices || notices.length === 0) return opts;
  const years = { ...opts.years };
  const extraHolidays = [...opts.extraHolidays];
  const extraWorkdays = [...opts.extraWorkdays];
  const issues: ValidationIssue[] = [];
  const fromNotice = new Map<number, number>();
  notices.forEach((text, i) => {
    const s = settleNotice(text, {});
    for (const x of s.issues) issues.push(repathIssue(x, ['notices', i, ...x.path]));
    if (s.year === undefined || s.issues.some((x) => x.severity === 'error')) return;
    const key = String(s.year);
    if (fromNotice.has(s.year) || key in opts.years) {
      const other = fromNotice.has(s.year) ? `notices.${fromNotice.get(s.year)!}` : `years.${key}`;
      throw new GuifanError(
        'INVALID_CALENDAR_OPTIONS',
        {
          path: `notices.${i}`,
          value: s.year,
          reasonZh: `${s.year} 年已由 ${other} 给出（后续的调整或延长通知请接在原通知之后，作为同一段文本）`,
          reasonEn: `${s.year} is already given by ${other} (paste a later adjustment or extension after the notice, as one text)`,
        },
        'CAL-02',
      );
    }
    fromNotice.set(s.year, i);
    const inYear = (d: { date: string }): boolean => d.date.startsWith(`${key}-`);
    years[key] = { holidays: s.holidays.filter(inYear), workdays: s.workdays.filter(inYear) };
    append(extraHolidays, s.holidays.filter((d) => !inYear(d)));
    append(extraWorkdays, s.workdays.filter((d) => !inYear(d)));
  });
  if (issues.some((x) => x.severity === 'error')) throw validationError(issues, 'CAL-01');
  // The calendar's `options` then hold the years read, not the texts: createCalendar(cal.options) rebuilds it.
  const { notices: _read, ...rest } = opts;
  return { ...rest, years, extraHolidays, extraWorkdays };
}
