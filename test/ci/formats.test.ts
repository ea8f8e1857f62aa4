import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { haveSchemas, sarifReport } from './_reports';
import { describe, expect, it } from 'vitest';
import { runGuifan } from '../_helpers/cli';
import { jsonSchemaOf, PUBLIC_SCHEMAS } from '../../src/cli/_lib/schemas';
import * as guifan from '../../src/index';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');

const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files);

// The draft 2020-12 schemas guifan ships, read by an independent validator.
const ajv2020 = (): Ajv => {
  const Ajv2020 = require('ajv/dist/2020').default as typeof Ajv;
  return new Ajv2020({ strict: false, allErrors: true });
};

describe('JSON Schema of every public model (guifan schema, guifan/schemas/*.json)', () => {
  it('lists, prints and writes the schemas; an unknown name is exit 2', () => {
    const list = run(['schema', '--list']);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').map((l) => l.split('\t')[0])).toEqual(Object.keys(PUBLIC_SCHEMAS));
    const one = run(['schema', 'sla-policy']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'guifan/schemas/sla-policy.json', type: 'object' });
    const all = run(['schema', '--out', 'dist/schemas']);
    expect(Object.keys(all.written).sort()).toEqual(Object.keys(PUBLIC_SCHEMAS).map((n) => `dist/schemas/${n}.json`).sort());
    const bad = run(['schema', 'no-such-model']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('没有名为“no-such-model”的模式');
    expect(run(['schema', 'no-such-model', '--lang', 'en']).err).toContain("No schema named 'no-such-model'");
  });

  it('the documented objects validate against the generated schemas with ajv; broken ones do not', () => {
    const ajv = ajv2020();
    const compiled = new Map<string, ReturnType<Ajv['compile']>>();
    let last: ReturnType<Ajv['compile']> | undefined;
    const check = (name: string, value: unknown): boolean => {
      if (!compiled.has(name)) compiled.set(name, ajv.compile(jsonSchemaOf(name)!));
      last = compiled.get(name)!;
      return last(value) as boolean;
    };
    const errors = () => ajv.errorsText(last?.errors);
    for (const p of [guifan.PROPERTY_SERVICE_CENTRE, guifan.REAL_ESTATE_CALL_CENTRE, guifan.UTILITY_FEE_CENTRE, guifan.PROPERTY_RECEPTION, guifan.HOSPITAL, guifan.AFTER_SALES]) {
      expect(check('sla-policy', JSON.parse(JSON.stringify(p))), `${p.id}: ${errors()}`).toBe(true);
    }
    expect(check('appraisal-scheme', guifan.DEFAULT_APPRAISAL_SCHEME), errors()).toBe(true);
    expect(check('penalty-table', guifan.FIRST_INQUIRY_PENALTIES), errors()).toBe(true);
    expect(check('service-language-list', guifan.SERVICE_FORBIDDEN_PHRASES), errors()).toBe(true);
    expect(check('complaint-taxonomy', JSON.parse(JSON.stringify(guifan.DEFAULT_COMPLAINT_TAXONOMY))), errors()).toBe(true);
    for (const r of JSON.parse(readFileSync(join(root, 'examples/data/complaints-sample.json'), 'utf8')) as unknown[]) expect(check('complaint-record', r), errors()).toBe(true);
    expect(check('complaint-record', { id: 'x', channel: 'pigeon' })).toBe(false);
    const cases = JSON.parse(readFileSync(join(root, 'examples/data/sla-cases-2026-national-day.json'), 'utf8')) as unknown[];
    for (const c of Array.isArray(cases) ? cases : (cases as { cases: unknown[] }).cases) expect(check('sla-case', c), errors()).toBe(true);
    const notice = { id: 'mtg-20261008-safety', title: '四季度安全工作会议', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '办公楼三楼第一会议室', attendees: ['王五'], agenda: ['四季度安全检查安排'] };
    expect(check('meeting-notice', notice), errors()).toBe(true);
    expect(check('time-limit', { amount: 3, unit: 'workday' })).toBe(true);
    // Invalid examples fail the independent validator too.
    expect(check('time-limit', { amount: 3, unit: 'fortnight' })).toBe(false);
    expect(check('time-limit', { amount: -1, unit: 'day' })).toBe(false);
    expect(check('sla-policy', { ...guifan.PROPERTY_SERVICE_CENTRE, clocks: 'none' })).toBe(false);
    expect(check('meeting-notice', { ...notice, start: 'two o’clock', surprise: true })).toBe(false);
    expect(check('service-language-list', { ...guifan.SERVICE_FORBIDDEN_PHRASES, level: 'fatal' })).toBe(false);
  });

  it('zod and the JSON Schema agree on valid and invalid examples', () => {
    const ajv = ajv2020();
    const samples: [string, unknown][] = [
      ['time-limit', { amount: 2, unit: 'hour' }],
      ['time-limit', { amount: 2, unit: 'hours' }],
      ['rule-changes', [{ id: 'R-1', changedAt: '2026-10-12T15:00+08:00' }]],
      ['rule-changes', [{ id: '', changedAt: '2026-10-12T15:00+08:00' }]],
      ['conduct-case', { events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }] }],
      ['conduct-case', { events: [{ at: '2026-10-09T09:00+08:00' }] }],
    ];
    const compiled = new Map<string, ReturnType<Ajv['compile']>>();
    for (const [name, value] of samples) {
      const zodOk = (PUBLIC_SCHEMAS[name]!.schema as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success;
      if (!compiled.has(name)) compiled.set(name, ajv.compile(jsonSchemaOf(name)!));
      expect(compiled.get(name)!(value), `${name} ${JSON.stringify(value)}`).toBe(zodOk);
    }
  });
});

