import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGuifan } from '../_helpers/cli';
import { ISSUE_CODES } from '../_helpers/issueCodes';
import { COMPLAINT_CHANNELS } from '../../src/complaint/schema';
import { haveSchemas, readJUnit, sarifReport } from './_reports';

const root = join(__dirname, '..', '..');
const SAMPLE = 'examples/data/complaints-sample.json';
const sample = JSON.parse(readFileSync(join(root, SAMPLE), 'utf8')) as Record<string, unknown>[];
const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files, { now: '2026-03-31T04:00:00Z' });

// A late return visit (CMP-15 target missed) and a record with an unknown channel (CMP-02), as NDJSON: record k is on line k + 1.
const late = sample.map((x) => (x.id === 'TS-20260302-002' ? { ...x, events: [{ type: 'resolved', at: '2026-03-05T17:00:00+08:00' }, { type: 'visited', at: '2026-03-12T10:00:00+08:00', outcome: 'satisfied' }] } : x));
const bad = [...late, { ...sample[0], id: 'X-1', channel: 'pigeon' }];
const ndjson = bad.map((x) => JSON.stringify(x)).join('\n');
const files = { 'records.ndjson': ndjson, 'records.json': JSON.stringify(bad, null, 2) };

describe('check-complaints --format junit (CMP-02, CMP-15, CMP-19)', () => {
  it('one test case per record, per statistical complaint and per metric; read back by a JUnit reader; the sample passes (exit 0)', () => {
    const r = run(['check-complaints', SAMPLE, '--format', 'junit']);
    expect(r.code).toBe(0);
    const j = readJUnit(r.out);
    const counted = JSON.parse(run(['check-complaints', SAMPLE, '--json']).out) as { count: { complaints: unknown[] } };
    // 24 records + the count + 6 statistical complaints + the closure states + 6 metrics (5 with a target, the closure rate without)
    expect(j.total).toBe(sample.length + 1 + counted.count.complaints.length + 1 + 6);
    expect(j.failed).toBe(0);
    expect(j.suites[0]!.name).toBe(`guifan check-complaints ${SAMPLE}`);
    expect(j.suites[0]!.cases.slice(0, sample.length).map((c) => c.name.replace(/（第 \d+ 行）$/, ''))).toEqual(sample.map((x) => x.id));
    expect(r.out).toContain('<testcase name="matter:lift-2-outage" classname="guifan.check-complaints.count">');
    expect(r.out).toContain('<testcase name="客户咨询满意率" classname="guifan.check-complaints.metrics">');
    // A pretty-printed JSON array: each record's case names the line where it starts.
    const starts = readFileSync(join(root, SAMPLE), 'utf8').split('\n').flatMap((l, i) => (l === '  {' ? [i + 1] : []));
    expect([...r.out.matchAll(/classname="guifan\.check-complaints\.records" file="[^"]+" line="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(starts);
  });

  it('a record error and a missed target fail their cases with code, rule id and message in the chosen language (exit 1)', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = run(['check-complaints', 'records.ndjson', '--format', 'junit', '--lang', lang], files);
      expect(r.code).toBe(1);
      const j = readJUnit(r.out);
      expect(j.failed).toBe(2);
      const failed = j.suites[0]!.cases.filter((c) => c.status === 'FAIL');
      expect(failed.map((c) => c.name)).toEqual([lang === 'en' ? `X-1 (line ${bad.length})` : `X-1（第 ${bad.length} 行）`, lang === 'en' ? 'return visits on time' : '投诉回访率（三日内）']);
      expect(failed[0]!.failure).toMatch(lang === 'en' ? /^\[UNKNOWN_CHANNEL CMP-02\] Unknown complaint channel pigeon \(known: walk-in, / : /^\[UNKNOWN_CHANNEL CMP-02\] 未知的投诉渠道 pigeon（可用：walk-in, /);
      expect(failed[1]!.failure).toBe(
        lang === 'en'
          ? '[TARGET_NOT_MET CMP-15] return visits on time 87.5% (7/8) misses the target ≥ 100% (2026-03-02 … 2026-03-31)'
          : '[TARGET_NOT_MET CMP-15] 投诉回访率（三日内） 87.5%（7/8）未达到目标 ≥ 100%（2026-03-02 至 2026-03-31）',
      );
      expect(r.out).toContain(`<testcase name="${lang === 'en' ? `X-1 (line ${bad.length})` : `X-1（第 ${bad.length} 行）`}" classname="guifan.check-complaints.records" file="records.ndjson" line="${bad.length}">`);
      expect(r.out).toContain('<failure type="UNKNOWN_CHANNEL"');
      expect(r.out).toContain('<failure type="TARGET_NOT_MET"');
    }
  });
});

describe('check-complaints --format github', () => {
  it('annotations name the NDJSON line of the record; a missed target is a file-level error', () => {
    const r = run(['check-complaints', 'records.ndjson', '--format', 'github'], files);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines).toContain(`::error file=records.ndjson,line=${bad.length},title=UNKNOWN_CHANNEL CMP-02 X-1::channel: 未知的投诉渠道 pigeon（可用：walk-in, phone, written, email, online, press, transferred, other）`);
    expect(lines).toContain('::error file=records.ndjson,title=TARGET_NOT_MET CMP-15 投诉回访率（三日内）::投诉回访率（三日内） 87.5%25（7/8）未达到目标 ≥ 100%25（2026-03-02 至 2026-03-31）');
    expect(lines.every((l) => /^::(error|warning) file=records\.ndjson,/.test(l))).toBe(true);
    // The same records as a pretty-printed JSON array: the line where the record opens.
    const start = files['records.json'].split('\n').lastIndexOf('  {') + 1;
    expect(run(['check-complaints', 'records.json', '--format', 'github'], files).out).toContain(`::error file=records.json,line=${start},title=UNKNOWN_CHANNEL CMP-02 X-1::`);
  });

  it('a malformed NDJSON line is named by its number, the other records are still checked (exit 2)', () => {
    const lines = ndjson.split('\n');
    lines.splice(2, 0, '{"id": "TS-oops",');
    const text = lines.join('\n');
    const t = run(['check-complaints', 'broken.ndjson'], { 'broken.ndjson': text });
    expect(t.code).toBe(2);
    expect(t.err).toMatch(/^broken\.ndjson:3: JSON 格式错误：/);
    expect(t.out).toContain('统计投诉：6 件');
    expect(t.out).toContain(`broken.ndjson:${lines.length}: ✗ [UNKNOWN_CHANNEL CMP-02] ${bad.length - 1}.channel: 未知的投诉渠道 pigeon（`);
    expect(t.out).toContain('1 行无法读取，未计入');
    const g = run(['check-complaints', 'broken.ndjson', '--format', 'github', '--lang', 'en'], { 'broken.ndjson': text });
    expect(g.code).toBe(2);
    expect(g.err).toMatch(/^broken\.ndjson:3: invalid JSON: /);
    expect(g.out.split('\n')[0]).toMatch(/^::error file=broken\.ndjson,line=3,title=INVALID_JSON broken\.ndjson%3A3::invalid JSON: /);
    const j = readJUnit(run(['check-complaints', 'broken.ndjson', '--format', 'junit'], { 'broken.ndjson': text }).out);
    expect(j.suites[0]!.cases.filter((c) => c.status === 'FAIL').map((c) => c.name)).toEqual(['broken.ndjson:3', `X-1（第 ${lines.length} 行）`, '投诉回访率（三日内）']);
    // Standard input, read line by line.
    expect(run(['check-complaints', '-'], { '-': text }).code).toBe(2);
  });
});

