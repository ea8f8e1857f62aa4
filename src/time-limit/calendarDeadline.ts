import { daysFromCivil, daysInMonth } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import { optionsOf } from '../_lib/options';
import { parseBilingual } from '../_lib/zodIssues';
import type { CivilDate, WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import type { LocalizedText } from '../errors/types';
import { endOf, resolveCommon } from './_lib/compute';
import { dayText } from './_lib/explain';
import { parseCalendarDeadline } from './parseCalendarDeadline';
import { CalendarDateRuleSchema, type CalendarDateRule } from './schema';

/**
 * Options of {@link calendarDeadline}.
 *
 * @example
 * calendarDeadline('每月20日前', '2026-09', { before: 'strictly-before' }).lastDay //=> '2026-09-19'
 * calendarDeadline('每月20日前', '2026-12', { restDay: 'next-workday' }).lastDay //=> '2026-12-21' (12-20 is a Sunday)
 */
export interface CalendarDeadlineOptions {
  /** @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /**
   * What “20日前” means: `'on-or-before'` (by the end of the 20th) or
   * `'strictly-before'` (by the end of the 19th). @default 'on-or-before'
   */
  before?: 'on-or-before' | 'strictly-before';
  /**
   * When the deadline day is a rest day: `'keep'` it, move to the
   * `'previous-workday'`, or to the `'next-workday'` (as 民法典 第二百零三条 does for
   * periods). @default 'keep'
   */
  restDay?: 'keep' | 'previous-workday' | 'next-workday';
  /** @default 'midnight' */
  endOfDay?: 'midnight' | 'close-of-business';
}

/**
 * A calendar-date deadline of one period, with its reasons (TL-07).
 *
 * @example
 * const d = calendarDeadline({ dayOfMonth: 20 }, '2026-12', { restDay: 'previous-workday' });
 * [d.period, d.nominalDay, d.lastDay, d.moved] //=> ['2026-12', '2026-12-20', '2026-12-18', { from: '2026-12-20', to: '2026-12-18', reason: 'rest-day' }]
 * d.dueText //=> '2026-12-19T00:00:00+08:00'
 */
export interface CalendarDeadline {
  readonly rule: CalendarDateRule;
  /** The period: `'YYYY-MM'` for a monthly rule, `'YYYY'` for a yearly one. */
  readonly period: string;
  /** The day named by the rule (month end when the month is shorter). */
  readonly nominalDay: CivilDate;
  /** The last day on which the deadline is met. */
  readonly lastDay: CivilDate;
  readonly due: Date;
  readonly dueText: string;
  readonly moved?: { readonly from: CivilDate; readonly to: CivilDate; readonly reason: 'strictly-before' | 'rest-day' };
  readonly text: LocalizedText;
}

function oneOf(path: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh: `应为 ${allowed.join(' / ')}`, reasonEn: `expected ${allowed.join(' / ')}` }, 'TL-07');
  }
}

/**
 * The deadline of a “每月20日前” / “每年1月15日前” rule (TL-07) in one period.
 * A day-of-month past the month's end means the month's last day.
 *
 * @param rule - `{ dayOfMonth }`, `{ month, day }` or a phrase (`'每月20日前'`)
 * @param period - `'YYYY-MM'` for a monthly rule; `'YYYY'` or a year number for a yearly one
 * @param optionsIn - {@link CalendarDeadlineOptions}
 * @returns a {@link CalendarDeadline}
 * @throws {GuifanError} `INVALID_TIME_LIMIT`, `INVALID_OPTIONS`, `CALENDAR_NOT_COVERED`
 * @example
 * calendarDeadline('每月20日前', '2026-09').lastDay //=> '2026-09-20'
 * calendarDeadline('每月20日前', '2026-12', { restDay: 'previous-workday' }).lastDay //=> '2026-12-18' (12-20 is a Sunday)
 */
