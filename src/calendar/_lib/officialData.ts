import { daysFromCivil, parseCivilDate } from '../../_lib/civil';
import { CORRECTIONS, NAME_CORRECTIONS, type Correction } from './corrections';
import { DATA_VERSION, FIRST_YEAR, NAMES, YEARS } from './officialYears';

/** One day that the State Council's notice lists (CAL-01). */
export interface OfficialDay {
  kind: 'holiday' | 'makeup-workday';
  /** Chinese name of the holiday (for a make-up day: the holiday it serves). */
  name: string;
  nameEn: string;
  /** A rest day given in exchange for a make-up working day (调休). */
  inLieu: boolean;
  /** Set when the day comes from the corrections layer, not from the packaged data. */
  correction?: Correction;
}

export interface OfficialData {
  firstYear: number;
  lastYear: number;
  source: { data: 'chinese-days'; version: string };
  /** The listed days of one covered year, decoded on first use. */
  year(y: number): ReadonlyMap<number, OfficialDay>;
}

/**
 * The packaged data (chinese-days' arrangements, as compact per-year strings)
 * with the corrections applied. Nothing is decoded here: each year is decoded
 * the first time a day in it is asked about.
 */
export function loadOfficialData(): OfficialData {
  const firstYear = FIRST_YEAR;
  const lastYear = FIRST_YEAR + YEARS.length - 1;
  const names = NAMES.map(([zh, en]) => NAME_CORRECTIONS[zh] ?? ([zh, en] as const));
  const decoded: (Map<number, OfficialDay> | undefined)[] = [];
  const decode = (y: number): Map<number, OfficialDay> => {
    const s = YEARS[y - firstYear]!;
    const start = daysFromCivil(y, 1, 1);
    const days = new Map<number, OfficialDay>();
    for (let i = 0; i < s.length; i += 3) {
      const code = parseInt(s[i + 2]!, 36);
      const [name, nameEn] = names[code >> 2]!;
      days.set(start + parseInt(s.slice(i, i + 2), 36), { kind: code & 1 ? 'makeup-workday' : 'holiday', name, nameEn, inLieu: (code & 2) !== 0 });
    }
    for (const c of CORRECTIONS) {
      if (!c.date.startsWith(`${y}-`)) continue;
      days.set(parseCivilDate(c.date)!, { kind: c.kind, name: c.name, nameEn: c.nameEn, inLieu: c.inLieu === true, correction: c });
    }
    return days;
  };
  return {
    firstYear,
    lastYear,
    source: { data: 'chinese-days', version: DATA_VERSION },
    year: (y) => (decoded[y - firstYear] ??= decode(y)),
  };
}

export const yearStart = (y: number): number => daysFromCivil(y, 1, 1);
export const yearEnd = (y: number): number => daysFromCivil(y, 12, 31);
