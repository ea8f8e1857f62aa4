import { civilFromDays, daysFromCivil, daysInMonth, formatDay, weekdayOfDay } from '../../_lib/civil';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { readNumber, toHalfWidth } from '../../time-limit/_lib/numerals';
import type { MeetingNotice } from '../schema';

/**
 * The reader behind parseMeetingNotice. Each line is scanned by recognisers
 * in a fixed order (labels, dates, relative days, weekdays, clock times,
 * attendees, venue, title); each marks the characters it read. What is left
 * is either a known filler (请、大家、开会、emoji …) or comes back as an
 * UNREADABLE_TEXT issue with its UTF-16 span, so nothing vanishes silently.
 */

export interface ReadContext {
  /** Day number of `now` in the calendar's zone, when known. */
  readonly today: number | undefined;
  /** The year for dates written without one, when given. */
  readonly year: number | undefined;
}

export interface ReadState {
  readonly draft: MeetingNotice;
  readonly issues: ValidationIssue[];
  /** Fields set, with the span they were read from (to report a conflicting second value). */
  labelled: boolean;
}

type Field = 'title' | 'date' | 'weekday' | 'start' | 'end' | 'venue';

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/**
 * Same length as the input, so a span in the normalised text is a span in the
 * original: full-width to half-width, every dash to '-', wave dash to '~'.
 */
export function normalize(s: string): string {
  return toHalfWidth(s)
    .replace(/[\u2010-\u2015\u2212\u30FC]/g, '-')
    .replace(/\u301C/g, '~')
    .replace(/\u00A0/g, ' ');
}

/** A Chinese or Arabic numeral that must be read whole (`十二`, `三十`, `零五`, `12`). */
export function cnum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const t = s.length > 1 ? s.replace(/^[零〇]+(?=.)/, '') : s;
  const r = readNumber(t, 0);
  return r && r.end === t.length ? r.value : NaN;
}

const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const readYear = (s: string): number => Number(/^\d{4}$/.test(s) ? s : [...s].map((c) => YEAR_DIGIT[c] ?? 'x').join(''));

