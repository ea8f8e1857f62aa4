import { daysFromCivil, daysInMonth, formatDay, weekdayOfDay } from '../../_lib/civil';
import { calendarToICalendar } from '../../calendar/calendarToICalendar';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import { createCalendar } from '../../calendar/createCalendar';
import { formatHolidayNotice } from '../../calendar/formatHolidayNotice';
import type { WorkingCalendar } from '../../calendar/types';
import { importYear, readLine } from './calendar-import';
import { calendarWith, readYearFile } from './calendar-years';
import type { ValidationIssue } from '../../errors/issues';
import type { Locale } from '../../errors/types';

/** What `guifan calendar` needs from the process (a subset of the CLI's io). */
export interface CalendarCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile?(path: string, text: string): void;
}

export interface CalendarCommandOptions {
  out?: string | undefined;
  years?: string | undefined;
  year?: string | undefined;
}

export const CALENDAR_HELP = `  guifan calendar import <notice.txt|yyyy.json>  read a State Council holiday notice, or a holiday-cn year
                                            file: the year as JSON, with its issues (says which it read)
      --out <yyyy.json>                     also write the year file for createCalendar({ years }) (exit 1 on errors)
      --year <yyyy>                         year of a notice without its title
  guifan calendar coverage --through <+90d|yyyy-mm-dd>  CI check: does the holiday calendar reach that day?
                                            exit 1 with the remedy when a year is missing (CAL-02)
      --years <file>                        the year the service loads (import --out output, holiday-cn file, notice text)
      --format text|json|junit|github|sarif, --fail-on, --baseline: as for every check-* command
  guifan calendar show <yyyy>               a month grid of the year, holidays (休) and make-up days (班) marked
      --years <yyyy.json>                   the year file written by import (default: the packaged data)
  guifan calendar ics <yyyy>                the year's holidays and make-up working days as an iCalendar feed (.ics)
      --lang en                             English summaries (default 简体中文)
      --out <file.ics>                      write the file (exact CRLF text) instead of printing it`;

function issueLine(i: ValidationIssue, lang: Locale): string {
  return `${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.join('.')}: ${i.message[lang]}`;
}

function usage(io: CalendarCommandIo, text: string): number {
  io.stderr(`${text}\n\nUsage:\n${CALENDAR_HELP}`);
  return 2;
}

const WEEK_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const WEEK_EN = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month grid of one year (Monday first), each day marked 休 (holiday) or 班 (make-up working day). */
export function monthGrid(cal: WorkingCalendar, year: number, lang: Locale): string[] {
  const rest = lang === 'en' ? 'H' : '休';
  const work = lang === 'en' ? 'W' : '班';
  const blank = lang === 'en' ? ' ' : '  ';
  const cell = lang === 'en' ? 4 : 5;
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    out.push(lang === 'en' ? `${MONTH_EN[m - 1]} ${year}` : `${year}年${m}月`);
    out.push((lang === 'en' ? WEEK_EN : WEEK_ZH).map((w) => (lang === 'en' ? ` ${w} ` : ` ${w}  `)).join('').trimEnd());
    const first = daysFromCivil(year, m, 1);
    let row = ' '.repeat(cell * ((weekdayOfDay(first) + 6) % 7));
    const names: string[] = [];
    for (let d = 1; d <= daysInMonth(year, m); d++) {
      const day = first + d - 1;
      const info = cal.dayInfo(formatDay(day));
      const mark = info.kind === 'holiday' ? rest : info.kind === 'makeup-workday' ? work : blank;
      row += `${String(d).padStart(2, ' ')}${mark} `;
      if (info.kind === 'holiday' || info.kind === 'makeup-workday') {
        const n = `${lang === 'en' ? info.nameEn ?? info.name : info.name}`;
        if (n && !names.includes(n)) names.push(n);
      }
      if ((weekdayOfDay(day) + 6) % 7 === 6) {
        out.push(row.trimEnd());
        row = '';
      }
    }
    if (row.trim()) out.push(row.trimEnd());
    if (names.length) out.push(`  ${names.join(lang === 'en' ? ', ' : '、')}`);
    out.push('');
  }
  out.push(lang === 'en' ? `${rest} day off (holiday), ${work} make-up working day; provisional: ${cal.dayInfo(`${year}-06-30`).provisional}` : `${rest} 放假，${work} 调休上班；${cal.dayInfo(`${year}-06-30`).provisional ? '（暂定：该年无正式安排）' : ''}`.replace(/；$/, ''));
  return out;
}

/**
 * `guifan calendar import|show|ics`: the holiday-notice workflow on the
 * command line (paste → import → review → commit the JSON → load) and the
 * holiday feed. `calendar coverage`, the CI check before the year runs out, is
 * a check command on the shared report layer (calendar-coverage.ts).
 */
