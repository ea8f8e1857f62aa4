import { describe, expect, it } from 'vitest';
import { runGuifan } from './_helpers/cli';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHolidayNotice } from '../src/index';
import { ILLUSTRATIVE_2027 } from './calendar/_notices';

const run = (args: string[], files: Record<string, string> = {}, writable = true) => ({ ...runGuifan(args, files, { writable }), files });

describe('CAL-02 guifan calendar import | show', () => {
  it('CAL-02 import prints the year as JSON with its issues; --out writes the year file', () => {
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': ILLUSTRATIVE_2027 });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { year: number; holidays: unknown[]; workdays: unknown[]; issues: unknown[] };
    expect([report.year, report.holidays.length, report.workdays.length, report.issues]).toEqual([2027, 29, 5, []]);
    expect(r.err).toBe('读取：国务院节假日安排通知（文本）（2027 年）\n2027 年：29 个放假日，5 个调休上班日 → 2027.json');
    const file = JSON.parse(r.files['2027.json']!) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['holidays', 'workdays']);
  });

  it('CAL-02 import: days of the December before stay out of the year file, and are named', () => {
    const text = ILLUSTRATIVE_2027.replace('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '一、元旦：2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天。2026年12月27日（周日）上班。');
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': text });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { outside: unknown }).outside).toEqual({ holidays: [{ date: '2026-12-31', name: '元旦', nameEn: "New Year's Day" }], workdays: [{ date: '2026-12-27', name: '元旦', nameEn: "New Year's Day" }] });
    expect(Object.keys(JSON.parse(r.files['2027.json']!) as object)).toEqual(['holidays', 'workdays']);
    expect(r.err).toContain('! 2026-12-31 休、2026-12-27 班：属于前一年 12 月，不在 2027.json 中');
  });

  it('CAL-01 import of a notice with errors: exit 1, the issues listed, no file written', () => {
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json', '--lang', 'en'], { 'notice.txt': ILLUSTRATIVE_2027.replace('共9天', '共8天') });
    expect(r.code).toBe(1);
    expect(r.err).toContain('✗ [NOTICE_COUNT_MISMATCH CAL-01] line.3: Spring Festival: the notice says 8 days but 2027-02-05 to 2027-02-13 is 9 days');
    expect(r.err).toContain('1 error(s): 2027.json not written');
    expect(r.files['2027.json']).toBeUndefined();
    expect(run(['calendar', 'import', 'notice.txt', '--out', 'x.json'], { 'notice.txt': ILLUSTRATIVE_2027 }, false).code).toBe(2);
  });

  it('CAL-02 show prints a month grid with 休 and 班 marked, from the year file', () => {
    const imported = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': ILLUSTRATIVE_2027 });
    const r = run(['calendar', 'show', '2027', '--years', '2027.json'], { '2027.json': imported.files['2027.json']! });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['2027年1月', ' 一   二   三   四   五   六   日', ' '.repeat(20) + ' 1休  2休  3休', ' 4    5    6    7    8    9   10']);
    expect(r.out).toContain('31班');
    expect(r.out).toContain('一、元旦：1月1日（周五）至3日（周日）放假，共3天。');
    // The whole import report is accepted as a year file too.
    expect(run(['calendar', 'show', '2027', '--years', 'r.json'], { 'r.json': imported.out }).out).toBe(r.out);
  });

  it('CAL-02 show without a year file uses the packaged data; English marks', () => {
    const r = run(['calendar', 'show', '2026', '--lang', 'en']);
    expect(r.out.split('\n').slice(0, 3)).toEqual(['January 2026', ' Mo  Tu  We  Th  Fr  Sa  Su', '             1H  2H  3H  4W']);
    // A year without data: provisional, and said so.
    expect(run(['calendar', 'show', '2028']).out).toContain('暂定');
  });

  it('CAL-02 usage errors exit 2', () => {
    expect(run(['calendar']).code).toBe(2);
    expect(run(['calendar', 'import']).code).toBe(2);
    expect(run(['calendar', 'show', 'next']).code).toBe(2);
    expect(run(['calendar', 'import', 'missing.txt']).code).toBe(2);
    expect(run(['--help']).out).toContain('guifan calendar import <notice.txt|yyyy.json>');
    expect(run(['calendar', 'coverage']).code).toBe(2);
    expect(run(['calendar', 'coverage', '--through', 'soon']).code).toBe(2);
    expect(run(['calendar', 'coverage', '--through', '+90d', '--format', 'xml']).code).toBe(2);
  });
});

