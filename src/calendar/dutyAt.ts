import { formatDay } from '../_lib/civil';
import { wallTime } from '../_lib/formatInstant';
import { toEpochMs } from '../_lib/input';
import { GuifanError } from '../errors/GuifanError';
import { chinaCalendar } from './chinaCalendar';
import { calendarOf, internalsOf, type CalendarInternals } from './_lib/internals';
import type { Instant, WorkingCalendar } from './types';

/**
 * Options of {@link dutyAt}.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:00', '17:30']] } })
 * dutyAt('2026-10-09T10:00+08:00', { calendar }).receiver //=> 'office'
 */
export interface DutyAtOptions {
  /** A calendar with `businessHours` (the office's hours). @default chinaCalendar() (which has none, so pass one) */
  calendar?: WorkingCalendar;
}

/**
 * Who receives a complaint at an instant (CAL-06), and when it is passed on.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:00', '17:30']] } })
 * const d = dutyAt('2026-10-09T20:00+08:00', { calendar });
 * [d.receiver, d.dayKind, d.handOverAt.toISOString(), d.rule] //=> ['duty-officer', 'workday', '2026-10-10T00:00:00.000Z', 'CAL-06'] (10-10 08:00, a make-up day)
 */
export interface DutyAssignment {
  /** `'office'` within business hours, `'duty-officer'` (总值班) outside them. */
  readonly receiver: 'office' | 'duty-officer';
  /** For the duty officer: the next opening of the office, when the complaint is handed over. */
  readonly handOverAt: Date | undefined;
  /** The civil date of the instant and what kind of day it is. */
  readonly date: string;
  readonly dayKind: 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
  /** The holiday's name when the day is one. */
  readonly holiday: string | undefined;
  readonly rule: 'CAL-06';
  /** Why, in 简体中文 and English. */
  readonly reason: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * Who receives a complaint made at `at` (CAL-06): within the office's
 * business hours the office; outside them (nights, rest days, holidays) the
 * duty officer (总值班), who passes it on when the office next opens.
 *
 * @param at - an instant (`Date`, or ISO text with an offset; text without one is `AMBIGUOUS_INSTANT`)
 * @param options - {@link DutyAtOptions}
 * @returns a {@link DutyAssignment}
 * @throws {GuifanError} `BUSINESS_HOURS_REQUIRED`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED`
 * (when the next opening lies beyond the calendar's data)
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:00', '12:00'], ['14:00', '17:30']] } })
 * const d = dutyAt('2026-10-03T02:00+08:00', { calendar });
 * [d.receiver, d.holiday, d.handOverAt.toISOString()] //=> ['duty-officer', '国庆节', '2026-10-08T00:00:00.000Z'] (10-08 08:00 in Shanghai)
 */
export function dutyAt(at: Instant, options: DutyAtOptions = {}): DutyAssignment {
  const calendar = calendarOf(options, chinaCalendar);
  const cal = internalsOf(calendar);
  if (!cal.hasHours) throw new GuifanError('BUSINESS_HOURS_REQUIRED', { whatZh: '值班安排（CAL-06）', whatEn: 'the duty roster (CAL-06)' }, 'CAL-06');
  // Text without an offset is AMBIGUOUS_INSTANT, as for every other instant.
  const t = toEpochMs(at);
  const zone = cal.zone;
  const day = zone.dayOf(t);
  const info = cal.info(day);
  const base = { date: info.date, dayKind: info.kind, holiday: info.kind === 'holiday' ? info.name : undefined, rule: 'CAL-06' as const };
  // Past the data, the next opening throws CALENDAR_NOT_COVERED.
  const open = cal.nextBusinessMs(t);
  if (open === t) {
    const [s, e] = segmentAt(cal, day, t);
    const hours = `${wallTime(s, zone)}–${wallTime(e, zone)}`;
    return Object.freeze({
      ...base,
      receiver: 'office',
      handOverAt: undefined,
      reason: Object.freeze({ 'zh-CN': `${info.date} 办公时间（${hours}）内，由办公室受理（CAL-06）`, en: `${info.date} within office hours (${hours}): the office receives it (CAL-06)` }),
    });
  }
  const when = `${formatDay(zone.dayOf(open))} ${wallTime(open, zone)}`;
  const whyZh = info.kind === 'holiday' ? `${info.name}假期` : info.kind === 'weekend' ? '休息日' : '非办公时间';
  const whyEn = info.kind === 'holiday' ? `the ${info.nameEn ?? info.name} holiday` : info.kind === 'weekend' ? 'a rest day' : 'outside office hours';
  return Object.freeze({
    ...base,
    receiver: 'duty-officer',
    handOverAt: new Date(open),
    reason: Object.freeze({
      'zh-CN': `${info.date} ${wallTime(t, zone)} 为${whyZh}，由总值班受理，于办公室上班时（${when}）转交（CAL-06）`,
      en: `${info.date} ${wallTime(t, zone)} is ${whyEn}: the duty officer receives it and hands it to the office when it opens (${when}) (CAL-06)`,
    }),
  });
}

/** The segment open at `t`: the day's own, or the day before's running past midnight (CAL-04). */
function segmentAt(cal: CalendarInternals, day: number, t: number): [number, number] {
  for (const d of day > cal.supLo ? [day - 1, day] : [day]) {
    const iv = cal.segmentsMs(d);
    for (let j = 0; j < iv.length; j += 2) if (iv[j]! <= t && t < iv[j + 1]!) return [iv[j]!, iv[j + 1]!];
  }
  /* c8 ignore next */
  return [t, t];
}
