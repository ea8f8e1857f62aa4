import type { ValidationIssue } from '../../errors/issues';
import type { Locale, LocalizedText } from '../../errors/types';
import { parseMeetingNotice } from '../../meeting/parseMeetingNotice';
import type { MeetingNotice } from '../../meeting/schema';
import { validateMeetingNotice } from '../../meeting/validateMeetingNotice';
import { jsonErrorText } from '../_lib/jsonError';
import { renderReport, type ReportCase, type ReportFormat } from '../_lib/report';
import { isNdjsonPath } from './check-sla-stream';

/** Options of `guifan check-meeting`. */
export interface CheckMeetingOptions {
  /** `--year`: the year of text dates written without one. */
  year?: string | undefined;
  /** `--now`: the present, for relative days and materials not yet sent. */
  now?: string | undefined;
  /** The host's present: relative days of a text notice without `--now`. */
  present: Date;
  format: ReportFormat;
  lang: Locale;
  version: string;
}

/** What check-meeting reads and writes. */
export interface CheckMeetingIo {
  readFile(path: string): string;
  readLines?(path: string): Iterable<string>;
  out(text: string): void;
  err(text: string): void;
}

/** One issue line of text output: no path prefix for an issue about the whole notice. */
const issueLine = (i: ValidationIssue, lang: Locale): string => `${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`;

/** A notice read from text, checked: an item the text does not state is reported once, by the validator's MISSING_ITEM. */
function checkText(text: string, o: CheckMeetingOptions): { notice: MeetingNotice; issues: ValidationIssue[] } {
  // Relative days (明天、下周一) are read against --now, else the present.
  const parsed = parseMeetingNotice(text, { ...(o.year ? { year: Number(o.year) } : {}), now: o.now ?? o.present });
  const { issues: checked } = validateMeetingNotice(parsed.draft, o.now ? { now: o.now } : {});
  const missing = new Set(checked.filter((i) => i.code === 'MISSING_ITEM').map((i) => i.path[0]));
  return { notice: parsed.draft, issues: [...parsed.issues.filter((i) => !(i.code === 'NOT_IN_TEXT' && missing.has(i.path[0]!))), ...checked] };
}

const checkObject = (notice: MeetingNotice, o: CheckMeetingOptions): ValidationIssue[] => [...validateMeetingNotice(notice, o.now ? { now: o.now } : {}).issues];

/**
 * `guifan check-meeting FILE`: one notice (`.json`, or text in any other
 * file), or a batch of notices in NDJSON (`.ndjson`, `.jsonl`, or `-` when
 * standard input starts with `{`): one notice object per line, or
 * `{ "text": "…", "id"?: "…" }` for a notice in words. A batch is read,
 * checked and written line by line (constant memory for text, json and
 * github output; junit and sarif keep one entry per notice for their totals).
 * Exit 1 when a notice has an error, 2 when a line cannot be read (the other
 * lines are still checked).
 */
export function checkMeetingCommand(file: string, io: CheckMeetingIo, o: CheckMeetingOptions): number {
  if (isNdjsonPath(file)) {
    const lines = io.readLines ? io.readLines(file) : io.readFile(file).split(/\r?\n/);
    const it = lines[Symbol.iterator]();
    // Standard input may still be one notice (JSON or text): its first line tells.
    const head: string[] = [];
    let first: IteratorResult<string>;
    while (!(first = it.next()).done) {
      head.push(first.value);
      if (first.value.trim()) break;
    }
    const start = head.find((l) => l.trim())?.trim() ?? '';
    if (file === '-' && (start === '{' || !start.startsWith('{'))) {
      for (let r = it.next(); !r.done; r = it.next()) head.push(r.value);
      const text = head.join('\n');
      return single(file, start === '{' ? 'json' : 'text', text, io, o);
    }
    return batch(file, head, it, io, o);
  }
  return single(file, file.endsWith('.json') ? 'json' : 'text', io.readFile(file), io, o);
}

function single(file: string, kind: 'json' | 'text', text: string, io: CheckMeetingIo, o: CheckMeetingOptions): number {
  const { lang, format } = o;
  let notice: MeetingNotice;
  let issues: ValidationIssue[];
  if (kind === 'json') {
    notice = JSON.parse(text) as MeetingNotice;
    issues = checkObject(notice, o);
  } else ({ notice, issues } = checkText(text, o));
  const code = issues.some((i) => i.severity === 'error') ? 1 : 0;
  if (format === 'junit' || format === 'github' || format === 'sarif') {
    const name = (notice !== null && typeof notice === 'object' && (notice.id ?? notice.title)) || file;
    io.out(renderReport({ command: 'check-meeting', file, cases: [{ name, issues }] }, format, lang, o.version));
  } else if (format === 'json') io.out(JSON.stringify({ notice, issues }, null, 2));
  else {
    issues.forEach((i) => io.out(issueLine(i, lang)));
    io.out(issues.length ? (lang === 'en' ? `${issues.length} issue(s)` : `${issues.length} 个问题`) : lang === 'en' ? 'The notice is complete and consistent.' : '通知完整、一致。');
  }
  return code;
}