describe('check-complaints --format sarif', () => {
  it.skipIf(!haveSchemas)('SARIF 2.1.0 valid against the published schema: rule ids as rules, bilingual messages, NDJSON lines as regions', () => {
    const r = run(['check-complaints', 'records.ndjson', '--format', 'sarif', '--lang', 'en'], files);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { region?: { startLine: number } } }[]; properties: { code: string } }[] }[] };
    expect(sarifReport(r.out)).toEqual([]);
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.rules.map((x) => x.id).sort()).toEqual(['CMP-02/UNKNOWN_CHANNEL', 'CMP-03/NOT_VERIFIED', 'CMP-15/TARGET_NOT_MET']);
    const channel = run0.results.find((x) => x.properties.code === 'UNKNOWN_CHANNEL')!;
    expect(channel).toMatchObject({ ruleId: 'CMP-02/UNKNOWN_CHANNEL', level: 'error', locations: [{ physicalLocation: { region: { startLine: bad.length } } }] });
    expect(channel.message.text).toMatch(/^channel: Unknown complaint channel pigeon \(known: .*\) \| 未知的投诉渠道 pigeon（可用：/);
    const target = run0.results.find((x) => x.properties.code === 'TARGET_NOT_MET')!;
    expect(target.ruleId).toBe('CMP-15/TARGET_NOT_MET');
    expect(target.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 }); // a file-level finding
    expect(target.message.text).toBe('return visits on time 87.5% (7/8) misses the target ≥ 100% (2026-03-02 … 2026-03-31) | 投诉回访率（三日内） 87.5%（7/8）未达到目标 ≥ 100%（2026-03-02 至 2026-03-31）');
    expect(run0.results.find((x) => x.properties.code === 'NOT_VERIFIED')).toMatchObject({ ruleId: 'CMP-03/NOT_VERIFIED', level: 'warning' });
    expect(sarifReport(run(['check-complaints', SAMPLE, '--format', 'sarif']).out)).toEqual([]);
  });
});