export function calendarDeadline(rule: CalendarDateRule | string, period: string | number, optionsIn: CalendarDeadlineOptions = {}): CalendarDeadline {
  const options = optionsOf(optionsIn);
  const r: CalendarDateRule = typeof rule === 'string' ? parseCalendarDeadline(rule) : rule;
  const parsed = parseBilingual(CalendarDateRuleSchema, r);
  if (!parsed.success) {
    const p = parsed.problems[0]!;
    throw new GuifanError('INVALID_OPTIONS', { path: `rule.${p.path.join('.')}`, value: p.value, reasonZh: p.message['zh-CN'], reasonEn: p.message.en }, 'TL-07');
  }
  const { cal } = resolveCommon(options);
  if (typeof period !== 'string' && typeof period !== 'number') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'period', value: period, reasonZh: "期间应为 'YYYY-MM' 或 'YYYY'", reasonEn: "a period is 'YYYY-MM' or 'YYYY'" }, 'TL-07');
  }
  // An unknown option value must not silently pick a default meaning.
  oneOf('before', options.before, ['on-or-before', 'strictly-before']);
  oneOf('restDay', options.restDay, ['keep', 'previous-workday', 'next-workday']);
  oneOf('endOfDay', options.endOfDay, ['midnight', 'close-of-business']);
  const per = String(period);
  let y: number;
  let m: number;
  let d: number;
  if ('dayOfMonth' in r) {
    const mm = /^(\d{4})-(\d{2})$/.exec(per);
    if (!mm || Number(mm[2]) < 1 || Number(mm[2]) > 12) {
      throw new GuifanError('INVALID_OPTIONS', { path: 'period', value: period, reasonZh: "每月规则的期间应为 'YYYY-MM'", reasonEn: "a monthly rule's period is 'YYYY-MM'" }, 'TL-07');
    }
    y = Number(mm[1]);
    m = Number(mm[2]);
    d = Math.min(r.dayOfMonth, daysInMonth(y, m));
  } else {
    if (!/^\d{4}$/.test(per)) {
      throw new GuifanError('INVALID_OPTIONS', { path: 'period', value: period, reasonZh: "每年规则的期间应为年份 'YYYY'", reasonEn: "a yearly rule's period is a year 'YYYY'" }, 'TL-07');
    }
    y = Number(per);
    m = r.month;
    d = Math.min(r.day, daysInMonth(y, m));
  }
  const nominal = daysFromCivil(y, m, d);
  let last = nominal;
  let moved: CalendarDeadline['moved'];
  if ((options.before ?? 'on-or-before') === 'strictly-before') {
    last -= 1;
    moved = { from: cal.label(nominal), to: cal.label(last), reason: 'strictly-before' };
  }
  const restDay = options.restDay ?? 'keep';
  if (restDay !== 'keep' && !cal.isWorkday(last)) {
    const before = last;
    last = cal.addDays(last, restDay === 'previous-workday' ? -1 : 1);
    moved = { from: moved?.from ?? cal.label(before), to: cal.label(last), reason: 'rest-day' };
  }
  const due = endOf(cal, last, options.endOfDay ?? 'midnight');
  const dueText = formatInstant(due, cal.zone);
  const li = cal.info(last);
  const ni = cal.info(nominal);
  const zh = `规则“${'dayOfMonth' in r ? `每月${r.dayOfMonth}日前` : `每年${r.month}月${r.day}日前`}”，期间 ${per}：规定日为 ${dayText(ni, true)}${moved ? `，${moved.reason === 'rest-day' ? '因遇休息日' : '因“前”按不含当日理解'}调整为 ${dayText(li, true)}` : ''}；期限至 ${dueText}（TL-07）。`;
  const en = `Rule "${'dayOfMonth' in r ? `before day ${r.dayOfMonth} of each month` : `before ${r.month}/${r.day} each year`}", period ${per}: the named day is ${dayText(ni, false)}${moved ? `, moved to ${dayText(li, false)} (${moved.reason === 'rest-day' ? 'rest day' : '"before" read as strictly before'})` : ''}; due ${dueText} (TL-07).`;
  return Object.freeze({
    rule: r,
    period: per,
    nominalDay: ni.date,
    lastDay: li.date,
    due: new Date(due),
    dueText,
    ...(moved ? { moved: Object.freeze(moved) } : {}),
    text: Object.freeze({ 'zh-CN': zh, en }),
  });
}
