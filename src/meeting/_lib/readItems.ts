import { groupSpan, type LineReader } from './lineReader';
import { PERIOD } from './readTimes';
import {
  AGENDA_START,
  allFiller,
  GENERIC_PEOPLE,
  GENERIC_TITLE,
  LEAD_STRIP,
  NOT_PEOPLE,
  ONLINE,
  PEOPLE_STOP,
  PREP_START,
  SEP,
  stripWords,
  TITLE_FULL,
  TRAIL_STRIP,
  VENUE_FULL,
  VENUE_PREFIX,
  VERBS,
} from './words';

/**
 * The items of a meeting notice read from free text (MTG-01 ④ venue, ⑤
 * attendees, ⑥ agenda and preparation, and the title). Every recogniser
 * matches on the line's normalised text and stores the characters as written
 * (`r.original`, `r.list`): `（东侧）` stays `（东侧）`.
 */

/** 请X…参加 and @mentions. */
export function readPeople(r: LineReader): void {
  const d = r.state.draft;
  const t = r.text;
  for (let i = t.indexOf('请'); i >= 0; i = t.indexOf('请', i + 1)) {
    if (r.used[i]) continue;
    // 请X…参加: X runs to a stop word, something already read, or punctuation.
    let j = i + 1;
    while (j < t.length && !r.used[j] && (t[j] === '、' || !SEP.test(t[j]!)) && !PEOPLE_STOP.test(t.slice(j))) j++;
    const rest = t.slice(j).split(/[，。,;；!！?？]/)[0]!;
    if (!/参加|出席|参会|到会|与会|开会|集合/.test(rest)) continue;
    if (NOT_PEOPLE.test(t.slice(i + 1, j))) continue;
    const who = r.list(i + 1, j).filter((x) => !GENERIC_PEOPLE.has(x));
    if (who.length && !d.attendees) d.attendees = who;
    r.mark(i, j);
  }
  r.scan(/@\s*([\p{Script=Han}A-Za-z0-9_]{1,12})/dgu, (m) => {
    if (!GENERIC_PEOPLE.has(m[1]!) && m[1] !== '全体' && m[1] !== 'all') d.attendees = [...(d.attendees ?? []), r.original(...groupSpan(m, 1))];
    return true;
  });
}

const ONLINE_ROOM = new RegExp(`${ONLINE}\\s*(?:会议号|会议ID|ID|号)?\\s*[:：]?\\s*\\d[\\d -]{5,14}\\d(?!\\d)`, 'giu');