describe('check-complaints: bad --format, and every word in the chosen language', () => {
  it('an unknown --format is exit 2 with a clear message', () => {
    const r = run(['check-complaints', SAMPLE, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format must be one of text, json, junit, github, sarif');
    expect(r.out).toBe('');
  });

  // Words of the data (ids, categories, matter keys, event types) and issue codes stay as they are; every other word is in the chosen language.
  const dataWords = new Set([...(JSON.stringify(bad).match(/[A-Za-z][A-Za-z0-9_.-]*/g) ?? []), ...COMPLAINT_CHANNELS]);
  const codes = new Set([...ISSUE_CODES, 'TARGET_NOT_MET', 'INVALID_JSON']);
  const foreign = (text: string): string[] =>
    (text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/g, '').replace(/records\.ndjson/g, '').match(/[A-Za-z][A-Za-z0-9_.-]*/g) ?? []).filter(
      (w) => !dataWords.has(w) && !codes.has(w) && !/^(CAL|TL|CMP|ESC|APR|MTG|SVC)-\d+$/.test(w) && !w.split(/[.:-]/).every((p) => p === '' || /^\d+$/.test(p) || dataWords.has(p)),
    );
  it('--lang zh-CN: text, JUnit and GitHub output are Chinese apart from the data', () => {
    for (const format of ['text', 'junit', 'github']) {
      const r = run(['check-complaints', 'records.ndjson', '--format', format, '--policy', 'property-service-centre'], files);
      const text = format === 'junit' ? r.out.replace(/<[^>]*>/g, '') : format === 'github' ? r.out.replace(/^::\w+ [^:]*(?:%3A[^:]*)*::/gm, '') : r.out;
      expect(foreign(text), format).toEqual([]);
    }
    expect(run(['check-complaints', 'records.ndjson'], files).out).toContain('TS-20260302-001 已关闭 — 已关闭：');
  });
  it('--lang en: no Chinese apart from quoted regulation terms and the data', () => {
    const han = new Set(JSON.stringify(bad).match(/\p{Script=Han}+/gu));
    const r = run(['check-complaints', 'records.ndjson', '--lang', 'en', '--policy', 'property-service-centre'], files);
    const left = (r.out.replace(/"[^"]*"/g, '').match(/\p{Script=Han}+/gu) ?? []).filter((w) => !han.has(w));
    expect(left).toEqual([]);
    expect(r.out).toContain('TS-20260302-001 closed — Closed:');
  });
});