const TEXT_KEYS = new Set(['text', 'id']);

/** A line of a batch: a notice object, or `{ text, id? }`; else why it cannot be read. */
function readLine(raw: string, o: CheckMeetingOptions): { notice: MeetingNotice; issues: ValidationIssue[]; id?: string } | { bad: LocalizedText; code: 'INVALID_JSON' | 'INVALID_INPUT' } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { bad: jsonErrorText(e), code: 'INVALID_JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { bad: { 'zh-CN': '每行应为一个会议通知对象，或 { "text": "…" }', en: 'each line is one meeting notice object, or { "text": "…" }' }, code: 'INVALID_INPUT' };
  }
  const rec = value as Record<string, unknown>;
  if ('text' in rec) {
    const extra = Object.keys(rec).filter((k) => !TEXT_KEYS.has(k));
    if (typeof rec.text !== 'string' || (rec.id !== undefined && typeof rec.id !== 'string') || extra.length) {
      const more = extra.length ? extra.map((k) => JSON.stringify(k)).join(', ') : '';
      return {
        bad: {
          'zh-CN': `文本通知记录应为 { "text": 字符串, "id"?: 字符串 }${more ? `，多出字段 ${more}` : ''}`,
          en: `a text notice record is { "text": string, "id"?: string }${more ? `; unexpected ${more}` : ''}`,
        },
        code: 'INVALID_INPUT',
      };
    }
    const { notice, issues } = checkText(rec.text, o);
    return { notice, issues, ...(rec.id !== undefined ? { id: rec.id as string } : {}) };
  }
  const notice = value as MeetingNotice;
  return { notice, issues: checkObject(notice, o) };
}

function batch(file: string, head: readonly string[], rest: Iterator<string>, io: CheckMeetingIo, o: CheckMeetingOptions): number {
  const { lang, format } = o;
  const en = lang === 'en';
  const cases: ReportCase[] = [];
  let notices = 0;
  let failing = 0;
  let bad = 0;
  let lineNo = 0;
  const each = (raw: string): void => {
    lineNo++;
    if (!raw.trim()) return;
    const r = readLine(raw, o);
    const where = `${file}:${lineNo}`;
    if ('bad' in r) {
      bad++;
      io.err(`${where}: ${r.bad[lang]}`);
      const c: ReportCase = { name: where, line: lineNo, issues: [{ code: r.code, ...(r.code === 'INVALID_INPUT' ? { rule: 'MTG-01' as const } : {}), severity: 'error', message: r.bad, line: lineNo }] };
      if (format === 'github') io.out(renderReport({ command: 'check-meeting', file, cases: [c] }, 'github', lang, o.version));
      else if (format === 'junit' || format === 'sarif') cases.push(c);
      return;
    }
    notices++;
    const failed = r.issues.some((i) => i.severity === 'error');
    if (failed) failing++;
    const name = r.id ?? r.notice.id ?? r.notice.title ?? where;
    if (format === 'json') io.out(JSON.stringify({ line: lineNo, ...(r.id !== undefined ? { id: r.id } : {}), success: !failed, notice: r.notice, issues: r.issues }));
    else if (format === 'text') {
      io.out(`${failed ? '✗' : '✓'} ${where} ${name}`);
      for (const i of r.issues) io.out(`  ${issueLine(i, lang)}`);
    } else {
      const c: ReportCase = { name, line: lineNo, issues: r.issues.map((i) => ({ ...i, line: lineNo })) };
      if (format === 'github') {
        if (c.issues.length) io.out(renderReport({ command: 'check-meeting', file, cases: [c] }, 'github', lang, o.version));
      } else cases.push(c);
    }
  };
  for (const l of head) each(l);
  for (let r = rest.next(); !r.done; r = rest.next()) each(r.value);
  if (format === 'junit' || format === 'sarif') io.out(renderReport({ command: 'check-meeting', file, cases }, format, lang, o.version));
  else if (format === 'text') io.out(en ? `${notices} notice(s), ${failing} with errors, ${bad} unreadable line(s)` : `${notices} 个通知，${failing} 个有错误，${bad} 行无法读取`);
  if (bad) return 2;
  return failing ? 1 : 0;
}
