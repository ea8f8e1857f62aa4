import { isGuifanError } from '../../errors/isGuifanError';
import type { Locale } from '../../errors/types';
import type { CliIo } from '../io';
import { InputError } from './input/inputError';
import { readDocument } from './input/read';
import { createReporter, readBaseline, type FailOn, type Problem, type Reporter, type ReportFormat } from './report/index';

/** What every `check-*` command is given by runCli. */
export interface CheckContext {
  readonly io: CliIo;
  readonly lang: Locale;
  readonly format: ReportFormat;
  /** `--fail-on` as written (a command may accept more values, e.g. check-sla's `breached`). */
  readonly failOn: string | undefined;
  /** `--baseline FILE`. */
  readonly baselineFile: string | undefined;
}

/**
 * Opens the report of a check: the baseline read first (a baseline that
 * cannot be read is a problem of the run, which still checks everything), the
 * GitHub job summary wired to `$GITHUB_STEP_SUMMARY`.
 */
export function openReport(ctx: CheckContext, command: string, file: string, o: { failOn?: FailOn; jsonLines?: boolean } = {}): Reporter {
  const { io } = ctx;
  let baseline: Set<string> | undefined;
  let baseProblem: Problem | undefined;
  if (ctx.baselineFile !== undefined) {
    try {
      const read = readBaseline(readDocument(io, ctx.baselineFile).text);
      if (read instanceof Set) baseline = read;
      else baseProblem = { code: 'INVALID_INPUT', file: ctx.baselineFile, message: read };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      baseProblem = e.problem;
    }
  }
  const env = io.env ?? {};
  const summaryPath = env.GITHUB_STEP_SUMMARY;
  const append = io.appendFile;
  const rep = createReporter({
    command,
    file,
    format: ctx.format,
    lang: ctx.lang,
    version: io.version,
    failOn: o.failOn ?? (ctx.failOn as FailOn | undefined),
    baseline,
    out: (t) => io.stdout(t),
    err: (t) => io.stderr(t),
    jsonLines: o.jsonLines,
    summary:
      ctx.format === 'github' && summaryPath && append
        ? {
            write: (md) => {
              try {
                append(summaryPath, `${md}\n`);
              } catch (e) {
                io.stderr(`${summaryPath}: ${e instanceof Error ? e.message : String(e)}`);
              }
            },
            links: { server: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA },
          }
        : undefined,
  });
  if (baseProblem) rep.problem(baseProblem);
  return rep;
}

/**
 * Runs the body of a check: a file that cannot be read, or a GuifanError
 * (an invalid `--at`, a policy that does not compile), becomes a problem of
 * the report instead of an exception, so that the chosen format is always
 * complete and carries the reason. Returns what `onProblem` needs to add.
 */
export function guardCheck(rep: Reporter, file: string, body: () => void, onProblem?: (p: Problem) => void): void {
  try {
    body();
  } catch (e) {
    let p: Problem;
    if (e instanceof InputError) p = e.problem;
    else if (isGuifanError(e)) p = { code: e.code, file, message: e.messages };
    else throw e;
    rep.problem(p);
    onProblem?.(p);
  }
}
