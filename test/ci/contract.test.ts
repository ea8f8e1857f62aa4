// Issue 26: CI output that CI systems accept. Each item has a test that would have caught it.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import { JUNIT_SUITE_SIZE } from '../../src/cli/_lib/report/junit';
import { realIo, runGuifan } from '../_helpers/cli';
import { haveSchemas, junitProblems, readJUnit, sarifReport } from './_reports';

const root = join(__dirname, '..', '..');
const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files);
const kase = (id: string, at: string) => ({ id, attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at }] });
const AT = ['--at', '2026-10-09T12:00+08:00'];
const FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
const tmp = mkdtempSync(join(tmpdir(), 'guifan-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface SarifLog {
  runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; baselineState?: string }[]; invocations: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications: { descriptor: { id: string }; message: { text: string } }[] }[]; automationDetails: { id: string } }[];
}
const sarif = (text: string): SarifLog => JSON.parse(text) as SarifLog;

describe('issue 26 item 1: whatever the exit code, every format carries the reason (0 clean, 1 findings, 2 not everything checked)', () => {
  // A JSON array with one case of the wrong shape: the others are still checked, the bad one is named by its line.
  const cases = JSON.stringify([kase('A', '2026-10-09T09:00+08:00'), { id: 'B', events: 'none' }, kase('C', '2026-09-30T16:00+08:00')], null, 2);
  const files = { 'cases.json': cases };
  const badLine = cases.split('\n').findIndex((l) => l.includes('"B"'));

  it('check-sla on a JSON array with one malformed case: exit 2 in every format, and every format says why', () => {
    for (const format of FORMATS) {
      const r = run(['check-sla', 'cases.json', ...AT, '--format', format], files);
      expect(r.code, format).toBe(2);
      expect(r.err, format).toMatch(/^cases\.json:\d+: \[INVALID_INPUT ESC-04\] events: /);
      expect(r.out, format).not.toBe('');
      if (format === 'json') {
        const doc = JSON.parse(r.out) as { id?: string; error?: { code: string; index: number; line: number } }[];
        expect(doc.map((x) => x.id ?? x.error?.code)).toEqual(['A', 'INVALID_INPUT', 'C']);
        expect(doc[1]!.error).toMatchObject({ index: 1, line: badLine });
      }
      if (format === 'junit') expect(readJUnit(r.out).suites[0]!.errors ?? r.out.match(/<error /g)?.length).toBeTruthy();
      if (format === 'junit') expect(r.out).toMatch(/<testsuite [^>]*errors="1"/);
      if (format === 'github') expect(r.out).toContain(`::error file=cases.json,line=${badLine},title=INVALID_INPUT ESC-04 cases.json%3A${badLine}::events: `);
      if (format === 'sarif') {
        const inv = sarif(r.out).runs[0]!.invocations[0]!;
        expect(inv).toMatchObject({ executionSuccessful: false, exitCode: 2 });
        expect(inv.toolExecutionNotifications.map((n) => n.descriptor.id)).toEqual(['INVALID_INPUT']);
      }
      if (format === 'text') expect(r.out).toContain('✗ C complaint-answer');
    }
  });

  it('check-language on NDJSON: unreadable lines are JUnit errors, not silently 0 failures', () => {
    const text = ['{"text":"您好"}', '{"text":', '{"say":"x"}', '{"text":"好的"}'].join('\n');
    const r = run(['check-language', 'calls.ndjson', '--format', 'junit'], { 'calls.ndjson': text });
    expect(r.code).toBe(2);
    expect(r.out).toContain('tests="4" failures="0" errors="2"');
    expect(r.out).toContain('<error type="INVALID_JSON"');
    expect(r.out).toContain('<error type="INVALID_INPUT"');
  });

  it('an invalid event time (INVALID_EVENT_TIME, an error) fails the run: exit 1, like its annotation says', () => {
    const bad = JSON.stringify([{ id: 'T', attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-09T09:00+08:00' }, { type: 'replied', at: '2026-10-09T08:00+08:00' }] }]);
    const g = run(['check-sla', 'c.json', ...AT, '--format', 'github'], { 'c.json': bad });
    const errorsShown = g.out.split('\n').filter((l) => l.startsWith('::error')).length;
    expect(errorsShown).toBeGreaterThan(0);
    expect(g.code).toBe(1);
    for (const format of FORMATS) expect(run(['check-sla', 'c.json', ...AT, '--format', format], { 'c.json': bad }).code, format).toBe(1);
  });

  it('check-sla FILE.json --format json prints JSON (as --json does)', () => {
    const a = run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT, '--format', 'json']);
    expect(() => JSON.parse(a.out)).not.toThrow();
    expect(a.out).toBe(run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT, '--json']).out);
  });

  it('a file that is not JSON at all: exit 2 and the reason in every format', () => {
    for (const format of FORMATS) {
      const r = run(['check-sla', 'c.json', ...AT, '--format', format], { 'c.json': '[{"id": "x",\n  oops' });
      expect(r.code, format).toBe(2);
      expect(r.out + r.err, format).toMatch(/INVALID_JSON|JSON 格式错误/);
      if (format === 'json') expect(JSON.parse(r.out)).toMatchObject({ error: { code: 'INVALID_JSON', file: 'c.json', line: 2 } });
      if (format === 'sarif') expect(sarif(r.out).runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    }
  });

  it('a usage error in a CI format still writes a complete report (an empty SARIF breaks upload-sarif)', () => {
    const r = run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--format', 'sarif', '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(sarif(r.out).runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.descriptor.id).toBe('USAGE');
  });
});

