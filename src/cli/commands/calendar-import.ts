import { fromHolidayCn } from '../../calendar/fromHolidayCn';
import { parseHolidayNotice, type NoticeDay } from '../../calendar/parseHolidayNotice';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale } from '../../errors/types';
import { KIND_TEXT } from './calendar-years';

/** A year read by `guifan calendar import`, from a notice's text or a holiday-cn year file. */
export interface ImportedYear {
  readonly source: 'notice' | 'holiday-cn';
  readonly year: number | undefined;
  readonly holidays: readonly NoticeDay[];
  readonly workdays: readonly NoticeDay[];
  /** Days of the December before (a 元旦 that starts there): that year's data, not this year's file. */
  readonly outside: { readonly holidays: readonly NoticeDay[]; readonly workdays: readonly NoticeDay[] };
  readonly issues: readonly ValidationIssue[];
}

/** Reads a notice's text, or a holiday-cn year file (JSON `{ year, papers, days }`): which one is told by its first character. */
export function importYear(text: string, year: number | undefined): ImportedYear {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('{')) {
    const file = JSON.parse(t) as { year?: unknown };
    const y = typeof file?.year === 'number' && Number.isInteger(file.year) && file.year >= 2000 && file.year <= 2099 ? file.year : undefined;
    const r = fromHolidayCn(file, y === undefined ? {} : { years: [y] });
    const days = y === undefined ? undefined : r.years[String(y)];
    return { source: 'holiday-cn', year: y, holidays: days?.holidays ?? [], workdays: days?.workdays ?? [], outside: { holidays: r.extraHolidays, workdays: r.extraWorkdays }, issues: r.issues };
  }
  // The maintainers' notice files (src/calendar/notices) carry `#` provenance lines: blanked, so line numbers stay.
  const n = parseHolidayNotice(text.replace(/^#.*$/gm, ''), year === undefined ? {} : { year });
  return { source: 'notice', year: n.year, holidays: n.holidays, workdays: n.workdays, outside: n.outside, issues: n.issues };
}

/** The line that says what was read. */
export const readLine = (r: ImportedYear, lang: Locale): string =>
  lang === 'en' ? `read: ${KIND_TEXT[r.source].en}${r.year ? ` (${r.year})` : ''}` : `读取：${KIND_TEXT[r.source]['zh-CN']}${r.year ? `（${r.year} 年）` : ''}`;
