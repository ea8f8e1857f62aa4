import type { LocalizedText } from '../../../errors/types';
import { ruleIdOf } from './fingerprint';
import { where, type Judged, type ReportWriter, type WriterContext } from './writer';
import type { Finding, Problem, ReportCase } from './types';

/** GitHub shows at most 10 error and 10 warning annotations of a step (and 10 notices). */
export const GITHUB_MAX_PER_LEVEL = 10;

// Workflow commands (actions/toolkit command.ts): data escapes %, CR, LF; properties also : and ,.
const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** What the job summary needs, kept as the run goes (counts per rule, the first findings). */
export interface RunTally {
  readonly perRule: Map<string, { severity: 'error' | 'warning'; count: number; known: number }>;
  readonly first: { line: number | undefined; name: string; ruleId: string; severity: 'error' | 'warning'; message: LocalizedText; known: boolean }[];
  readonly problems: Problem[];
  problemCount: number;
  errors: number;
  warnings: number;
  known: number;
}

export const SUMMARY_ROWS = 50;

export const newTally = (): RunTally => ({ perRule: new Map(), first: [], problems: [], problemCount: 0, errors: 0, warnings: 0, known: 0 });

/** Counts a case's findings into the tally (bounded: counts per rule id and the first rows). */
export function tallyCase(t: RunTally, c: ReportCase, judged: readonly Judged[]): void {
  for (const j of judged) {
    const f = j.finding;
    const id = ruleIdOf(f);
    const row = t.perRule.get(id) ?? { severity: f.severity, count: 0, known: 0 };
    row.count++;
    if (j.known) row.known++;
    t.perRule.set(id, row);
    if (j.known) t.known++;
    else if (f.severity === 'error') t.errors++;
    else t.warnings++;
    if (t.first.length < SUMMARY_ROWS) t.first.push({ line: f.line ?? c.line, name: c.name, ruleId: id, severity: f.severity, message: f.message, known: j.known });
  }
}

export function tallyProblem(t: RunTally, p: Problem): void {
  t.problemCount++;
  if (t.problems.length < SUMMARY_ROWS) t.problems.push(p);
}

/**
 * GitHub Actions annotations, as many as GitHub shows: the first 10 errors
 * (parts that could not be checked before findings) and the first 10
 * warnings, written at the end in that order, then one notice with how many
 * more there are; findings the baseline knows are not annotated. The full
 * picture goes to the job summary.
 */
export function githubWriter(ctx: WriterContext, tally: RunTally, onEnd: (exitCode: number) => void): ReportWriter {
  const { lang, file } = ctx;
  const problems: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  let more = 0;
  let moreErrors = 0;
  const annotate = (level: 'error' | 'warning', props: string[], text: string): string => `::${level} ${props.join(',')}::${ghData(text)}`;
  const findingAnnotation = (c: ReportCase, f: Finding): string => {
    const line = f.line ?? c.line;
    const props = [`file=${ghProp(file)}`, ...(line ? [`line=${line}`] : []), ...(f.column ? [`col=${f.column}`] : []), `title=${ghProp(`${f.code}${f.rule ? ` ${f.rule}` : ''} ${c.name}`)}`];
    return annotate(f.severity, props, `${where(f)}${f.message[lang]}`);
  };
  return {
    record(c, judged) {
      tallyCase(tally, c, judged);
      for (const j of judged) {
        if (j.known) continue;
        const list = j.finding.severity === 'error' ? errors : warnings;
        if (list.length < GITHUB_MAX_PER_LEVEL) list.push(findingAnnotation(c, j.finding));
        else {
          more++;
          if (j.finding.severity === 'error') moreErrors++;
        }
      }
    },
    problem(p) {
      tallyProblem(tally, p);
      if (problems.length >= GITHUB_MAX_PER_LEVEL) {
        more++;
        moreErrors++;
        return;
      }
      const at = `${p.file}${p.line ? `:${p.line}` : ''}`;
      problems.push(annotate('error', [`file=${ghProp(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${ghProp(`${p.code}${p.rule ? ` ${p.rule}` : ""} ${at}`)}`], p.message[lang]));
    },
    end(exitCode) {
      const shown = [...problems, ...errors].slice(0, GITHUB_MAX_PER_LEVEL);
      const cut = problems.length + errors.length - shown.length;
      more += cut;
      moreErrors += cut;
      for (const a of [...shown, ...warnings]) ctx.out(a);
      if (more) {
        const w = more - moreErrors;
        ctx.out(
          `::notice title=guifan::${ghData(lang === 'en' ? `${more} more finding(s) not annotated (${moreErrors} error(s), ${w} warning(s)): GitHub shows ${GITHUB_MAX_PER_LEVEL} of each per step; the job summary counts them all` : `另有 ${more} 处未标注（错误 ${moreErrors}，警告 ${w}）：GitHub 每个步骤每种只显示 ${GITHUB_MAX_PER_LEVEL} 条，作业摘要列出全部计数`)}`,
        );
      }
      onEnd(exitCode);
    },
  };
}
