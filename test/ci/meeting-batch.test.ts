import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import { MeetingNoticeSchema } from '../../src/meeting/schema';
import { ISSUE_CODES } from '../_helpers/issueCodes';
import { runGuifan } from '../_helpers/cli';
import { haveSchemas, readJUnit, sarifReport } from './_reports';

const notice = (id: string, weekday: string) => JSON.stringify({ id, title: '四季度安全工作会议', date: '2026-10-08', weekday, start: '14:30', end: '16:00', venue: '办公楼三楼第一会议室', attendees: ['王五'], agenda: ['四季度安全检查安排'], preparation: ['检查表'] });
// Line 1 complete, line 2 a wrong weekday (MTG-01), line 3 not JSON, line 4 empty, line 5 a notice in words, line 6 not a notice.
const BATCH = [notice('mtg-1', '星期四'), notice('mtg-2', '星期三'), '{"id":', '', JSON.stringify({ id: 'chat-7', text: '10月8日 周四 下午2:30-4:00在三楼第一会议室召开安全例会，参会人员：王五' }), '[1, 2]'].join('\n');
const GOOD = [notice('mtg-1', '星期四'), notice('mtg-3', '周四')].join('\n');
const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files, { now: '2026-10-01T02:00:00Z' });

describe('MTG-01 check-meeting NDJSON batches: one notice per line', () => {
  it('text: each notice with its line; a malformed line is named by its number and the other lines are still checked (exit 2)', () => {
    const r = run(['check-meeting', 'notices.ndjson', '--year', '2026'], { 'notices.ndjson': BATCH });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual(['notices.ndjson:3: JSON 格式错误：内容不完整', 'notices.ndjson:6: [INVALID_INPUT MTG-01] 每行应为一个会议通知对象，或 { "text": "…" }']);
    const out = r.out.split('\n');
    expect(out[0]).toBe('✓ notices.ndjson:1 mtg-1');
    expect(out[1]).toBe('✗ notices.ndjson:2 mtg-2');
    expect(out[2]).toBe('  ✗ [WEEKDAY_MISMATCH MTG-01] weekday: 写的是“星期三”，但 2026-10-08 是星期四');
    expect(out).toContain('✗ notices.ndjson:5 chat-7'); // the text names no agenda
    expect(out.at(-1)).toBe('3 个通知，2 个有错误，2 行无法读取');
    expect(run(['check-meeting', 'notices.ndjson', '--year', '2026', '--lang', 'en'], { 'notices.ndjson': BATCH }).out.split('\n').at(-1)).toBe('3 notice(s), 2 with errors, 2 unreadable line(s)');
  });

  it('exit codes as for check-sla: 0 when every notice passes, 1 on an error, 2 on an unreadable line', () => {
    expect(run(['check-meeting', 'ok.ndjson'], { 'ok.ndjson': GOOD })).toMatchObject({ code: 0, err: '' });
    expect(run(['check-meeting', 'two.jsonl'], { 'two.jsonl': `${GOOD}\n${notice('mtg-2', '星期三')}` }).code).toBe(1);
    expect(run(['check-meeting', 'bad.ndjson'], { 'bad.ndjson': `${GOOD}\n{oops` }).code).toBe(2);
    expect(run(['check-meeting', 'bad.ndjson'], { 'bad.ndjson': `${GOOD}\n{"text": "明天开会", "sender": "王五"}` }).err).toBe('bad.ndjson:3: [INVALID_INPUT MTG-01] 文本通知记录应为 { "text": 字符串, "id"?: 字符串 }，多出字段 "sender"');
  });

  it('json: one result per line, with its line number', () => {
    const r = run(['check-meeting', 'notices.ndjson', '--json', '--year', '2026'], { 'notices.ndjson': BATCH });
    const rows = r.out.split('\n').map((l) => JSON.parse(l) as { line: number; success: boolean; issues: { code: string }[]; error?: { code: string; line: number } });
    expect(rows.map((x) => (x.error ? [x.error.line, x.error.code] : [x.line, x.success]))).toEqual([
      [1, true],
      [2, false],
      [3, 'INVALID_JSON'],
      [5, false],
      [6, 'INVALID_INPUT'],
    ]);
    expect(rows[1]!.issues.map((i) => i.code)).toEqual(['WEEKDAY_MISMATCH']);
  });

  it('github: every annotation carries the line of its notice', () => {
    const r = run(['check-meeting', 'notices.ndjson', '--format', 'github', '--year', '2026'], { 'notices.ndjson': BATCH });
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    // Errors first (the lines that could not be checked before the findings), then warnings.
    expect(lines[0]).toBe('::error file=notices.ndjson,line=3,title=INVALID_JSON notices.ndjson%3A3::JSON 格式错误：内容不完整');
    expect(lines[1]).toBe('::error file=notices.ndjson,line=6,title=INVALID_INPUT MTG-01 notices.ndjson%3A6::每行应为一个会议通知对象，或 { "text": "…" }');
    expect(lines[2]).toBe('::error file=notices.ndjson,line=2,title=WEEKDAY_MISMATCH MTG-01 mtg-2::weekday: 写的是“星期三”，但 2026-10-08 是星期四');
    expect(lines.filter((l) => l.includes('line=5,')).length).toBeGreaterThan(0);
    expect(lines.every((l) => /^::(error|warning) file=notices\.ndjson,line=[2356],/.test(l))).toBe(true);
  });

  it('junit: one test case per notice and unreadable line, read back by a JUnit reader; messages in the chosen language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = run(['check-meeting', 'notices.ndjson', '--format', 'junit', '--year', '2026', '--lang', lang], { 'notices.ndjson': BATCH });
      expect(r.code).toBe(2);
      const j = readJUnit(r.out);
      expect(j.total).toBe(5);
      const at = (n: number) => (lang === 'en' ? ` (line ${n})` : `（第 ${n} 行）`);
      expect(j.suites[0]!.cases.map((c) => [c.name, c.status])).toEqual([
        [`mtg-1${at(1)}`, 'PASS'],
        [`mtg-2${at(2)}`, 'FAIL'],
        ['notices.ndjson:3', 'FAIL'],
        [`chat-7${at(5)}`, 'FAIL'],
        ['notices.ndjson:6', 'FAIL'],
      ]);
      expect(j.suites[0]!.cases[1]!.failure).toBe(lang === 'en' ? '[WEEKDAY_MISMATCH MTG-01] The notice says "星期三" but 2026-10-08 is a Thursday' : '[WEEKDAY_MISMATCH MTG-01] 写的是“星期三”，但 2026-10-08 是星期四');
      expect(r.out).toContain(`<testcase name="mtg-2${at(2)}" classname="guifan.check-meeting" file="notices.ndjson" line="2">`);
      expect(r.out).toContain('<error type="INVALID_JSON"');
    }
  });

  it.skipIf(!haveSchemas)('sarif: valid against the SARIF 2.1.0 schema, with the line of each notice; unreadable lines are tool notifications', () => {
    const r = run(['check-meeting', 'notices.ndjson', '--format', 'sarif', '--year', '2026'], { 'notices.ndjson': BATCH });
    const log = JSON.parse(r.out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarifReport(r.out)).toEqual([]);
    const results = log.runs[0]!.results;
    expect(log.runs[0]!.tool.driver.rules.map((x) => x.id).sort()).toEqual(['MTG-01/MISSING_ITEM', 'MTG-01/WEEKDAY_MISMATCH']);
    expect(results[0]).toMatchObject({ ruleId: 'MTG-01/WEEKDAY_MISMATCH', locations: [{ physicalLocation: { region: { startLine: 2 } } }] });
    expect(results[0]!.message.text).toBe('weekday: 写的是“星期三”，但 2026-10-08 是星期四 | The notice says "星期三" but 2026-10-08 is a Thursday');
    expect(results.map((x) => x.locations[0]!.physicalLocation.region.startLine).every((n) => [2, 5].includes(n))).toBe(true);
    const inv = (JSON.parse(r.out) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { descriptor: { id: string }; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] }[] }).runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications.map((n) => [n.descriptor.id, n.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['INVALID_JSON', 3],
      ['INVALID_INPUT', 6],
    ]);
  });

  it('a batch is read line by line: each notice is written before the next line is read', () => {
    const events: string[] = [];
    function* lines(): Generator<string> {
      for (const [k, l] of GOOD.split('\n').entries()) {
        events.push(`read ${k + 1}`);
        yield l;
      }
    }
    const code = runCli(['check-meeting', '-'], { stdout: (t) => events.push(`out ${t}`), stderr: () => {}, readFile: () => '', readLines: () => lines(), now: () => new Date('2026-10-01T02:00:00Z'), version: 'test' });
    expect(code).toBe(0);
    expect(events).toEqual(['read 1', 'out ✓ -:1 mtg-1', 'read 2', 'out ✓ -:2 mtg-3', 'out 2 个通知，0 个有错误，0 行无法读取']);
  });

  it('- reads standard input: NDJSON when its first line is a one-line object, else one notice (JSON or text) as before', () => {
    expect(run(['check-meeting', '-'], { '-': GOOD }).out.split('\n').at(-1)).toBe('2 个通知，0 个有错误，0 行无法读取');
    const text = '会议名称：安全例会\n会议时间：2026年10月8日（星期三）14:30—16:00\n会议地点：三楼会议室\n参会人员：张三、李四\n会议议程：\n一、国庆值班总结\n准备事项：\n1. 值班记录';
    const t = run(['check-meeting', '-'], { '-': text });
    expect(t.code).toBe(1);
    expect(t.out).toContain('[WEEKDAY_MISMATCH MTG-01] weekday');
    const pretty = JSON.stringify(JSON.parse(notice('mtg-1', '星期四')), null, 2);
    expect(run(['check-meeting', '-'], { '-': pretty })).toMatchObject({ code: 0, out: '通知完整、一致。' });
  });

  it('an unknown --format is exit 2 with a clear message', () => {
    const r = run(['check-meeting', 'ok.ndjson', '--format', 'tap'], { 'ok.ndjson': GOOD });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format must be one of text, json, junit, github, sarif');
  });

  it('--lang zh-CN: every word is Chinese apart from codes, rule ids, field names and the data; --lang en: no Chinese apart from the quoted data', () => {
    const fields = new Set(Object.keys(MeetingNoticeSchema.shape));
    const codes = new Set([...ISSUE_CODES, 'INVALID_JSON']);
    const dataWords = new Set(BATCH.match(/[A-Za-z][A-Za-z0-9_-]*/g));
    for (const format of ['text', 'junit', 'github']) {
      const r = run(['check-meeting', 'notices.ndjson', '--format', format, '--year', '2026'], { 'notices.ndjson': BATCH });
      const text = (format === 'junit' ? r.out.replace(/<[^>]*>/g, '').replace(/&(quot|amp|lt|gt|apos);/g, '') : format === 'github' ? r.out.replace(/^::[^:]*(?:%3A[^:]*)*::/gm, '') : r.out) + r.err;
      const words = (text.replace(/notices\.ndjson/g, '').match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).filter((w) => !fields.has(w) && !codes.has(w) && !dataWords.has(w) && !/^(MTG|CAL)-\d+$/.test(w) && w !== 'JSON');
      expect(words, format).toEqual([]);
    }
    const en = run(['check-meeting', 'notices.ndjson', '--year', '2026', '--lang', 'en'], { 'notices.ndjson': BATCH });
    expect(((en.out + en.err).replace(/"[^"]*"/g, '').match(/\p{Script=Han}+/gu) ?? []).filter((w) => !BATCH.includes(w))).toEqual([]);
  });
});
