import { createCalendar } from '../../calendar/createCalendar';
import { fromHolidayCn } from '../../calendar/fromHolidayCn';
import type { CalendarDayEntry, CalendarOptions } from '../../calendar/schema';
import type { ValidationIssue } from '../../errors/issues';

/** The calendar options a year file gives, what it was, and what was wrong with it. */
export interface YearFile {
  /** What the file was read as, in both languages. */
  readonly kind: 'notice' | 'holiday-cn' | 'years';
  readonly options: Pick<CalendarOptions, 'years' | 'extraHolidays' | 'extraWorkdays' | 'notices'>;
  readonly issues: readonly ValidationIssue[];
}

export const KIND_TEXT: Record<YearFile['kind'], { 'zh-CN': string; en: string }> = {
  notice: { 'zh-CN': '国务院节假日安排通知（文本）', en: "a State Council holiday notice (text)" },
  'holiday-cn': { 'zh-CN': 'holiday-cn 年度文件', en: 'a holiday-cn year file' },
  years: { 'zh-CN': '年份文件（calendar import --out 的输出或 createCalendar 的 years）', en: 'a year file (calendar import --out, or createCalendar years)' },
};

const list = (v: unknown): CalendarDayEntry[] => (Array.isArray(v) ? (v as CalendarDayEntry[]) : []);

/**
 * Reads what `--years` names: a notice's text, a holiday-cn year file (or an
 * array of them), the `{ holidays, workdays }` that `calendar import --out`
 * writes, `{ "2027": { … } }`, or a converter's `{ years, extraHolidays, extraWorkdays }`.
 */
export function readYearFile(text: string, year?: number): YearFile {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return { kind: 'notice', options: { notices: [text.replace(/^#.*$/gm, '')] }, issues: [] };
  const raw = JSON.parse(t) as unknown;
  const o = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (Array.isArray(raw) || ('year' in o && 'days' in o)) {
    const files = (Array.isArray(raw) ? raw : [raw]) as { year?: unknown }[];
    const r = fromHolidayCn(raw, { years: files.map((f) => f?.year).filter((y): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2099) });
    return { kind: 'holiday-cn', options: { years: r.years, extraHolidays: r.extraHolidays, extraWorkdays: r.extraWorkdays }, issues: r.issues };
  }
  if ('years' in o) return { kind: 'years', options: { years: o.years as CalendarOptions['years'], extraHolidays: list(o.extraHolidays), extraWorkdays: list(o.extraWorkdays) }, issues: [] };
  if ('holidays' in o || 'workdays' in o) {
    const holidays = list(o.holidays);
    const workdays = list(o.workdays);
    const first = [...holidays, ...workdays].map((d) => (typeof d === 'string' ? d : d?.date)).find((d) => typeof d === 'string');
    const y = year ?? (first ? Number(first.slice(0, 4)) : NaN);
    const outside = (o.outside ?? {}) as Record<string, unknown>;
    return { kind: 'years', options: { years: { [String(y)]: { holidays, workdays } }, extraHolidays: list(outside.holidays), extraWorkdays: list(outside.workdays) }, issues: [] };
  }
  return { kind: 'years', options: { years: o as CalendarOptions['years'] }, issues: [] };
}

/** The calendar a service runs with: the packaged data plus the year file. */
export const calendarWith = (f: YearFile | undefined): ReturnType<typeof createCalendar> => createCalendar(f ? f.options : {});
