import { formatDay } from '../../_lib/civil';
import { createZone } from '../../_lib/zone';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import { needsYear } from '../../calendar/needsYear';
import type { WorkingCalendar } from '../../calendar/types';
import type { ValidationIssue } from '../../errors/issues';
import { isGuifanError } from '../../errors/isGuifanError';
import type { LocalizedText } from '../../errors/types';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { badUtf8, readDocument } from '../_lib/input/read';
import { jsonDocumentProblem } from '../_lib/jsonError';
import { errorObject, findingLine, type Finding, type Problem, type ReportCase } from '../_lib/report/index';
import { calendarWith, KIND_TEXT, readYearFile, type YearFile } from './calendar-years';

// `guifan calendar coverage`: the CI check before the year runs out (CAL-02), on the report layer every check-*
// command uses — the same exit codes, formats, --fail-on, --baseline and job summary.

/** Where the finding is placed without `--years`: the file in which the service pins the guifan whose packaged data it runs on. */
export const PACKAGED_DATA_FILE = 'package.json';

/** `+90d` (from `now`, in the calendar's zone) or a date / instant: the last day to cover; `undefined` when unreadable. */
export function horizonOf(through: string, now: Date, cal: WorkingCalendar): string | undefined {
  const rel = /^\+(\d{1,4})d$/.exec(through.trim());
  if (rel) return formatDay(createZone(cal.timeZone).dayOf(now.getTime()) + Number(rel[1]));
  try {
    return cal.toCivilDate(through);
  } catch {
    return undefined;
  }
}

/**
 * Why `calendar coverage` cannot run as written (a usage error, exit 2), or
 * `undefined`. The horizon is read in the default calendar's zone, which a
 * year file does not change.
 */
export function coverageUsage(rest: readonly string[], through: string | undefined, now: Date): string | undefined {
  if (rest.length !== 0 || through === undefined) return 'calendar coverage needs --through <+90d|yyyy-mm-dd>';
  if (horizonOf(through, now, chinaCalendar()) === undefined) return '--through must be +<days>d or a date, e.g. +90d or 2027-01-31';
  return undefined;
}

/** Arguments of `guifan calendar coverage`. */
export interface CoverageArgs {
  /** `--through`, already checked by {@link coverageUsage}. */
  readonly through: string;
  /** `--years FILE`: the year the service loads. */
  readonly years?: string | undefined;
  readonly now: Date;
}

const at = (i: ValidationIssue): LocalizedText => {
  const p = i.path.length ? `${i.path.join('.')}: ` : '';
  return { 'zh-CN': `${p}${i.message['zh-CN']}`, en: `${p}${i.message.en}` };
};

/** The line of a notice's issue (`line.N`) in the year file; none for a JSON file's issue. */
const lineOf = (i: ValidationIssue): number | undefined => (i.path[0] === 'line' && typeof i.path[1] === 'number' ? i.path[1] : undefined);

/** An error of the year file: the file cannot be loaded, so coverage cannot be checked (exit 2). */
const issueProblem = (i: ValidationIssue, file: string): Problem => ({ code: i.code, rule: i.rule, file, line: lineOf(i), message: at(i) });

/** A warning of the year file (it loads): a finding, so that `--fail-on warning` can fail on it. */
const issueFinding = (i: ValidationIssue): Finding => ({ code: i.code, rule: i.rule, severity: i.severity, message: i.message, path: i.path, line: lineOf(i) });

/** The year file, read; a problem when it is not UTF-8 or not JSON. */
function readYears(ctx: CheckContext, file: string): YearFile | Problem {
  const doc = readDocument(ctx.io, file);
  if (doc.badLines.length) return badUtf8(file, doc.badLines[0]!);
  const text = doc.text.replace(/^\uFEFF/, '');
  const t = text.trim();
  // JSON is told by its first character (anything else is a notice's text): where it does not parse, say where.
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(text);
    } catch (e) {
      return jsonDocumentProblem(e, file, text);
    }
  }
  return readYearFile(text);
}

/**
 * `guifan calendar coverage --through +90d|DATE [--years FILE]`: does the
 * calendar the service uses reach that day (CAL-02)? One record, the
 * calendar, with `CALENDAR_NOT_COVERED` and its remedy (paste the notice, the
 * import command, the provisional option and what it means) as an error
 * finding — exit 1 — in every format; with `--years`, a record of the year
 * file too, its warnings as findings. A year file that cannot be read or
 * loaded is a problem of the run: exit 2.
 */
