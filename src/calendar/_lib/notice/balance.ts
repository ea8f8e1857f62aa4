import { weekdayOfDay } from '../../../_lib/civil';

/** The rest days a holiday block adds, counted the law's way (CAL-01). */
export interface Balance {
  /** Weekdays (Monday–Friday) the block makes rest days. */
  readonly weekdays: number;
  /** Make-up working days (weekend days made working days). */
  readonly makeup: number;
  /** The law's holiday-days in the block (a day of two holidays counts twice), plus a non-law holiday's own day. */
  readonly statutory: number;
  /** weekdays − makeup − statutory: 0 when 调休 only moves rest days. */
  readonly extra: number;
}

/**
 * 调休 moves rest days; it does not add or remove them (CAL-01): the weekdays
 * off in `from … to` equal the make-up days plus the law's holiday-days in it
 * (a statutory day on a weekend brings a weekday off, 补休). `ownDay`: the block
 * is a holiday the law does not name (2015's commemoration): its first weekday is its own.
 */
export function balanceOf(from: number, to: number, makeup: number, statutory: ReadonlyMap<number, readonly string[]>, ownDay: boolean): Balance {
  let weekdays = 0;
  let law = 0;
  let own = ownDay ? 1 : 0;
  for (let d = from; d <= to; d++) {
    const wd = weekdayOfDay(d);
    if (wd !== 0 && wd !== 6) weekdays++;
    law += statutory.get(d)?.length ?? 0;
  }
  if (own && weekdayOfDay(from) !== 0 && weekdayOfDay(from) !== 6) own = 1;
  else own = 0;
  return { weekdays, makeup, statutory: law + own, extra: weekdays - makeup - law - own };
}
