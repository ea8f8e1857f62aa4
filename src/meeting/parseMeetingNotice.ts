import { describeValue } from '../_lib/describe';
import { optionsOf } from '../_lib/options';
import { GuifanError } from '../errors/GuifanError';
import { daysInMonth } from '../_lib/civil';
import { makeIssue, type ValidationIssue } from '../errors/issues';
import { readNumber, toHalfWidth } from '../time-limit/_lib/numerals';
import type { MeetingNotice } from './schema';

/** Options of {@link parseMeetingNotice}. */
export interface ParseMeetingNoticeOptions {
  /** The year for dates written without one (`10月8日`). @default undefined (such dates are reported) */
  year?: number;
}

/** What {@link parseMeetingNotice} could read, and what it could not. */
export interface ParsedMeetingNotice {
  readonly draft: MeetingNotice;
  readonly issues: readonly ValidationIssue[];
}

const LABELS: [RegExp, keyof MeetingNotice | 'time' | 'skip'][] = [
  [/^(会议名称|会议主题|会议题目|主题|名称)$/, 'title'],
  [/^(会议时间|时间|开会时间)$/, 'time'],
  [/^(会议地点|地点|会议室)$/, 'venue'],
  [/^(参会人员|参加人员|出席人员|与会人员|参会人|参加人)$/, 'attendees'],
  [/^(会议议程|议程|会议内容|议题)$/, 'agenda'],
  [/^(准备事项|会前准备|准备工作|准备)$/, 'preparation'],
  [/^(主持人|主持)$/, 'chair'],
  [/^(召集人)$/, 'convener'],
  [/^(会议记录|记录人|记录)$/, 'minuteTaker'],
  [/^(座次安排|座次)$/, 'seating'],
  [/^(发言时间)$/, 'skip'],
];

const pad = (n: number): string => String(n).padStart(2, '0');

function clock(period: string | undefined, h: number, m: number): number {
  if ((period === '下午' || period === '晚上') && h < 12) h += 12;
  if (period === '中午' && h < 11) h += 12;
  return h * 60 + m;
}

/** Reads date, weekday and time range from a piece of text. */
export function readWhen(text: string, year: number | undefined): { date?: string; weekday?: string; start?: string; end?: string; yearMissing?: boolean } {
  const t = toHalfWidth(text);
  const out: { date?: string; weekday?: string; start?: string; end?: string; yearMissing?: boolean } = {};
  const ymd = /(?:(\d{4})\s*年\s*)?([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十廿卅]{1,3})\s*[日号]/.exec(t) ?? /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (ymd) {
    const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : readNumber(s, 0)?.value ?? NaN);
    const y = ymd[1] ? Number(ymd[1]) : year;
    const m = num(ymd[2]!);
    const d = num(ymd[3]!);
    if (y === undefined) out.yearMissing = true;
    else if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) out.date = `${y}-${pad(m)}-${pad(d)}`;
  }
  const wd = /((?:星期|周|礼拜)[一二三四五六日天])/.exec(t);
  if (wd) out.weekday = wd[1]!;
  const tm = /(上午|下午|晚上|中午|早上)?\s*(\d{1,2})(?::(\d{2})|点(?:(半)|(\d{1,2})分?)?)\s*(?:-|—|–|~|～|至|到)+\s*(上午|下午|晚上|中午|早上)?\s*(\d{1,2})(?::(\d{2})|点(?:(半)|(\d{1,2})分?)?)?/.exec(t);
  const single = tm ? undefined : /(上午|下午|晚上|中午|早上)?\s*(\d{1,2})(?::(\d{2})|点(?:(半)|(\d{1,2})分?)?)/.exec(t.replace(/\d{4}-\d{1,2}-\d{1,2}/, ''));
  const mins = (period: string | undefined, h: string, m: string | undefined, half: string | undefined, m2: string | undefined): number =>
    clock(period, Number(h), m !== undefined ? Number(m) : half ? 30 : m2 !== undefined ? Number(m2) : 0);
  if (tm) {
    const s = mins(tm[1], tm[2]!, tm[3], tm[4], tm[5]);
    let e = mins(tm[6] ?? tm[1], tm[7]!, tm[8], tm[9], tm[10]);
    if (!tm[6] && !tm[1] && e <= s && e + 720 <= 1440) e += 720; // 2:30-4:00 read as the afternoon it must be
    if (s <= 1440 && e <= 1440) {
      out.start = `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
      out.end = `${pad(Math.floor(e / 60))}:${pad(e % 60)}`;
    }
  } else if (single) {
    const s = mins(single[1], single[2]!, single[3], single[4], single[5]);
    if (s < 1440) out.start = `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
  }
  return out;
}

