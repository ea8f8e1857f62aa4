import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGuifan } from '../_helpers/cli';

const root = join(__dirname, '..', '..');
const run = (args: string[], files: Record<string, string> = {}) => runGuifan(args, files, { now: '2026-03-31T04:00:00Z' });
const SAMPLE = 'examples/data/complaints-sample.json';
const sample = JSON.parse(readFileSync(join(root, SAMPLE), 'utf8')) as Record<string, unknown>[];

describe('guifan check-complaints (CMP-04…06, CMP-14, CMP-15, CMP-19)', () => {
  it('the bundled sample passes: counts, closure states and metrics against targets', () => {
    const r = run(['check-complaints', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('统计投诉：6 件（计入记录 12 条，待核实 1 条，核实不予统计 1 条，非投诉 10 条）');
    expect(r.out).toContain('matter:lift-2-outage [engineering.facilities] 5 次 5 人');
    expect(r.out).toContain('✓ 客户咨询满意率 90.0% (9/10，目标 ≥ 90%) [CMP-19]');
    expect(r.out.split('\n').at(-1)).toBe('通过');
  });
  it('--json and --lang en', () => {
    const j = JSON.parse(run(['check-complaints', SAMPLE, '--json']).out);
    expect(j).toMatchObject({ records: 24, ok: true, count: { total: 6 }, metrics: { rates: { returnVisit: { numerator: 8, denominator: 8 } } } });
    expect(j.statuses).toHaveLength(14);
    expect(run(['check-complaints', SAMPLE, '--lang', 'en']).out).toContain('Statistical complaints: 6');
  });
  it('NDJSON input, and - for standard input (read through the host’s readFile)', () => {
    const nd = sample.map((x) => JSON.stringify(x)).join('\n');
    expect(run(['check-complaints', 'x.ndjson'], { 'x.ndjson': nd }).code).toBe(0);
    expect(run(['check-complaints', '-'], { '-': nd }).out).toContain('统计投诉：6 件');
  });
  it('ESC-01 --policy: a file holding null, an array or a policy with a wrong field is exit 2 with the reason, never "no policy"', () => {
    for (const [text, expected] of [['null', 'INVALID'], ['[]', 'INVALID'], ['{"id":"x","clocks":"soon"}', 'INVALID']] as const) {
      const r = run(['check-complaints', SAMPLE, '--policy', 'p.json', '--format', 'json'], { 'p.json': text });
      expect(r.code, text).toBe(2);
      expect(JSON.parse(r.out).error.file, text).toBe('p.json');
      expect(r.out, text).toContain(expected);
    }
    expect(run(['check-complaints', SAMPLE, '--policy', 'property-service-centre']).code).toBe(0);
  });
  it('exit 1 on a missed target (a late return visit) or a record error', () => {
    const late = sample.map((x) => (x.id === 'TS-20260302-002' ? { ...x, events: [{ type: 'resolved', at: '2026-03-05T17:00:00+08:00' }, { type: 'visited', at: '2026-03-12T10:00:00+08:00', outcome: 'satisfied' }] } : x));
    const r = run(['check-complaints', 'late.json'], { 'late.json': JSON.stringify(late) });
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 投诉回访率（三日内） 87.5% (7/8，目标 ≥ 100%) [CMP-15]');
    const bad = [...sample, { ...sample[0], id: 'X', channel: 'pigeon' }];
    const b = run(['check-complaints', 'bad.json', '--lang', 'en'], { 'bad.json': JSON.stringify(bad) });
    expect(b.code).toBe(1);
    expect(b.out).toContain('UNKNOWN_CHANNEL');
  });
  it('--policy adds on-time rates per SLA clock', () => {
    expect(run(['check-complaints', SAMPLE, '--policy', 'property-service-centre']).out).toContain('投诉回复按时率');
  });
  it('exit 2 on bad usage or unreadable input', () => {
    expect(run(['check-complaints']).code).toBe(2);
    expect(run(['check-complaints', 'nope.json']).code).toBe(2);
    expect(run(['check-complaints', 'x.ndjson'], { 'x.ndjson': '{"id":1}\n{oops' })).toMatchObject({ code: 2 });
    expect(run(['check-complaints', SAMPLE, '--at', '2026-03-31T12:00'])).toMatchObject({ code: 2 });
  });
});
