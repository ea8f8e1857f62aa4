import { append } from '../../../_lib/append';
import { daysFromCivil, daysInMonth } from '../../../_lib/civil';
import { holidayNear, holidaysInBlock } from './infer';
import { holidayName, knownHoliday, type HolidayName } from './names';
import { normalizeNotice, readNumber } from './text';

/** A date as the notice writes it, resolved against the notice's year. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly dom: number;
  /** Day number, or `undefined` when no such day exists (2月30日). */
  readonly day: number | undefined;
  /** Bracket note after the date (`'周六'`, `'农历腊月二十八、周日'`). */
  readonly note?: string;
}

export type Span = readonly [number, number];

/** One arrangement line: `一、元旦：…`, `中秋节、国庆节：…`, or a sentence given with a name. */
export interface Arrangement {
  readonly names: readonly HolidayName[];
  readonly span: Span;
  /** `true` for a sentence without a `名称：` header (single sentence, 调整 notice). */
  readonly headless: boolean;
  /** A single sentence of make-up working days alone (“1月4日（周日）上班。”): no rest block. */
  readonly makeupOnly?: true;
  /** The rest days as stated (before any extension), day numbers. */
  block?: { from: number; to: number; span: Span };
  /** The rest days after an extension (2020's 延长…假期至). */
  extendedTo?: number;
  /** The line of the extension, for the provenance of the days it adds. */
  extensionSpan?: Span;
  stated?: { count: number; span: Span };
  workdays: { day: number; span: Span }[];
  tokens: DateToken[];
  unreadable?: string;
}

export interface Reading {
  readonly text: string;
  readonly norm: string;
  readonly year: number | undefined;
  readonly titleYear: number | undefined;
  readonly arrangements: Arrangement[];
  /** Sentences that mention dates and days off or work but could not be read. */
  readonly unreadable: { span: Span; reasonZh: string; reasonEn: string }[];
  readonly replaced: { name: string; span: Span }[];
  readonly extensionTokens: DateToken[];
}

export interface ReadOptions {
  year?: number | undefined;
  name?: string | undefined;
}

const TOKEN = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*\(([^()\n]{0,40})\))?/g;
const HAS_DATE = /\d\s*日/;
const NUMBERED = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const HEADER = /^\s*(?:([一二三四五六七八九十]{1,3})\s*[、.．]\s*)?([^:,;。()\n]{1,60}?)\s*:/;
const CONTEXT_NAME = /(?:现将|关于)(?:调整)?(?:\d{4}\s*年)?([^,;。:、\s]{1,40}?)(?:调休)?(?:放假|假期)(?:调休)?(?:日期)?(?:具体)?安排/;
const TITLE_YEAR = [/关于(?:调整)?(\d{4})\s*年/, /(\d{4})\s*年(?:部分)?节假日/, /现将(?:调整)?(\d{4})\s*年/, /(\d{4})\s*年元旦/];
const EXTENSION = /延长(?:(\d{4})\s*年)?([^,;。\d]{1,20}?)假期至/g;
const BOUNDARY = ',;。:\n';

/** Start of the clause that ends at `p` (brackets are skipped: `（农历正月初九，星期日）`). */
function clauseStart(norm: string, from: number, p: number): number {
  let depth = 0;
  for (let i = p - 1; i >= from; i--) {
    const c = norm[i]!;
    if (c === ')') depth++;
    else if (c === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && BOUNDARY.includes(c)) return i + 1;
  }
  return from;
}

/** Units: lines, and a line cut before a numbered item that follows `。` (a whole notice pasted as one line). */
function unitsOf(norm: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      let s = lineStart;
      for (let j = lineStart + 1; j < i; j++) {
        const after = norm[j - 1] === '。' || norm[j - 1] === ';' || norm[j - 1] === ':' || norm.slice(j - 2, j) === '通知';
        if (after && NUMBERED.test(norm.slice(j, Math.min(i, j + 8)))) {
          out.push([s, j]);
          s = j;
        }
      }
      out.push([s, i]);
      lineStart = i + 1;
    }
  }
  return out;
}

