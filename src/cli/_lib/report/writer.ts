import type { Locale, LocalizedText } from '../../../errors/types';
import type { Finding, Problem, ReportCase } from './types';

/** A finding as a writer sees it: whether it fails the run, whether the baseline knows it, its fingerprint. */
export interface Judged {
  readonly finding: Finding;
  readonly fails: boolean;
  readonly known: boolean;
  readonly fingerprint: string;
}

/** What every format writer is told, in order: cases and problems as they come, then the end. */
export interface ReportWriter {
  record(c: ReportCase, judged: readonly Judged[]): void;
  problem(p: Problem): void;
  end(exitCode: number): void;
}

/** The context every writer shares. */
export interface WriterContext {
  readonly command: string;
  readonly file: string;
  readonly lang: Locale;
  readonly version: string;
  readonly out: (text: string) => void;
}

export const tag = (f: Pick<Finding, 'code' | 'rule'>): string => `[${f.code}${f.rule ? ` ${f.rule}` : ''}]`;
export const where = (f: Finding): string => (f.path && f.path.length ? `${f.path.join('.')}: ` : '');
export const other = (lang: Locale): Locale => (lang === 'en' ? 'zh-CN' : 'en');
/** A bilingual text, the chosen language first: `简体中文 | English`. */
export const both = (t: LocalizedText, lang: Locale): string => (t[lang] === t[other(lang)] ? t[lang] : `${t[lang]} | ${t[other(lang)]}`);

/** A case name made unique in its suite by the line it starts on. */
export const caseTitle = (c: Pick<ReportCase, 'name' | 'line'>, lang: Locale): string => (c.line ? (lang === 'en' ? `${c.name} (line ${c.line})` : `${c.name}（第 ${c.line} 行）`) : c.name);

/** One text line of a finding: mark, code and rule, path, message; `(baseline)` when the baseline knows it. */
export function findingLine(j: Judged, lang: Locale): string {
  const f = j.finding;
  const mark = f.severity === 'error' ? '✗' : '!';
  const known = j.known ? (lang === 'en' ? ' (in baseline)' : '（基线已有）') : '';
  return `${mark} ${tag(f)} ${where(f)}${f.message[lang]}${known}`;
}

/** A writer that writes nothing (text and json: the command writes those itself). */
export const silentWriter: ReportWriter = { record: () => {}, problem: () => {}, end: () => {} };
