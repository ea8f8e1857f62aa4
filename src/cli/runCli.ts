import { parseArgs } from 'node:util';
import { checkCliArgs } from './checkCliArgs';
import { chinaCalendar } from '../calendar/chinaCalendar';
import { isGuifanError } from '../errors/isGuifanError';
import type { Locale } from '../errors/types';
import { explainDue } from '../time-limit/explainDue';
import { checkLanguageCommand } from './commands/check-language';
import { schemaCommand } from './commands/schema';
import { checkSlaCommand } from './commands/check-sla';
import { calendarCommand } from './commands/calendar';
import { coverageCommand, coverageUsage, PACKAGED_DATA_FILE } from './commands/calendar-coverage';
import { checkComplaints } from './commands/check-complaints';
import { checkComplaintsAsync } from './commands/check-complaints-jobs';
import { mergeCommand } from './commands/complaints-merge';
import { summarizeCommand } from './commands/complaints-summarize';
import { checkMeetingCommand } from './commands/check-meeting';
import { checkRosterCommand } from './commands/check-roster';
import { openReport, type CheckContext } from './_lib/check';
import { fileProblem, ioCodeOf } from './_lib/input/inputError';
import { jsonErrorText } from './_lib/jsonError';
import { FAIL_ON, REPORT_FORMATS, type ReportFormat } from './_lib/report/index';
import { HELP } from './help';
import type { CliIo } from './io';

export type { CliIo, CliTempFile } from './io';

class Usage extends Error {}

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  policy: { type: 'string' },
  at: { type: 'string' },
  'fail-on': { type: 'string' },
  baseline: { type: 'string' },
  year: { type: 'string' },
  now: { type: 'string' },
  format: { type: 'string' },
  list: { type: 'boolean' },
  out: { type: 'string' },
  years: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  through: { type: 'string' },
  'office-hours': { type: 'string' },
  jobs: { type: 'string' },
  'first-line': { type: 'string' },
  summary: { type: 'boolean' },
  ids: { type: 'string' },
} as const;

/**
 * Runs the `guifan` command line with the given arguments. Exported for hosts
 * that embed the checks; `bin` wires it to the process.
 *
 * @param argv - the arguments after the program name
 * @param io - {@link CliIo}
 * @returns the exit code: 0 clean, 1 findings at the `--fail-on` level, 2 the run could not check everything (bad usage or input)
 * @throws {GuifanError} `INVALID_OPTIONS` when `argv` is not an array of strings or `io` lacks a member
 * @example
 * const out = []
 * runCli(['workday', '2026-10-10'], { stdout: (t) => out.push(t), stderr: () => {}, readFile: () => '', now: () => new Date(0), version: 'test' }) //=> 0
 * out[0] //=> '2026-10-10 工作日（调休上班：国庆节）'
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  return dispatch(argv, io, false) as number;
}

/**
 * Runs the `guifan` command line as {@link runCli} does, and also what runs in
 * worker threads (`check-complaints --jobs N`, which needs the built package:
 * its worker script is loaded from beside it). `bin` calls this.
 *
 * @param argv - the arguments after the program name
 * @param io - {@link CliIo}
 * @returns a promise of the exit code (as runCli)
 * @throws {GuifanError} `INVALID_OPTIONS` when `argv` is not an array of strings or `io` lacks a member
 * @example
 * const out = []
 * runCliAsync(['workday', '2026-10-10'], { stdout: (t) => out.push(t), stderr: () => {}, readFile: () => '', now: () => new Date(0), version: 'test' }) instanceof Promise //=> true
 * out[0] //=> '2026-10-10 工作日（调休上班：国庆节）'
 */
export function runCliAsync(argv: readonly string[], io: CliIo): Promise<number> {
  // Bad arguments or io throw here, as runCli throws; only a run with worker threads goes on after this returns.
  return Promise.resolve(dispatch(argv, io, true));
}

/** `--jobs N`: a whole number of worker threads, 1 (this thread) to 64. */
function jobsOf(text: string | undefined, cmd: string): number {
  if (text === undefined) return 1;
  if (cmd !== 'check-complaints') throw new Usage('--jobs is an option of check-complaints');
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64) throw new Usage('--jobs must be a whole number from 1 to 64');
  return n;
}

