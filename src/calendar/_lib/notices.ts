import { civilFromDays, parseCivilDate } from '../../_lib/civil';
import type { DayInfo, DayNotice, WorkdayExplanation } from '../types';
import { officialData } from './officialDataOnce';
import { DOCUMENTS, SENTENCES } from './officialNotices';

// Provenance (CAL-01): the notice and sentence that list a day of the packaged
// data. The texts are a module of their own, imported only by the functions that
// name notices (dayInfo, daysBetween, the explain functions, the holiday feed), so
// that a working-day answer's bundle — and a calendar's own methods — do not carry them.

const made: (DayNotice | undefined)[] = [];

/** The notice of the packaged data's sentence `i`: one frozen object per sentence, shared by its days. */
export function noticeOfSentence(i: number): DayNotice {
  const known = made[i];
  if (known) return known;
  const [doc, sentence] = SENTENCES[i]!;
  const [number, title] = DOCUMENTS[doc]!;
  return (made[i] = Object.freeze(number ? { number, title, sentence } : { title, sentence }));
}

/** `info` with its notice, when the day comes from the packaged data and has none yet. */
export function withNotice(info: DayInfo): DayInfo {
  if (info.notice !== undefined || info.source !== 'official') return info;
  const day = parseCivilDate(info.date)!;
  const data = officialData();
  const year = civilFromDays(day)[0];
  if (year < data.firstYear || year > data.lastYear) return info;
  const sentence = data.year(year).get(day)?.sentence;
  return sentence === undefined ? info : Object.freeze({ ...info, notice: noticeOfSentence(sentence) });
}

/** An explanation whose listed days name their notices (see {@link withNotice}). */
export function explanationWithNotices(e: WorkdayExplanation): WorkdayExplanation {
  return Object.freeze({
    ...e,
    skipped: Object.freeze(e.skipped.map(withNotice)),
    makeupWorkdays: Object.freeze(e.makeupWorkdays.map(withNotice)),
    corrections: Object.freeze(e.corrections.map(withNotice)),
  });
}
