import type { Locale } from '../../errors/types';
import { checkServiceLanguage, type LanguageFinding } from '../../conduct/checkServiceLanguage';
import { jsonErrorText } from '../_lib/jsonError';
import { renderReport, type ReportCase, type ReportFormat } from '../_lib/report';

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

/** NDJSON when every non-empty line is a JSON object; otherwise plain text, one utterance per line. */
function looksLikeNdjson(lines: readonly string[]): boolean {
  const full = lines.filter((l) => l.trim());
  return full.length > 0 && full.every((l) => l.trimStart().startsWith('{'));
}

/**
 * `guifan check-language FILE|-`: forbidden service phrases (SVC-02) in a
 * transcript, one utterance per line, or NDJSON records `{ "text": …, "id"?: … }`.
 * Exit 1 when an error-level phrase is found.
 */
export function checkLanguageCommand(file: string, text: string, lang: Locale, format: ReportFormat, out: (s: string) => void, err: (s: string) => void, version = ''): number {
  const lines = text.split(/\r?\n/);
  const ndjson = looksLikeNdjson(lines);
  const located: LocatedFinding[] = [];
  const cases: ReportCase[] = [];
  let bad = 0;
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let said = raw;
    let id: string | undefined;
    if (ndjson) {
      let rec: unknown;
      try {
        rec = JSON.parse(raw);
      } catch (e) {
        bad++;
        err(`${file}:${i + 1}: ${jsonErrorText(e)[lang]}`);
        return;
      }
      const r = rec as { text?: unknown; utterance?: unknown; content?: unknown; id?: unknown };
      const t = r.text ?? r.utterance ?? r.content;
      if (typeof t !== 'string') {
        bad++;
        err(`${file}:${i + 1}: ${lang === 'en' ? 'the record has no "text" string' : '该记录没有字符串字段 "text"'}`);
        return;
      }
      said = t;
      if (r.id !== undefined) id = String(r.id);
    }
    const here: LocatedFinding[] = checkServiceLanguage(said).findings.map((f) => ({ file, line: i + 1, column: f.startCodePoint + 1, ...(id !== undefined ? { id } : {}), finding: f }));
    located.push(...here);
    cases.push({ name: id ?? `line ${i + 1}`, line: i + 1, issues: here.map((l) => ({ ...l.finding, line: l.line, column: l.column })) });
  });
  const errors = located.filter((l) => l.finding.severity === 'error').length;
  if (format === 'junit' || format === 'github' || format === 'sarif') out(renderReport({ command: 'check-language', file, cases }, format, lang, version));
  else if (format === 'json') out(JSON.stringify(located.map((l) => ({ file: l.file, line: l.line, column: l.column, ...(l.id !== undefined ? { id: l.id } : {}), ...l.finding })), null, 2));
  else {
    for (const l of located) {
      const f = l.finding;
      out(`${l.file}:${l.line}:${l.column}: ${f.severity === 'error' ? (lang === 'en' ? 'error' : '错误') : lang === 'en' ? 'advice' : '建议'} [${f.code} ${f.rule ?? ''}]${l.id !== undefined ? ` ${l.id}` : ''} ${f.message[lang]}`);
    }
    const advice = located.length - errors;
    out(lang === 'en' ? `${located.length} finding(s): ${errors} forbidden phrase(s), ${advice} word(s) to avoid` : `共 ${located.length} 处：服务禁用语 ${errors} 处，应避免用语 ${advice} 处`);
  }
  if (bad) return 2;
  return errors ? 1 : 0;
}
