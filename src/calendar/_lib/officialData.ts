import { daysFromCivil, parseCivilDate } from '../../_lib/civil';
import { CORRECTIONS, type Correction } from './corrections';
import { DATA_SOURCE, DATA_VERSION, FIRST_YEAR, NAMES, YEARS } from './officialYears';

/** One day that the State Council's notice lists (CAL-01). */
export interface OfficialDay {
  kind: 'holiday' | 'makeup-workday';
  /** Chinese name of the holiday (for a make-up day: the holiday it serves). */
  name: string;
  nameEn: string;
  /** A weekday made a rest day (调休, 补休): not one of the law's days. */
  inLieu: boolean;
  /** Index of the notice's sentence that lists the day (provenance: see noticeOfSentence). */
  sentence?: number;
  /** Set when the day comes from the corrections layer, not from the notices. */
  correction?: Correction;
}

export interface OfficialData {
  firstYear: number;
  lastYear: number;
  source: { data: string; version: string };
  /** The listed days of one covered year, decoded on first use. */
  year(y: number): ReadonlyMap<number, OfficialDay>;
}

/**
 * The packaged data (the notices' arrangements, as compact per-year strings,
 * generated from src/calendar/notices) with the corrections applied. Nothing is
 * decoded here: each year is decoded the first time a day in it is asked about.
 * The notices' texts are not here (see notices.ts): a working-day answer does
 * not carry them.
 */
export function loadOfficialData(): OfficialData {
  const firstYear = FIRST_YEAR;
  const lastYear = FIRST_YEAR + YEARS.length - 1;
  const decoded: (Map<number, OfficialDay> | undefined)[] = [];
  const decode = (y: number): Map<number, OfficialDay> => {
    const start = daysFromCivil(y, 1, 1);
    const days = new Map<number, OfficialDay>();
    for (const group of YEARS[y - firstYear]!.split(',')) {
      const sentence = parseInt(group.slice(0, 2), 36);
      for (let i = 2; i < group.length; i += 3) {
        const code = parseInt(group[i + 2]!, 36);
        const [name, nameEn] = NAMES[code >> 2]!;
        days.set(start + parseInt(group.slice(i, i + 2), 36), { kind: code & 1 ? 'makeup-workday' : 'holiday', name, nameEn, inLieu: (code & 2) !== 0, sentence });
      }
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
    source: { data: DATA_SOURCE, version: DATA_VERSION },
    year: (y) => (decoded[y - firstYear] ??= decode(y)),
  };
}

export const yearStart = (y: number): number => daysFromCivil(y, 1, 1);
export const yearEnd = (y: number): number => daysFromCivil(y, 12, 31);
