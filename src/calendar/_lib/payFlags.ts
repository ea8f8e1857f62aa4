import { weekdayOfDay } from '../../_lib/civil';
import type { DayKind } from '../types';

interface DayStatus {
  readonly workday: boolean;
  readonly kind: DayKind;
}

/**
 * The two pay facts of a day (DUT-05), beside its working status:
 * - `statutory`: one of the days 全国年节及纪念日放假办法 names for that year,
 *   whatever the notice or the organisation does with it;
 * - `inLieu`: a weekday (by the calendar's weekly rule) that the yearly notice
 *   makes a rest day though the law does not — 调休 for a make-up working day,
 *   补休 for a statutory day on a weekend, the one-off days of 2015 and 2020.
 *   An organisation's own rest day (`extraHolidays`) is not one: `notice` is the
 *   day's status before the organisation's overlay, `final` after it.
 */
export function payFlags(day: number, final: DayStatus, notice: DayStatus, weeklyRest: readonly boolean[], statutory: boolean): { statutory: boolean; inLieu: boolean } {
  const inLieu = !statutory && !final.workday && !notice.workday && notice.kind === 'holiday' && !weeklyRest[weekdayOfDay(day)];
  return { statutory, inLieu };
}