export function coverageCommand(a: CoverageArgs, ctx: CheckContext): number {
  const { io, lang, format } = ctx;
  const en = lang === 'en';
  const file = a.years ?? PACKAGED_DATA_FILE;
  const rep = openReport(ctx, 'calendar-coverage', file);
  const general: Problem[] = [];
  const fail = (p: Problem): void => {
    rep.problem(p);
    general.push(p);
  };
  let json: Record<string, unknown> | undefined;
  guardCheck(
    rep,
    file,
    () => {
      let years: YearFile | undefined;
      if (a.years !== undefined) {
        const read = readYears(ctx, a.years);
        if (!('kind' in read)) return fail(read);
        years = read;
        const errors = read.issues.filter((i) => i.severity === 'error');
        if (errors.length) return errors.forEach((i) => fail(issueProblem(i, file)));
      }
      let cal: WorkingCalendar;
      try {
        cal = calendarWith(years);
      } catch (e) {
        // A notice with errors: each of its issues, on its line.
        const issues = isGuifanError(e) ? (e.details as { issues?: unknown }).issues : undefined;
        // The year file is the one notice of the options: its issues' paths start at the notice (`line.3`).
        if (Array.isArray(issues) && issues.length) return (issues as ValidationIssue[]).forEach((i) => fail(issueProblem(i.path[0] === 'notices' ? { ...i, path: i.path.slice(2) } : i, file)));
        throw e;
      }
      const through = horizonOf(a.through, a.now, cal)!;
      const need = needsYear(cal, { through });
      const source = a.years === undefined ? (en ? 'packaged data' : '随包数据') : `${en ? 'packaged data + ' : '随包数据 + '}${a.years}（${KIND_TEXT[years!.kind][lang]}）`;
      const { start, end } = cal.coverage;
      const yearCase: ReportCase | undefined = years && {
        name: a.years!,
        group: 'years',
        key: 'years',
        summary: { 'zh-CN': `已载入：${KIND_TEXT[years.kind]['zh-CN']}`, en: `loaded: ${KIND_TEXT[years.kind].en}` },
        findings: years.issues.map(issueFinding),
      };
      const summary: LocalizedText = need
        ? { 'zh-CN': `节假日日历（${source}）覆盖 ${start} 至 ${end}，到 ${through} 还缺 ${need.years.join('、')} 年`, en: `The holiday calendar (${source}) covers ${start} to ${end}; through ${through} it still needs ${need.years.join(', ')}` }
        : { 'zh-CN': `节假日日历（${source}）覆盖 ${start} 至 ${end}：${through} 之前均已覆盖。`, en: `The holiday calendar (${source}) covers ${start} to ${end}: through ${through} is covered.` };
      // The identity of a finding (its fingerprint) is the first missing year: a baseline of this December's
      // finding does not hide next December's.
      const coverage: ReportCase = {
        name: `calendar covers ${through}`,
        key: need ? `year ${need.year}` : 'covered',
        summary,
        findings: need ? [{ code: 'CALENDAR_NOT_COVERED', rule: 'CAL-02', severity: 'error', message: need.remedy }] : [],
      };
      if (yearCase) rep.record(yearCase);
      rep.record(coverage);
      if (format === 'text') {
        // The verdict first (the remedy when not covered), then the year file's warnings.
        const lines = coverage.findings.map((f) => findingLine(rep.judge(coverage, f), lang));
        io.stdout(lines.length ? lines.join('\n') : `✓ ${summary[lang]}`);
        for (const f of yearCase?.findings ?? []) io.stdout(findingLine(rep.judge(yearCase!, f), lang));
      }
      json = {
        covered: !need,
        through,
        coverageStart: start,
        coverageEnd: end,
        source,
        ...(need ? { code: 'CALENDAR_NOT_COVERED', rule: need.rule, years: need.years, provisional: need.provisional, remedy: need.remedy[lang] } : {}),
        ...(years ? { yearFile: { file: a.years, kind: years.kind, issues: years.issues.map((i) => ({ code: i.code, rule: i.rule, severity: i.severity, path: i.path, message: i.message[lang] })) } } : {}),
      };
    },
    (p) => void general.push(p),
  );
  if (format === 'text' && json === undefined && general.length) {
    io.stdout(en ? `${file}: not loaded (${general.length} error(s) above); coverage not checked` : `${file}：有 ${general.length} 个错误（见上），未能载入，未检查覆盖范围`);
  }
  if (format === 'json') io.stdout(JSON.stringify(json ?? { error: errorObject(general[0]!), ...(general.length > 1 ? { more: general.slice(1).map(errorObject) } : {}) }, null, 2));
  return rep.end();
}
