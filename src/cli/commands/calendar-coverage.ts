import { formatDay } from '../../_lib/civil';
import { createZone } from '../../_lib/zone';
import { needsYear, type YearNeeded } from '../../calendar/needsYear';
import type { WorkingCalendar } from '../../calendar/types';
import type { Locale } from '../../errors/types';

// `guifan calendar coverage`: the CI check before the year runs out (CAL-02).
// Its four formats are written here, small, on purpose: one check, one result.

export const COVERAGE_FORMATS = ['text', 'json', 'junit', 'github'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

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

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const gh = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** The coverage result in a format; the exit code is 1 exactly when `need` is set. */
export function coverageReport(cal: WorkingCalendar, through: string, need: YearNeeded | undefined, format: CoverageFormat, lang: Locale, source: string): string {
  const end = cal.coverage.end;
  const ok =
    lang === 'en'
      ? `The holiday calendar (${source}) covers ${cal.coverage.start} to ${end}: through ${through} is covered.`
      : `节假日日历（${source}）覆盖 ${cal.coverage.start} 至 ${end}：${through} 之前均已覆盖。`;
  const name = `calendar covers ${through}`;
  switch (format) {
    case 'json':
      return JSON.stringify(
        { covered: !need, through, coverageStart: cal.coverage.start, coverageEnd: end, source, ...(need ? { code: 'CALENDAR_NOT_COVERED', rule: need.rule, years: need.years, provisional: need.provisional, remedy: need.remedy[lang] } : {}) },
        null,
        2,
      );
    case 'github':
      return need ? `::error title=CALENDAR_NOT_COVERED CAL-02 ${need.years.join(', ')}::${gh(need.remedy[lang])}` : `::notice title=guifan calendar coverage::${gh(ok)}`;
    case 'junit': {
      const body = need ? `\n      <failure type="CALENDAR_NOT_COVERED" message="${xml(`[CALENDAR_NOT_COVERED CAL-02] ${need.years.join(', ')}`)}">${xml(need.remedy[lang])}</failure>\n    ` : `\n      <system-out>${xml(ok)}</system-out>\n    `;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="guifan" tests="1" failures="${need ? 1 : 0}" errors="0">`,
        `  <testsuite name="guifan calendar coverage" tests="1" failures="${need ? 1 : 0}" errors="0" skipped="0">`,
        `    <testcase name="${xml(name)}" classname="guifan.calendar.coverage">${body}</testcase>`,
        '  </testsuite>',
        '</testsuites>',
      ].join('\n');
    }
    default:
      return need ? `✗ [CALENDAR_NOT_COVERED CAL-02] ${need.remedy[lang]}` : `✓ ${ok}`;
  }
}

/** Runs the check: the report and the exit code (0 covered, 1 not). */
export function coverageCheck(cal: WorkingCalendar, through: string, format: CoverageFormat, lang: Locale, source: string): { text: string; code: number } {
  const need = needsYear(cal, { through });
  return { text: coverageReport(cal, through, need, format, lang, source), code: need ? 1 : 0 };
}