describe('issue 26 item 2: SARIF that GitHub code scanning takes', () => {
  const commands: [string, string[], Record<string, string>?][] = [
    ['check-sla', ['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT]],
    ['check-sla NDJSON', ['check-sla', 'c.ndjson', ...AT], { 'c.ndjson': [kase('A', '2026-09-30T16:00+08:00'), kase('B', '2026-10-09T11:30+08:00')].map((x) => JSON.stringify(x)).join('\n') }],
    ['check-meeting', ['check-meeting', 'examples/data/meeting-notices-with-errors.ndjson', '--year', '2026']],
    ['check-language', ['check-language', 'examples/data/hotline-transcript.txt']],
    ['check-complaints', ['check-complaints', 'examples/data/complaints-with-errors.ndjson', '--at', '2026-03-31T12:00+08:00']],
    ['check-complaints JSON', ['check-complaints', 'examples/data/complaints-2026-national-day.json', '--at', '2026-10-09T12:00+08:00']],
  ];
  for (const [name, args, files] of commands) {
    it.skipIf(!haveSchemas)(`${name}: valid against the official schema, with every property GitHub requires, in both languages`, () => {
      for (const lang of ['zh-CN', 'en']) {
        const r = run([...args, '--format', 'sarif', '--lang', lang], files);
        expect(sarifReport(r.out), `${name} ${lang}`).toEqual([]);
        const log = sarif(r.out);
        expect(log.runs[0]!.automationDetails.id).toBe(`guifan/${args[0]}/${args[1]}/`);
        expect(log.runs[0]!.results.every((x) => x.ruleId !== 'FAILED' && /^([A-Z]+-\d+\/)?[A-Z_]+$/.test(x.ruleId))).toBe(true);
      }
    });
  }

  it.skipIf(!haveSchemas)('file names with a space, CJK characters, : and % are percent-encoded URI references', () => {
    const name = 'cases 国庆:2026 100%.ndjson';
    const r = run(['check-sla', name, ...AT, '--format', 'sarif'], { [name]: JSON.stringify(kase('A', '2026-09-30T16:00+08:00')) });
    expect(sarifReport(r.out)).toEqual([]);
    const uri = sarif(r.out).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('cases%20%E5%9B%BD%E5%BA%86%3A2026%20100%25.ndjson');
    expect(decodeURIComponent(uri)).toBe(name);
  });

  it('JSON arrays: every result names the line where its element starts; file-level findings line 1', () => {
    const text = readFileSync(join(root, 'examples/data/sla-cases-2026-national-day.json'), 'utf8');
    const r = run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT, '--format', 'sarif']);
    const lines = sarif(r.out).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.region.startLine);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(text.split('\n')[l - 1]).toMatch(/^\s*\{/);
  });

  it('fingerprints are stable: the same findings keep them when the records are reordered and re-exported', () => {
    const a = [kase('A', '2026-09-30T16:00+08:00'), kase('B', '2026-10-01T16:00+08:00'), kase('C', '2026-10-09T11:50+08:00')];
    const fp = (list: unknown[], indent?: number) => {
      const log = sarif(run(['check-sla', 'x.json', ...AT, '--format', 'sarif'], { 'x.json': JSON.stringify(list, null, indent) }).out);
      return log.runs[0]!.results.map((x) => `${x.ruleId} ${x.partialFingerprints['guifanFinding/v1']}`).sort();
    };
    expect(fp(a).length).toBeGreaterThan(1);
    expect(fp([...a].reverse(), 2)).toEqual(fp(a));
  });
});

