import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationError } from '../errors/validationError';
import { compileList, matchAll, type CompiledList } from './_lib/matcher';
import { normalizeForMatching } from './_lib/normalize';
import { parseOrIssues, succeeded } from './_lib/issues';
import { listOption } from '../_lib/options';
import { SERVICE_LANGUAGE_LISTS } from './lists';
import { ServiceLanguageListSchema, type ServiceLanguageList } from './schema';

/**
 * Options of {@link checkServiceLanguage}.
 *
 * @example
 * checkServiceLanguage('不，这个不行').success //=> true (advice only)
 * checkServiceLanguage('不，这个不行', { levels: ['error'] }).findings //=> []
 */
export interface CheckServiceLanguageOptions {
  /**
   * The phrase lists to check against (validated when given).
   * @default SERVICE_LANGUAGE_LISTS — 服务禁用语 (error) and the property department's words to avoid (advice)
   */
  readonly lists?: readonly ServiceLanguageList[];
  /**
   * Which levels to report.
   * @default ['error', 'advice']
   */
  readonly levels?: readonly ('error' | 'advice')[];
}

/**
 * One phrase found in a text (SVC-02): a validation issue with where it stands.
 *
 * @example
 * const f = checkServiceLanguage('这个问题跟我们没关系').findings[0];
 * [f.code, f.list, f.level, f.text, f.start, f.end] //=> ['FORBIDDEN_PHRASE', 'service-forbidden', 'error', '跟我们没关系', 4, 10]
 */
export interface LanguageFinding extends ValidationIssue {
  readonly code: 'FORBIDDEN_PHRASE' | 'DISCOURAGED_WORD';
  /** The phrase of the list, as the list writes it. */
  readonly phrase: string;
  /** The list's id (`'service-forbidden'`, `'property-avoided'`). */
  readonly list: string;
  readonly level: 'error' | 'advice';
  /** The words as they stand in the text (with any spaces or full-width forms). */
  readonly text: string;
  /** UTF-16 offsets in the text: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Code-point offsets: `[...text].slice(startCodePoint, endCodePoint)`. */
  readonly startCodePoint: number;
  readonly endCodePoint: number;
}

/**
 * Result of {@link checkServiceLanguage}: success = no error-level phrase.
 *
 * @example
 * const r = checkServiceLanguage('不，这个不行')
 * r.success //=> true
 * r.findings.map((f) => [f.phrase, f.code]) //=> [['不', 'DISCOURAGED_WORD'], ['不行', 'DISCOURAGED_WORD']]
 * checkServiceLanguage('').issues[0].code //=> 'EMPTY_TEXT'
 */
export interface ServiceLanguageCheck {
  readonly success: boolean;
  /** Every issue: the phrases found in text order, or for an empty text one `EMPTY_TEXT` warning. */
  readonly issues: readonly (LanguageFinding | ValidationIssue)[];
  /** The phrases found, in text order (the same objects as in `issues`). */
  readonly findings: readonly LanguageFinding[];
}

// Compiled lists, per list object (lists are immutable data).
const compiledCache = new WeakMap<object, CompiledList>();
const compiled = (list: ServiceLanguageList): CompiledList => {
  let c = compiledCache.get(list);
  if (!c) compiledCache.set(list, (c = compileList(list)));
  return c;
};

function checkedLists(lists: readonly ServiceLanguageList[] | undefined): readonly ServiceLanguageList[] {
  if (lists === undefined || lists === SERVICE_LANGUAGE_LISTS) return SERVICE_LANGUAGE_LISTS;
  if (!Array.isArray(lists)) throw new GuifanError('INVALID_OPTIONS', { path: 'lists', value: lists, reasonZh: '应为词表数组', reasonEn: 'expected an array of lists' }, 'SVC-02');
  const issues = lists.flatMap((l, i) => parseOrIssues(ServiceLanguageListSchema, l, ['lists', i], 'SVC-02').issues);
  if (issues.length) throw validationError(issues, 'SVC-02');
  return lists;
}