/** The illustrative 2027 as a holiday-cn year file. */
function holidayCn2027(): string {
  const n = parseHolidayNotice(ILLUSTRATIVE_2027);
  const days = [...n.holidays.map((d) => ({ name: d.name, date: d.date, isOffDay: true })), ...n.workdays.map((d) => ({ name: d.name, date: d.date, isOffDay: false }))];
  return JSON.stringify({ year: 2027, papers: [], days });
}

describe('CAL-02 guifan calendar import reads a holiday-cn year file too, and says which it read', () => {
  it('CAL-02 a holiday-cn file: the same year as the notice; the source is named', () => {
    const fromNotice = run(['calendar', 'import', 'notice.txt'], { 'notice.txt': ILLUSTRATIVE_2027 });
    const r = run(['calendar', 'import', '2027.json', '--out', 'y.json', '--lang', 'en'], { '2027.json': holidayCn2027() });
    expect(r.code).toBe(0);
    expect(r.err.split('\n')[0]).toBe('read: a holiday-cn year file (2027)');
    const a = JSON.parse(r.out) as { source: string; holidays: unknown[]; workdays: unknown[] };
    const b = JSON.parse(fromNotice.out) as { source: string; holidays: unknown[]; workdays: unknown[] };
    expect([a.source, b.source]).toEqual(['holiday-cn', 'notice']);
    expect([a.holidays, a.workdays]).toEqual([b.holidays, b.workdays]);
    const z = run(['calendar', 'import', 'notice.txt', '--out', 'z.json'], { 'notice.txt': ILLUSTRATIVE_2027 }).files['z.json']!;
    expect(r.files['y.json']).toBe(z);
  });

  it('CAL-01 a broken holiday-cn file: coded issues, exit 1, nothing written; the placeholder is “not published”', () => {
    const broken = JSON.parse(holidayCn2027()) as { days: { date: string }[] };
    broken.days = broken.days.filter((d) => d.date !== '2027-10-01');
    const r = run(['calendar', 'import', 'b.json', '--out', 'y.json'], { 'b.json': JSON.stringify(broken) });
    expect(r.code).toBe(1);
    expect(r.err).toContain('[IMPORT_STATUTORY_DAY_WORKING CAL-01]');
    expect(r.files['y.json']).toBeUndefined();
    const empty = run(['calendar', 'import', 'e.json'], { 'e.json': '{ "year": 2027, "papers": [], "days": [] }' });
    expect([empty.code, empty.err]).toEqual([0, '读取：holiday-cn 年度文件（2027 年）\n! [IMPORT_YEAR_EMPTY CAL-02] 2027: holiday-cn 没有 2027 年的任何放假安排（尚未发布），未载入该年']);
  });
});

