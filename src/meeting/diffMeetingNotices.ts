import { noticeOrThrow } from './_lib/boundary';
import { personKeys, personName } from './_lib/common';
import type { MeetingNotice, Person } from './schema';

/**
 * What changed between two versions of a notice (MTG-06).
 *
 * @example
 * const d = diffMeetingNotices({ start: '14:30', attendees: ['张三'] }, { start: '15:00', attendees: ['李四'] })
 * d.fields //=> ['start', 'attendees']
 * d.timeChanged //=> true
 * d.mustNotify //=> ['张三', '李四']
 */
export interface MeetingNoticeDiff {
  /** Changed fields, e.g. `['start', 'venue']`. */
  readonly fields: readonly string[];
  readonly changes: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
  readonly timeChanged: boolean;
  readonly venueChanged: boolean;
  readonly attendeesAdded: readonly string[];
  readonly attendeesRemoved: readonly string[];
  /** A change of time or venue needs a change notice at once (MTG-06). */
  readonly requiresChangeNotice: boolean;
  /** Everyone on either version: who a change notice must reach. */
  readonly mustNotify: readonly Person[];
}

const FIELDS = ['title', 'date', 'start', 'end', 'venue', 'agenda', 'preparation', 'chair', 'convener', 'minuteTaker', 'seating', 'timeZone'] as const;
const TIME = new Set(['date', 'start', 'end', 'timeZone']);

/**
 * Compares two versions of a meeting notice (MTG-06): which fields changed,
 * whether time or venue changed (then a change notice must go out at once and
 * reach every attendee of both versions), who was added or removed.
 *
 * @param before - the notice as first issued
 * @param after - the notice as it stands now
 * @returns a {@link MeetingNoticeDiff}
 * @example
 * diffMeetingNotices({ venue: '三楼会议室', attendees: ['张三'] }, { venue: '五楼会议室', attendees: ['张三', '李四'] }).requiresChangeNotice //=> true
 */
export function diffMeetingNotices(before: MeetingNotice, after: MeetingNotice): MeetingNoticeDiff;
// The implementation names its raw arguments …In: the checked values take the public names.
export function diffMeetingNotices(beforeIn: MeetingNotice, afterIn: MeetingNotice): MeetingNoticeDiff {
  const before = noticeOrThrow(beforeIn, 'MTG-06', ['before']);
  const after = noticeOrThrow(afterIn, 'MTG-06', ['after']);
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const f of FIELDS) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) changes.push({ field: f, before: before[f], after: after[f] });
  }
  const names = (l: readonly Person[] | undefined) => new Set((l ?? []).map(personName));
  const b = names(before.attendees);
  const a = names(after.attendees);
  const added = [...a].filter((x) => !b.has(x));
  const removed = [...b].filter((x) => !a.has(x));
  if (added.length || removed.length) changes.push({ field: 'attendees', before: [...b], after: [...a] });
  const timeChanged = changes.some((c) => TIME.has(c.field));
  const venueChanged = changes.some((c) => c.field === 'venue');
  const seen = new Set<string>();
  const mustNotify: Person[] = [];
  for (const p of [...(before.attendees ?? []), ...(after.attendees ?? [])]) {
    const k = personKeys(p)[0]!;
    if (!seen.has(k)) {
      seen.add(k);
      mustNotify.push(p);
    }
  }
  return Object.freeze({
    fields: Object.freeze(changes.map((c) => c.field)),
    changes: Object.freeze(changes.map((c) => Object.freeze(c))),
    timeChanged,
    venueChanged,
    attendeesAdded: Object.freeze(added),
    attendeesRemoved: Object.freeze(removed),
    requiresChangeNotice: timeChanged || venueChanged,
    mustNotify: Object.freeze(mustNotify),
  });
}