function dispatch(argv: readonly string[], io: CliIo, threads: boolean): number | Promise<number> {
  checkCliArgs(argv, io);
  let lang: Locale = 'zh-CN';
  let format: ReportFormat | undefined;
  let cmd: string | undefined;
  let target: string | undefined;
  // The check a usage error is reported for in the chosen format, and its input (`calendar coverage` is a check too).
  let reportAs: { command: string; file: string } | undefined;
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
    if (values.lang !== undefined && values.lang !== 'zh-CN' && values.lang !== 'en') throw new Usage(`--lang must be zh-CN or en`);
    lang = (values.lang as Locale | undefined) ?? 'zh-CN';
    if (values.format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(values.format)) throw new Usage(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    // --json is the same as --format json.
    format = (values.format as ReportFormat | undefined) ?? (values.json ? 'json' : 'text');
    const out = (x: unknown) => io.stdout(typeof x === 'string' ? x : JSON.stringify(x, null, 2));
    if (values.version) {
      io.stdout(io.version);
      return 0;
    }
    const [first, ...args] = positionals;
    cmd = first;
    target = args[0];
    if (cmd !== undefined) jobsOf(values.jobs, cmd);
    if (cmd?.startsWith('check-')) reportAs = { command: cmd, file: target ?? '-' };
    else if (cmd === 'calendar' && target === 'coverage') reportAs = { command: 'calendar-coverage', file: values.years ?? PACKAGED_DATA_FILE };
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    // A bare `guifan` is a usage error: the help goes to standard error.
    if (!cmd) throw new Usage(lang === 'en' ? 'a command is needed' : '需要一个命令');
    const context = (): CheckContext => {
      const failOn = values['fail-on'];
      if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn) && !(cmd === 'check-sla' && (failOn === 'breached' || failOn === 'over-max'))) {
        throw new Usage(`--fail-on must be ${FAIL_ON.join(', ')}${cmd === 'check-sla' ? ' (or breached, over-max)' : ''}`);
      }
      return { io, lang, format: format!, failOn, baselineFile: values.baseline };
    };
    const check = (): CheckContext => {
      const ctx = context();
      if (args.length !== 1) throw new Usage(`${cmd} needs one input file (- for standard input)`);
      return ctx;
    };
    switch (cmd) {
      case 'due': {
        if (args.length !== 2) throw new Usage('due needs <start> <limit>');
        const e = explainDue(args[0]!, args[1]!);
        out(values.json ? e : `${e.dueText}\n${e.text[lang]}`);
        return 0;
      }
      case 'workday': {
        if (args.length < 1 || args.length > 2) throw new Usage('workday needs <date> [n]');
        const cal = chinaCalendar();
        if (args[1] !== undefined) {
          const e = cal.explainAddWorkdays(args[0]!, Number(args[1]));
          out(values.json ? e : e.to);
          return 0;
        }
        const d = cal.dayInfo(args[0]!);
        if (values.json) out(d);
        else {
          const what = d.workday ? (lang === 'en' ? 'working day' : '工作日') : lang === 'en' ? 'rest day' : '休息日';
          const why = d.kind === 'makeup-workday' ? (lang === 'en' ? ` (make-up day: ${d.nameEn ?? d.name})` : `（调休上班：${d.name}）`) : d.kind === 'holiday' ? (lang === 'en' ? ` (${d.nameEn ?? d.name})` : `（${d.name}）`) : '';
          out(`${d.date} ${what}${why}`);
        }
        return 0;
      }
      case 'check-sla':
        return checkSlaCommand({ file: args[0]!, policy: values.policy, at: values.at }, check());
      case 'check-meeting':
        return checkMeetingCommand(args[0]!, check(), { year: values.year, now: values.now, present: io.now() });
      case 'check-language':
        return checkLanguageCommand(args[0]!, check());
      case 'check-roster':
        return checkRosterCommand(args[0]!, check(), { from: values.from, to: values.to, officeHours: values['office-hours'] });
      case 'check-complaints': {
        const jobs = jobsOf(values.jobs, cmd);
        const a = { file: args[0]!, at: values.at, from: values.from, to: values.to, policy: values.policy };
        if (jobs === 1) return checkComplaints(a, check());
        if (!threads) throw new Usage('--jobs runs worker threads: call runCliAsync (the guifan command does)');
        return checkComplaintsAsync(a, jobs, check());
      }
      case 'complaints': {
        const [sub, ...files] = args;
        const ctx = context();
        if (sub === 'summarize') {
          if (files.length !== 1) throw new Usage('complaints summarize needs one NDJSON file (- for standard input)');
          if (values.ids !== undefined && values.ids !== 'check' && values.ids !== 'trust') throw new Usage('--ids must be check or trust');
          return summarizeCommand({ file: files[0]!, at: values.at, from: values.from, to: values.to, policy: values.policy, firstLine: values['first-line'], ids: values.ids }, ctx);
        }
        if (sub === 'merge') {
          if (files.length === 0) throw new Usage('complaints merge needs the part files');
          return mergeCommand(files, values.summary === true, ctx);
        }
        throw new Usage('complaints needs summarize or merge');
      }
      case 'schema':
        return schemaCommand(args, { list: values.list === true, out: values.out }, lang, io);
      case 'calendar': {
        if (target !== 'coverage') return calendarCommand(args, { out: values.out, years: values.years, year: values.year }, io, lang);
        const ctx = context();
        const now = io.now();
        const why = coverageUsage(args.slice(1), values.through, now);
        if (why !== undefined) throw new Usage(why);
        return coverageCommand({ through: values.through!, years: values.years, now }, ctx);
      }
      default:
        throw new Usage(`unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof Usage || (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${e.message}\n\n${HELP}`);
      // A check run in CI still writes its format, with the usage error as the reason (an empty SARIF or XML breaks the upload).
      if (reportAs && format !== undefined && format !== 'text') {
        const rep = openReport({ io: { ...io, stderr: () => {} }, lang, format, failOn: undefined, baselineFile: undefined }, reportAs.command, reportAs.file);
        rep.problem({ code: 'USAGE', file: reportAs.file, message: { 'zh-CN': e.message, en: e.message } });
        if (format === 'json') io.stdout(JSON.stringify({ error: { code: 'USAGE', file: reportAs.file, message: { 'zh-CN': e.message, en: e.message } } }, null, 2));
        rep.end();
      }
      return 2;
    }
    if (isGuifanError(e)) {
      io.stderr(e.messages[lang]);
      return 2;
    }
    if (e instanceof SyntaxError) {
      io.stderr(jsonErrorText(e)[lang]);
      return 2;
    }
    const code = ioCodeOf(e);
    if (code !== undefined) {
      const p = fileProblem(String((e as { path?: unknown }).path ?? ''), code);
      io.stderr(`${p.file}: ${p.message[lang]}`);
      return 2;
    }
    throw e;
  }
}

