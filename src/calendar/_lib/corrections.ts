/**
 * The corrections layer: days the State Council's notices cannot decide by
 * their own text, each with its provenance. The packaged data is generated
 * from the notices (src/calendar/notices), so a notice's own wording — the 2005-12-31
 * make-up day of the 2006 notice, the weekend days inside a “…至…放假” block —
 * needs no correction here; the list is empty and stays so unless a day has to
 * be decided by another public document. A correction is applied when its year
 * is decoded: `dayInfo` says `source: 'correction'` and every explanation that
 * lists the day cites it (CAL-01).
 */

/** One corrected day. */
export interface Correction {
  readonly date: string;
  readonly kind: 'holiday' | 'makeup-workday';
  /** The holiday (for a make-up day: the holiday it serves), as the notice writes it. */
  readonly name: string;
  readonly nameEn: string;
  /** A weekday made a rest day (调休, 补休). @default false */
  readonly inLieu?: boolean;
  /** The deciding document's number, e.g. `国办发明电〔2005〕35号`. */
  readonly notice: string;
  /** The document's sentence that decides the day, verbatim. */
  readonly sentence: string;
  /** What the notices' data says and why it is wrong. */
  readonly reason: string;
  readonly reasonEn: string;
}

/** Every correction, in date order: none — the notices decide every day 2004–2026. */
export const CORRECTIONS: readonly Correction[] = [];
