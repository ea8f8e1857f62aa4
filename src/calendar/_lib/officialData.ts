import raw from 'chinese-days/dist/chinese-days.json';
import pkg from 'chinese-days/package.json';
import { civilFromDays, daysFromCivil, parseCivilDate } from '../../_lib/civil';

/** One day that the State Council's notice lists (CAL-01). */
export interface OfficialDay {
  kind: 'holiday' | 'makeup-workday';
  /** Chinese name of the holiday (for a make-up day: the holiday it serves). */
  name: string;
  nameEn: string;
  /** A rest day given in exchange for a make-up working day (调休). */
  inLieu: boolean;
}

export interface OfficialData {
  days: ReadonlyMap<number, OfficialDay>;
  firstYear: number;
  lastYear: number;
  source: { data: 'chinese-days'; version: string };
}

/**
 * Reads chinese-days' published JSON into day numbers. Only its data is used:
 * its date functions read dates in the host's time zone.
 */
export function loadOfficialData(): OfficialData {
  const data = raw as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };
  const days = new Map<number, OfficialDay>();
  const years = new Set<number>();
  const add = (date: string, label: string, kind: OfficialDay['kind']): void => {
    const day = parseCivilDate(date);
    if (day === undefined) throw new Error(`chinese-days data holds an invalid date: ${date}`);
    const [nameEn = '', name = ''] = label.split(',');
    days.set(day, { kind, name, nameEn, inLieu: Object.prototype.hasOwnProperty.call(data.inLieuDays, date) });
    years.add(civilFromDays(day)[0]);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, label, 'holiday');
  // A make-up working day wins over a holiday entry, as in chinese-days itself.
  for (const [date, label] of Object.entries(data.workdays)) add(date, label, 'makeup-workday');
  const sorted = [...years].sort((a, b) => a - b);
  const firstYear = sorted[0]!;
  const lastYear = sorted[sorted.length - 1]!;
  for (let y = firstYear; y <= lastYear; y++) {
    if (!years.has(y)) throw new Error(`chinese-days data has no entries for ${y}`);
  }
  return { days, firstYear, lastYear, source: { data: 'chinese-days', version: pkg.version } };
}

export const yearStart = (y: number): number => daysFromCivil(y, 1, 1);
export const yearEnd = (y: number): number => daysFromCivil(y, 12, 31);
