import { parseCivilDate } from '../../_lib/civil';
import { formatInstant, wallTime } from '../../_lib/formatInstant';
import { DATA_SOURCE } from '../../calendar/_lib/officialYears';
import type { CalendarSource, CivilDate, DayInfo } from '../../calendar/types';
import type { LocalizedText, RuleId } from '../../errors/types';
import { formatTimeLimit } from '../formatTimeLimit';
import type { TimeLimitKind, TimeUnit } from '../schema';
import { rulesOf, type Counting, type DuePlan } from './compute';

/**
 * Why a due instant is what it is — enough for an auditor to recount it by hand.
 *
 * @example
 * const e = explainDue('2026-09-30T16:00+08:00', '1个工作日内');
 * [e.counting, e.lastDay, e.dueText, e.skipped.length] //=> ['working-days', '2026-10-08', '2026-10-09T00:00:00+08:00', 7]
 */
export interface DueExplanation {
  /** The deadline: the instant the period ends. */
  readonly due: Date;
  /** `due` written in the calendar's zone, e.g. `'2026-10-09T00:00:00+08:00'`. */
  readonly dueText: string;
  readonly start: Date;
  readonly startText: string;
  /** The civil date of the start in the calendar's zone. */
  readonly startDay: CivilDate;
  readonly limit: { readonly amount: number; readonly unit: TimeUnit; readonly kind: TimeLimitKind };
  readonly limitText: LocalizedText;
  readonly counting: Counting;
  /** Whether the start day counted as the first day (`countFrom: 'same-day-if-before-cutoff'`). */
  readonly startDayCounted: boolean;
  /** Last day of the period after any roll-over (day counting). */
  readonly lastDay?: CivilDate;
  /** Last day before roll-over. */
  readonly nominalLastDay?: CivilDate;
  /** Set when the last day fell on a rest day and moved to the next working day (TL-03). */
  readonly rolledOver?: { readonly from: CivilDate; readonly to: CivilDate };
  readonly endOfDay?: 'midnight' | 'close-of-business';
  /** Non-working days passed over, in order, with the reason for each. */
  readonly skipped: readonly DayInfo[];
  /**
   * Days the answer depends on whose status comes from the calendar's
   * corrections layer, each citing its notice in `correction`; usually empty.
   */
  readonly corrections: readonly DayInfo[];
  /** `true` when any day involved is provisional (CAL-02). */
  readonly provisional: boolean;
  /** The rules applied, e.g. `['TL-05', 'TL-02', 'TL-04']`. */
  readonly rules: readonly RuleId[];
  readonly source: CalendarSource;
  /** The whole explanation as sentences. */
  readonly text: LocalizedText;
}

const WEEK_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEK_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function reason(d: DayInfo, zh: boolean): string {
  if (d.kind === 'holiday') return zh ? `${d.name ?? '节假日'}${d.inLieu ? '·调休' : ''}` : `${d.nameEn ?? d.name ?? 'holiday'}${d.inLieu ? ', in lieu' : ''}`;
  return zh ? '周末' : 'weekend';
}

/** Groups consecutive days with the same reason: “10-01 至 10-07（国庆节）”. */
/** The calendar's name in English text: the default name is translated, a name the host chose is kept as written. */
export const calendarNameEn = (name: string): string => (name === '中国大陆' ? 'mainland China' : name);

/** The explanation's last sentence: the calendar and its data, each in the language of the text (the packaged data's source is 国务院节假日安排通知 in Chinese). */
export const calendarLine = (source: CalendarSource): LocalizedText => ({
  'zh-CN': `日历：${source.name}，数据 ${source.data === DATA_SOURCE ? '国务院节假日安排通知' : source.data} ${source.version}。`,
  en: `Calendar: ${calendarNameEn(source.name)}, data ${source.data} ${source.version}.`,
});

export function describeDays(days: readonly DayInfo[], zh: boolean): string {
  const groups: { from: string; to: string; why: string }[] = [];
  for (const d of days) {
    const why = reason(d, zh).replace(/·调休|, in lieu/, '');
    const g = groups[groups.length - 1];
    if (g && g.why === why && parseCivilDate(d.date)! - parseCivilDate(g.to)! === 1) g.to = d.date;
    else groups.push({ from: d.date, to: d.date, why });
  }
  return groups
    .map((g) => (g.from === g.to ? `${g.from}（${g.why}）` : zh ? `${g.from} 至 ${g.to}（${g.why}）` : `${g.from} to ${g.to} (${g.why})`))
    .map((s) => (zh ? s : s.replace('（', ' (').replace('）', ')')))
    .join(zh ? '、' : ', ');
}

