import type { LineReader } from './lineReader';
import { cnum } from './numerals';

/**
 * Clock times in a meeting notice (MTG-01 ② start and ③ end): `14:30`,
 * `下午两点半`, `九时`, `两点一刻`, `3pm`, ranges (`下午三点到五点`) and lengths
 * (`开一个半小时`). Computed values (HH:mm), so nothing of the text is copied.
 */

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

export const PERIOD = '(凌晨|清晨|早上|早晨|上午|早|中午|午间|下午|午后|傍晚|晚上|晚间|夜里|夜间|晚)';
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

/** Reads the start and end of the line (a range, a point, or a point and a length). */
export function readTimes(r: LineReader): void {
  r.scan(RANGE_RE, (m) => {
    const g = [...m].slice(1);
    const a = readPoint(g.slice(0, 9));
    const b = readPoint(g.slice(9, 18), a.period);
    const s = m.index;
    const e = s + m[0].length;
    if (a.minutes === undefined || b.minutes === undefined) {
      r.issue(s, e, '时刻不存在', 'no such time of day');
      return true;
    }
    let end = b.minutes;
    // 上午十点到两点, 11:00-1:00: an end before the start is in the afternoon.
    if (!b.explicit && end <= a.minutes && end + 720 <= 1440) end += 720;
    r.set('start', hhmm(a.minutes), s, e);
    r.set('end', hhmm(end), s, e);
    return true;
  });
  r.scan(POINT_RE, (m) => {
    const p = readPoint([...m].slice(1));
    const s = m.index;
    const e = s + m[0].length;
    const before = /^\s*(?:之前|以前|前)/.exec(r.text.slice(e));
    if (before) r.issue(s, e + before[0].length, '是期限（…前），不是开始时间', 'a deadline (before …), not the start');
    else if (p.minutes === undefined) r.issue(s, e, '时刻不存在', 'no such time of day');
    else r.set('start', hhmm(p.minutes), s, e);
    return true;
  });
  // A length (开一个半小时, 约1.5小时, 45分钟) gives the end once the start is known.
  r.scan(DURATION_RE, (m) => {
    const d = r.state.draft;
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
