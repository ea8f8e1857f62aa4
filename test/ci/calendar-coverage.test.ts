// CAL-02 `guifan calendar coverage` is a check like every check-* command (issue 26's contract, issue 25 item 3): one
// exit-code table, --format text|json|junit|github|sarif, --fail-on, --baseline, capped annotations and the job
// summary — and the remedy (paste the notice, the import command, the provisional option and what it means) in every
// format, so a pipeline that goes red in December says what to do.
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/index';
import { parseHolidayNotice } from '../../src/index';
import { ILLUSTRATIVE_2027 } from '../calendar/_notices';
import { runGuifan } from '../_helpers/cli';
import { haveSchemas, junitProblems, readJUnit, sarifReport } from './_reports';

const FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
const NOT_COVERED = ['calendar', 'coverage', '--through', '2027-01-31'];
const COVERED = ['calendar', 'coverage', '--through', '2026-12-31'];

/** The parts of the remedy every format must carry, in each language. */
const REMEDY = {
  'zh-CN': ['createCalendar({ notices: [通知原文] })', 'guifan calendar import 通知.txt --out 2027.json', "outOfCoverage: 'provisional'", '按法定节假日暂定作答（答案标 provisional）'],
  en: ['createCalendar({ notices: [text] })', 'guifan calendar import notice.txt --out 2027.json', "outOfCoverage: 'provisional'", 'answers from the statutory holidays'],
} as const;

/** Escapes as each format writes text: XML entities, GitHub's workflow-command data, JSON strings. */
const asWritten = (s: string, format: string): string[] => [s, s.replace(/'/g, '&apos;'), s.replace(/'/g, '\\u0027'), JSON.stringify(s).slice(1, -1)].filter((x, i, a) => a.indexOf(x) === i && (format !== 'text' || i === 0));

/** A run with the GitHub Actions environment: the job summary is collected. */
function withSummary(args: string[], files: Record<string, string> = {}): { code: number; out: string; err: string; summary: string } {
  const out: string[] = [];
  const err: string[] = [];
  let summary = '';
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => {
      if (p in files) return files[p]!;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: p });
    },
    appendFile: (_p, t) => void (summary += t),
    env: { GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/service', GITHUB_SHA: '0123abc' },
    now: () => new Date('2026-10-09T04:00:00Z'),
    version: '0.0.0-test',
  };
  const code = runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), summary };
}

/** The illustrative 2027 as a holiday-cn year file. */
function holidayCn2027(): string {
  const n = parseHolidayNotice(ILLUSTRATIVE_2027);
  const days = [...n.holidays.map((d) => ({ name: d.name, date: d.date, isOffDay: true })), ...n.workdays.map((d) => ({ name: d.name, date: d.date, isOffDay: false }))];
  return JSON.stringify({ year: 2027, papers: [], days });
}