describe('report formats of the check-* commands (--format junit|github|sarif)', () => {
  const sla = ['check-sla', 'examples/data/sla-cases-2026-national-day.json', '--at', '2026-10-09T12:00+08:00'];

  it('JUnit XML: one test case per case and clock; failures carry code, rule id and message; read back by a JUnit reader', () => {
    const r = run([...sla, '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="guifan"')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'guifan-junit-'));
    try {
      const file = join(dir, 'report.xml');
      writeFileSync(file, r.out);
      const { parse } = require('test-results-parser') as { parse(o: { type: string; files: string[] }): { total: number; failed: number; passed: number; suites: { name: string; cases: { name: string; status: string; failure: string }[] }[] } };
      const result = parse({ type: 'junit', files: [file] });
      const text = run([...sla, '--json']);
      const results = JSON.parse(text.out) as { id?: string; clocks: unknown[]; issues: unknown[] }[];
      const expected = results.reduce((n, c) => n + c.clocks.length + (c.issues.length ? 1 : 0), 0);
      expect(result.total).toBe(expected);
      expect(result.failed).toBeGreaterThan(0);
      expect(result.passed + result.failed).toBe(result.total);
      expect(result.suites[0]!.name).toBe('guifan check-sla examples/data/sla-cases-2026-national-day.json');
      const failed = result.suites[0]!.cases.filter((c) => c.status === 'FAIL');
      expect(failed.every((c) => c.failure.length > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JUnit failures of a meeting notice carry the issue code, rule and message in the chosen language', () => {
    const files = { 'n.txt': '10月8日 周三 下午2:30-4:00在三楼会议室召开安全例会' };
    const zh = run(['check-meeting', 'n.txt', '--year', '2026', '--format', 'junit'], files);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('[WEEKDAY_MISMATCH MTG-01]');
    expect(run(['check-meeting', 'n.txt', '--year', '2026', '--format', 'junit', '--lang', 'en'], files).out).toContain('The notice says');
  });

  it('GitHub annotations with file, line and column where the input is line-based', () => {
    const r = run(['check-language', 'call.txt', '--format', 'github'], { 'call.txt': '您好。\n这个事跟我们没关系，\n好的，不过要等。' });
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      '::error file=call.txt,line=2,col=4,title=FORBIDDEN_PHRASE SVC-02 第 2 行::服务禁用语“跟我们没关系”（服务禁用语：“跟我们没关系”）',
      '::warning file=call.txt,line=3,col=4,title=DISCOURAGED_WORD SVC-02 第 3 行::应避免的用语“不过”（物业部接待投诉忌用词汇：“不过”）',
    ]);
    const s = run([...sla, '--format', 'github']);
    expect(s.out.split('\n').every((l) => /^::(error|warning) file=examples\/data\/sla-cases-2026-national-day\.json,line=\d+,title=/.test(l))).toBe(true);
  });

  it.skipIf(!haveSchemas)('SARIF 2.1.0 valid against the official schema, with the properties GitHub requires; rule ids are rule/code', () => {
    for (const args of [[...sla, '--format', 'sarif'], ['check-language', 'call.txt', '--format', 'sarif', '--lang', 'en']]) {
      const r = run(args, { 'call.txt': '这个事跟我们没关系。' });
      expect(sarifReport(r.out)).toEqual([]);
      const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; message: { text: string }; properties: { messages: Record<string, string> } }[] }[] };
      expect(log.version).toBe('2.1.0');
      const run0 = log.runs[0]!;
      expect(run0.tool.driver.name).toBe('guifan');
      for (const res of run0.results) {
        expect(run0.tool.driver.rules.map((x) => x.id)).toContain(res.ruleId);
        expect(res.message.text).toContain(' | ');
        expect(Object.keys(res.properties.messages).sort()).toEqual(['en', 'zh-CN']);
      }
    }
    const lang = JSON.parse(run(['check-language', 'call.txt', '--format', 'sarif', '--lang', 'en'], { 'call.txt': '这个事跟我们没关系。' }).out);
    expect(lang.runs[0].results[0]).toMatchObject({ ruleId: 'SVC-02/FORBIDDEN_PHRASE', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'call.txt' }, region: { startLine: 1, startColumn: 4 } } }] });
    expect(lang.runs[0].results[0].message.text).toBe('Forbidden service phrase "跟我们没关系" (Forbidden service phrases: "跟我们没关系") | 服务禁用语“跟我们没关系”（服务禁用语：“跟我们没关系”）');
  });

  it('an unknown --format is exit 2 with a clear message, never a stack trace', () => {
    const r = run([...sla, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format must be one of text, json, junit, github, sarif');
  });
});
