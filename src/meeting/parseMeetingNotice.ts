import { tryEpochMs } from '../_lib/input';
import type { Zone } from '../_lib/zone';
import { internalsOf } from '../calendar/_lib/internals';
import type { WorkingCalendar } from '../calendar/types';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { optionsOf } from './_lib/boundary';
import { tryZone } from './_lib/common';
import { LineReader, normalize, readAll, type ReadState } from './_lib/readText';
import type { MeetingNotice } from './schema';

/**
 * Options of {@link parseMeetingNotice}.
 *
 * @example
 * parseMeetingNotice('10月8日下午两点半在三楼会议室开会', { year: 2026 }).draft.date //=> '2026-10-08'
 */
export interface ParseMeetingNoticeOptions {
  /** The year for dates written without one (`10月8日`). @default undefined (the year nearest `now`; without `now`, such dates are reported) */
  year?: number;
  /**
   * The present, for relative days (今天、明天、后天、大后天、本周五、下周一、下下周三、下个月5号、15号、周五),
   * read as a civil date in the calendar's zone. An instant (`Date` or ISO text with offset).
   * @default undefined (relative days are reported, not guessed)
   */
  now?: Date | string;
  /** Whose zone `now` is read in. @default chinaCalendar() (Asia/Shanghai) */
  calendar?: WorkingCalendar;
  /** Overrides the calendar's zone. @default undefined */
  timeZone?: string;
}

/**
 * What {@link parseMeetingNotice} could read (`draft`), and what it could not (`issues`, all warnings).
 *
 * @example
 * const r = parseMeetingNotice('10月8日下午两点半在三楼会议室开安全例会', { year: 2026 })
 * r.draft //=> { date: '2026-10-08', start: '14:30', venue: '三楼会议室', title: '安全例会' }
 * r.issues.every((i) => i.severity === 'warning') //=> true
 */
export interface ParsedMeetingNotice {
  readonly draft: MeetingNotice;
  /**
   * `UNREADABLE_TEXT` for every piece of text left unread (`details.start` /
   * `details.end`: its UTF-16 span in the input, `details.text`: the text), and
   * `NOT_IN_TEXT` for every item the text does not state (title, date, start,
   * end, venue, attendees, agenda). All warnings: the validator decides what is an error.
   */
  readonly issues: readonly ValidationIssue[];
}

const LABELS: [RegExp, keyof MeetingNotice | 'time' | 'speaking'][] = [
  [/^(会议名称|会议主题|会议题目|主题|名称)$/, 'title'],
  [/^(会议时间|时间|开会时间)$/, 'time'],
  [/^(会议地点|地点|会议室|地址)$/, 'venue'],
  [/^(参会人员|参加人员|出席人员|与会人员|参会人|参加人|参会)$/, 'attendees'],
  [/^(会议议程|议程|会议内容|议题|内容)$/, 'agenda'],
  [/^(准备事项|会前准备|准备工作|准备)$/, 'preparation'],
  [/^(主持人|主持)$/, 'chair'],
  [/^(召集人)$/, 'convener'],
  [/^(会议记录|记录人|记录)$/, 'minuteTaker'],
  [/^(座次安排|座次)$/, 'seating'],
  [/^(发言时间)$/, 'speaking'],
];
const LABEL_WORDS =
  '会议名称|会议主题|会议题目|主题|名称|会议时间|开会时间|时间|会议地点|地点|会议室|地址|参会人员|参加人员|出席人员|与会人员|参会人|参加人|参会|会议议程|议程|会议内容|议题|内容|准备事项|会前准备|准备工作|准备|主持人|主持|召集人|会议记录|记录人|记录|座次安排|座次|发言时间';
const LABEL_RE = new RegExp(`(?<=^|[\\s,，。;；、!！?？)）】])(${LABEL_WORDS})\\s*[：:]`, 'g');

/** The items a notice should state (MTG-01, and a title), reported when the text has none. */
const ITEMS: [keyof MeetingNotice, string, string][] = [
  ['title', '会议名称', 'the title'],
  ['date', '会议日期', 'the date'],
  ['start', '开始时间', 'the start time'],
  ['end', '结束时间', 'the end time'],
  ['venue', '会议地点', 'the venue'],
  ['attendees', '参会人员', 'the attendees'],
  ['agenda', '议程', 'the agenda'],
];