function headerOf(norm: string, u: Span): { names: HolidayName[]; end: number } | undefined {
  const m = HEADER.exec(norm.slice(u[0], u[1]));
  if (!m) return undefined;
  const parts = m[2]!.split('、').map((p) => p.trim());
  if (parts.some((p) => p === '' || p.length > 40 || /\d\s*[月日年]/.test(p))) return undefined;
  const numbered = m[1] !== undefined;
  if (!numbered && parts.some((p) => !knownHoliday(p))) return undefined;
  return { names: parts.map(holidayName), end: u[0] + m[0].length };
}

function scan(norm: string, from: number, to: number, year: number, newYear: boolean): DateToken[] {
  const out: DateToken[] = [];
  // On the slice: a search from `from` in the whole text would run to its end when
  // the part has no date (quadratic over a long paste).
  const part = norm.slice(from, to);
  const re = new RegExp(TOKEN.source, 'g');
  let y: number | undefined;
  let mo: number | undefined;
  let found: RegExpExecArray | null;
  while ((found = re.exec(part))) {
    const m = Object.assign([...found], { index: found.index + from }) as unknown as RegExpExecArray;
    // "70周年纪念日" and the like: a digit glued to a longer number is no date.
    if (m.index > 0 && /\d/.test(norm[m.index - 1]!)) continue;
    if (m[1] !== undefined) y = Number(m[1]);
    if (m[2] !== undefined) {
      mo = Number(m[2]);
      // 元旦 lines write the December before without a year (“12月30日至1月1日”).
      if (m[1] === undefined) y = newYear && mo === 12 ? year - 1 : year;
    }
    if (mo === undefined) {
      // A day without any month before it: unresolvable.
      out.push({ start: m.index, end: m.index + m[0].length, year, month: 0, dom: Number(m[3]), day: undefined, ...(m[4] !== undefined ? { note: m[4] } : {}) });
      continue;
    }
    const yy = y ?? year;
    let mm = mo;
    const dd = Number(m[3]);
    // “1月29日—2月4日…其中，29日、30日、31日为法定假日”: a bare day that does not exist in
    // the last month named belongs to an earlier month of the line.
    if (m[2] === undefined && !(dd <= daysInMonth(yy, mm))) {
      const earlier = [...out].reverse().find((t) => t.month !== mm && t.month > 0 && t.year === yy && dd <= daysInMonth(yy, t.month));
      if (earlier) mm = earlier.month;
    }
    const ok = mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysInMonth(yy, mm);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: yy,
      month: mm,
      dom: dd,
      day: ok ? daysFromCivil(yy, mm, dd) : undefined,
      ...(m[4] !== undefined ? { note: m[4] } : {}),
    });
  }
  return out;
}

interface Expr {
  from: DateToken;
  to: DateToken;
  end: number;
}

function exprsOf(norm: string, tokens: readonly DateToken[]): Expr[] {
  const out: Expr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && /^\s*(?:-+|至|到)\s*$/.test(norm.slice(a.end, b.start))) {
      out.push({ from: a, to: b, end: b.end });
      i++;
    } else out.push({ from: a, to: a, end: a.end });
  }
  return out;
}

