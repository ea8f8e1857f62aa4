import { weekdayOfDay } from '../../_lib/civil';
import type { DayKind } from '../types';

interface DayStatus {
  readonly workday: boolean;
  readonly kind: DayKind;
}

/**
 * Whether a day is in lieu (DUT-05): a weekday (by the calendar's weekly rule)
 * that the yearly notice makes a rest day though the law does not — 调休 for a
 * make-up working day, 补休 for a statutory day on a weekend, the one-off days
 * of 2015 and 2020. (`statutory` — one of the days 全国年节及纪念日放假办法 names
 * for the year — is never in lieu.) An organisation's own rest day
 * (`extraHolidays`) is not one: `notice` is the day's status before the
 * organisation's overlay, `final` after it.
 */
export function inLieuOf(day: number, final: DayStatus, notice: DayStatus, weeklyRest: readonly boolean[], statutory: boolean): boolean {
  return !statutory && !final.workday && !notice.workday && notice.kind === 'holiday' && !weeklyRest[weekdayOfDay(day)];
}