export function calendarCommand(args: readonly string[], opts: CalendarCommandOptions, io: CalendarCommandIo, lang: Locale): number {
  const [sub, ...rest] = args;
  if (sub === 'import') {
    if (rest.length !== 1) return usage(io, 'calendar import needs <notice.txt|yyyy.json>');
    const year = opts.year === undefined ? undefined : Number(opts.year);
    if (year !== undefined && !Number.isInteger(year)) return usage(io, '--year must be a year, e.g. 2027');
    const n = importYear(io.readFile(rest[0]!), year);
    io.stderr(readLine(n, lang));
    const errors = n.issues.filter((i) => i.severity === 'error');
    const report = {
      source: n.source,
      year: n.year,
      holidays: n.holidays,
      workdays: n.workdays,
      ...(n.outside.holidays.length || n.outside.workdays.length ? { outside: n.outside } : {}),
      issues: n.issues.map((i) => ({ code: i.code, rule: i.rule, severity: i.severity, path: i.path, ...(i.details.span ? { span: i.details.span } : {}), message: i.message[lang] })),
    };
    io.stdout(JSON.stringify(report, null, 2));
    n.issues.forEach((i) => io.stderr(issueLine(i, lang)));
    if (opts.out !== undefined) {
      if (!io.writeFile) return usage(io, '--out is not available here');
      if (errors.length || n.year === undefined) {
        io.stderr(lang === 'en' ? `${errors.length} error(s): ${opts.out} not written` : `${errors.length} 个错误：未写入 ${opts.out}`);
        return 1;
      }
      // Exactly a `years` entry; days of the December before belong to that year's data.
      io.writeFile(opts.out, `${JSON.stringify({ holidays: n.holidays, workdays: n.workdays }, null, 2)}\n`);
      const before = [...n.outside.holidays.map((d) => `${d.date} ${lang === 'en' ? 'off' : '休'}`), ...n.outside.workdays.map((d) => `${d.date} ${lang === 'en' ? 'work' : '班'}`)];
      if (before.length) {
        io.stderr(
          lang === 'en'
            ? `! ${before.join(', ')}: in the December before, not in ${opts.out}; load them as extraHolidays/extraWorkdays, or use createCalendar({ notices })`
            : `! ${before.join('、')}：属于前一年 12 月，不在 ${opts.out} 中；请以 extraHolidays/extraWorkdays 加载，或使用 createCalendar({ notices })`,
        );
      }
      io.stderr(lang === 'en' ? `${n.year}: ${n.holidays.length} days off, ${n.workdays.length} make-up working days → ${opts.out}` : `${n.year} 年：${n.holidays.length} 个放假日，${n.workdays.length} 个调休上班日 → ${opts.out}`);
    }
    return errors.length ? 1 : 0;
  }
  if (sub === 'show') {
    if (rest.length !== 1 || !/^\d{4}$/.test(rest[0]!)) return usage(io, 'calendar show needs <yyyy>');
    const year = Number(rest[0]);
    let cal = chinaCalendar();
    if (opts.years !== undefined) {
      const f = readYearFile(io.readFile(opts.years), year);
      f.issues.forEach((i) => io.stderr(issueLine(i, lang)));
      cal = calendarWith(f);
    }
    const covered = cal.coverage.start <= `${year}-01-01` && cal.coverage.end >= `${year}-12-31`;
    if (!covered) cal = createCalendar({ outOfCoverage: 'provisional' });
    monthGrid(cal, year, lang).forEach((l) => io.stdout(l));
    if (covered) io.stdout(formatHolidayNotice(year, { calendar: cal }));
    return 0;
  }
  if (sub === 'ics') {
    if (rest.length !== 1 || !/^\d{4}$/.test(rest[0]!)) return usage(io, 'calendar ics needs <yyyy>');
    const year = Number(rest[0]);
    let cal = chinaCalendar();
    if (!(cal.coverage.start <= `${year}-01-01` && cal.coverage.end >= `${year}-12-31`)) {
      cal = createCalendar({ outOfCoverage: 'provisional' });
      // A feed people subscribe to must not pass off the law alone as the published arrangement.
      io.stderr(lang === 'en' ? `! ${year}: no published arrangement in the data; the feed is provisional (statutory holidays only)` : `! ${year} 年：数据中尚无正式安排，日历为暂定（仅法定假日）`);
    }
    const ics = calendarToICalendar({ from: `${year}-01-01`, to: `${year}-12-31`, lang, calendar: cal });
    if (opts.out !== undefined) {
      if (!io.writeFile) return usage(io, '--out is not available here');
      io.writeFile(opts.out, ics);
      return 0;
    }
    // RFC 5545 §3.1: every line ends with CRLF, the last one too. The host ends a piece of
    // output with "\n" itself, so the text goes out without it: its final "\r" makes the CRLF.
    io.stdout(ics.slice(0, -1));
    return 0;
  }
  return usage(io, `unknown calendar command ${sub ?? ''}`.trim());
}

