import { formatInstant, wallTime } from '../../_lib/formatInstant';
import { inRange, toEpochMs, type Instant } from '../../_lib/input';
import { optionsOf } from '../../_lib/options';
import type { CalendarSource, CivilDate, DayInfo, WorkingCalendar } from '../../calendar/types';
import { GuifanError } from '../../errors/GuifanError';
import type { LocalizedText, RuleId } from '../../errors/types';
import { formatTimeLimit } from '../formatTimeLimit';
import type { TimeLimit, TimeLimitKind, TimeUnit } from '../schema';
import { addMonths, endOf, resolveCommon } from './compute';
import { calendarLine, dayText, describeDays } from './explain';
import { normalizeLimit } from './normalize';

/**
 * Options of latestStart / explainLatestStart.
 *
 * @example
 * latestStart('2026-10-08T14:00+08:00', '提前两天', { rollBackRestDays: false }).toISOString()
 * //=> '2026-10-06T16:00:00.000Z' (24:00 of 10-06, a holiday, kept)
 */
export interface LatestStartOptions {
  /** The calendar to count in. @default chinaCalendar() */
  calendar?: WorkingCalendar;
  /** Zone for event text without an offset. @default undefined (such text is `AMBIGUOUS_INSTANT`) */
  timeZone?: string;
  /** When the latest day is a rest day, move back to the previous working day. @default true for day/week/month limits */
  rollBackRestDays?: boolean;
  /** The latest day ends at 24:00 or when business stops (needs business hours). @default 'midnight' */
  endOfDay?: 'midnight' | 'close-of-business';
}

/**
 * Why a latest start is what it is (TL-08).
 *
 * @example
 * const e = explainLatestStart('2026-10-08T14:00+08:00', '提前两天');
 * [e.eventDay, e.latestDay, e.rolledBack] //=> ['2026-10-08', '2026-09-30', { from: '2026-10-06', to: '2026-09-30' }]
 */
export interface LatestStartExplanation {
  readonly latest: Date;
  readonly latestText: string;
  readonly event: Date;
  readonly eventText: string;
  readonly eventDay: CivilDate;
  readonly limit: { readonly amount: number; readonly unit: TimeUnit; readonly kind: TimeLimitKind };
  readonly limitText: LocalizedText;
  /** The day by which it must be done (day counting), after any move back. */
  readonly latestDay?: CivilDate;
  readonly nominalLatestDay?: CivilDate;
  readonly rolledBack?: { readonly from: CivilDate; readonly to: CivilDate };
  readonly skipped: readonly DayInfo[];
  readonly provisional: boolean;
  readonly rules: readonly RuleId[];
  readonly source: CalendarSource;
  readonly text: LocalizedText;
}

const LATEST_ZH = '最迟开始时间（事件时间减去提前量）';
const LATEST_EN = 'The latest start (the event less the lead time)';

