import { civilFromDays, daysFromCivil, daysInMonth } from '../../_lib/civil';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { toHalfWidth } from '../../time-limit/_lib/numerals';
import { splitSpans } from './words';
import type { MeetingNotice } from '../schema';

/**
 * The state of the reader behind parseMeetingNotice: one line at a time, the
 * recognisers (readDates, readTimes, readItems) mark the characters they read.
 * They match on the normalised text and return the original characters: the
 * normalised text has the same length as the line, so a span in one is a span
 * in the other (MTG round trip: `（东侧），` comes back as written).
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
  /** Whether a labelled line (时间：…) has been read. */
  labelled: boolean;
}

export type Field = 'title' | 'date' | 'weekday' | 'start' | 'end' | 'venue';
const FIELD_ZH: Record<Field, string> = { title: '名称', date: '日期', weekday: '星期', start: '开始时间', end: '结束时间', venue: '地点' };

/**
 * Same length as the input, so a span in the normalised text is a span in the
 * original: full-width to half-width, every dash to '-', wave dash to '~'.
 * For matching only; values are sliced from the original.
 */
export function normalize(s: string): string {
  return toHalfWidth(s)
    .replace(/[\u2010-\u2015\u2212\u30FC]/g, '-')
    .replace(/\u301C/g, '~')
    .replace(/\u00A0/g, ' ');
}

/** One line of the input: its text as written and normalised, where it starts, what has been read. */
export class LineReader {
  /** The normalised line, for matching. */
  readonly text: string;
  readonly used: Uint8Array;
  /** Dates found so far, applied in the order they are written whatever recogniser found them. */
  readonly dates: { day: number; s: number; e: number }[] = [];
  constructor(
    /** The line as written. */
    readonly raw: string,
    readonly offset: number,
    readonly index: number,
    readonly ctx: ReadContext,
    readonly state: ReadState,
  ) {
    this.text = normalize(raw);
    this.used = new Uint8Array(raw.length);
  }

  /** The characters as written at [s, e) of this line. */
  original(s: number, e: number): string {
    return this.raw.slice(s, e);
  }
  /** The items of a list at [s, e) (张三、李四 和 王五), as written. */
  list(s: number, e: number): string[] {
    return splitSpans(this.text.slice(s, e)).map(([a, b]) => this.raw.slice(s + a, s + b));
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

  /** An issue about the text at [s, e) of this line, quoting it as written. */
  issue(s: number, e: number, reasonZh?: string, reasonEn?: string): void {
    const text = this.original(s, e);
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

  /** A date read at [s, e): kept for the meeting's day unless it is a deadline (10月15日前). */
  date(day: number, s: number, e: number): void {
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
}

/** The span of regular-expression group `g` (the expression has the `d` flag). */
export function groupSpan(m: RegExpExecArray, g: number): [number, number] {
  return m.indices![g]!;
}