describe('issue 26 item 3: JUnit valid against the Jenkins xUnit XSD, with unique test case names', () => {
  it.skipIf(!haveSchemas)('two complaint records with the same id (R-3) are two test cases with different names; the failure of the second stays visible', async () => {
    const rec = JSON.parse(readFileSync(join(root, 'examples/data/complaints-sample.json'), 'utf8'))[0] as Record<string, unknown>;
    const text = [{ ...rec, id: 'R-3' }, { ...rec, id: 'R-3', content: '另一份' }].map((x) => JSON.stringify(x)).join('\n');
    const r = run(['check-complaints', 'r.ndjson', '--format', 'junit', '--lang', 'en'], { 'r.ndjson': text });
    expect(await junitProblems(r.out)).toEqual([]);
    expect(r.out).toContain('name="R-3 (line 1)"');
    expect(r.out).toMatch(/name="R-3 \(line 2\)"[^>]*>\s*<failure type="DUPLICATE_RECORD_ID"/);
  });

  it.skipIf(!haveSchemas)('every command, on every example, in both languages', async () => {
    const runs = [
      ['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT],
      ['check-meeting', 'examples/data/meeting-notices-with-errors.ndjson', '--year', '2026'],
      ['check-meeting', 'examples/data/meeting-notices-2026-10.ndjson'],
      ['check-language', 'examples/data/hotline-transcript.txt'],
      ['check-complaints', 'examples/data/complaints-with-errors.ndjson', '--at', '2026-03-31T12:00+08:00'],
      ['check-complaints', 'examples/data/complaints-sample.json', '--at', '2026-03-31T12:00+08:00'],
      ['check-sla', 'missing.json'],
    ];
    for (const args of runs) for (const lang of ['zh-CN', 'en']) expect(await junitProblems(run([...args, '--format', 'junit', '--lang', lang]).out), `${args.join(' ')} ${lang}`).toEqual([]);
  });

  it.skipIf(!haveSchemas)(`a long run is several <testsuite>s of ${JUNIT_SUITE_SIZE} cases, each with its totals: valid, and read back whole`, async () => {
    const lines = Array.from({ length: 2 * JUNIT_SUITE_SIZE + 5 }, (_, k) => JSON.stringify({ text: k % 100 === 0 ? '这个事跟我们没关系' : '好的' })).join('\n');
    const r = run(['check-language', 'l.ndjson', '--format', 'junit'], { 'l.ndjson': lines });
    expect(r.out.match(/<testsuite /g)!.length).toBe(3);
    expect(await junitProblems(r.out)).toEqual([]);
    const j = readJUnit(r.out);
    expect(j.total).toBe(2 * JUNIT_SUITE_SIZE + 5);
    expect(j.failed).toBe(21);
  });
});

describe('issue 26 item 4: annotations GitHub shows, and a job summary', () => {
  const many = Array.from({ length: 60 }, (_, k) => JSON.stringify({ text: k % 2 ? '这个事跟我们没关系' : '好的，不过要等' })).join('\n');
  it('at most 10 errors and 10 warnings, errors first, then one notice with how many more', () => {
    const r = run(['check-language', 'l.ndjson', '--format', 'github', '--lang', 'en'], { 'l.ndjson': many });
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.startsWith('::error')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning')).length).toBe(10);
    expect(lines.findIndex((l) => l.startsWith('::warning'))).toBe(10);
    expect(lines.at(-1)).toBe('::notice title=guifan::40 more finding(s) not annotated (20 error(s), 20 warning(s)): GitHub shows 10 of each per step; the job summary counts them all');
    expect(lines.length).toBe(21);
  });

  it('the Markdown job summary goes to $GITHUB_STEP_SUMMARY: counts per rule, the first findings with links to their lines', () => {
    const appended: Record<string, string> = {};
    const dir = mkdtempSync(join(tmp, 'sum-'));
    const file = join(dir, 'l.ndjson');
    writeFileSync(file, many);
    const { io } = realIo({ appended, env: { GITHUB_STEP_SUMMARY: '/summary.md', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/records', GITHUB_SHA: 'abc123' } });
    const code = runCli(['check-language', file, '--format', 'github', '--lang', 'en'], io);
    expect(code).toBe(1);
    const md = appended['/summary.md']!;
    expect(md).toContain('**Exit 1** (failed: findings) — 30 error(s), 30 warning(s), 0 in the baseline, 0 part(s) not checked.');
    expect(md).toContain('| `SVC-02/FORBIDDEN_PHRASE` | error | 30 | 0 |');
    expect(md).toContain(`](https://github.com/acme/records/blob/abc123/${file.slice(1).split('/').map(encodeURIComponent).join('/')}#L2)`);
    // Not written for the other formats.
    const other: Record<string, string> = {};
    runCli(['check-language', file, '--format', 'junit'], realIo({ appended: other, env: { GITHUB_STEP_SUMMARY: '/summary.md' } }).io);
    expect(other).toEqual({});
  });
});

describe('issue 26 item 6: a line that is not UTF-8 is refused with its number, the rest is checked (RFC 8259 §8.1)', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  const withBytes = (file: string, data: Uint8Array): string => {
    const p = join(tmp, file);
    writeFileSync(p, data);
    return p;
  };
  it('check-sla NDJSON and a JSON array', () => {
    const nd = withBytes('u.ndjson', bytes(JSON.stringify(kase('A', '2026-09-30T16:00+08:00')), '\n{"id":"B', [0xff, 0xfe], '","events":[]}\n', JSON.stringify(kase('C', '2026-09-30T16:00+08:00')), '\n'));
    let t = realIo();
    expect(runCli(['check-sla', nd, ...AT], t.io)).toBe(2);
    expect(t.err).toEqual([`${nd}:2: [INVALID_UTF8] 该行含有无效的 UTF-8 字节，未检查（JSON 须为 UTF-8，RFC 8259 §8.1）`]);
    expect(t.out.at(-1)).toMatch(/^2 个案件，\d+ 个时钟不合格，1 行无法读取/);
    const arr = withBytes('u.json', bytes('[\n', JSON.stringify(kase('A', '2026-09-30T16:00+08:00')), ',\n{"id": "B", "note": "', [0xc3, 0x28], '", "events": []},\n', JSON.stringify(kase('C', '2026-09-30T16:00+08:00')), '\n]\n'));
    t = realIo();
    expect(runCli(['check-sla', arr, ...AT, '--json'], t.io)).toBe(2);
    expect((JSON.parse(t.out[0]!) as { id?: string; error?: { code: string; line: number } }[]).map((x) => x.id ?? `${x.error!.code}:${x.error!.line}`)).toEqual(['A', 'INVALID_UTF8:3', 'C']);
  });
  it('check-complaints, check-meeting and check-language', () => {
    const rec = readFileSync(join(root, 'examples/data/complaints-with-errors.ndjson'), 'utf8').split('\n').slice(0, 4);
    const c = withBytes('c.ndjson', bytes(`${rec[0]}\n`, Buffer.from(rec[1]!).subarray(0, 20).toJSON().data, [0xe4, 0xb8], '\n', `${rec[2]}\n${rec[3]}\n`));
    let t = realIo();
    expect(runCli(['check-complaints', c, '--at', '2026-03-31T12:00+08:00', '--format', 'sarif'], t.io)).toBe(2);
    const inv = sarif(t.out.join('\n')).runs[0]!.invocations[0]!;
    expect(inv.toolExecutionNotifications.map((n) => n.descriptor.id)).toEqual(['INVALID_UTF8']);
    const m = withBytes('m.ndjson', bytes('{"text":"10月8日 ', [0xa0], '开会"}\n', '{"text":"明天下午三点在303开会"}\n'));
    t = realIo();
    expect(runCli(['check-meeting', m, '--now', '2026-10-08T10:00+08:00', '--json'], t.io)).toBe(2);
    expect(JSON.parse(t.out[0]!)).toMatchObject({ error: { code: 'INVALID_UTF8', line: 1 } });
    const l = withBytes('l.txt', bytes('您好\n', [0xe8, 0xb7], '跟我们没关系\n这个事跟我们没关系\n'));
    t = realIo();
    expect(runCli(['check-language', l, '--format', 'junit'], t.io)).toBe(2);
    expect(t.out.join('\n')).toContain(`<testcase name="${l}:2" classname="guifan.check-language.input"`);
    expect(t.out.join('\n')).toContain('<failure type="FORBIDDEN_PHRASE"');
  });
});

describe('issue 26 item 7: a file that cannot be read is exit 2 with one line naming it and the reason, in the chosen format', () => {
  const cases: [string, () => string, string][] = [
    ['EISDIR', () => tmp, 'is a directory, not a file (EISDIR)'],
    ['ENOENT', () => join(tmp, 'nope.json'), 'no such file (ENOENT)'],
  ];
  for (const [code, path, reason] of cases) {
    it(`${code}: no stack trace, one line, every format`, () => {
      for (const format of FORMATS) {
        for (const cmd of ['check-sla', 'check-complaints', 'check-meeting', 'check-language']) {
          const t = realIo();
          expect(runCli([cmd, path(), '--format', format, '--lang', 'en'], t.io), `${cmd} ${format}`).toBe(2);
          expect(t.err, `${cmd} ${format}`).toEqual([`${path()}: ${reason}`]);
          const out = t.out.join('\n');
          if (format === 'json') expect(JSON.parse(out)).toMatchObject({ error: { code: 'FILE_UNREADABLE', reason: code } });
          if (format === 'sarif') expect(sarif(out).runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain(code);
          if (format === 'junit') expect(out).toContain(`<error type="FILE_UNREADABLE"`);
          if (format === 'github') expect(out).toContain(`::error file=${path()},title=FILE_UNREADABLE`);
        }
      }
    });
  }
  it('EACCES (an unreadable file; root reads everything, so the error is the host’s)', () => {
    const f = join(tmp, 'secret.ndjson');
    writeFileSync(f, '{}');
    chmodSync(f, 0);
    const denied = (): never => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${f}'`), { code: 'EACCES', path: f });
    };
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(['check-sla', f, '--format', 'sarif'], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readFile: denied, readChunks: denied, now: () => new Date(0), version: 't' });
    expect(code).toBe(2);
    expect(err).toEqual([`${f}: 没有读取权限（EACCES）`]);
    expect(sarif(out.join('\n')).runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false });
  });
});

describe('issue 26 item 10 and the CI options', () => {
  it('a bare `guifan` is a usage error on standard error (exit 2), stdout stays empty', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Usage:');
  });

  it('--fail-on error|warning|never', () => {
    const warn = { 'w.txt': '好的，不过要等' };
    expect(run(['check-language', 'w.txt'], warn).code).toBe(0);
    expect(run(['check-language', 'w.txt', '--fail-on', 'warning'], warn).code).toBe(1);
    expect(run(['check-language', 'w.txt', '--fail-on', 'warning', '--format', 'junit'], warn).out).toContain('<failure type="DISCOURAGED_WORD"');
    expect(run(['check-language', 'w.txt', '--format', 'junit'], warn).out).not.toContain('<failure');
    expect(run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT, '--fail-on', 'never']).code).toBe(0);
    expect(run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', ...AT, '--fail-on', 'never', '--format', 'junit']).out).not.toContain('<failure');
    expect(run(['check-language', 'w.txt', '--fail-on', 'sometimes'], warn).code).toBe(2);
  });

  it('--baseline previous.sarif (or a JSON list of fingerprints): only new findings fail', () => {
    const one = [kase('A', '2026-09-30T16:00+08:00')];
    const two = [...one, kase('B', '2026-09-30T17:00+08:00')];
    const before = run(['check-sla', 'c.json', ...AT, '--format', 'sarif'], { 'c.json': JSON.stringify(one) });
    expect(before.code).toBe(1);
    const files = { 'c.json': JSON.stringify(two), 'prev.sarif': before.out };
    expect(run(['check-sla', 'c.json', ...AT, '--baseline', 'prev.sarif'], { ...files, 'c.json': JSON.stringify(one) }).code).toBe(0);
    const now = run(['check-sla', 'c.json', ...AT, '--baseline', 'prev.sarif', '--format', 'sarif'], files);
    expect(now.code).toBe(1);
    const states = sarif(now.out).runs[0]!.results.map((x) => `${(x as unknown as { locations: { logicalLocations: { name: string }[] }[] }).locations[0]!.logicalLocations[0]!.name.split(' ')[0]} ${x.baselineState}`);
    expect(new Set(states)).toEqual(new Set(['A unchanged', 'B new']));
    const list = JSON.stringify(sarif(now.out).runs[0]!.results.map((x) => x.partialFingerprints['guifanFinding/v1']));
    expect(run(['check-sla', 'c.json', ...AT, '--baseline', 'all.json'], { ...files, 'all.json': list }).code).toBe(0);
    const bad = run(['check-sla', 'c.json', ...AT, '--baseline', 'nope.json'], files);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('nope.json');
  });

  it('issue 24: check-sla without --at names “now” in the calendar’s zone (+08:00), like everything else', () => {
    const r = runGuifan(['check-sla', 'examples/data/sla-cases-2026-national-day.json'], {}, { now: '2026-10-09T04:00:00Z' });
    expect(r.out.split('\n').at(-1)).toMatch(/时刻 2026-10-09T12:00:00\+08:00）$/);
  });
});

describe('issue 26 item 5: JUnit and SARIF go out as findings are made', () => {
  for (const format of ['junit', 'sarif', 'github'] as const) {
    it(`${format}: each record's output is written before the records after it are read`, () => {
      const events: string[] = [];
      const N = 3 * JUNIT_SUITE_SIZE;
      function* lines(): Generator<string> {
        for (let k = 0; k < N; k++) {
          events.push('read');
          yield JSON.stringify({ text: '这个事跟我们没关系' });
        }
      }
      let writtenBeforeEnd = 0;
      runCli(['check-language', 'l.ndjson', '--format', format], { stdout: () => void (events.length < N ? writtenBeforeEnd++ : 0), stderr: () => {}, readFile: () => '', readLines: () => lines(), now: () => new Date(0), version: 't' });
      // github holds only what it shows; junit and sarif stream.
      if (format === 'github') expect(writtenBeforeEnd).toBe(0);
      else expect(writtenBeforeEnd).toBeGreaterThan(format === 'sarif' ? N / 2 : 1000);
    });
  }
});
