import { internalsOf } from './_lib/internals';
import { chinaCalendar } from './chinaCalendar';
import type { CivilDate, WorkingCalendar } from './types';

/**
 * The last day whose holiday arrangement the calendar knows (CAL-02): the end
 * of its coverage — the packaged notices plus the years given to
 * `createCalendar`. A question about a later day throws `CALENDAR_NOT_COVERED`
 * (or, with `outOfCoverage: 'provisional'`, is answered from the law alone and
 * marked). See {@link needsYear} for a CI check before the year runs out.
 *
 * @param calendar - the calendar the service uses @default chinaCalendar()
 * @returns `'YYYY-MM-DD'`
 * @throws {GuifanError} `INVALID_OPTIONS` when `calendar` does not come from createCalendar() or chinaCalendar()
 * @example
 * coverageUntil() //=> '2026-12-31'
 * coverageUntil(createCalendar({ years: { 2027: { holidays: ['2027-01-01'] } } })) //=> '2027-12-31'
 */
export function coverageUntil(calendar?: WorkingCalendar): CivilDate {
  const cal = calendar ?? chinaCalendar();
  internalsOf(cal);
  return cal.coverage.end;
}