const WEEKDAY_CHAR: Record<string, string> = { '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '日', 七: '日' };
/** Monday = 0 … Sunday = 6. */
const MON_INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

// ---- clock times ---------------------------------------------------------

const PERIOD = '(凌晨|清晨|早上|早晨|上午|早|中午|午间|下午|午后|傍晚|晚上|晚间|夜里|夜间|晚)';
const AMPM = '(am|pm|a\\.m\\.|p\\.m\\.)';
/** One clock point; `loose` lets the hour stand alone (the start of `3-5点`). 8 groups. */
const point = (loose: boolean): string =>
  `(?:${PERIOD}\\s*)?(?<!\\d|\\d:)(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})(?!\\d)` +
  `\\s*(?::\\s*(\\d{2})(?!\\d)|[点时](?:(半)|(一刻|三刻)|(\\d{2}(?!\\d)|[零〇一二三四五六七八九十]{2,3})分?|(\\d|[一二三四五六七八九])分)?|(?=\\s*${AMPM}))${loose ? '?' : ''}` +
  `(?:\\s*${AMPM})?`;
const RANGE_RE = new RegExp(`${point(true)}\\s*(?:-+|~|至|到)\\s*${point(false)}`, 'gi');
const POINT_RE = new RegExp(point(false), 'gi');

const DURATION_RE = /(?<!提前\s*|早到\s*|提早\s*)(?:(\d{1,3}(?:\.\d{1,2})?)|([一二两三四五六七八九十]{1,3}))?\s*个?\s*(半)?\s*(小时|钟头|分钟)(?:左右)?/gu;

type Point = { minutes: number | undefined; period: string | undefined; explicit: boolean };

function periodKind(p: string | undefined): 'am' | 'dawn' | 'noon' | 'pm' | 'eve' | undefined {
  if (!p) return undefined;
  if (p === '凌晨') return 'dawn';
  if (p === '中午' || p === '午间') return 'noon';
  if (p === '下午' || p === '午后') return 'pm';
  if (/^(傍晚|晚上|晚间|夜里|夜间|晚)$/.test(p)) return 'eve';
  return 'am';
}

/**
 * Minutes after midnight of a clock point. Conventions (documented in
 * docs/meeting.md): 下午/晚上 add 12 to hours below 12; 中午 adds 12 to hours
 * 1–4 (中午一点 = 13:00, 中午十二点 = 12:00); 晚上十二点 = 24:00 of that day;
 * an hour 1–6 with no period and no leading zero is read in the afternoon
 * (三点开会 = 15:00), 7–12 as written; `08:00` is 08:00.
 */
function clockOf(period: string | undefined, hText: string, m: number, ampm: string | undefined): number | undefined {
  let h = cnum(hText);
  if (!(h >= 0 && h <= 24 && m >= 0 && m <= 59) || (h === 24 && m > 0)) return undefined;
  const kind = periodKind(period);
  if (ampm) {
    if (h > 12) return undefined;
    h = /^p/i.test(ampm) ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
  } else if (kind === 'dawn') {
    if (h === 12) h = 0;
  } else if (kind === 'noon') {
    if (h >= 1 && h <= 4) h += 12;
  } else if (kind === 'pm') {
    if (h < 12) h += 12;
  } else if (kind === 'eve') {
    if (h < 12) h += 12;
    else if (h === 12) h = 24;
  } else if (kind === undefined && !/^0/.test(hText) && h >= 1 && h <= 6) h += 12;
  const t = h * 60 + m;
  return t <= 1440 ? t : undefined;
}

function readPoint(g: (string | undefined)[], inheritPeriod?: string): Point {
  const [period, h, colon, half, quarter, min2, min1, ampm1, ampm2] = g;
  const ampm = ampm1 ?? ampm2;
  const m = colon !== undefined ? Number(colon) : half ? 30 : quarter ? (quarter === '一刻' ? 15 : 45) : min2 !== undefined ? cnum(min2) : min1 !== undefined ? cnum(min1) : 0;
  const p = period ?? inheritPeriod;
  return { minutes: clockOf(p, h!, m, ampm), period: p, explicit: period !== undefined || ampm !== undefined };
}

// ---- dates -----------------------------------------------------------------

const ABS_DATE_RE = /(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(?<![\d])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[日号]/g;
/** 10.15, 10/15: month.day as Chinese writes it (never day/month). */
const MD_DATE_RE = /(?<![\d.\/])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?![\d.\/:])(?!\s*(?:小时|个|分|倍|万|元|%|米|公里|天|h|k))/gi;
const ISO_DATE_RE = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
const REL_MONTH_RE = /(下下个?月|下个?月|本月|这个?月)\s*(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[号日]/g;
const BARE_DAY_RE = /(?<![\d月年一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[号日](?![楼会室厅门馆线位房栋座层车口院间期子])/g;
const REL_DAY_RE = /(大后天|后天|明天|明日|明儿|今天|今日|今儿|今(?=[晚早])|明(?=[晚早]))/g;
const REL_DAY: Record<string, number> = { 大后天: 3, 后天: 2, 明天: 1, 明日: 1, 明儿: 1, 明: 1, 今天: 0, 今日: 0, 今儿: 0, 今: 0 };
const WEEK_RE = /(下下|下|上|本|这|今)?\s*(个)?\s*(周|星期|礼拜|週)\s*([一二三四五六日天七]|[1-7](?!\d))(?![年月])/g;

// ---- venues, titles, attendees ---------------------------------------------

const VENUE_SUFFIX =
  '(?:会议室|会议厅|报告厅|礼堂|多功能厅|大厅|培训室|活动室|办公室|教室|会客室|洽谈室|阅览室|接待室|讨论室|会堂|食堂|餐厅|会所|机房|大堂|前台|门口|广场|现场|工地|中心)';
const ONLINE = '(?:在线会议|在线|腾讯会议|钉钉会议|钉钉视频|钉钉|飞书会议|飞书|企业微信|企微会议|视频会议|电话会议|线上|zoom|teams)';
const VENUE_FULL = new RegExp(
  `^(?:[\\p{Script=Han}A-Za-z0-9#\\-·]{0,20}?${VENUE_SUFFIX}(?:[A-Za-z]|\\d{1,4})?|[A-Za-z]?\\d{3,4}(?:室|房间|会议室)?|[A-Za-z]座\\d{2,4}|[\\p{Script=Han}A-Za-z0-9]{0,12}?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:楼|层)(?:[A-Za-z]?\\d{2,4})?|[\\p{Script=Han}]{1,8}(?:室|厅|馆)|(?:\\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])(?:号楼|栋|幢|座)(?:[A-Za-z]?\\d{2,4}室?)?|${ONLINE})$`,
  'iu',
);
const VENUE_PREFIX = new RegExp(`^([\\p{Script=Han}A-Za-z0-9#\\-·]{0,20}?${VENUE_SUFFIX})(.+)$`, 'u');
const TITLE_FULL =
  /^[\p{Script=Han}A-Za-z0-9·\-]{0,20}?(?:例会|周会|月会|晨会|早会|夕会|大会|会议|座谈会|研讨会|讨论会|交流会|分享会|沟通会|动员会|总结会|推进会|协调会|评审会|碰头会|启动会|复盘会|会|培训|演练|评审|复盘|述职|答辩|宣讲|面试|党日|团建|活动|聚餐|review|meeting|sync|standup)$/iu;
const VERBS = ['参加', '召开', '举行', '举办', '进行', '开'];
const PREP_START = /^(?:带上|带好|携带|自带|带|准备好|准备)./u;
const AGENDA_START = /^(?:讨论|研究|部署|通报|学习|传达|审议|布置)./u;
const GENERIC_TITLE = new Set(['会', '会议', '个会', '一个会', '开会', '短会', '小会', '个短会', '个小会', '会吧']);
const PEOPLE_STOP = /^(?:于|在|到|准时|按时|届时|务必|提前|参加|出席|参会|到会|与会|开会|集合)/u;
const NOT_PEOPLE = /组织|安排|通知|督促|带领|准备|带|自行/u;
const GENERIC_PEOPLE = new Set(['大家', '各位', '所有人', '大伙', '你们', '同事们', '各位同事', '大家伙', '全体成员', '所有成员']);

const SEP = /[^\p{L}\p{N}#_\-·@.]/u;
/** Words that carry no field: read (not reported) but not stored. */
const FILLERS = [
  '大家好', '各位好', '收到请回复', '收到请回', '收到回复', '请回复', '特此通知', '不见不散', '温馨提示', '辛苦了', '辛苦', '谢谢', '感谢',
  '麻烦', '请', '大家', '各位', '同事们', '同事', '准时参加', '准时出席', '准时', '按时', '务必', '记得', '提前', '开个会', '开会', '召开', '举行', '举办',
  '开', '会议', '通知', '提醒', '一下', '定于', '拟于', '将于', '将在', '届时', '于', '在', '到', '去', '从', '的', '了', '哈', '啊', '呀', '哦', '喔', '嗯', '吧',
  '呢', '哟', '参加', '出席', '参会', '与会', '到会', '好', '个', '一个', '短会', '小会', '等', '全体', '所有人', '重要', '紧急', '注意', '一起', '集合', '集中', '见',
  '开始', '进行', '兹定于', '兹', '特定于', '约', '大约', '预计', '时长', '左右', '开', '共', 'hi', 'Hi', 'HI', 'hello', 'Hello', '地点', '时间', '通知一下', '提醒一下', '碰头', '碰个头', '见面', '开个短会', '开个小会', '一次', '统一', '安排', '有', '要', '是', '哦哦', '啦', '么', '嘛', '噢', '各部门', '以上', '就', '还是', '老地方',
];
const FILLER_SET = new Set(FILLERS);
const LEAD_STRIP = ['定于', '拟于', '将于', '将在', '麻烦', '请', '大家', '各位', '同事们', '准时', '按时', '务必', '记得', '届时', '统一', '一起', '到', '在', '去', '于', '地点', '地址'];
const TRAIL_STRIP = ['定于', '拟于', '将于', '开个会', '开会', '集合', '集中', '碰头', '参加', '出席', '召开', '举行', '进行', '见', '开', '吧', '哈', '啊', '呀', '哦', '了', '的'];

/** Whether `s` splits wholly into filler words. */
function allFiller(s: string): boolean {
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let l = 1; l <= 5 && i + l <= s.length; l++) if (FILLER_SET.has(s.slice(i, i + l))) ok[i + l] = true;
  }
  return ok[s.length]!;
}

function stripWords(s: string, words: readonly string[], fromEnd: boolean): number {
  let n = 0;
  for (;;) {
    const rest = fromEnd ? s.slice(0, s.length - n) : s.slice(n);
    const w = words.find((x) => (fromEnd ? rest.endsWith(x) : rest.startsWith(x)) && rest.length > x.length);
    if (!w) return n;
    n += w.length;
  }
}

export const splitList = (s: string): string[] =>
  s
    .split(/[、，,；;\s]+|和|及|以及/)
    .map((x) => x.trim())
    .filter(Boolean);

// ---- the line reader -------------------------------------------------------

/** One line of the input: its normalised text, where it starts, what has been read. */
export class LineReader {
  readonly text: string;
  readonly used: Uint8Array;
  constructor(
    raw: string,
    readonly offset: number,
    readonly index: number,
    readonly ctx: ReadContext,
    readonly state: ReadState,
  ) {
    this.text = normalize(raw);
    this.used = new Uint8Array(raw.length);
  }

  free(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.used[i]) return false;
    return true;
  }
  mark(s: number, e: number): void {
    this.used.fill(1, s, e);
  }
  /** Runs `fn` on every match lying on unread text; `true` marks it read. */
  scan(re: RegExp, fn: (m: RegExpExecArray) => boolean): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      const end = m.index + m[0].length;
      if (m[0].length > 0 && this.free(m.index, end) && fn(m)) {
        this.mark(m.index, end);
        re.lastIndex = end;
      } else re.lastIndex = m.index + 1;
    }
  }

  /** An issue about the text at [s, e) of this line. */
  issue(s: number, e: number, reasonZh?: string, reasonEn?: string): void {
    const text = this.text.slice(s, e);
    this.state.issues.push(
      makeIssue(
        'UNREADABLE_TEXT',
        ['lines', this.index],
        { value: text, text, start: this.offset + s, end: this.offset + e, ...(reasonZh ? { reasonZh, reasonEn } : {}) },
        'MTG-01',
        'warning',
      ),
    );
    this.mark(s, e);
  }

  /** Sets a field once; a different second value is reported, not silently dropped. */
  set(field: Field, value: string, s: number, e: number): void {
    const d = this.state.draft as Record<string, unknown>;
    if (d[field] === undefined) d[field] = value;
    else if (d[field] !== value) this.issue(s, e, `与前面读到的${FIELD_ZH[field]}“${String(d[field])}”不一致，未采用`, `conflicts with the ${field} read before (${String(d[field])}); not used`);
  }

  private dates: { day: number; s: number; e: number }[] = [];
  /** Dates are applied in the order they are written, whatever recogniser found them. */
  date(day: number, s: number, e: number): void {
    // 10月15日前: a deadline for something else, not the day of the meeting.
    const before = /^\s*(?:之前|以前|前|截止)/.exec(this.text.slice(e));
    if (before) this.issue(s, e + before[0].length, '是期限（…前），不是会议日期', 'a deadline (before …), not the day of the meeting');
    else this.dates.push({ day, s, e });
  }

  /** Day number of y-m-d, or an issue (and undefined) when there is no such day. */
  civil(y: number, m: number, d: number, s: number, e: number): number | undefined {
    if (y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
    this.issue(s, e, '该日期不存在', 'no such day');
    return undefined;
  }

  needToday(s: number, e: number): number | undefined {
    if (this.ctx.today === undefined) this.issue(s, e, '相对日期需要 now 选项（当前时刻）', 'a relative day needs the now option');
    return this.ctx.today;
  }

  /** The year of a date written without one: `year`, else the one nearest `now`. */
  yearFor(m: number, d: number, s: number, e: number): number | undefined {
    if (this.ctx.year !== undefined) return this.ctx.year;
    const today = this.ctx.today;
    if (today === undefined) {
      this.issue(s, e, '日期没有年份，请在选项中给出 year 或 now', 'the date has no year; pass the year or now option');
      return undefined;
    }
    const y0 = civilFromDays(today)[0];
    let best: number | undefined;
    let bestDist = Infinity;
    for (const y of [y0 - 1, y0, y0 + 1]) {
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) continue;
      const dist = Math.abs(daysFromCivil(y, m, d) - today);
      if (dist <= bestDist) [best, bestDist] = [y, dist];
    }
    return best ?? y0;
  }

  readDates(): void {
    this.scan(ABS_DATE_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const mo = cnum(m[2]!);
      const d = cnum(m[3]!);
      const y = m[1] !== undefined ? readYear(m[1]) : this.yearFor(mo, d, s, e);
      if (y === undefined) return true;
      const day = this.civil(y, mo, d, s, e);
      if (day !== undefined) this.date(day, s, e);
      return true;
    });
    this.scan(ISO_DATE_RE, (m) => {
      const day = this.civil(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
      if (day !== undefined) this.date(day, m.index, m.index + m[0].length);
      return true;
    });
    this.scan(MD_DATE_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const mo = Number(m[1]);
      const d = Number(m[2]);
      const y = this.yearFor(mo, d, s, e);
      if (y === undefined) return true;
      const day = this.civil(y, mo, d, s, e);
      if (day !== undefined) this.date(day, s, e);
      return true;
    });
    this.scan(REL_MONTH_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const today = this.needToday(s, e);
      if (today === undefined) return true;
      const k = m[1]!.startsWith('下下') ? 2 : m[1]!.startsWith('下') ? 1 : 0;
      const [y, mo] = civilFromDays(today);
      const idx = y * 12 + (mo - 1) + k;
      const day = this.civil(Math.floor(idx / 12), (idx % 12) + 1, cnum(m[2]!), s, e);
      if (day !== undefined) this.date(day, s, e);
      return true;
    });
    this.scan(REL_DAY_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const today = this.needToday(s, e);
      if (today !== undefined) this.date(today + REL_DAY[m[1]!]!, s, e);
      return true;
    });
    this.scan(BARE_DAY_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const d = cnum(m[1]!);
      if (!(d >= 1 && d <= 31)) return false;
      const today = this.needToday(s, e);
      if (today === undefined) return true;
      // X号: this month when still ahead (or today), else next month.
      const [y, mo, td] = civilFromDays(today);
      const idx = y * 12 + (mo - 1) + (d >= td ? 0 : 1);
      const day = this.civil(Math.floor(idx / 12), (idx % 12) + 1, d, s, e);
      if (day !== undefined) this.date(day, s, e);
      return true;
    });
    this.scan(WEEK_RE, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      const c = WEEKDAY_CHAR[m[4]!] ?? m[4]!;
      const word = `${m[3] === '週' ? '周' : m[3]!}${c}`;
      const prefix = m[1];
      const target = MON_INDEX[c]!;
      if (prefix === undefined && (this.state.draft.date !== undefined || this.dates.length > 0)) {
        this.set('weekday', word, s, e);
        return true;
      }
      const today = this.needToday(s, e);
      if (today === undefined) return true;
      const todayMon = (weekdayOfDay(today) + 6) % 7;
      const day =
        prefix === undefined
          ? today + ((target - todayMon + 7) % 7) // 周五: the next one, today included
          : today - todayMon + target + 7 * (prefix === '下下' ? 2 : prefix === '下' ? 1 : prefix === '上' ? -1 : 0);
      this.date(day, s, e);
      this.set('weekday', word, s, e);
      return true;
    });
    for (const c of this.dates.sort((a, b) => a.s - b.s)) this.set('date', formatDay(c.day), c.s, c.e);
  }

  readTimes(): void {
    this.scan(RANGE_RE, (m) => {
      const g = [...m].slice(1);
      const a = readPoint(g.slice(0, 9));
      const b = readPoint(g.slice(9, 18), a.period);
      const s = m.index;
      const e = s + m[0].length;
      if (a.minutes === undefined || b.minutes === undefined) {
        this.issue(s, e, '时刻不存在', 'no such time of day');
        return true;
      }
      let end = b.minutes;
      // 上午十点到两点, 11:00-1:00: an end before the start is in the afternoon.
      if (!b.explicit && end <= a.minutes && end + 720 <= 1440) end += 720;
      this.set('start', hhmm(a.minutes), s, e);
      this.set('end', hhmm(end), s, e);
      return true;
    });
    this.scan(POINT_RE, (m) => {
      const p = readPoint([...m].slice(1));
      const s = m.index;
      const e = s + m[0].length;
      const before = /^\s*(?:之前|以前|前)/.exec(this.text.slice(e));
      if (before) this.issue(s, e + before[0].length, '是期限（…前），不是开始时间', 'a deadline (before …), not the start');
      else if (p.minutes === undefined) this.issue(s, e, '时刻不存在', 'no such time of day');
      else this.set('start', hhmm(p.minutes), s, e);
      return true;
    });
    // A length (开一个半小时, 约1.5小时, 45分钟) gives the end once the start is known.
    this.scan(DURATION_RE, (m) => {
      const d = this.state.draft;
      const n = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? cnum(m[2]) : 0;
      const unit = m[4] === '分钟' ? 1 : 60;
      const minutes = Math.round((n + (m[3] ? 0.5 : 0)) * unit);
      if (!(minutes > 0) || d.start === undefined || d.end !== undefined) return false;
      const [h, mm] = d.start.split(':').map(Number) as [number, number];
      const end = h * 60 + mm + minutes;
      if (end > 1440) return false;
      d.end = hhmm(end);
      return true;
    });
  }

  readPeople(): void {
    const d = this.state.draft;
    const t = this.text;
    for (let i = t.indexOf('请'); i >= 0; i = t.indexOf('请', i + 1)) {
      if (this.used[i]) continue;
      // 请X…参加: X runs to a stop word, something already read, or punctuation.
      let j = i + 1;
      while (j < t.length && !this.used[j] && (t[j] === '、' || !SEP.test(t[j]!)) && !PEOPLE_STOP.test(t.slice(j))) j++;
      const rest = t.slice(j).split(/[，。,;；!！?？]/)[0]!;
      if (!/参加|出席|参会|到会|与会|开会|集合/.test(rest)) continue;
      const group = t.slice(i + 1, j);
      if (NOT_PEOPLE.test(group)) continue;
      const who = splitList(group).filter((x) => !GENERIC_PEOPLE.has(x));
      if (who.length && !d.attendees) d.attendees = who;
      this.mark(i, j);
    }
    this.scan(/@\s*([\p{Script=Han}A-Za-z0-9_]{1,12})/gu, (m) => {
      if (!GENERIC_PEOPLE.has(m[1]!) && m[1] !== '全体' && m[1] !== 'all') d.attendees = [...(d.attendees ?? []), m[1]!];
      return true;
    });
  }

  readVenueAndTitle(): void {
    // An online meeting with its number: 腾讯会议：123 456 789
    this.scan(new RegExp(`${ONLINE}\\s*(?:会议号|会议ID|ID|号)?\\s*[:：]?\\s*\\d[\\d -]{5,14}\\d(?!\\d)`, 'giu'), (m) => {
      this.set('venue', m[0], m.index, m.index + m[0].length);
      return true;
    });
    this.scan(/关于召开(.+?)的通知/gu, (m) => {
      this.set('title', m[1]!, m.index, m.index + m[0].length);
      return true;
    });
    this.scan(/(?:在|于)\s*([^\s,，。;；!！?？、()@]{1,30}?)\s*(?=召开|举行|举办|开会|开|集合|集中|碰头|见面|进行)/gu, (m) => {
      const v = m[1]!;
      if (allFiller(v)) return false;
      this.set('venue', v, m.index, m.index + m[0].length);
      return true;
    });
    const title = (m: RegExpExecArray): boolean => {
      const t = m[1]!;
      if (/小时|分钟|钟头|的会$/.test(t)) return false; // 开2小时的会: a length, not a name
      if (!GENERIC_TITLE.has(t)) this.set('title', t, m.index, m.index + m[0].length);
      return true;
    };
    this.scan(/(?:召开|举行|举办)\s*(?:一个|一次|个)?\s*([\p{L}\p{N}#·\-]{1,30}?)(?![\p{L}\p{N}#·\-])/gu, title);
    this.scan(/开(?![会年学工发放展始心])\s*(?:个|一个|一下|一次)?\s*([\p{Script=Han}A-Za-z0-9]{0,12}?(?:例会|会议|大会|会|培训|讨论|standup|sync|review|meeting))(?![\p{L}\p{N}])/giu, title);
  }

  /** Looks at each unread word: a venue, a title, attendees, an agenda item, a filler — or unread. */
  readChunks(): void {
    const t = this.text;
    let i = 0;
    while (i < t.length) {
      if (this.used[i] || SEP.test(t[i]!) || /[\uD800-\uDFFF]/.test(t[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < t.length && !this.used[j] && !SEP.test(t[j]!)) j++;
      this.chunk(i, j);
      i = j;
    }
  }

  private chunk(s: number, e: number): void {
    const w = this.text.slice(s, e);
    if (!/[\p{L}\p{N}]/u.test(w) || allFiller(w)) {
      this.mark(s, e);
      return;
    }
    const lead = stripWords(w, LEAD_STRIP, false);
    const trail = stripWords(w.slice(lead), TRAIL_STRIP, true);
    for (const [a, b] of [
      [lead, w.length - trail],
      [lead, w.length],
      [0, w.length],
    ] as const) {
      if (this.analyse(w.slice(a, b), s + a)) {
        this.mark(s, e);
        return;
      }
    }
    const only = new RegExp(`^${PERIOD}$`).test(w);
    this.mark(s, e);
    const a = /^(?:请(?!假)|麻烦|在|到|于)*/u.exec(w)![0].length;
    const b = /(?:定于|拟于|将于|开会|参加|出席)?$/u.exec(w.slice(a))![0].length;
    this.issue(s + a, e - b, only ? '只有时段，没有具体钟点' : undefined, only ? 'a part of the day but no clock time' : undefined);
  }

  private analyse(core: string, at: number): boolean {
    if (!core) return false;
    const d = this.state.draft;
    if (VENUE_FULL.test(core)) {
      this.set('venue', core, at, at + core.length);
      return true;
    }
    const vp = VENUE_PREFIX.exec(core);
    if (vp) {
      const skip = stripWords(vp[2]!, VERBS, false);
      const rest = vp[2]!.slice(skip);
      if (allFiller(vp[2]!) || (TITLE_FULL.test(rest) && !GENERIC_TITLE.has(rest))) {
        this.set('venue', vp[1]!, at, at + vp[1]!.length);
        if (!allFiller(vp[2]!)) this.set('title', rest, at + vp[1]!.length + skip, at + core.length);
        return true;
      }
    }
    const who = /^(.+?)(?:准时|按时)?(?:参加|出席|参会|到会)$/u.exec(core);
    if (who && !NOT_PEOPLE.test(who[1]!)) {
      const list = splitList(who[1]!).filter((x) => !GENERIC_PEOPLE.has(x));
      if (list.length && !d.attendees) d.attendees = list;
      return true;
    }
    const tk = /^开(?![会年学工发放展始心])/.test(core) ? 1 : 0;
    const title = core.slice(tk);
    if (TITLE_FULL.test(title) && !GENERIC_TITLE.has(title) && !/^(?:会后|会前|会上|会间)/.test(title) && !/小时|分钟|钟头|的会$|开会$|开个会$/.test(title)) {
      this.set('title', title, at + tk, at + core.length);
      return true;
    }
    if (PREP_START.test(core)) {
      d.preparation = [...(d.preparation ?? []), core];
      return true;
    }
    if (AGENDA_START.test(core)) {
      d.agenda = [...(d.agenda ?? []), core];
      return true;
    }
    return false;
  }

  /** All recognisers, in order, then the leftovers. */
  readAll(): void {
    this.readDates();
    this.readTimes();
    this.readPeople();
    this.readVenueAndTitle();
    this.readChunks();
  }
}

const FIELD_ZH: Record<Field, string> = { title: '名称', date: '日期', weekday: '星期', start: '开始时间', end: '结束时间', venue: '地点' };
