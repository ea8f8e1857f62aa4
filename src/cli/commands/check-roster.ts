import { createCalendar } from '../../calendar/createCalendar';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import type { Roster } from '../../duty/schema';
import { validateRoster, type RosterValidation } from '../../duty/validateRoster';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale } from '../../errors/types';
import { renderReport, type CheckReport, type ReportCase, type ReportFormat } from '../_lib/report';

/** Options of `guifan check-roster`. */
export interface CheckRosterOptions {
  /** `--from`, `--to`: the days checked, both included (default: the days the shifts touch). */
  from?: string | undefined;
  to?: string | undefined;
  /** `--office-hours 08:30-17:30[,13:30-17:00]`: the office's hours; outside them the duty officer is needed (CAL-06). */
  officeHours?: string | undefined;
  format: ReportFormat;
  lang: Locale;
  version: string;
}

/** What check-roster reads and writes. */
export interface CheckRosterIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
  /** A usage error (exit 2 with the help). */
  usage(message: string): Error;
}

/**
 * The report of one roster check, for every output format (kept in one
 * function so that it moves to a new report layer in one piece): one case for
 * the roster itself, one per service window, the duty officer and each person
 * or shift that has an issue, each with its issues.
 */
export function rosterReport(file: string, roster: Roster, v: RosterValidation): CheckReport {
  const name = (i: ValidationIssue): string => {
    const [root, index] = i.path;
    const r = roster as { windows?: { id?: string; name?: string }[]; people?: { id?: string; name?: string }[]; shifts?: { id?: string }[] };
    if (root === 'windows' && typeof index === 'number') return `window ${r.windows?.[index]?.name ?? r.windows?.[index]?.id ?? index}`;
    if (root === 'people' && typeof index === 'number') return `person ${r.people?.[index]?.name ?? r.people?.[index]?.id ?? index}`;
    if (root === 'shifts' && typeof index === 'number') return `shift ${r.shifts?.[index]?.id ?? index}`;
    if (root === 'offHoursDutyOfficer') return 'duty officer';
    return 'roster';
  };
  const cases = new Map<string, ValidationIssue[]>([['roster', []]]);
  for (const i of v.issues) cases.set(name(i), [...(cases.get(name(i)) ?? []), i]);
  const list: ReportCase[] = [...cases].map(([n, issues]) => ({ name: n, issues }));
  const errors = v.issues.filter((i) => i.severity === 'error').length;
  return {
    command: 'check-roster',
    file,
    cases: list,
    footer: {
      'zh-CN': errors ? `值班表有 ${errors} 个问题` : '值班表符合 DUT-01…DUT-04 的检查',
      en: errors ? `The roster has ${errors} problem(s)` : 'The roster passes the DUT-01…DUT-04 checks',
    },
  };
}

/** The calendar of `--office-hours`: `'08:30-12:00,13:30-17:30'` or `'24x7'`. */
function calendarOf(officeHours: string | undefined, io: CheckRosterIo): WorkingCalendar {
  if (officeHours === undefined) return chinaCalendar();
  if (officeHours === '24x7') return createCalendar({ businessHours: '24x7' });
  const hours = officeHours.split(',').map((seg) => {
    const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(seg.trim());
    if (!m) throw io.usage('--office-hours is HH:mm-HH:mm[,HH:mm-HH:mm…] or 24x7, e.g. 08:30-17:30');
    return [m[1]!, m[2]!] as [string, string];
  });
  return createCalendar({ businessHours: { hours } });
}

/** The civil days the shifts touch, in Beijing time: the default period. */
function span(roster: Roster): [string, string] | undefined {
  const shifts = Array.isArray((roster as { shifts?: unknown }).shifts) ? roster.shifts : [];
  const ms = shifts.flatMap((s) => [Date.parse(String(s?.start)), Date.parse(String(s?.end)) - 1]).filter((t) => Number.isFinite(t));
  if (!ms.length) return undefined;
  const day = (t: number): string => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
  return [day(ms.reduce((a, b) => Math.min(a, b))), day(ms.reduce((a, b) => Math.max(a, b)))];
}

/**
 * `guifan check-roster ROSTER.json|-`: a duty roster checked by
 * `validateRoster` (DUT-01…DUT-04, CAL-06) over `--from`…`--to` (default the
 * days its shifts touch), with `--office-hours` for the duty officer. Exit 1
 * when the roster has an error, 2 on bad usage or input.
 */
export function checkRosterCommand(file: string, io: CheckRosterIo, o: CheckRosterOptions): number {
  const roster = JSON.parse(io.readFile(file)) as Roster;
  const calendar = calendarOf(o.officeHours, io);
  const days = o.from !== undefined && o.to !== undefined ? [o.from, o.to] : span(roster);
  if (!days) throw io.usage('check-roster needs --from and --to when the roster has no shifts');
  const v = validateRoster(roster, { from: o.from ?? days[0]!, to: o.to ?? days[1]!, calendar });
  const report = rosterReport(file, roster, v);
  if (o.format === 'json') io.out(JSON.stringify(v, null, 2));
  else if (o.format === 'text') {
    for (const i of v.issues) io.out(`${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[o.lang]}`);
    io.out(report.footer![o.lang]);
  } else io.out(renderReport(report, o.format, o.lang, o.version));
  return v.success ? 0 : 1;
}