export function dayText(d: DayInfo, zh: boolean): string {
  return zh ? `${d.date}（星期${WEEK_ZH[d.weekday]}）` : `${d.date} (${WEEK_EN[d.weekday]})`;
}

export function buildExplanation(p: DuePlan): DueExplanation {
  const { cal, zone } = p;
  const days = (from: number, to: number): DayInfo[] => {
    const out: DayInfo[] = [];
    for (let d = from; d <= to; d++) {
      const i = cal.info(d);
      if (!i.workday) out.push(i);
    }
    return out;
  };
  let skipped: DayInfo[] = [];
  let provisional = false;
  if (p.counting === 'working-days' && p.lastDay !== undefined) {
    skipped = days(p.startDay + 1, p.lastDay);
    provisional = p.lastDay > p.startDay && cal.anyProvisional(p.startDay + 1, p.lastDay);
  } else if (p.rolled && p.nominalLastDay !== undefined && p.lastDay !== undefined) {
    skipped = days(p.nominalLastDay, p.lastDay - 1);
    provisional = cal.anyProvisional(p.nominalLastDay, p.lastDay);
  } else if (p.counting === 'business-time') {
    const dueDay = zone.dayOf(p.due);
    skipped = days(p.startDay + 1, dueDay);
    provisional = cal.anyProvisional(p.startDay, dueDay);
  } else if (p.counting === 'calendar-days' || p.counting === 'calendar-months') {
    provisional = p.lastDay !== undefined && cal.anyProvisional(p.startDay, p.lastDay);
  }
  // Days whose status the answer rests on, for citing corrected days (CAL-01).
  const corrections: DayInfo[] = [];
  const span: [number, number] | undefined =
    p.counting === 'working-days' && p.lastDay !== undefined
      ? [p.startDay + 1, p.lastDay]
      : p.counting === 'business-time'
        ? [p.startDay, zone.dayOf(p.due)]
        : p.nominalLastDay !== undefined && p.lastDay !== undefined
          ? [p.nominalLastDay, p.lastDay]
          : undefined;
  if (span) {
    for (let d = span[0]; d <= span[1]; d++) {
      const i = cal.info(d);
      if (i.correction) corrections.push(i);
    }
  }
  const limitText = { 'zh-CN': formatTimeLimit(p.limit, 'zh-CN'), en: formatTimeLimit(p.limit, 'en') };
  const startText = formatInstant(p.start, zone);
  const dueText = formatInstant(p.due, zone);
  const source = p.calendar.source;
  const last = p.lastDay === undefined ? undefined : cal.info(p.lastDay);
  const nominal = p.nominalLastDay === undefined ? undefined : cal.info(p.nominalLastDay);

  const zh: string[] = [`自 ${startText} 起算，时限“${limitText['zh-CN']}”。`];
  const en: string[] = [`Counted from ${startText}, limit "${limitText.en}".`];
  const endZh = p.endOfDay === 'close-of-business' && !p.closedLastDay ? `下班时（${wallTime(p.due, zone)}）` : '24:00';
  const endEn = p.endOfDay === 'close-of-business' && !p.closedLastDay ? `close of business (${wallTime(p.due, zone)})` : '24:00';
  const countedZh = p.startDayCounted ? '受理时间早于截止时点，当日计入' : '期间开始的当日不计入（TL-02）';
  const countedEn = p.startDayCounted ? 'received before the cutoff, so the start day counts' : 'the start day is not counted (TL-02)';
  switch (p.counting) {
    case 'natural-time':
      zh.push(`按自然时间计算（TL-01），不看节假日。`);
      en.push(`Natural time (TL-01); holidays do not matter.`);
      break;
    case 'business-time':
      zh.push(`按营业时间计算（CAL-04），只计工作日的营业时段${skipped.length ? `，跳过 ${describeDays(skipped, true)}` : ''}。`);
      en.push(`Business time (CAL-04): only open hours of working days count${skipped.length ? `; skipped ${describeDays(skipped, false)}` : ''}.`);
      break;
    case 'working-days':
      zh.push(`${countedZh}；按工作日计算（TL-05）${skipped.length ? `，跳过 ${describeDays(skipped, true)}` : ''}；最后一个工作日为 ${dayText(last!, true)}。`);
      en.push(`${countedEn[0]!.toUpperCase()}${countedEn.slice(1)}; working days (TL-05)${skipped.length ? `, skipping ${describeDays(skipped, false)}` : ''}; the last working day is ${dayText(last!, false)}.`);
      break;
    case 'calendar-days':
      zh.push(`${countedZh}；按自然日计算，最后一日为 ${dayText(nominal!, true)}。`);
      en.push(`${countedEn[0]!.toUpperCase()}${countedEn.slice(1)}; calendar days, the last day is ${dayText(nominal!, false)}.`);
      break;
    case 'calendar-months':
      zh.push(`按月计算，到期月的对应日为最后一日（无对应日的为月末日，民法典第二百零二条）：${dayText(nominal!, true)}。`);
      en.push(`Months: the corresponding day of the last month ends the period (or that month's last day, Civil Code art. 202): ${dayText(nominal!, false)}.`);
      break;
  }
  if (p.rolled) {
    zh.push(`该日是休息日（${describeDays(skipped, true)}），顺延至 ${dayText(last!, true)}（TL-03）。`);
    en.push(`That day is a rest day (${describeDays(skipped, false)}), so the period moves to ${dayText(last!, false)} (TL-03).`);
  }
  if (p.lastDay !== undefined && p.counting === 'natural-time') {
    zh.push(`届满时刻落在休息日，顺延至下一个工作日开始时：${dueText}（TL-03）。`);
    en.push(`The due instant falls on a rest day, so it waits for the next working day to start: ${dueText} (TL-03).`);
  } else if (p.lastDay !== undefined) {
    zh.push(`期限至 ${p.lastDay === undefined ? '' : last!.date} ${endZh} 届满（TL-04），即 ${dueText}。`);
    en.push(`It ends at ${endEn} of ${last!.date} (TL-04), i.e. ${dueText}.`);
    if (p.closedLastDay) {
      zh.push('注意：该日没有营业时段，按 24:00 计。');
      en.push('Note: that day has no business hours, so it ends at 24:00.');
    }
  } else {
    zh.push(`届满时刻 ${dueText}。`);
    en.push(`Due at ${dueText}.`);
  }
  if (provisional) {
    zh.push('其中用到未发布放假安排的日子，结果为推算（provisional，CAL-02）。');
    en.push('Some days have no published arrangement yet: the answer is provisional (CAL-02).');
  }
  for (const c of corrections) {
    const work = c.workday ? '上班' : '休息';
    zh.push(`${dayText(c, true)}按${c.correction!.notice}“${c.correction!.sentence}”为${work}日（数据更正：${c.correction!.reason}）。`);
    en.push(`${dayText(c, false)} is a ${c.workday ? 'working' : 'rest'} day under notice ${c.correction!.notice} (“${c.correction!.sentence}”); data corrected: ${c.correction!.reasonEn}`);
  }
  const calendarText = calendarLine(source);
  zh.push(calendarText['zh-CN']);
  en.push(calendarText.en);

  const out: DueExplanation = {
    due: new Date(p.due),
    dueText,
    start: new Date(p.start),
    startText,
    startDay: cal.label(p.startDay),
    limit: Object.freeze({ ...p.limit }),
    limitText,
    counting: p.counting,
    startDayCounted: p.startDayCounted,
    ...(last ? { lastDay: last.date } : {}),
    ...(nominal ? { nominalLastDay: nominal.date } : {}),
    ...(p.rolled && nominal && last ? { rolledOver: Object.freeze({ from: nominal.date, to: last.date }) } : {}),
    ...(p.endOfDay ? { endOfDay: p.endOfDay } : {}),
    skipped: Object.freeze(skipped),
    corrections: Object.freeze(corrections),
    provisional,
    rules: Object.freeze(rulesOf(p)),
    source,
    text: Object.freeze({ 'zh-CN': zh.join(''), en: en.join(' ') }),
  };
  return Object.freeze(out);
}