export function planLatest(event: Instant, limitIn: TimeLimit | string, optionsIn: LatestStartOptions, explain: boolean): LatestStartExplanation | number {
  const options = optionsOf(optionsIn);
  const { calendar, cal, explicitZone } = resolveCommon(options);
  const limit = normalizeLimit(limitIn);
  const zone = cal.zone;
  const t = toEpochMs(event, explicitZone);
  const eventDay = zone.dayOf(t);
  const endMode = options.endOfDay ?? 'midnight';
  if (endMode !== 'midnight' && endMode !== 'close-of-business') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'endOfDay', value: endMode, reasonZh: "应为 'midnight' 或 'close-of-business'", reasonEn: "expected 'midnight' or 'close-of-business'" }, 'TL-08');
  }
  if (options.rollBackRestDays !== undefined && typeof options.rollBackRestDays !== 'boolean') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'rollBackRestDays', value: options.rollBackRestDays, reasonZh: '应为 true 或 false', reasonEn: 'expected true or false' }, 'TL-08');
  }
  const { amount, unit } = limit;
  const rules: RuleId[] = ['TL-08'];
  let latest: number;
  let nominal: number | undefined;
  let day: number | undefined;
  let businessMs: number | undefined;
  if (unit === 'minute' || unit === 'hour') {
    latest = inRange(t - amount * (unit === 'hour' ? 3_600_000 : 60_000), limit, LATEST_ZH, LATEST_EN);
  } else if (unit === 'workhour' || !Number.isInteger(amount)) {
    // Working hours (or half a working day) count back over business time only (CAL-04).
    if (!cal.hasHours) {
      throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: `提前量“${formatTimeLimit(limit)}”`, whatEn: `the lead time ${formatTimeLimit(limit, 'en')}` }, 'CAL-04');
    }
    businessMs = amount * 3_600_000;
    if (unit === 'workday') {
      // 半个工作日: half of the business time of the working day before the event's day.
      const iv = cal.segmentsMs(cal.addDays(eventDay, -1));
      let whole = 0;
      for (let j = 0; j < iv.length; j += 2) whole += iv[j + 1]! - iv[j]!;
      businessMs = whole * amount;
    }
    businessMs = Math.round(businessMs);
    latest = inRange(cal.addBusinessMs(t, -businessMs), limit, LATEST_ZH, LATEST_EN);
    rules.push('CAL-04', 'TL-05');
  } else if (amount === 0) {
    latest = t;
  } else {
    if (unit === 'workday') {
      day = nominal = cal.addDays(eventDay, -amount);
      rules.push('TL-05');
    } else {
      nominal = unit === 'month' ? addMonths(eventDay, -amount) : eventDay - amount * (unit === 'week' ? 7 : 1);
      day = nominal;
      if ((options.rollBackRestDays ?? true) && !cal.isWorkday(day)) day = cal.addDays(day, -1);
    }
    latest = inRange(endOf(cal, day, endMode), limit, LATEST_ZH, LATEST_EN);
    rules.push('TL-04');
  }
  if (!explain) return latest;

  const skipped: DayInfo[] = [];
  let provisional = false;
  if (day !== undefined && nominal !== undefined) {
    const from = day + 1;
    const to = unit === 'workday' ? eventDay - 1 : nominal;
    for (let d = from; d <= to; d++) {
      const i = cal.info(d);
      if (!i.workday) skipped.push(i);
    }
    provisional = cal.anyProvisional(day, eventDay);
  } else if (businessMs !== undefined) {
    provisional = cal.anyProvisional(zone.dayOf(latest), eventDay);
  }
  const limitText = { 'zh-CN': formatTimeLimit(limit, 'zh-CN'), en: formatTimeLimit(limit, 'en') };
  const latestText = formatInstant(latest, zone);
  const eventText = formatInstant(t, zone);
  const source = calendar.source;
  const zh: string[] = [`事件时间 ${eventText}，“${limitText['zh-CN']}”。`];
  const en: string[] = [`Event at ${eventText}, lead time "${limitText.en}".`];
  if (businessMs !== undefined) {
    const minutes = businessMs / 60_000;
    const half = unit === 'workday' ? { zh: `（半个工作日按前一工作日营业时间的一半计，${minutes} 分钟）`, en: ` (half a working day is half the business time of the working day before, ${minutes} minutes)` } : { zh: '', en: '' };
    zh.push(`按营业时间倒推（CAL-04），只计办公时段${half.zh}，最迟 ${latestText}。`);
    en.push(`Counted back in business hours (CAL-04), open periods only${half.en}: at the latest ${latestText}.`);
  } else if (day === undefined) {
    zh.push(`按自然时间倒推，最迟 ${latestText}。`);
    en.push(`Counted back in natural time: at the latest ${latestText}.`);
  } else {
    const di = cal.info(day);
    const ni = cal.info(nominal!);
    if (unit === 'workday') {
      zh.push(`按工作日倒推（TL-05）${skipped.length ? `，跳过 ${describeDays(skipped, true)}` : ''}，为 ${dayText(di, true)}。`);
      en.push(`Counted back in working days (TL-05)${skipped.length ? `, skipping ${describeDays(skipped, false)}` : ''}: ${dayText(di, false)}.`);
    } else {
      zh.push(`倒推得 ${dayText(ni, true)}${day !== nominal ? `，该日为休息日（${describeDays(skipped, true)}），提前至上一个工作日 ${dayText(di, true)}` : ''}。`);
      en.push(`Counting back gives ${dayText(ni, false)}${day !== nominal ? `, a rest day (${describeDays(skipped, false)}), so the previous working day ${dayText(di, false)}` : ''}.`);
    }
    const end = endMode === 'close-of-business' ? wallTime(latest, zone) : '24:00';
    zh.push(`最迟于该日 ${end} 前完成，即 ${latestText}。`);
    en.push(`Do it by ${end} that day, i.e. ${latestText}.`);
  }
  if (provisional) {
    zh.push('其中用到未发布放假安排的日子，结果为推算（provisional，CAL-02）。');
    en.push('Some days have no published arrangement yet: the answer is provisional (CAL-02).');
  }
  const calendarText = calendarLine(source);
  zh.push(calendarText['zh-CN']);
  en.push(calendarText.en);
  return Object.freeze({
    latest: new Date(latest),
    latestText,
    event: new Date(t),
    eventText,
    eventDay: cal.label(eventDay),
    limit: Object.freeze({ ...limit }),
    limitText,
    ...(day !== undefined ? { latestDay: cal.label(day), nominalLatestDay: cal.label(nominal!) } : {}),
    ...(day !== undefined && day !== nominal ? { rolledBack: Object.freeze({ from: cal.label(nominal!), to: cal.label(day) }) } : {}),
    skipped: Object.freeze(skipped),
    provisional,
    rules: Object.freeze(rules),
    source,
    text: Object.freeze({ 'zh-CN': zh.join(''), en: en.join(' ') }),
  });
}
