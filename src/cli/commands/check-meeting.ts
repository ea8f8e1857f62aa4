import type { ValidationIssue } from '../../errors/issues';
import type { Locale, LocalizedText } from '../../errors/types';
import { parseMeetingNotice } from '../../meeting/parseMeetingNotice';
import type { MeetingNotice } from '../../meeting/schema';
import { validateMeetingNotice } from '../../meeting/validateMeetingNotice';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { firstLine } from '../_lib/input/elementLines';
import { badUtf8, inputLines, isNdjsonPath, readDocument, type DecodedLine } from '../_lib/input/read';
import { jsonDocumentProblem, jsonErrorText } from '../_lib/jsonError';
import { errorObject, tag, type Problem, type Reporter } from '../_lib/report/index';

/** Options of `guifan check-meeting`. */
export interface CheckMeetingOptions {
  /** `--year`: the year of text dates written without one. */
  year?: string | undefined;
  /** `--now`: the present, for relative days and materials not yet sent. */
  now?: string | undefined;
  /** The host's present: relative days of a text notice without `--now`. */
  present: Date;
}

/** One issue line of text output: no path prefix for an issue about the whole notice. */
const issueLine = (i: ValidationIssue, lang: Locale): string => `${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`;

/** A notice read from text, checked: an item the text does not state is reported once, by the validator's MISSING_ITEM. */
function checkText(text: string, o: CheckMeetingOptions): { notice: MeetingNotice; issues: ValidationIssue[] } {
  // Relative days (明天、下周一) are read against --now, else the present.
  const parsed = parseMeetingNotice(text, { ...(o.year ? { year: Number(o.year) } : {}), now: o.now ?? o.present });
  const { issues: checked } = validateMeetingNotice(parsed.draft, o.now ? { now: o.now } : {});
  const missing = new Set(checked.filter((i) => i.code === 'MISSING_ITEM').map((i) => i.path[0]));
  return { notice: parsed.draft, issues: [...parsed.issues.filter((i) => !(i.code === 'NOT_IN_TEXT' && missing.has(i.path[0]!))), ...checked] };
}

const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

const NOT_A_NOTICE: LocalizedText = { 'zh-CN': '会议通知文件应为一个通知对象（多个通知用 NDJSON，每行一个）', en: 'a notice file holds one notice object (several notices: NDJSON, one per line)' };

const checkObject = (notice: MeetingNotice, o: CheckMeetingOptions): ValidationIssue[] => [...validateMeetingNotice(notice, o.now ? { now: o.now } : {}).issues];

/**
 * `guifan check-meeting FILE`: one notice (`.json`, or text in any other
 * file), or a batch of notices in NDJSON (`.ndjson`, `.jsonl`, or `-` when
 * standard input starts with `{`): one notice object per line, or
 * `{ "text": "…", "id"?: "…" }` for a notice in words. A batch is read,
 * checked and reported line by line in every format (constant memory).
 * Exit 1 when a notice has an error, 2 when a line cannot be read (the other
 * lines are still checked).
 */
export function checkMeetingCommand(file: string, ctx: CheckContext, o: CheckMeetingOptions): number {
  const rep = openReport(ctx, 'check-meeting', file, { jsonLines: isNdjsonPath(file) });
  let single: { json: unknown } | undefined;
  const stats = { notices: 0, failing: 0, bad: 0 };
  guardCheck(
    rep,
    file,
    () => {
      if (!isNdjsonPath(file)) {
        single = one(file, file.endsWith('.json') ? 'json' : 'text', readDocument(ctx.io, file), rep, ctx, o);
        return;
      }
      const it = inputLines(ctx.io, file)[Symbol.iterator]();
      // Standard input may still be one notice (JSON or text): its first line tells.
      const head: DecodedLine[] = [];
      let first: IteratorResult<DecodedLine>;
      while (!(first = it.next()).done) {
        head.push(first.value);
        if (typeof first.value !== 'string' || first.value.trim()) break;
      }
      const start = head.map((l) => (typeof l === 'string' ? l.trim() : '\ufffd')).find((l) => l) ?? '';
      if (file === '-' && (start === '{' || !start.startsWith('{'))) {
        for (let r = it.next(); !r.done; r = it.next()) head.push(r.value);
        const badLines = head.flatMap((l, k) => (typeof l === 'string' ? [] : [k + 1]));
        const text = head.map((l) => (typeof l === 'string' ? l : l.loose)).join('\n');
        single = one(file, start === '{' ? 'json' : 'text', { text, badLines }, rep, ctx, o);
        return;
      }
      batch(file, head, it, rep, ctx, o, stats);
    },
    (p) => {
      if (ctx.format === 'json' && !isNdjsonPath(file)) single = { json: { error: errorObject(p) } };
    },
  );
  const en = ctx.lang === 'en';
  if (single && ctx.format === 'json') ctx.io.stdout(JSON.stringify(single.json, null, 2));
  if (!single && isNdjsonPath(file) && ctx.format === 'text') ctx.io.stdout(en ? `${stats.notices} notice(s), ${stats.failing} with errors, ${stats.bad} unreadable line(s)` : `${stats.notices} 个通知，${stats.failing} 个有错误，${stats.bad} 行无法读取`);
  return rep.end();
}

