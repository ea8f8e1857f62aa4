import { createCalendar } from '../../calendar/createCalendar';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import type { Roster } from '../../duty/schema';
import { validateRoster, type RosterValidation } from '../../duty/validateRoster';
import type { ValidationIssue } from '../../errors/issues';
import type { LocalizedText } from '../../errors/types';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { firstLine } from '../_lib/input/elementLines';
import { badUtf8, readDocument } from '../_lib/input/read';
import { jsonDocumentProblem } from '../_lib/jsonError';
import { errorObject, tag, type Problem, type ReportCase } from '../_lib/report/index';

/** Options of `guifan check-roster`. */
export interface CheckRosterOptions {
  /** `--from`, `--to`: the days checked, both included (default: the days the shifts touch). */
  from?: string | undefined;
  to?: string | undefined;
  /** `--office-hours 08:30-17:30[,13:30-17:00]` or `24x7`: the office's hours; outside them the duty officer is needed (CAL-06). */
  officeHours?: string | undefined;
}

/**
 * The cases of one roster check (kept in one function): the roster itself,
 * then one per service window, the duty officer, and each person or shift
 * with an issue, each keyed by its id for fingerprints.
 */
export function rosterCases(roster: Roster, v: RosterValidation): ReportCase[] {
  const r = roster as { windows?: { id?: string; name?: string }[]; people?: { id?: string; name?: string }[]; shifts?: { id?: string }[] };
  const caseOf = (i: ValidationIssue): { name: string; key: string } => {
    const [root, index] = i.path;
    if (root === 'windows' && typeof index === 'number') return { name: `window ${r.windows?.[index]?.name ?? r.windows?.[index]?.id ?? index}`, key: `window:${r.windows?.[index]?.id ?? index}` };
    if (root === 'people' && typeof index === 'number') return { name: `person ${r.people?.[index]?.name ?? r.people?.[index]?.id ?? index}`, key: `person:${r.people?.[index]?.id ?? index}` };
    if (root === 'shifts' && typeof index === 'number') return { name: `shift ${r.shifts?.[index]?.id ?? index}`, key: `shift:${r.shifts?.[index]?.id ?? index}` };
    if (root === 'offHoursDutyOfficer') return { name: 'duty officer', key: 'duty-officer' };
    return { name: 'roster', key: 'roster' };
  };
  const cases = new Map<string, { name: string; key: string; findings: ValidationIssue[] }>([['roster', { name: 'roster', key: 'roster', findings: [] }]]);
  for (const i of v.issues) {
    const c = caseOf(i);
    const known = cases.get(c.key);
    if (known) known.findings.push(i);
    else cases.set(c.key, { ...c, findings: [i] });
  }
  return [...cases.values()];
}

/** The calendar of `--office-hours`, or why it cannot be read. */
function calendarOf(officeHours: string | undefined): WorkingCalendar | LocalizedText {
  if (officeHours === undefined) return chinaCalendar();
  if (officeHours === '24x7') return createCalendar({ businessHours: '24x7' });
  const hours: [string, string][] = [];
  for (const seg of officeHours.split(',')) {
    const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(seg.trim());
    if (!m) return { 'zh-CN': '--office-hours 应为 HH:mm-HH:mm[,HH:mm-HH:mm…] 或 24x7，如 08:30-17:30', en: '--office-hours is HH:mm-HH:mm[,HH:mm-HH:mm…] or 24x7, e.g. 08:30-17:30' };
    hours.push([m[1]!, m[2]!]);
  }
  return createCalendar({ businessHours: { hours } });
}

/** The civil days the shifts touch, in Beijing time: the default period. */
function span(roster: Roster): [string, string] | undefined {
  const shifts = Array.isArray((roster as { shifts?: unknown } | null)?.shifts) ? roster.shifts : [];
  const ms = shifts.flatMap((s) => [Date.parse(String(s?.start)), Date.parse(String(s?.end)) - 1]).filter((t) => Number.isFinite(t));
  if (!ms.length) return undefined;
  const day = (t: number): string => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
  return [day(ms.reduce((a, b) => Math.min(a, b))), day(ms.reduce((a, b) => Math.max(a, b)))];
}

/**
 * `guifan check-roster ROSTER.json|-`: a duty roster checked by
 * `validateRoster` (DUT-01…DUT-04, CAL-06) over `--from`…`--to` (default the
 * days its shifts touch), with `--office-hours` for the duty officer. Exit 1
 * when the roster has an error, 2 when it cannot be read or checked.
 */
export function checkRosterCommand(file: string, ctx: CheckContext, o: CheckRosterOptions): number {
  const { lang, format, io } = ctx;
  const rep = openReport(ctx, 'check-roster', file);
  let json: unknown;
  const fail = (p: Problem): void => {
    rep.problem(p);
    json = { error: errorObject(p) };
  };
  guardCheck(
    rep,
    file,
    () => {
      const doc = readDocument(io, file);
      if (doc.badLines.length) return fail(badUtf8(file, doc.badLines[0]!));
      let roster: Roster;
      try {
        roster = JSON.parse(doc.text) as Roster;
      } catch (e) {
        return fail(jsonDocumentProblem(e, file, doc.text));
      }
      // Not a roster at all (null, a number, a string, true, an array): it cannot be checked (exit 2), unlike a roster that breaks a rule.
      if (roster === null || typeof roster !== 'object' || Array.isArray(roster)) {
        return fail({ code: 'INVALID_INPUT', rule: 'DUT-01', file, line: firstLine(doc.text), message: { 'zh-CN': '值班表文件应为一个值班表对象（{ people, shifts, … }）', en: 'a roster file holds one roster object ({ people, shifts, … })' } });
      }
      const calendar = calendarOf(o.officeHours);
      if (!('timeZone' in calendar)) return fail({ code: 'USAGE', file, message: calendar });
      const days = o.from !== undefined && o.to !== undefined ? [o.from, o.to] : span(roster);
      if (!days) return fail({ code: 'USAGE', file, message: { 'zh-CN': '值班表没有班次时需要 --from 和 --to', en: 'check-roster needs --from and --to when the roster has no shifts' } });
      const v = validateRoster(roster, { from: o.from ?? days[0]!, to: o.to ?? days[1]!, calendar });
      for (const c of rosterCases(roster, v)) rep.record(c);
      json = v;
      if (format === 'text') {
        for (const i of v.issues) io.stdout(`${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`);
        const errors = v.issues.filter((i) => i.severity === 'error').length;
        io.stdout(
          lang === 'en' ? (errors ? `The roster has ${errors} problem(s)` : 'The roster passes the DUT-01…DUT-04 checks') : errors ? `值班表有 ${errors} 个问题` : '值班表符合 DUT-01…DUT-04 的检查',
        );
      }
    },
    (p) => void (json = { error: errorObject(p) }),
  );
  if (format === 'json' && json !== undefined) io.stdout(JSON.stringify(json, null, 2));
  return rep.end();
}
