import { parseArgs } from 'node:util';
import { checkCliArgs } from './checkCliArgs';
import { chinaCalendar } from '../calendar/chinaCalendar';
import { isGuifanError } from '../errors/isGuifanError';
import type { Locale } from '../errors/types';
import type { ValidationIssue } from '../errors/issues';
import * as presets from '../presets/_lib/all';
import { evaluateCases } from '../sla/evaluateCases';
import { compiledOf, compileSlaPolicy } from '../sla/compileSlaPolicy';
import { formatInstant } from '../_lib/formatInstant';
import { SlaCaseSchema, type SlaCase, type SlaPolicy } from '../sla/schema';
import { validatePolicy } from '../sla/validatePolicy';
import { parseOrIssues } from '../sla/_lib/parse';
import { explainDue } from '../time-limit/explainDue';
import { checkLanguageCommand } from './commands/check-language';
import { schemaCommand } from './commands/schema';
import { checkSlaStream, isNdjsonPath } from './commands/check-sla-stream';
import { REPORT_FORMATS, renderReport, reportFails, type CheckReport, type ReportFormat } from './_lib/report';
import { CALENDAR_HELP, calendarCommand } from './commands/calendar';
import { checkComplaints } from './commands/check-complaints';
import { checkMeetingCommand } from './commands/check-meeting';
import { checkRosterCommand } from './commands/check-roster';
import { jsonErrorText } from './_lib/jsonError';

/**
 * What the CLI may touch: everything else it does is pure.
 *
 * @example
 * // an embedding host: in-memory files, output collected, a fixed clock
 * const files = { 'cases.json': JSON.stringify([{ attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }]) }
 * const out = []
 * const io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile: (p) => files[p], now: () => new Date('2026-10-12T02:05:00Z'), version: '0.0.0' }
 * runCli(['check-sla', 'cases.json', '--json'], io) //=> 0 (10:05: the 15-minute query clock still runs)
 */
export interface CliIo {
  /** Writes one piece of standard output (a line or a block); the host ends it with a line break, as `bin` does. */
  stdout(text: string): void;
  /** Writes one piece of standard error (usage and input errors), like `stdout`. */
  stderr(text: string): void;
  /** Reads a whole file as UTF-8 text (`-`: standard input); an `ENOENT` error it throws is reported as “no such file”, exit code 2. */
  readFile(path: string): string;
  /** The lines of a file (`-`: standard input), read as they come: NDJSON inputs run in constant memory. Without it, `readFile` is split. */
  readLines?(path: string): Iterable<string>;
  /** Writes a file (`schema --out`, `calendar import --out`); hosts that embed the checks may leave it out, and `--out` is then refused. */
  writeFile?(path: string, text: string): void;
  /** The current instant: the default of `--at`. */
  now(): Date;
  /** The package version, printed by `--version`. */
  version: string;
}

const HELP = `guifan — 规范: Chinese service regulations as code

Usage:
  guifan due <start> <limit>                deadline of a limit started at <start>
                                            e.g. guifan due 2026-09-30T16:00+08:00 1个工作日内
  guifan workday <date> [n]                 is <date> a working day; with n, the n-th working day after it
  guifan check-sla <cases.json|.ndjson|->   evaluate cases against an SLA policy (exit 1 on a breach);
                                            NDJSON (one case per line, - for stdin) streams in constant memory
      --policy <preset-id|policy.json>      default property-service-centre
      --at <instant>                        default now
      --fail-on breached|over-max|never     default breached
  guifan check-meeting <notice.json|.txt|notices.ndjson|->  validate meeting notices (exit 1 on errors);
                                            NDJSON (one notice per line, or { "text", "id"? }; - for stdin)
                                            streams in constant memory, a bad line is exit 2 with its number
      --year <yyyy>                         year for text dates written without one
      --now <instant>                       the present, for relative days (明天) and materials not yet sent
  guifan check-language <file|->            forbidden service phrases (SVC-02) in a transcript: one
                                            utterance per line, or NDJSON { "text", "id"? }; findings
                                            as file:line:column (exit 1 on a forbidden phrase)
${CALENDAR_HELP}

  guifan check-complaints <records.json|.ndjson|->  count complaints, closure states, metrics vs targets
                                            (exit 1 on a record error or a missed target, 2 on an unreadable
                                            line); counting needs every record, so they are held in memory
      --at <instant>                        default now
      --from <date> --to <date>             metrics period, default first record … --at
      --policy <preset-id|policy.json>      adds on-time rates per SLA clock
  guifan check-roster <roster.json|->       a duty roster: coverage, duty officer, weekly rest, overtime
                                            (DUT-01…DUT-04; exit 1 on errors)
      --from <date> --to <date>             days checked, default the days the shifts touch
      --office-hours <HH:mm-HH:mm,…|24x7>   office hours: outside them the duty officer is needed (CAL-06)
  guifan schema <name> | --list | --out <dir>  JSON Schema of a public model (sla-policy, meeting-notice …)

Options: --lang zh-CN|en (messages, default zh-CN), --json (machine-readable output),
  --format text|json|junit|github|sarif (every check-* command: JUnit XML, GitHub annotations, SARIF 2.1.0), --help, --version
Exit codes: 0 ok, 1 the check found problems, 2 bad usage or input.`;