/** 腾讯会议：123 456 789, 关于召开…的通知, 在…召开, 召开…, 开…会. */
export function readVenueAndTitle(r: LineReader): void {
  // An online meeting with its number: 腾讯会议：123 456 789
  r.scan(ONLINE_ROOM, (m) => {
    const e = m.index + m[0].length;
    r.set('venue', r.original(m.index, e), m.index, e);
    return true;
  });
  r.scan(/关于召开(.+?)的通知/dgu, (m) => {
    r.set('title', r.original(...groupSpan(m, 1)), m.index, m.index + m[0].length);
    return true;
  });
  r.scan(/(?:在|于)\s*([^\s,，。;；!！?？、()@]{1,30}?)\s*(?=召开|举行|举办|开会|开|集合|集中|碰头|见面|进行)/dgu, (m) => {
    if (allFiller(m[1]!)) return false;
    r.set('venue', r.original(...groupSpan(m, 1)), m.index, m.index + m[0].length);
    return true;
  });
  const title = (m: RegExpExecArray): boolean => {
    const t = m[1]!;
    if (/小时|分钟|钟头|的会$/.test(t)) return false; // 开2小时的会: a length, not a name
    if (!GENERIC_TITLE.has(t)) r.set('title', r.original(...groupSpan(m, 1)), m.index, m.index + m[0].length);
    return true;
  };
  r.scan(/(?:召开|举行|举办)\s*(?:一个|一次|个)?\s*([\p{L}\p{N}#·\-]{1,30}?)(?![\p{L}\p{N}#·\-])/dgu, title);
  r.scan(/开(?![会年学工发放展始心])\s*(?:个|一个|一下|一次)?\s*([\p{Script=Han}A-Za-z0-9]{0,12}?(?:例会|会议|大会|会|培训|讨论|standup|sync|review|meeting))(?![\p{L}\p{N}])/dgiu, title);
}

/** Looks at each unread word: a venue, a title, attendees, an agenda item, a filler — or unread. */
export function readChunks(r: LineReader): void {
  const t = r.text;
  let i = 0;
  while (i < t.length) {
    if (r.used[i] || SEP.test(t[i]!) || /[\uD800-\uDFFF]/.test(t[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < t.length && !r.used[j] && !SEP.test(t[j]!)) j++;
    chunk(r, i, j);
    i = j;
  }
}

const ONLY_PERIOD = new RegExp(`^${PERIOD}$`);

function chunk(r: LineReader, s: number, e: number): void {
  const w = r.text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(w) || allFiller(w)) {
    r.mark(s, e);
    return;
  }
  const lead = stripWords(w, LEAD_STRIP, false);
  const trail = stripWords(w.slice(lead), TRAIL_STRIP, true);
  for (const [a, b] of [
    [lead, w.length - trail],
    [lead, w.length],
    [0, w.length],
  ] as const) {
    if (analyse(r, s + a, s + b)) {
      r.mark(s, e);
      return;
    }
  }
  const only = ONLY_PERIOD.test(w);
  r.mark(s, e);
  const a = /^(?:请(?!假)|麻烦|在|到|于)*/u.exec(w)![0].length;
  const b = /(?:定于|拟于|将于|开会|参加|出席)?$/u.exec(w.slice(a))![0].length;
  r.issue(s + a, e - b, only ? '只有时段，没有具体钟点' : undefined, only ? 'a part of the day but no clock time' : undefined);
}

/** The word at [s, e): a venue, a venue and title, attendees, a title, preparation or agenda. */
function analyse(r: LineReader, s: number, e: number): boolean {
  const core = r.text.slice(s, e);
  if (!core) return false;
  const d = r.state.draft;
  if (VENUE_FULL.test(core)) {
    r.set('venue', r.original(s, e), s, e);
    return true;
  }
  const vp = VENUE_PREFIX.exec(core);
  if (vp) {
    const skip = stripWords(vp[2]!, VERBS, false);
    const rest = vp[2]!.slice(skip);
    if (allFiller(vp[2]!) || (TITLE_FULL.test(rest) && !GENERIC_TITLE.has(rest))) {
      const v = s + vp[1]!.length;
      r.set('venue', r.original(s, v), s, v);
      if (!allFiller(vp[2]!)) r.set('title', r.original(v + skip, e), v + skip, e);
      return true;
    }
  }
  const who = /^(.+?)(?:准时|按时)?(?:参加|出席|参会|到会)$/u.exec(core);
  if (who && !NOT_PEOPLE.test(who[1]!)) {
    const list = r.list(s, s + who[1]!.length).filter((x) => !GENERIC_PEOPLE.has(x));
    if (list.length && !d.attendees) d.attendees = list;
    return true;
  }
  const tk = /^开(?![会年学工发放展始心])/.test(core) ? 1 : 0;
  const title = core.slice(tk);
  if (TITLE_FULL.test(title) && !GENERIC_TITLE.has(title) && !/^(?:会后|会前|会上|会间)/.test(title) && !/小时|分钟|钟头|的会$|开会$|开个会$/.test(title)) {
    r.set('title', r.original(s + tk, e), s + tk, e);
    return true;
  }
  if (PREP_START.test(core)) {
    d.preparation = [...(d.preparation ?? []), r.original(s, e)];
    return true;
  }
  if (AGENDA_START.test(core)) {
    d.agenda = [...(d.agenda ?? []), r.original(s, e)];
    return true;
  }
  return false;
}