const ORDINAL = /^\s*(?:[一二三四五六七八九十]+、|\d+[.、．)）]|[（(]\d+[)）]|[-•·])/;
const stripOrdinal = (s: string): string => s.replace(/^\s*(?:[一二三四五六七八九十]+、|\d+[.、．)）]|[（(]\d+[)）]|[-•·])\s*/, '').trim();

function zoneOf(options: ParseMeetingNoticeOptions, issues: ValidationIssue[]): Zone | undefined {
  if (options.timeZone !== undefined) {
    const z = typeof options.timeZone === 'string' ? tryZone(options.timeZone) : undefined;
    if (!z) issues.push(makeIssue('INVALID_INPUT', ['options', 'timeZone'], { value: options.timeZone, reasonZh: '未知时区', reasonEn: 'unknown time zone' }, 'MTG-01'));
    return z;
  }
  if (options.calendar !== undefined) {
    try {
      return internalsOf(options.calendar).zone;
    } catch {
      issues.push(makeIssue('INVALID_INPUT', ['options', 'calendar'], { reasonZh: '不是 createCalendar() 或 chinaCalendar() 创建的日历', reasonEn: 'not a calendar from createCalendar() or chinaCalendar()' }, 'MTG-01'));
      return undefined;
    }
  }
  return tryZone('Asia/Shanghai');
}

/**
 * Reads a meeting notice from text — the labelled form {@link renderMeetingNotice}
 * writes, or a message from a group chat (`明天下午三点在303开会`,
 * `10月12日（周一）9:00—11:30 十二楼会议室 季度会`) — into a draft. Reads
 * absolute dates (`2026年10月12日`, `二〇二六年十月十二日`, `2026-10-12`),
 * relative days against `now`, clock times in digits or Chinese numerals
 * (`三点`, `十点半`, `九时`, `两点一刻`, `晚上八点`, `3pm`, ranges `下午三点到五点`),
 * venues and titles with or without `在…召开`, attendees (`请…参加`, `@张三`).
 * Matches on a normalised copy (full-width → half-width) and returns the
 * characters as written: `（东侧），` stays `（东侧），`, so a rendered notice
 * reads back as the same notice.
 * Never throws: every piece of text it could not read comes back as an
 * `UNREADABLE_TEXT` issue with its span, every item the text does not state as
 * `NOT_IN_TEXT`; check the draft with `validateMeetingNotice`.
 *
 * @param text - the notice text
 * @param options - {@link ParseMeetingNoticeOptions}
 * @returns `{ draft, issues }`
 * @example
 * parseMeetingNotice('明天下午三点在303开会', { now: '2026-10-08T10:00+08:00' }).draft
 * //=> { date: '2026-10-09', start: '15:00', venue: '303' }
 * parseMeetingNotice('会议地点：第一会议室（东侧）').draft.venue //=> '第一会议室（东侧）'
 */