const CLOCK_STATE_ZH: Record<string, string> = { 'not-started': '未开始', running: '计时中', paused: '已暂停', met: '按时完成', breached: '已超时', 'met-late': '超时完成' };

const PRESETS: Record<string, SlaPolicy> = Object.fromEntries(Object.values(presets).map((p) => [p.id, p as SlaPolicy]));

class Usage extends Error {}

function issueLines(issues: readonly ValidationIssue[], lang: Locale): string[] {
  return issues.map((i) => `${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`);
}

/**
 * Runs the `guifan` command line with the given arguments. Exported for hosts
 * that embed the checks; `bin` wires it to the process.
 *
 * @param argv - the arguments after the program name
 * @param io - {@link CliIo}
 * @returns the exit code: 0 ok, 1 problems found, 2 bad usage or input
 * @throws {GuifanError} `INVALID_OPTIONS` when `argv` is not an array of strings or `io` lacks a member
 * @example
 * const out = []
 * runCli(['workday', '2026-10-10'], { stdout: (t) => out.push(t), stderr: () => {}, readFile: () => '', now: () => new Date(0), version: 'test' }) //=> 0
 * out[0] //=> '2026-10-10 工作日（调休上班：国庆节）'
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  checkCliArgs(argv, io);
  let lang: Locale = 'zh-CN';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        policy: { type: 'string' },
        at: { type: 'string' },
        'fail-on': { type: 'string' },
        year: { type: 'string' },
        now: { type: 'string' },
        format: { type: 'string' },
        list: { type: 'boolean' },
        out: { type: 'string' },
        years: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'office-hours': { type: 'string' },
      },
    });
    if (values.lang !== undefined && values.lang !== 'zh-CN' && values.lang !== 'en') throw new Usage(`--lang must be zh-CN or en`);
    lang = (values.lang as Locale | undefined) ?? 'zh-CN';
    if (values.format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(values.format)) throw new Usage(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    // --json is the same as --format json.
    const format: ReportFormat = (values.format as ReportFormat | undefined) ?? (values.json ? 'json' : 'text');
    const ci = (report: CheckReport): number | undefined => {
      if (format !== 'junit' && format !== 'github' && format !== 'sarif') return undefined;
      out(renderReport(report, format, lang, io.version));
      return reportFails(report) ? 1 : 0;
    };
    const out = (x: unknown) => io.stdout(typeof x === 'string' ? x : JSON.stringify(x, null, 2));
    if (values.version) {
      io.stdout(io.version);
      return 0;
    }
    const [cmd, ...args] = positionals;
    if (values.help || !cmd) {
      io.stdout(HELP);
      return cmd || values.help ? 0 : 2;
    }
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
          const n = Number(args[1]);
          const e = cal.explainAddWorkdays(args[0]!, n);
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
      case 'check-sla': {
        if (args.length !== 1) throw new Usage('check-sla needs <cases.json>');
        const p = values.policy ?? 'property-service-centre';
        const policy: SlaPolicy = PRESETS[p] ?? (JSON.parse(io.readFile(p)) as SlaPolicy);
        const pv = validatePolicy(policy);
        if (!pv.success) {
          issueLines(pv.issues, lang).forEach((l) => io.stderr(l));
          return 2;
        }
        if (isNdjsonPath(args[0]!)) {
          const failOn = values['fail-on'] ?? 'breached';
          if (!['breached', 'over-max', 'never'].includes(failOn)) throw new Usage('--fail-on must be breached, over-max or never');
          const lines = io.readLines ? io.readLines(args[0]!) : io.readFile(args[0]!).split(/\r?\n/);
          const opts = { at: values.at ?? io.now().toISOString(), failOn, format, lang, version: io.version, policyId: policy.id };
          return checkSlaStream(args[0]!, lines, compileSlaPolicy(policy), opts, (t) => io.stdout(t), (t) => io.stderr(t));
        }
        const raw = JSON.parse(io.readFile(args[0]!)) as unknown;
        const list = Array.isArray(raw) ? raw : (raw as { cases?: unknown }).cases;
        if (!Array.isArray(list)) throw new Usage(lang === 'en' ? 'the cases file holds an array of cases or { cases: [...] }' : '案件文件应为案件数组或 { cases: [...] }');
        // User files are checked before the (trusting) batch evaluator sees them.
        const shapeIssues = list.flatMap((c, i) => parseOrIssues(SlaCaseSchema, c, ['cases', i], 'ESC-04').issues);
        if (shapeIssues.length) {
          issueLines(shapeIssues, lang).forEach((l) => io.stderr(l));
          return 2;
        }
        const cases = list as SlaCase[];
        const at = values.at ?? io.now().toISOString();
        const failOn = values['fail-on'] ?? 'breached';
        if (!['breached', 'over-max', 'never'].includes(failOn)) throw new Usage('--fail-on must be breached, over-max or never');
        const compiled = compileSlaPolicy(policy);
        const zone = compiledOf(compiled).cal.zone;
        const results = evaluateCases(compiled, cases, at);
        const report: CheckReport = {
          command: 'check-sla',
          file: args[0]!,
          cases: results.flatMap((r, i) => {
            const id = r.id ?? `#${i}`;
            const clocks = r.clocks.map((c) => {
              const bad = failOn === 'breached' ? c.state === 'breached' || c.state === 'met-late' : failOn === 'over-max' ? c.overMax : false;
              const due = c.due === undefined ? '—' : formatInstant(c.due, zone);
              return {
                name: `${id} ${c.name}`,
                failed: bad,
                summary: { 'zh-CN': `${CLOCK_STATE_ZH[c.state]}，期限 ${due}${c.level ? `，已升级至 ${c.level}` : ''}`, en: `${c.state}, due ${due}${c.level ? `, level ${c.level}` : ''}` },
                issues: [],
              };
            });
            const own = r.issues.length ? [{ name: id, issues: r.issues.map((x) => ({ ...x, path: ['cases', i, ...x.path] })) }] : [];
            return [...own, ...clocks];
          }),
        };
        const ciCode = ci(report);
        if (ciCode !== undefined) return ciCode;
        let failed = 0;
        const lines: string[] = [];
        results.forEach((r, i) => {
          for (const c of r.clocks) {
            const bad = failOn === 'breached' ? c.state === 'breached' || c.state === 'met-late' : failOn === 'over-max' ? c.overMax : false;
            if (bad) failed++;
            const due = c.due === undefined ? '—' : formatInstant(c.due, zone);
            // Every word in the chosen language (ids, clock names and levels are the policy's data).
            lines.push(
              lang === 'en'
                ? `${bad ? '✗' : '✓'} ${r.id ?? `#${i}`} ${c.name} ${c.state} due ${due}${c.level ? ` level ${c.level}` : ''}`
                : `${bad ? '✗' : '✓'} ${r.id ?? `#${i}`} ${c.name} ${CLOCK_STATE_ZH[c.state]} 期限 ${due}${c.level ? ` 升级 ${c.level}` : ''}`,
            );
          }
          issueLines(r.issues, lang).forEach((l) => lines.push(`  ${l}`));
          // A clock that could not be evaluated (days past the calendar's data) must not pass CI silently.
          if (failOn !== 'never') failed += r.issues.filter((x) => x.code === 'CALENDAR_NOT_COVERED').length;
        });
        if (values.json) out(results);
        else {
          lines.forEach((l) => io.stdout(l));
          io.stdout(lang === 'en' ? `${results.length} cases, ${failed} failing clocks (policy ${policy.id}, at ${at})` : `${results.length} 个案件，${failed} 个时钟不合格（策略 ${policy.id}，时刻 ${at}）`);
        }
        return failed ? 1 : 0;
      }
      case 'check-meeting': {
        if (args.length !== 1) throw new Usage('check-meeting needs <notice.json|notice.txt|notices.ndjson|->');
        return checkMeetingCommand(
          args[0]!,
          { readFile: io.readFile, ...(io.readLines ? { readLines: io.readLines } : {}), out: (t) => io.stdout(t), err: (t) => io.stderr(t) },
          { year: values.year, now: values.now, present: io.now(), format, lang, version: io.version },
        );
      }
      case 'check-roster': {
        if (args.length !== 1) throw new Usage('check-roster needs <roster.json|->');
        const rio = { readFile: io.readFile, out: (t: string) => io.stdout(t), err: (t: string) => io.stderr(t), usage: (m: string) => new Usage(m) };
        return checkRosterCommand(args[0]!, rio, { from: values.from, to: values.to, officeHours: values['office-hours'], format, lang, version: io.version });
      }
      case 'schema':
        return schemaCommand(args, { list: values.list === true, out: values.out }, lang, io);
      case 'check-language': {
        if (args.length !== 1) throw new Usage('check-language needs <file|->');
        return checkLanguageCommand(args[0]!, io.readFile(args[0]!), lang, format, (t) => io.stdout(t), (t) => io.stderr(t), io.version);
      }
      case 'calendar':
        return calendarCommand(args, { out: values.out, years: values.years, year: values.year }, io, lang);
      case 'check-complaints': {
        if (args.length !== 1) throw new Usage('check-complaints needs <records.json|records.ndjson|->');
        return checkComplaints(
          { file: args[0]!, at: values.at, from: values.from, to: values.to, policy: values.policy },
          { lang, format, out: (t) => io.stdout(t), err: (t) => io.stderr(t), readFile: io.readFile, ...(io.readLines ? { readLines: io.readLines } : {}), now: io.now, presets: PRESETS, version: io.version, usage: (m) => new Usage(m) },
        );
      }
      default:
        throw new Usage(`unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof Usage || (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${e.message}\n\n${HELP}`);
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
    if (e instanceof Error && 'code' in e && (e as { code: unknown }).code === 'ENOENT') {
      io.stderr(`${lang === 'en' ? 'No such file' : '文件不存在'}: ${(e as { path?: string }).path ?? ''}`);
      return 2;
    }
    throw e;
  }
}