const splitList = (s: string): string[] =>
  s
    .split(/[、，,；;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const stripOrdinal = (s: string): string => s.replace(/^\s*(?:[一二三四五六七八九十]+、|\d+[.、．)）]|[（(]\d+[)）]|[-•·])\s*/, '').trim();

/**
 * Reads a meeting notice from text — the labelled form {@link renderMeetingNotice}
 * writes, or a sentence pasted from chat (`10月8日 周四 下午2:30-4:00在三楼会议室
 * 召开安全例会，请张三、李四参加`) — into a draft. Never throws: what could not
 * be read comes back as `UNREADABLE_TEXT` issues; check the draft with
 * `validateMeetingNotice`.
 *
 * @param text - the notice text
 * @param options - {@link ParseMeetingNoticeOptions}
 * @returns `{ draft, issues }`
 * @throws {GuifanError} `INVALID_OPTIONS` when options are not an object or `year` is not a whole number from 1 to 9999
 * @example
 * parseMeetingNotice('10月8日 周四 下午2:30-4:00在三楼会议室召开安全例会', { year: 2026 }).draft
 * //=> { date: '2026-10-08', weekday: '周四', start: '14:30', end: '16:00', venue: '三楼会议室', title: '安全例会' }
 */
/** fuzz (issue 10): options must be an object, the year a real year (else a date reads 'NaN-10-08'). */
function checkedParseOptions(optionsIn: ParseMeetingNoticeOptions | undefined): ParseMeetingNoticeOptions {
  const o = optionsOf(optionsIn);
  if (o.year !== undefined && !(Number.isInteger(o.year) && o.year >= 1 && o.year <= 9999)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'year', value: o.year, reasonZh: '年份应为 1–9999 之间的整数', reasonEn: 'a year is a whole number from 1 to 9999' }, 'MTG-01');
  }
  return o;
}

export function parseMeetingNotice(text: string, optionsIn: ParseMeetingNoticeOptions = {}): ParsedMeetingNotice {
  const options = checkedParseOptions(optionsIn);
  const draft: MeetingNotice = {};
  const issues: ValidationIssue[] = [];
  if (typeof text !== 'string') return { draft, issues: [makeIssue('UNREADABLE_TEXT', [], { text: describeValue(text), reasonZh: '不是文本', reasonEn: 'not text' }, 'MTG-01')] };
  const lines = text.split(/\r?\n/);
  let list: 'agenda' | 'preparation' | undefined;
  let labelled = false;
  const setWhen = (s: string, line: number): void => {
    const w = readWhen(s, options.year);
    if (w.date) draft.date = w.date;
    if (w.weekday) draft.weekday = w.weekday;
    if (w.start) draft.start = w.start;
    if (w.end) draft.end = w.end;
    if (w.yearMissing) issues.push(makeIssue('UNREADABLE_TEXT', ['lines', line], { text: s, reasonZh: '日期没有年份，请在选项中给出 year', reasonEn: 'the date has no year; pass the year option' }, 'MTG-01', 'warning'));
    else if (!w.date && !w.start) issues.push(makeIssue('UNREADABLE_TEXT', ['lines', line], { text: s, reasonZh: '读不出日期或时间', reasonEn: 'no date or time found' }, 'MTG-01'));
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^([^：:]{1,8})[：:]\s*(.*)$/.exec(line);
    const label = m ? LABELS.find(([re]) => re.test(m[1]!.trim())) : undefined;
    if (m && label) {
      labelled = true;
      list = undefined;
      const value = m[2]!.trim();
      const key = label[1];
      if (key === 'time') setWhen(value, i);
      else if (key === 'attendees') draft.attendees = splitList(value);
      else if (key === 'agenda' || key === 'preparation') {
        list = key;
        draft[key] = value ? [stripOrdinal(value)] : [];
      } else if (key === 'title' || key === 'venue' || key === 'minuteTaker' || key === 'seating' || key === 'chair' || key === 'convener') {
        if (value) (draft as Record<string, unknown>)[key] = value;
      }
      return;
    }
    if (list && /^\s*(?:[一二三四五六七八九十]+、|\d+[.、．)）]|[（(]\d+[)）]|[-•·])/.test(raw)) {
      draft[list] = [...(draft[list] ?? []), stripOrdinal(line)];
      return;
    }
    list = undefined;
    if (/^(关于召开.*的通知|会议通知|通知)$/.test(line)) {
      const t = /^关于召开(.+)的通知$/.exec(line);
      if (t && !draft.title) draft.title = t[1]!;
      return;
    }
    if (/^请准时出席/.test(line) || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line) || /(科|部|室|办公室|中心)$/.test(line)) {
      if (/(科|部|室|办公室|中心)$/.test(line) && labelled) draft.issuedBy = line;
      return;
    }
    // A sentence pasted from chat.
    const w = readWhen(line, options.year);
    if (w.date || w.start) setWhen(line, i);
    const venue = /在([^，。,、\s]+?)(?:召开|举行|开会|集合)/.exec(line);
    if (venue && !draft.venue) draft.venue = venue[1]!;
    const title = /(?:召开|举行)([^，。,；;]+?)(?:[，。,；;]|$)/.exec(line);
    if (title && !draft.title) draft.title = title[1]!;
    const who = /请([^，。]+?)(?:参加|出席|参会)/.exec(line);
    if (who && !draft.attendees) draft.attendees = splitList(who[1]!);
    if (!w.date && !w.start && !venue && !title && !who) {
      issues.push(makeIssue('UNREADABLE_TEXT', ['lines', i], { text: line }, 'MTG-01', 'warning'));
    }
  });
  return { draft, issues };
}
