import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGuifan } from './_helpers/cli';

const root = join(__dirname, '..');
const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files);

describe('the guifan command line', () => {
  it('CAL-01 workday and workday arithmetic', () => {
    expect(run(['workday', '2026-10-10'])).toMatchObject({ code: 0, out: '2026-10-10 工作日（调休上班：国庆节）' });
    expect(run(['workday', '2026-10-01', '--lang', 'en']).out).toBe('2026-10-01 rest day (National Day)');
    expect(run(['workday', '2026-09-30', '1']).out).toBe('2026-10-08');
    expect(JSON.parse(run(['workday', '2026-09-30', '3', '--json']).out)).toMatchObject({ to: '2026-10-10', workdays: 3 });
  });
  it('TL-05 due prints the deadline and why', () => {
    const r = run(['due', '2026-09-30T16:00+08:00', '1个工作日内']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2026-10-09T00:00:00+08:00');
    expect(r.out).toContain('跳过 2026-10-01 至 2026-10-07（国庆节）');
  });
  it('ESC-04 check-sla fails CI when a clock is breached', () => {
    const r = run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--at', '2026-10-09T12:00+08:00']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ TS-20260930-001 complaint-answer 已超时 期限 2026-10-09T00:00:00+08:00 升级 supervisor');
    // --lang zh-CN: no English word in the text output (ids, clock names and levels are data).
    expect(r.out).not.toMatch(/\b(breached|running|paused|met|due|level|not-started|met-late)\b/);
    expect(run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--at', '2026-10-09T12:00+08:00', '--lang', 'en']).out).toContain('✗ TS-20260930-001 complaint-answer breached due 2026-10-09T00:00:00+08:00 level supervisor');
    expect(r.out).toContain('5 个案件，3 个时钟不合格');
    const early = run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--at', '2026-10-01T12:00+08:00', '--lang', 'en']);
    expect(early.code).toBe(0);
    expect(early.out).toContain('5 cases, 0 failing clocks');
    expect(run(['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--fail-on', 'never']).code).toBe(0);
  });
  it('ESC-04 check-sla takes a policy file and refuses bad input with exit 2', () => {
    const policy = JSON.stringify({ id: 'p', name: 'p', clocks: [{ name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内' }] });
    const cases = JSON.stringify([{ id: 'a', events: [{ type: 'received', at: '2026-10-09T08:00+08:00' }] }]);
    expect(run(['check-sla', 'c.json', '--policy', 'p.json'], { 'p.json': policy, 'c.json': cases })).toMatchObject({ code: 1 });
    expect(run(['check-sla', 'examples/data/complaints-2026-national-day.json'])).toMatchObject({ code: 2 });
    expect(run(['check-sla', 'c.json'], { 'c.json': '{' }).err).toContain('JSON');
    expect(run(['check-sla', 'missing.json']).err).toContain('文件不存在');
    expect(run(['check-sla', 'c.json', '--policy', 'p.json'], { 'c.json': cases, 'p.json': '{"id":"x","name":"x","clocks":[]}' }).code).toBe(2);
  });
  it('MTG-01 check-meeting reads JSON or text and fails on errors', () => {
    const text = '会议名称：安全例会\n会议时间：2026年10月8日（星期三）14:30—16:00\n会议地点：三楼会议室\n参会人员：张三、李四\n会议议程：\n一、国庆值班总结\n准备事项：\n1. 值班记录';
    const r = run(['check-meeting', 'n.txt'], { 'n.txt': text });
    expect(r.code).toBe(1);
    expect(r.out).toContain('[WEEKDAY_MISMATCH MTG-01] weekday');
    const ok = run(['check-meeting', 'n.txt', '--lang', 'en'], { 'n.txt': text.replace('星期三', '星期四') });
    expect(ok).toMatchObject({ code: 0, out: 'The notice is complete and consistent.' });
    expect(run(['check-meeting', 'n.json'], { 'n.json': '{"title":"x"}' }).code).toBe(1);
  });
  it('MTG-01 check-meeting reads relative days against --now (else the present), and names each missing item once', () => {
    const chat = '明天下午三点在303开会';
    const r = run(['check-meeting', 'c.txt', '--now', '2026-10-08T10:00+08:00', '--json'], { 'c.txt': chat });
    const json = JSON.parse(r.out) as { notice: Record<string, unknown>; issues: { code: string; path: string[] }[] };
    expect(json.notice).toEqual({ date: '2026-10-09', start: '15:00', venue: '303' });
    expect(json.issues.filter((i) => i.path[0] === 'end').map((i) => i.code)).toEqual(['MISSING_ITEM']);
    expect(json.issues.filter((i) => i.path[0] === 'title').map((i) => i.code)).toEqual(['NOT_IN_TEXT']);
    // The injected present is 2026-10-09 12:00 in Shanghai: 明天 is the 10th.
    expect((JSON.parse(run(['check-meeting', 'c.txt', '--json'], { 'c.txt': chat }).out) as { notice: { date: string } }).notice.date).toBe('2026-10-10');
  });
  it('usage: help, version, unknown commands and options', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run([]).code).toBe(2);
    expect(run(['--version']).out).toBe('0.0.0-test');
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['workday', '2026-10-10', '--bogus']).code).toBe(2);
    expect(run(['workday', '2026-02-30']).err).toContain('无效日期');
  });
  it.skipIf(!existsSync(join(root, 'dist', 'bin.js')))('the built `guifan` binary runs', () => {
    expect(execFileSync(process.execPath, [join(root, 'dist', 'bin.js'), 'workday', '2026-10-08'], { encoding: 'utf8' }).trim()).toBe('2026-10-08 工作日');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [join(root, 'dist', 'bin.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
    expect(spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'check-sla', 'examples/data/sla-cases-2026-national-day.json', '--at', '2026-10-09T12:00+08:00'], { cwd: root }).status).toBe(1);
    // Issue 26 item 7: a directory is one line and exit 2, in the chosen format — no stack trace.
    const dir = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'check-sla', 'examples', '--format', 'junit', '--lang', 'en'], { cwd: root, encoding: 'utf8' });
    expect(dir.status).toBe(2);
    expect(dir.stderr).toBe('examples: is a directory, not a file (EISDIR)\n');
    expect(dir.stdout).toContain('<error type="FILE_UNREADABLE"');
    // Item 6: a line that is not UTF-8, through standard input, is refused with its number; the others are checked.
    const kase = (id: string) => JSON.stringify({ id, attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-09T10:00+08:00' }] });
    const input = Buffer.concat([Buffer.from(`${kase('A')}\n{"id":"`), Buffer.from([0xff]), Buffer.from(`"}\n${kase('C')}\n`)]);
    const bytes = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'check-sla', '-', '--at', '2026-10-09T10:05+08:00', '--lang', 'en'], { cwd: root, input, encoding: 'utf8' });
    expect(bytes.status).toBe(2);
    expect(bytes.stderr).toBe('-:2: [INVALID_UTF8] the line holds bytes that are not UTF-8 and is not checked (JSON is UTF-8, RFC 8259 §8.1)\n');
    expect(bytes.stdout).toContain('2 cases, 0 failing clocks, 1 unreadable lines');
  });
});
