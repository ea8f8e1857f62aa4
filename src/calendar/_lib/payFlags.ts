import { weekdayOfDay } from '../../_lib/civil';
import type { DayKind } from '../types';

interface DayStatus {
  readonly workday: boolean;
  readonly kind: DayKind;
}

/**
 * The one-off national days off that are a commemoration's own day, not days in
 * lieu of anything: 2015-09-03 (国发明电〔2015〕1号: “9月3日（星期四）放假，9月4日
 * （星期五）调休”). Day numbers (days since 1970-01-01).
 */
const OWN_DAYS: readonly number[] = [16681];

/** Whether a day is a one-off national day off of its own (2015-09-03): a rest day by the notice, neither statutory nor in lieu. */
export const isOwnDay = (day: number): boolean => OWN_DAYS.includes(day);

/**
 * Whether a day is in lieu (DUT-05): a weekday (by the calendar's weekly rule)
 * that the yearly notice makes a rest day though the law does not — 调休 for a
 * make-up working day, 补休 for a statutory day on a weekend, the weekdays
 * added by the 2020 extension. (A statutory day — one of the days
 * 全国年节及纪念日放假办法 names for the year — is never in lieu, nor is a
 * one-off commemoration's own day.) An organisation's own rest day
 * (`extraHolidays`) is not one: `notice` is the day's status before the
 * organisation's overlay, `final` after it.
 */
export function inLieuOf(day: number, final: DayStatus, notice: DayStatus, weeklyRest: readonly boolean[], statutory: boolean): boolean {
  return !statutory && !final.workday && !notice.workday && notice.kind === 'holiday' && !weeklyRest[weekdayOfDay(day)] && !isOwnDay(day);
}
