import type { LineReader } from './lineReader';
import { readDates } from './readDates';
import { readChunks, readPeople, readVenueAndTitle } from './readItems';
import { readTimes } from './readTimes';

/**
 * The reader behind parseMeetingNotice. Each line is scanned by recognisers
 * in a fixed order (dates, relative days, weekdays, clock times, attendees,
 * venue, title); each marks the characters it read. What is left is either a
 * known filler (请、大家、开会、emoji …) or comes back as an UNREADABLE_TEXT
 * issue with its UTF-16 span, so nothing vanishes silently. Recognisers match
 * on normalised text and return the text as written.
 */
export function readAll(r: LineReader): void {
  readDates(r);
  readTimes(r);
  readPeople(r);
  readVenueAndTitle(r);
  readChunks(r);
}

export { LineReader, normalize, type ReadState } from './lineReader';
export { splitList } from './words';