describe('CAL-02 guifan calendar coverage: a CI check before the year runs out', () => {
  it('CAL-02 --through 2027-01-31 fails on the packaged calendar with the remedy (exit 1), passes with the 2027 file', () => {
    const r = run(['calendar', 'coverage', '--through', '2027-01-31']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^✗ \[CALENDAR_NOT_COVERED CAL-02\] 节假日安排只载入到 2026-12-31，到 2027-01-31 还缺 2027 年/);
    for (const remedy of ['createCalendar({ notices: [通知原文] })', 'guifan calendar import 通知.txt --out 2027.json', 'fromHolidayCn', "outOfCoverage: 'provisional'", 'recheckDeadlines']) expect(r.out).toContain(remedy);
    const imported = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': ILLUSTRATIVE_2027 }).files['2027.json']!;
    for (const [file, text] of [['2027.json', imported], ['holiday-cn-2027.json', holidayCn2027()], ['notice.txt', ILLUSTRATIVE_2027]]) {
      const ok = run(['calendar', 'coverage', '--through', '2027-01-31', '--years', file!], { [file!]: text! });
      expect([ok.code, ok.out.slice(0, 2)], file).toEqual([0, '✓ ']);
    }
    expect(run(['calendar', 'coverage', '--through', '2028-01-01', '--years', '2027.json'], { '2027.json': imported }).code).toBe(1);
  });

  it('CAL-02 --through +90d counts from now in the calendar’s zone', () => {
    expect(runGuifan(['calendar', 'coverage', '--through', '+90d'], {}, { now: '2026-10-02T15:59:00Z' }).code).toBe(0); // 2026-10-02 23:59 Beijing + 90 = 2026-12-31
    expect(runGuifan(['calendar', 'coverage', '--through', '+90d'], {}, { now: '2026-10-02T16:00:00Z' }).code).toBe(1); // 2026-10-03 + 90 = 2027-01-01
  });

  // Every format, --fail-on, --baseline and the job summary: test/ci/calendar-coverage.test.ts.
  it('CAL-02 --format json | github | junit | sarif carry the same verdict', () => {
    const j = JSON.parse(run(['calendar', 'coverage', '--through', '2027-01-31', '--format', 'json', '--lang', 'en']).out) as Record<string, unknown>;
    expect(j).toMatchObject({ covered: false, through: '2027-01-31', coverageEnd: '2026-12-31', code: 'CALENDAR_NOT_COVERED', rule: 'CAL-02', years: [2027], provisional: false });
    expect(String(j.remedy)).toContain('guifan calendar import notice.txt --out 2027.json');
    const gh = run(['calendar', 'coverage', '--through', '2027-01-31', '--format', 'github']);
    expect([gh.code, gh.out.split('\n').length, gh.out.startsWith('::error file=package.json,title=CALENDAR_NOT_COVERED CAL-02 calendar covers 2027-01-31::节假日安排只载入到 2026-12-31')]).toEqual([1, 1, true]);
    // Covered: nothing to annotate (the job summary says it passed).
    expect(run(['calendar', 'coverage', '--through', '2026-12-01', '--format', 'github'])).toMatchObject({ code: 0, out: '' });
    const sarif = JSON.parse(run(['calendar', 'coverage', '--through', '2027-01-31', '--format', 'sarif']).out) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['CAL-02/CALENDAR_NOT_COVERED']);
    const x = run(['calendar', 'coverage', '--through', '2027-01-31', '--format', 'junit']);
    expect(x.out).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="guifan" tests="1" failures="1" errors="0">/);
    expect(x.out).toContain('<failure type="CALENDAR_NOT_COVERED"');
    expect(run(['calendar', 'coverage', '--through', '2026-12-31', '--format', 'junit']).out).toContain('failures="0"');
  });

  it('CAL-02 a year file with errors cannot be checked: exit 2', () => {
    const r = run(['calendar', 'coverage', '--through', '2027-01-31', '--years', 'n.txt'], { 'n.txt': ILLUSTRATIVE_2027.replace('共9天', '共8天') });
    expect(r.code).toBe(2);
  });
});

// The JUnit report against the Jenkins xUnit XSD (../shared/ci-formats), where xmllint and the schema are present.
const xsd = join(__dirname, '..', '..', 'shared', 'ci-formats', 'schemas', 'jenkins-xunit-junit-10.xsd');
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
describe.skipIf(!existsSync(xsd) || !xmllint)('CAL-02 guifan calendar coverage --format junit validates against the Jenkins xUnit XSD', () => {
  it('CAL-02 failing and passing reports are valid JUnit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guifan-coverage-'));
    for (const through of ['2027-01-31', '2026-12-31']) {
      const file = join(dir, `${through}.xml`);
      writeFileSync(file, run(['calendar', 'coverage', '--through', through, '--format', 'junit']).out);
      const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });
});