export function parseMeetingNotice(text: string, options: ParseMeetingNoticeOptions = {}): ParsedMeetingNotice {
  const draft: MeetingNotice = {};
  const issues: ValidationIssue[] = [];
  if (typeof text !== 'string') {
    return { draft, issues: [makeIssue('UNREADABLE_TEXT', [], { text: String(typeof text), reasonZh: '不是文本', reasonEn: 'not text' }, 'MTG-01')] };
  }
  const opts = optionsOf<ParseMeetingNoticeOptions>(options, issues, 'MTG-01');
  let year: number | undefined;
  if (opts.year !== undefined) {
    if (Number.isInteger(opts.year) && opts.year >= 1 && opts.year <= 9999) year = opts.year;
    else issues.push(makeIssue('INVALID_INPUT', ['options', 'year'], { value: opts.year, reasonZh: '年份应为 1–9999 的整数', reasonEn: 'the year must be an integer 1–9999' }, 'MTG-01'));
  }
  let today: number | undefined;
  if (opts.now !== undefined) {
    const t = tryEpochMs(opts.now);
    const zone = zoneOf(opts, issues);
    if (t === undefined) issues.push(makeIssue('INVALID_INPUT', ['options', 'now'], { value: opts.now, reasonZh: '时间无效或没有时区偏移', reasonEn: 'invalid time or no offset' }, 'MTG-01'));
    else if (zone) {
      const d = zone.dayOf(t);
      if (Number.isFinite(d)) today = d;
    }
  }
  const state: ReadState = { draft, issues, labelled: false };
  const ctx = { today, year };
  const lines = text.split('\n');
  let offset = 0;
  let list: 'agenda' | 'preparation' | undefined;
  lines.forEach((rawLine, i) => {
    const raw = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const at = offset;
    offset += rawLine.length + 1;
    const line = raw.trim();
    if (!line) return;
    const r = new LineReader(raw, at, i, ctx, state);
    const n = r.text;
    if (list && ORDINAL.test(raw)) {
      draft[list] = [...(draft[list] ?? []), stripOrdinal(raw)];
      return;
    }
    list = undefined;
    if (/^(?:会议通知|通知|【通知】|\[通知\])$/.test(line)) return;
    if (/^请准时出席。不能出席或迟到者，请会前向会议主持人或召集人请假。$/.test(line)) return;
    const folded = normalize(line);
    if (state.labelled && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(folded)) {
      // The signing date of a rendered notice: a day without a time, so not an instant for issuedAt.
      const s = raw.indexOf(line);
      r.issue(s, s + line.length, '落款日期没有时刻，未写入 issuedAt', 'a signing date without a time; not read into issuedAt');
      return;
    }
    if (state.labelled && /^[\p{Script=Han}A-Za-z]{1,20}(科|部|室|办公室|中心|处|组)$/u.test(folded) && !draft.issuedBy) {
      draft.issuedBy = line;
      return;
    }
    // Labelled parts, at the start of the line or after punctuation: 时间：…，地点：…
    const labels: { key: (typeof LABELS)[number][1]; s: number; v: number }[] = [];
    LABEL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABEL_RE.exec(n))) {
      const word = m[1]!;
      const key = LABELS.find(([re]) => re.test(word))![1];
      labels.push({ key, s: m.index, v: m.index + m[0].length });
    }
    labels.forEach((lb, k) => {
      state.labelled = true;
      let e = k + 1 < labels.length ? labels[k + 1]!.s : n.length;
      while (e > lb.v && /[\s,，。;；、]/.test(n[e - 1]!)) e--;
      let v = lb.v;
      while (v < e && /\s/.test(n[v]!)) v++;
      r.mark(lb.s, lb.v);
      // Matched on the normalised line, returned as written (the spans are the same).
      const value = r.original(v, e).trim();
      const key = lb.key;
      if (key === 'time') return; // read below with the rest of the line
      r.mark(v, e);
      if (key === 'attendees') draft.attendees = r.list(v, e);
      else if (key === 'agenda' || key === 'preparation') {
        list = key;
        draft[key] = value ? [stripOrdinal(value)] : [];
      } else if (key === 'speaking') {
        const sp = /每人不超过\s*(\d+)\s*分钟/.exec(normalize(value));
        if (sp && Number(sp[1]) > 0) draft.speakingLimit = Number(sp[1]);
        else if (value) r.issue(v, e);
      } else if (value && (key === 'title' || key === 'venue' || key === 'minuteTaker' || key === 'seating' || key === 'chair' || key === 'convener')) {
        (draft as Record<string, unknown>)[key] = value;
      }
    });
    readAll(r);
  });
  for (const [key, itemZh, itemEn] of ITEMS) {
    const v = draft[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) issues.push(makeIssue('NOT_IN_TEXT', [key], { itemZh, itemEn }, 'MTG-01', 'warning'));
  }
  // Unread text in the order it is written.
  const start = (i: ValidationIssue): number => (typeof i.details.start === 'number' ? i.details.start : -1);
  const spans = issues.filter((i) => i.code === 'UNREADABLE_TEXT' && start(i) >= 0).sort((a, b) => start(a) - start(b));
  return { draft, issues: [...issues.filter((i) => !(i.code === 'UNREADABLE_TEXT' && start(i) >= 0)), ...spans].sort((a, b) => Number(a.code === 'NOT_IN_TEXT') - Number(b.code === 'NOT_IN_TEXT')) };
}