function readBody(norm: string, a: Arrangement, from: number, to: number, year: number): void {
  const newYear = a.names.some((n) => n.name === '元旦');
  const tokens = scan(norm, from, to, year, newYear);
  a.tokens = tokens;
  const bad = tokens.find((t) => t.day === undefined);
  if (bad) {
    a.unreadable = bad.month === 0 ? `no-month:${bad.start}:${bad.end}` : `no-such-day:${bad.start}:${bad.end}`;
    return;
  }
  const exprs = exprsOf(norm, tokens);
  for (const e of exprs) {
    const after = norm.slice(e.end, Math.min(to, e.end + 12));
    if (!a.block && /^\s*(?:调休)?放假/.test(after)) {
      if (e.to.day! < e.from.day!) {
        a.unreadable = `backwards:${e.from.start}:${e.end}`;
        return;
      }
      a.block = { from: e.from.day!, to: e.to.day!, span: [e.from.start, e.end] };
    } else if (a.block && e.from === e.to && /^\s*补休/.test(after) && e.from.day! > a.block.to) {
      // “5月1日放假，5月2日（星期一）补休”: the block runs to the day in lieu.
      a.block = { from: a.block.from, to: e.from.day!, span: [a.block.span[0], e.end] };
    }
  }
  if (!a.block && !a.makeupOnly) {
    a.unreadable = 'no-block';
    return;
  }
  const body = norm.slice(from, to);
  const count = /共\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*天/.exec(body) ?? /放假\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*天/.exec(body);
  if (count) {
    const n = readNumber(count[1]!);
    if (n !== undefined) a.stated = { count: n, span: [from + count.index, from + count.index + count[0].length] };
  }
  // Tokens are in text order: the clause's tokens by binary search, not a scan per clause.
  const firstAt = (pos: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inClause = (cs: number, p: number): DateToken[] => {
    const out: DateToken[] = [];
    for (let k = firstAt(cs); k < tokens.length && tokens[k]!.end <= p; k++) out.push(tokens[k]!);
    return out;
  };
  // 上班: the dates of the clause before it, except “…起正常上班”.
  for (let p = norm.indexOf('上班', from); p !== -1 && p < to; p = norm.indexOf('上班', p + 2)) {
    if (/(?:起|正常)\s*$/.test(norm.slice(Math.max(from, p - 3), p))) continue;
    const cs = clauseStart(norm, from, p);
    for (const t of inClause(cs, p)) a.workdays.push({ day: t.day!, span: [t.start, t.end] });
  }
  // 2004–2009 style: “将X、Y两个公休日调至P、Q”: X and Y outside the block are working days.
  for (let p = norm.indexOf('调至', from); p !== -1 && p < to; p = norm.indexOf('调至', p + 2)) {
    const cs = clauseStart(norm, from, p);
    for (const t of inClause(cs, p)) {
      if (!a.block || t.day! < a.block.from || t.day! > a.block.to) a.workdays.push({ day: t.day!, span: [t.start, t.end] });
    }
  }
}

/** The holidays of a rest block without a name (see holidaysInBlock); read once as written, once as a 元旦 line (“12月30日至1月1日”). */
function inferNames(norm: string, from: number, to: number, year: number): HolidayName[] | undefined {
  for (const trial of [[], [holidayName('元旦')]]) {
    const a: Arrangement = { names: trial, span: [from, to], headless: true, workdays: [], tokens: [] };
    readBody(norm, a, from, to, year);
    if (a.unreadable !== undefined || !a.block) continue;
    const names = holidaysInBlock(year, a.block.from, a.block.to);
    if (names && (trial.length === 0 || names.some((n) => n.name === '元旦'))) return names;
  }
  return undefined;
}

function yearOf(norm: string): number | undefined {
  for (const re of TITLE_YEAR) {
    const m = re.exec(norm);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Reads a notice into arrangements without judging them (see `check.ts`).
 */
export function readNotice(text: string, options: ReadOptions): Reading {
  const norm = normalizeNotice(text);
  const titleYear = yearOf(norm);
  const year = options.year ?? titleYear;
  const arrangements: Arrangement[] = [];
  const unreadable: Reading['unreadable'] = [];
  const replaced: Reading['replaced'] = [];
  const extensionTokens: DateToken[] = [];
  const reading: Reading = { text, norm, year, titleYear, arrangements, unreadable, replaced, extensionTokens };
  if (year === undefined) return reading;

  const units = unitsOf(norm);
  const hasDate = (u: Span): boolean => HAS_DATE.test(norm.slice(u[0], u[1]));
  const isBlank = (u: Span): boolean => norm.slice(u[0], u[1]).trim() === '';
  let contextName: string | undefined = options.name;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isBlank(u)) continue;
    const unitText = norm.slice(u[0], u[1]);
    const header = headerOf(norm, u);
    const ctx = CONTEXT_NAME.exec(unitText);
    if (!header && ctx && knownHoliday(ctx[1]!)) contextName = ctx[1]!;
    else if (!header && ctx && /纪念日$/.test(ctx[1]!)) contextName = ctx[1]!;
    const looksLikeBlock = (() => {
      if (header || !hasDate(u)) return false;
      const toks = scan(norm, u[0], u[1], year, false);
      const ex = exprsOf(norm, toks);
      return ex.length > 0 && /^\s*(?:调休)?放假/.test(norm.slice(ex[0]!.end, ex[0]!.end + 8)) && !/延长/.test(unitText);
    })();
    if (!header && !looksLikeBlock && titleYear === undefined && hasDate(u) && /上班/.test(unitText) && !/放假|延长|起/.test(unitText)) {
      // One sentence of make-up days alone (CAL-02): named, or the holiday nearest its days.
      const days = scan(norm, u[0], u[1], year, false).flatMap((t) => (t.day === undefined ? [] : [t.day]));
      const near = contextName !== undefined ? holidayName(contextName) : days.length ? holidayNear(year, days) : undefined;
      if (near) {
        const a: Arrangement = { names: [near], span: u, headless: true, makeupOnly: true, workdays: [], tokens: [] };
        readBody(norm, a, u[0], u[1], year);
        arrangements.push(a);
        continue;
      }
    }
    if (!header && !looksLikeBlock) {
      // Lines of the preamble, the closing paragraph, the signature: not arrangements.
      if (hasDate(u) && /放假|上班|调休|补休/.test(unitText) && !/延长/.test(unitText)) {
        unreadable.push({ span: u, reasonZh: '没有节日名称，也不是放假安排', reasonEn: 'no holiday name and no arrangement' });
      }
      continue;
    }
    // The arrangement runs on over continuation lines (“其中，…”, “1月4日（星期日）上班。”).
    let end = u[1];
    let j = i + 1;
    while (j < units.length) {
      const v = units[j]!;
      if (isBlank(v) || headerOf(norm, v)) break;
      const vt = norm.slice(v[0], v[1]);
      if (!(hasDate(v) || /^\s*其中/.test(vt)) || /延长/.test(vt)) break;
      const toks = scan(norm, v[0], v[1], year, false);
      const ex = exprsOf(norm, toks);
      if (!header && ex.length && /^\s*(?:调休)?放假/.test(norm.slice(ex[0]!.end, ex[0]!.end + 8)) && !/^\s*其中/.test(vt)) break;
      end = v[1];
      j++;
    }
    i = j - 1;
    let names: HolidayName[];
    let bodyFrom: number;
    if (header) {
      names = header.names;
      bodyFrom = header.end;
    } else if (contextName !== undefined) {
      names = [holidayName(contextName)];
      bodyFrom = u[0];
    } else {
      // CAL-02: no name anywhere — the holiday whose statutory days the rest block contains.
      const inferred = inferNames(norm, u[0], end, year);
      if (!inferred) {
        unreadable.push({ span: [u[0], end], reasonZh: '放假安排没有节日名称，也不含法定节假日（请写“元旦：…”或传入 name）', reasonEn: 'an arrangement without a holiday name or a statutory day (write “元旦：…” or pass name)' });
        continue;
      }
      names = inferred;
      bodyFrom = u[0];
    }
    const a: Arrangement = { names, span: [u[0], end], headless: !header, workdays: [], tokens: [] };
    readBody(norm, a, bodyFrom, end, year);
    if (!header) {
      // A later adjustment (2019's 调整劳动节放假安排) replaces the arrangement of the same holiday.
      const k = arrangements.findIndex((b) => b.names.some((n) => names.some((m) => m.name === n.name)));
      if (k !== -1) {
        replaced.push({ name: names[0]!.name, span: a.span });
        arrangements.splice(k, 1);
      }
    }
    arrangements.push(a);
  }

  // 2020: “延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。”
  const ext = new RegExp(EXTENSION.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = ext.exec(norm))) {
    const name = holidayName(m[2]!).name;
    const lineEnd = norm.indexOf('\n', m.index);
    const toks = scan(norm, m.index + m[0].length, lineEnd === -1 ? norm.length : lineEnd, m[1] ? Number(m[1]) : year, false);
    const until = toks[0];
    const target = arrangements.find((a) => a.names.some((n) => n.name === name) && a.block);
    const span: Span = [m.index, until ? until.end : m.index + m[0].length];
    if (!until || until.day === undefined || until.start !== m.index + m[0].length || !target) {
      unreadable.push({ span, reasonZh: target ? '延长至的日期无法识别' : `通知中没有“${name}”的安排可以延长`, reasonEn: target ? 'the date of the extension cannot be read' : `the notice has no arrangement of ${name} to extend` });
      continue;
    }
    append(extensionTokens, toks);
    target.extendedTo = Math.max(until.day, target.block!.to);
    target.extensionSpan = [norm.lastIndexOf('\n', m.index) + 1, lineEnd === -1 ? norm.length : lineEnd];
  }
  return reading;
}
