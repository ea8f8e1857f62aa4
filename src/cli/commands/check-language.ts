import type { Locale } from '../../errors/types';
import { checkServiceLanguage, type LanguageFinding } from '../../conduct/checkServiceLanguage';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { badUtf8, inputLines, isNdjsonPath } from '../_lib/input/read';
import { jsonLineProblem } from '../_lib/jsonError';
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
 * line that opens a JSON object). Exit 1 when an error-level phrase is found,
 * 2 when a line cannot be read (the other lines are still checked).
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
  guardCheck(
    rep,
    file,
    () => {
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
        let said = raw;
        let id: string | undefined;
        if (ndjson) {
          let rec: unknown;
          try {
            rec = JSON.parse(raw);
          } catch (e) {
            problem(jsonLineProblem(e, file, n));
            continue;
          }
          const r = (rec ?? {}) as { text?: unknown; utterance?: unknown; content?: unknown; id?: unknown };
          const t = r.text ?? r.utterance ?? r.content;
          if (typeof t !== 'string') {
            problem({ code: 'INVALID_INPUT', rule: 'SVC-02', file, line: n, message: { 'zh-CN': '该记录没有字符串字段 "text"', en: 'the record has no "text" string' } });
            continue;
          }
          said = t;
          if (r.id !== undefined) id = String(r.id);
        }
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
