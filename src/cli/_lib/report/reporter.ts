import type { Locale } from '../../../errors/types';
import { EXIT } from './exitCodes';
import { fingerprintOf } from './fingerprint';
import { githubWriter, newTally } from './github';
import { junitWriter } from './junit';
import { sarifWriter } from './sarif';
import { jobSummary, type SourceLinks } from './summary';
import { silentWriter, type Judged, type ReportWriter, type WriterContext } from './writer';
import type { FailOn, Finding, Problem, ReportCase, ReportFormat } from './types';

/** How a `check-*` command reports: see {@link createReporter}. */
export interface ReporterOptions {
  readonly command: string;
  /** The input as named on the command line (`-`: standard input). */
  readonly file: string;
  readonly format: ReportFormat;
  readonly lang: Locale;
  readonly version: string;
  /** Default `error`. */
  readonly failOn?: FailOn | undefined;
  /** Fingerprints of known findings (`--baseline`): they are reported but never fail the run. */
  readonly baseline?: ReadonlySet<string> | undefined;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `--format json` with one JSON value per line: each problem is written as a `{ "error": … }` line. */
  readonly jsonLines?: boolean | undefined;
  /** `--format github`: where the Markdown job summary goes (`$GITHUB_STEP_SUMMARY`), and the links to lines. */
  readonly summary?: { readonly write: (markdown: string) => void; readonly links: SourceLinks } | undefined;
}

/** A `check-*` command's report: cases and problems go out as they are found; `end` closes the format and gives the exit code. */
export interface Reporter {
  /** One checked record and its findings; returns whether it fails the run. */
  record(c: ReportCase): boolean;
  /** A part that could not be checked (always also one line on standard error). */
  problem(p: Problem): void;
  /** Whether a finding of a case fails the run (its severity at `--fail-on`, and not in the baseline). */
  judge(c: ReportCase, f: Finding): Judged;
  /** Cases with a failing finding so far, findings that fail, problems so far. */
  readonly counts: { readonly failingCases: number; readonly failing: number; readonly problems: number; readonly known: number };
  /** Closes the report; returns the exit code ({@link EXIT}). */
  end(): number;
}

const RANK = { error: 2, warning: 1 } as const;
const LEVEL: Record<FailOn, number> = { error: 2, warning: 1, never: Infinity };

/** The error object every JSON output uses for a part that could not be checked. */
export const errorObject = (p: Problem): Record<string, unknown> => ({ code: p.code, ...(p.rule ? { rule: p.rule } : {}), file: p.file, ...(p.line ? { line: p.line } : {}), ...(p.reason ? { reason: p.reason } : {}), message: p.message });

/** One line of standard error for a problem: `file:line: [CODE] message`. */
export const problemLine = (p: Problem, lang: Locale): string => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.code === 'INVALID_JSON' || p.code === 'FILE_UNREADABLE' ? '' : `[${p.code}${p.rule ? ` ${p.rule}` : ''}] `}${p.message[lang]}`;

/**
 * The report layer every `check-*` command shares: it judges findings
 * against `--fail-on` and the baseline, streams JUnit, SARIF and GitHub
 * annotations as cases come (text and json are the command's own), writes
 * every problem to standard error, and turns the run into one exit code.
 */
export function createReporter(o: ReporterOptions): Reporter {
  const failAt = LEVEL[o.failOn ?? 'error'];
  const ctx: WriterContext = { command: o.command, file: o.file, lang: o.lang, version: o.version, out: o.out };
  let failingCases = 0;
  let failing = 0;
  let problems = 0;
  let known = 0;
  const tally = newTally();
  const writer: ReportWriter =
    o.format === 'junit'
      ? junitWriter(ctx)
      : o.format === 'sarif'
        ? sarifWriter(ctx, o.baseline !== undefined)
        : o.format === 'github'
          ? githubWriter(ctx, tally, (exitCode) => o.summary?.write(jobSummary(tally, { command: o.command, file: o.file, lang: o.lang, exitCode, links: o.summary.links })))
          : silentWriter;
  // Fingerprints are for SARIF and the baseline: not computed where nothing reads them.
  const needPrints = o.format === 'sarif' || o.baseline !== undefined;
  const judge = (c: ReportCase, f: Finding): Judged => {
    const fingerprint = needPrints ? fingerprintOf(o.command, c, f) : '';
    const isKnown = o.baseline?.has(fingerprint) ?? false;
    return { finding: f, fingerprint, known: isKnown, fails: !isKnown && RANK[f.severity] >= failAt };
  };
  let ended = false;
  return {
    judge,
    get counts() {
      return { failingCases, failing, problems, known };
    },
    record(c) {
      const judged = c.findings.map((f) => judge(c, f));
      let any = false;
      for (const j of judged) {
        if (j.known) known++;
        if (j.fails) {
          failing++;
          any = true;
        }
      }
      if (any) failingCases++;
      writer.record(c, judged);
      return any;
    },
    problem(p) {
      problems++;
      o.err(problemLine(p, o.lang));
      if (o.format === 'json' && o.jsonLines) o.out(JSON.stringify({ error: errorObject(p) }));
      writer.problem(p);
    },
    end() {
      const code = problems ? EXIT.incomplete : failing ? EXIT.findings : EXIT.clean;
      if (!ended) writer.end(code);
      ended = true;
      return code;
    },
  };
}
