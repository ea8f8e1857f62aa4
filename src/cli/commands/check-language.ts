import type { Locale } from '../../errors/types';
import { checkServiceLanguage, type LanguageFinding } from '../../conduct/checkServiceLanguage';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { elementLines, firstLine, touches } from '../_lib/input/elementLines';
import { badUtf8, inputLines, isNdjsonPath, readDocument } from '../_lib/input/read';
import { jsonDocumentProblem, jsonLineProblem } from '../_lib/jsonError';
import { errorObject, type Problem } from '../_lib/report/index';

/** A finding located in the input file. */
export interface LocatedFinding {
  readonly file: string;
  /** 1-based line of the file. */
  readonly line: number;
  /** 1-based column in code points: of the line (text), or of the `text` value (NDJSON). */
  readonly column: number;
  readonly id?: string;
  readonly finding: LanguageFinding;
}

/**
 * `guifan check-language FILE|-`: forbidden service phrases (SVC-02) in a
 * transcript, read line by line: one utterance per line, or NDJSON records
 * `{ "text": …, "id"?: … }` (a `.ndjson`/`.jsonl` file, or a first non-blank
 * line that opens a JSON object); a `.json` file is one JSON document, an
 * array of such records (or one). Exit 1 when an error-level phrase is found,
 * 2 when a line or record cannot be read (the others are still checked).
 */
export function checkLanguageCommand(file: string, ctx: CheckContext): number {
  const { lang, format, io } = ctx;
  const rep = openReport(ctx, 'check-language', file);
  const json: unknown[] = [];
  let found = 0;
  let fatal: Problem | undefined;
  let errors = 0;
  const problem = (p: Problem): void => {
    rep.problem(p);
    if (format === 'json') json.push({ error: errorObject(p) });
  };
  /** One utterance: its findings, one record of the report. */
  const utterance = (said: string, n: number, id: string | undefined): void => {
    const here: LocatedFinding[] = checkServiceLanguage(said).findings.map((f) => ({ file, line: n, column: f.startCodePoint + 1, ...(id !== undefined ? { id } : {}), finding: f }));
    found += here.length;
    errors += here.filter((l) => l.finding.severity === 'error').length;
    // Fingerprints follow the utterance, not its line: its id, else its text.
    rep.record({ name: id ?? (lang === 'en' ? `line ${n}` : `第 ${n} 行`), key: id ?? said, findings: here.map((l) => ({ ...l.finding, line: l.line, column: l.column })) });
    for (const l of here) {
      const f = l.finding;
      if (format === 'json') json.push({ file: l.file, line: l.line, column: l.column, ...(l.id !== undefined ? { id: l.id } : {}), ...f });
      else if (format === 'text') io.stdout(`${l.file}:${l.line}:${l.column}: ${f.severity === 'error' ? (lang === 'en' ? 'error' : '错误') : lang === 'en' ? 'advice' : '建议'} [${f.code} ${f.rule ?? ''}]${l.id !== undefined ? ` ${l.id}` : ''} ${f.message[lang as Locale]}`);
    }
  };
  /** A JSON record `{ text, id? }` on line `n`: an utterance, or a problem when it is not one or not UTF-8 (exit 2). */
  const record = (rec: unknown, n: number, notUtf8 = false): void => {
    if (notUtf8) return problem(badUtf8(file, n));
    const r = (rec !== null && typeof rec === 'object' && !Array.isArray(rec) ? rec : undefined) as { text?: unknown; utterance?: unknown; content?: unknown; id?: unknown } | undefined;
    const t = r && (r.text ?? r.utterance ?? r.content);
    if (typeof t !== 'string') {
      const message = r ? { 'zh-CN': '该记录没有字符串字段 "text"', en: 'the record has no "text" string' } : { 'zh-CN': '每条记录应为 JSON 对象 { "text": …, "id"?: … }', en: 'each record is a JSON object { "text": …, "id"?: … }' };
      return problem({ code: 'INVALID_INPUT', rule: 'SVC-02', file, line: n, message });
    }
    utterance(t, n, r!.id !== undefined ? String(r!.id) : undefined);
  };
  /** A `.json` file: one JSON document, an array of records (or one record), each on the line where it starts. */
  const fromDocument = ({ text, badLines }: { text: string; badLines: readonly number[] }): void => {
    // A document that cannot be read at all is one error object in --format json, as a file that cannot be read.
    const whole = (p: Problem): void => {
      rep.problem(p);
      fatal = p;
    };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return whole(jsonDocumentProblem(e, file, text));
    }
    if (value === null || typeof value !== 'object') {
      return whole({ code: 'INVALID_INPUT', rule: 'SVC-02', file, line: firstLine(text), message: { 'zh-CN': '.json 文件应为记录数组 [{ "text": …, "id"?: … }]（或一条记录）', en: 'a .json file holds an array of records [{ "text": …, "id"?: … }] (or one record)' } });
    }
    if (!Array.isArray(value)) return record(value, badLines[0] ?? firstLine(text), badLines.length > 0);
    const starts = elementLines(text, 'records');
    const lines = starts.length === value.length ? starts : undefined;
    value.forEach((v, i) => {
      const line = lines?.[i];
      const hit = line === undefined ? badLines[0] : touches(badLines, line, lines![i + 1] ?? Infinity);
      record(v, hit ?? line ?? firstLine(text), hit !== undefined);
    });
  };
  guardCheck(
    rep,
    file,
    () => {
      if (/\.json$/i.test(file)) return fromDocument(readDocument(io, file));
      let ndjson: boolean | undefined = isNdjsonPath(file) && file !== '-' ? true : undefined;
      let n = 0;
      for (const raw of inputLines(io, file)) {
        n++;
        if (typeof raw !== 'string') {
          problem(badUtf8(file, n));
          continue;
        }
        if (!raw.trim()) continue;
        ndjson ??= raw.trimStart().startsWith('{');
        if (!ndjson) {
          utterance(raw, n, undefined);
          continue;
        }
        let rec: unknown;
        try {
          rec = JSON.parse(raw);
        } catch (e) {
          problem(jsonLineProblem(e, file, n));
          continue;
        }
        record(rec, n);
      }
    },
    (p) => void (fatal = p),
  );
  // A file that could not be read at all is one error object; a line that could not be read is an entry of the list.
  if (format === 'json') io.stdout(JSON.stringify(fatal && !json.length ? { error: errorObject(fatal) } : fatal ? [...json, { error: errorObject(fatal) }] : json, null, 2));
  else if (format === 'text') {
    const advice = found - errors;
    io.stdout(lang === 'en' ? `${found} finding(s): ${errors} forbidden phrase(s), ${advice} word(s) to avoid` : `共 ${found} 处：服务禁用语 ${errors} 处，应避免用语 ${advice} 处`);
  }
  return rep.end();
}