/** One notice (the whole input): its JSON output, for the end. */
function one(file: string, kind: 'json' | 'text', doc: { text: string; badLines: readonly number[] }, rep: Reporter, ctx: CheckContext, o: CheckMeetingOptions): { json: unknown } {
  const { lang, format, io } = ctx;
  if (doc.badLines.length) {
    const p = badUtf8(file, doc.badLines[0]!);
    rep.problem(p);
    return { json: { error: errorObject(p) } };
  }
  let notice: MeetingNotice;
  let issues: ValidationIssue[];
  if (kind === 'json') {
    try {
      notice = JSON.parse(doc.text) as MeetingNotice;
    } catch (e) {
      const p = jsonDocumentProblem(e, file, doc.text);
      rep.problem(p);
      return { json: { error: errorObject(p) } };
    }
    // Not a notice at all (null, a number, a string, true, an array): it cannot be checked (exit 2), unlike a notice that breaks a rule.
    if (!isObject(notice)) {
      const p: Problem = { code: 'INVALID_INPUT', rule: 'MTG-01', file, line: firstLine(doc.text), message: NOT_A_NOTICE };
      rep.problem(p);
      return { json: { error: errorObject(p) } };
    }
    issues = checkObject(notice, o);
  } else ({ notice, issues } = checkText(doc.text, o));
  const name = (notice !== null && typeof notice === 'object' && (notice.id ?? notice.title)) || file;
  rep.record({ name: String(name), key: notice !== null && typeof notice === 'object' ? notice.id : undefined, findings: issues });
  if (format === 'text') {
    issues.forEach((i) => io.stdout(issueLine(i, lang)));
    io.stdout(issues.length ? (lang === 'en' ? `${issues.length} issue(s)` : `${issues.length} 个问题`) : lang === 'en' ? 'The notice is complete and consistent.' : '通知完整、一致。');
  }
  return { json: { notice, issues } };
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
  if (!isObject(value)) {
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

function batch(file: string, head: readonly DecodedLine[], rest: Iterator<DecodedLine>, rep: Reporter, ctx: CheckContext, o: CheckMeetingOptions, stats: { notices: number; failing: number; bad: number }): void {
  const { lang, format, io } = ctx;
  let lineNo = 0;
  const each = (raw: DecodedLine): void => {
    lineNo++;
    const where = `${file}:${lineNo}`;
    let p: Problem | undefined;
    let r: ReturnType<typeof readLine> | undefined;
    if (typeof raw !== 'string') p = badUtf8(file, lineNo);
    else if (!raw.trim()) return;
    else {
      r = readLine(raw, o);
      if ('bad' in r) p = { code: r.code, ...(r.code === 'INVALID_INPUT' ? { rule: 'MTG-01' } : {}), file, line: lineNo, message: r.bad };
    }
    if (p || !r || 'bad' in r) {
      stats.bad++;
      rep.problem(p!);
      return;
    }
    stats.notices++;
    const failed = r.issues.some((i) => i.severity === 'error');
    if (failed) stats.failing++;
    const name = r.id ?? r.notice.id ?? r.notice.title ?? where;
    rep.record({ name, line: lineNo, key: r.id ?? r.notice.id, findings: r.issues.map((i) => ({ ...i, line: lineNo })) });
    if (format === 'json') io.stdout(JSON.stringify({ line: lineNo, ...(r.id !== undefined ? { id: r.id } : {}), success: !failed, notice: r.notice, issues: r.issues }));
    else if (format === 'text') {
      io.stdout(`${failed ? '✗' : '✓'} ${where} ${name}`);
      for (const i of r.issues) io.stdout(`  ${issueLine(i, lang)}`);
    }
  };
  for (const l of head) each(l);
  for (let r = rest.next(); !r.done; r = rest.next()) each(r.value);
}