/**
 * Finds the forbidden service phrases (服务禁用语) and the words to avoid in a
 * text (SVC-02). Full-width and half-width forms, traditional characters (as
 * seeds 001 and 004 write the lists: 不對、跟我們沒關係), and spaces or
 * zero-width characters between the characters do not hide a phrase — the same
 * normalisation as `suggestCategory`, with offsets into the text as written; polite contexts
 * listed with a phrase (不知道您方便吗、您还有哪里不清楚吗、不客气) are not findings.
 * Each finding gives UTF-16 and code-point offsets for highlighting. Where an
 * advice-level word lies inside an error-level phrase, only the phrase is
 * reported.
 *
 * @param text - what the agent said or wrote
 * @param options - {@link CheckServiceLanguageOptions}
 * @returns `{ success, issues, findings }`: success is false when an error-level phrase is found
 * @throws {GuifanError} `INVALID_INPUT` when `text` is not a string; `INVALID_OPTIONS` / `VALIDATION_FAILED` for bad lists; `INVALID_OPTIONS` when `levels` is not an array
 * @example
 * const r = checkServiceLanguage('这个问题跟我们没关系，您找物业吧。')
 * r.success //=> false
 * r.findings[0].phrase //=> '跟我们没关系'
 * r.findings[0].start //=> 4
 * checkServiceLanguage('不客气，您还有哪里不清楚吗？').issues //=> []
 * checkServiceLanguage('我 不 知 道').findings[0].text //=> '不 知 道'
 * checkServiceLanguage('這個問題跟我們沒關係').findings[0].text //=> '跟我們沒關係'
 * checkServiceLanguage('不，我心領了，謝謝您的美意！').issues //=> []
 */
export function checkServiceLanguage(text: string, options: CheckServiceLanguageOptions = {}): ServiceLanguageCheck {
  if (typeof text !== 'string') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'text', value: text, reasonZh: '应为字符串', reasonEn: 'expected a string' }, 'SVC-02');
  }
  if (options === null || typeof options !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'options', value: options, reasonZh: '应为对象', reasonEn: 'expected an object' }, 'SVC-02');
  }
  const lists = checkedLists(options.lists);
  if (!text.trim()) return { success: true, issues: [makeIssue('EMPTY_TEXT', [], { value: text }, 'SVC-02', 'warning')], findings: [] };
  const levels = listOption(options.levels, 'levels', 'SVC-02') ?? ['error', 'advice'];
  const norm = normalizeForMatching(text);
  const raw: { list: ServiceLanguageList; phrase: string; start: number; end: number }[] = [];
  // Error-level spans, merged and sorted, so advice inside an error phrase can be dropped in O(log n).
  let errorSpans: [number, number][] = [];
  // Error-level lists first.
  const ordered = lists === SERVICE_LANGUAGE_LISTS ? lists : [...lists].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  let merged = false;
  for (const list of ordered) {
    if (!levels.includes(list.level)) continue;
    if (list.level === 'advice' && !merged) {
      errorSpans = mergeSpans(errorSpans);
      merged = true;
    }
    for (const m of matchAll(compiled(list), norm.text)) {
      const start = norm.start[m.from]!;
      const end = norm.end[m.to - 1]!;
      if (list.level === 'error') errorSpans.push([start, end]);
      else if (covered(errorSpans, start, end)) continue;
      raw.push({ list, phrase: m.entry.phrase, start, end });
    }
  }
  raw.sort((a, b) => a.start - b.start || (a.list.level === b.list.level ? 0 : a.list.level === 'error' ? -1 : 1) || b.end - a.end);
  const cp = codePoints(text);
  const found = raw.map((r) => finding(text, r.list, r.phrase, r.start, r.end, cp));
  return { success: succeeded(found), issues: found, findings: found };
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether [start, end) lies inside one of the disjoint sorted `spans`. */
function covered(spans: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  const s = spans[hi];
  return s !== undefined && end <= s[1];
}

// Code-point offsets: the UTF-16 offsets themselves unless the text has surrogate pairs.
function codePoints(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    prefix[i] = n;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
      if (!low) n++;
    }
  }
  return (i) => prefix[i]!;
}

function finding(text: string, list: ServiceLanguageList, phrase: string, start: number, end: number, cp: (i: number) => number): LanguageFinding {
  const said = text.slice(start, end);
  const code = list.level === 'error' ? 'FORBIDDEN_PHRASE' : 'DISCOURAGED_WORD';
  const issue = makeIssue(
    code,
    [],
    { value: said, phrase, list: list.id, listName: list.name, listNameEn: list.nameEn, start, end },
    (list.rule as ValidationIssue['rule']) ?? 'SVC-02',
    list.level === 'error' ? 'error' : 'warning',
  );
  return Object.freeze({
    ...issue,
    code,
    phrase,
    list: list.id,
    level: list.level,
    text: said,
    start,
    end,
    startCodePoint: cp(start),
    endCodePoint: cp(end),
  });
}
