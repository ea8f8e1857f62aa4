import { civilFromDays, formatDay, weekdayOfDay } from '../../_lib/civil';
import type { LineReader } from './lineReader';
import { cnum, readYear } from './numerals';

/**
 * Dates in a meeting notice (MTG-01 ① month, day and weekday): absolute
 * (2026年10月12日, 二〇二六年十月十二日, 2026-10-12, 10.12), relative to `now`
 * (明天, 下个月5号, 15号, 下周一) and weekdays. Computed values (YYYY-MM-DD,
 * 星期四), so nothing of the text is copied.
 */

const WEEKDAY_CHAR: Record<string, string> = { '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '日', 七: '日' };
/** Monday = 0 … Sunday = 6. */
const MON_INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

const ABS_DATE_RE = /(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(?<![\d])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[日号]/g;
/** 10.15, 10/15: month.day as Chinese writes it (never day/month). */
const MD_DATE_RE = /(?<![\d.\/])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?![\d.\/:])(?!\s*(?:小时|个|分|倍|万|元|%|米|公里|天|h|k))/gi;
const ISO_DATE_RE = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
const REL_MONTH_RE = /(下下个?月|下个?月|本月|这个?月)\s*(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[号日]/g;
const BARE_DAY_RE = /(?<![\d月年一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十廿卅]{1,4})\s*[号日](?![楼会室厅门馆线位房栋座层车口院间期子])/g;
const REL_DAY_RE = /(大后天|后天|明天|明日|明儿|今天|今日|今儿|今(?=[晚早])|明(?=[晚早]))/g;
const REL_DAY: Record<string, number> = { 大后天: 3, 后天: 2, 明天: 1, 明日: 1, 明儿: 1, 明: 1, 今天: 0, 今日: 0, 今儿: 0, 今: 0 };
const WEEK_RE = /(下下|下|上|本|这|今)?\s*(个)?\s*(周|星期|礼拜|週)\s*([一二三四五六日天七]|[1-7](?!\d))(?![年月])/g;

/** Reads the dates and weekdays of the line; the first date written is the meeting's. */
export function readDates(r: LineReader): void {
  r.scan(ABS_DATE_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const mo = cnum(m[2]!);
    const d = cnum(m[3]!);
    const y = m[1] !== undefined ? readYear(m[1]) : r.yearFor(mo, d, s, e);
    if (y === undefined) return true;
    const day = r.civil(y, mo, d, s, e);
    if (day !== undefined) r.date(day, s, e);
    return true;
  });
  r.scan(ISO_DATE_RE, (m) => {
    const day = r.civil(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
    if (day !== undefined) r.date(day, m.index, m.index + m[0].length);
    return true;
  });
  r.scan(MD_DATE_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const mo = Number(m[1]);
    const d = Number(m[2]);
    const y = r.yearFor(mo, d, s, e);
    if (y === undefined) return true;
    const day = r.civil(y, mo, d, s, e);
    if (day !== undefined) r.date(day, s, e);
    return true;
  });
  r.scan(REL_MONTH_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const today = r.needToday(s, e);
    if (today === undefined) return true;
    const k = m[1]!.startsWith('下下') ? 2 : m[1]!.startsWith('下') ? 1 : 0;
    const [y, mo] = civilFromDays(today);
    const idx = y * 12 + (mo - 1) + k;
    const day = r.civil(Math.floor(idx / 12), (idx % 12) + 1, cnum(m[2]!), s, e);
    if (day !== undefined) r.date(day, s, e);
    return true;
  });
  r.scan(REL_DAY_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const today = r.needToday(s, e);
    if (today !== undefined) r.date(today + REL_DAY[m[1]!]!, s, e);
    return true;
  });
  r.scan(BARE_DAY_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const d = cnum(m[1]!);
    if (!(d >= 1 && d <= 31)) return false;
    const today = r.needToday(s, e);
    if (today === undefined) return true;
    // X号: this month when still ahead (or today), else next month.
    const [y, mo, td] = civilFromDays(today);
    const idx = y * 12 + (mo - 1) + (d >= td ? 0 : 1);
    const day = r.civil(Math.floor(idx / 12), (idx % 12) + 1, d, s, e);
    if (day !== undefined) r.date(day, s, e);
    return true;
  });
  r.scan(WEEK_RE, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const c = WEEKDAY_CHAR[m[4]!] ?? m[4]!;
    const word = `${m[3] === '週' ? '周' : m[3]!}${c}`;
    const prefix = m[1];
    const target = MON_INDEX[c]!;
    if (prefix === undefined && (r.state.draft.date !== undefined || r.dates.length > 0)) {
      r.set('weekday', word, s, e);
      return true;
    }
    const today = r.needToday(s, e);
    if (today === undefined) return true;
    const todayMon = (weekdayOfDay(today) + 6) % 7;
    const day =
      prefix === undefined
        ? today + ((target - todayMon + 7) % 7) // 周五: the next one, today included
        : today - todayMon + target + 7 * (prefix === '下下' ? 2 : prefix === '下' ? 1 : prefix === '上' ? -1 : 0);
    r.date(day, s, e);
    r.set('weekday', word, s, e);
    return true;
  });
  for (const c of [...r.dates].sort((a, b) => a.s - b.s)) r.set('date', formatDay(c.day), c.s, c.e);
}