describe('CAL-02 guifan calendar coverage: the exit-code table and the remedy in every format', () => {
  it('CAL-02 not covered: exit 1 in every format, and every format carries the whole remedy (both languages)', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const format of FORMATS) {
        const r = runGuifan([...NOT_COVERED, '--format', format, '--lang', lang]);
        expect(r.code, format).toBe(1);
        expect(r.err, format).toBe('');
        for (const part of REMEDY[lang]) expect(asWritten(part, format).some((w) => r.out.includes(w)), `${format} ${lang}: ${part}`).toBe(true);
      }
    }
  });

  it('CAL-02 covered: exit 0 in every format; GitHub shows no annotation', () => {
    for (const format of FORMATS) {
      const r = runGuifan([...COVERED, '--format', format]);
      expect([r.code, r.err], format).toEqual([0, '']);
      if (format === 'github') expect(r.out).toBe('');
      if (format === 'text') expect(r.out).toBe('✓ 节假日日历（随包数据）覆盖 2004-01-01 至 2026-12-31：2026-12-31 之前均已覆盖。');
      if (format === 'json') expect(JSON.parse(r.out)).toMatchObject({ covered: true, through: '2026-12-31', coverageEnd: '2026-12-31' });
    }
  });

  it('CAL-02 --format github: the error annotation, and the job summary with the verdict and the remedy', () => {
    const r = withSummary([...NOT_COVERED, '--format', 'github', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^::error file=package\.json,title=CALENDAR_NOT_COVERED CAL-02 calendar covers 2027-01-31::Holiday arrangements are loaded up to 2026-12-31; /);
    expect(r.summary).toMatch(/^### guifan calendar-coverage `package\.json`\n\n\*\*Exit 1\*\* \(failed: findings\) — 1 error\(s\)/);
    expect(r.summary).toContain('| `CAL-02/CALENDAR_NOT_COVERED` | error | 1 | 0 |');
    for (const part of REMEDY.en) expect(r.summary).toContain(part);
    const ok = withSummary([...COVERED, '--format', 'github']);
    expect([ok.code, ok.out]).toEqual([0, '']);
    expect(ok.summary).toMatch(/^### guifan calendar-coverage `package\.json`\n\n\*\*退出码 0\*\*（通过）/);
  });

  it('CAL-02 --fail-on: never reports without failing; warning fails on a year file’s warning', () => {
    const never = runGuifan([...NOT_COVERED, '--fail-on', 'never', '--format', 'junit']);
    expect(never.code).toBe(0);
    expect(never.out).toContain('[CALENDAR_NOT_COVERED CAL-02]');
    const empty = { 'e.json': '{ "year": 2027, "papers": [], "days": [] }' };
    const warned = runGuifan([...COVERED, '--years', 'e.json'], empty);
    expect([warned.code, warned.out.split('\n')]).toEqual([0, ['✓ 节假日日历（随包数据 + e.json（holiday-cn 年度文件））覆盖 2004-01-01 至 2026-12-31：2026-12-31 之前均已覆盖。', '! [IMPORT_YEAR_EMPTY CAL-02] 2027: holiday-cn 没有 2027 年的任何放假安排（尚未发布），未载入该年']]);
    expect(runGuifan([...COVERED, '--years', 'e.json', '--fail-on', 'warning'], empty).code).toBe(1);
    expect(runGuifan([...COVERED, '--fail-on', 'sometimes']).code).toBe(2);
  });

  it('CAL-02 --baseline: a known finding is reported but does not fail; next year’s is new', () => {
    const log = runGuifan([...NOT_COVERED, '--format', 'sarif']).out;
    const known = runGuifan([...NOT_COVERED, '--baseline', 'b.sarif'], { 'b.sarif': log });
    expect(known.code).toBe(0);
    expect(known.out).toMatch(/（基线已有）$/);
    // Another horizon with the same first missing year: the same finding.
    expect(runGuifan(['calendar', 'coverage', '--through', '2027-03-01', '--baseline', 'b.sarif'], { 'b.sarif': log }).code).toBe(0);
    // With 2027 loaded, 2028 missing is a new finding.
    const y2027 = { 'b.sarif': log, '2027.json': holidayCn2027() };
    expect(runGuifan(['calendar', 'coverage', '--through', '2028-01-31', '--years', '2027.json', '--baseline', 'b.sarif'], y2027).code).toBe(1);
  });

  it('CAL-02 exit 2 when the year file cannot be read or loaded — and the chosen format says why', () => {
    const bad = { 'n.txt': ILLUSTRATIVE_2027.replace('共9天', '共8天'), 'x.json': '{ "years": ', 'null.json': 'null', 'arr.json': '[1, 2]', 'd.json': '{"2027": {"holidays": ["2027-13-01"]}}' };
    for (const format of FORMATS) {
      const missing = runGuifan([...NOT_COVERED, '--years', 'missing.json', '--format', format]);
      expect(missing.code, format).toBe(2);
      expect(missing.err, format).toContain('missing.json: 文件不存在（ENOENT）');
      const notice = runGuifan([...NOT_COVERED, '--years', 'n.txt', '--format', format, '--lang', 'en'], bad);
      expect(notice.code, format).toBe(2);
      expect(notice.err, format).toBe('n.txt:3: [NOTICE_COUNT_MISMATCH CAL-01] line.3: Spring Festival: the notice says 8 days but 2027-02-05 to 2027-02-13 is 9 days');
      if (format === 'json') expect(JSON.parse(notice.out)).toEqual({ error: { code: 'NOTICE_COUNT_MISMATCH', rule: 'CAL-01', file: 'n.txt', line: 3, message: { 'zh-CN': 'line.3: “春节”写“共8天”，但 2027-02-05 至 2027-02-13 共 9 天', en: 'line.3: Spring Festival: the notice says 8 days but 2027-02-05 to 2027-02-13 is 9 days' } } });
      if (format === 'github') expect(notice.out).toBe('::error file=n.txt,line=3,title=NOTICE_COUNT_MISMATCH CAL-01 n.txt%3A3::line.3: Spring Festival: the notice says 8 days but 2027-02-05 to 2027-02-13 is 9 days');
      if (format === 'junit') expect(notice.out).toContain('<error type="NOTICE_COUNT_MISMATCH"');
      if (format === 'sarif') expect((JSON.parse(notice.out) as { runs: { invocations: unknown[] }[] }).runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
      if (format === 'text') expect(notice.out).toBe('n.txt: not loaded (1 error(s) above); coverage not checked');
      for (const [file, code] of [['x.json', 'INVALID_JSON'], ['null.json', 'NOTICE_NO_YEAR'], ['arr.json', 'IMPORT_NOT_A_SOURCE'], ['d.json', 'INVALID_CALENDAR_OPTIONS']] as const) {
        const r = runGuifan([...NOT_COVERED, '--years', file, '--format', format], bad);
        expect([r.code, r.out === ''], `${format} ${file}`).toEqual([2, false]);
        if (format === 'json') expect((JSON.parse(r.out) as { error: { code: string } }).error.code, file).toBe(code);
      }
    }
  });

  it('CAL-02 a usage error in a CI format still writes the format, with the reason (exit 2)', () => {
    for (const args of [['calendar', 'coverage'], ['calendar', 'coverage', '--through', 'soon'], ['calendar', 'coverage', 'extra', '--through', '+90d']]) {
      for (const format of FORMATS) {
        const r = runGuifan([...args, '--format', format]);
        expect(r.code, `${args.join(' ')} ${format}`).toBe(2);
        if (format !== 'text') expect(r.out, format).toContain('USAGE');
      }
    }
  });
});

describe.skipIf(!haveSchemas)('CAL-02 guifan calendar coverage reports validate against the official schemas', () => {
  const runs: [string, string[], Record<string, string>][] = [
    ['not covered', NOT_COVERED, {}],
    ['covered', COVERED, {}],
    ['covered with a year file', ['calendar', 'coverage', '--through', '2027-01-31', '--years', 'holiday-cn 2027.json'], { 'holiday-cn 2027.json': holidayCn2027() }],
    ['a year file with a warning', [...COVERED, '--years', '年份/e.json'], { '年份/e.json': '{ "year": 2027, "papers": [], "days": [] }' }],
    ['a year file with errors', [...NOT_COVERED, '--years', 'n.txt'], { 'n.txt': ILLUSTRATIVE_2027.replace('共9天', '共8天') }],
  ];

  it('CAL-02 SARIF: valid against the SARIF 2.1.0 schema, with GitHub’s required properties', () => {
    for (const [what, args, files] of runs) {
      const r = runGuifan([...args, '--format', 'sarif', '--lang', 'en'], files);
      expect(sarifReport(r.out), what).toEqual([]);
      const log = JSON.parse(r.out) as { runs: { results: { ruleId: string; message: { text: string } }[]; automationDetails: { id: string }; invocations: { exitCode: number }[] }[] };
      expect(log.runs[0]!.invocations[0]!.exitCode, what).toBe(r.code);
      expect(log.runs[0]!.automationDetails.id, what).toMatch(/^guifan\/calendar-coverage\//);
    }
    const fail = JSON.parse(runGuifan([...NOT_COVERED, '--format', 'sarif', '--lang', 'en']).out) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    expect(fail.runs[0]!.results.map((x) => x.ruleId)).toEqual(['CAL-02/CALENDAR_NOT_COVERED']);
    // Both languages, the chosen one first.
    expect(fail.runs[0]!.results[0]!.message.text).toMatch(/^Holiday arrangements are loaded up to 2026-12-31; .* \| 节假日安排只载入到 2026-12-31/);
  });

  it('CAL-02 JUnit: valid against the Jenkins xUnit XSD, read back with the verdict', async () => {
    for (const [what, args, files] of runs) {
      const r = runGuifan([...args, '--format', 'junit'], files);
      expect(await junitProblems(r.out), what).toEqual([]);
      const j = readJUnit(r.out);
      expect([j.failed > 0, j.errors > 0], what).toEqual([r.code === 1, r.code === 2]);
    }
  });
});
