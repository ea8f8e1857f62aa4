import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// CMP-20 --jobs 2 writes what --jobs 1 writes where the main thread counts what the workers send back: ids repeated with differing
// versions (the first record among them: recount), records without an id, late per-record issues named by id (the id
// file), and a line that is JSON but not an object (unreadable in both, CMP-03: a worker took it for a record).
const require = createRequire(import.meta.url);
const { line, record } = require('./_complaintLines.cjs') as { line: (n: number) => (k: number) => string; record: (k: number, n: number) => Record<string, unknown> };
const bin = join(__dirname, '..', '..', 'dist', 'bin.js');
const AT = '2026-07-01T00:00+08:00';
const N = 3000;
const dir = mkdtempSync(join(tmpdir(), 'guifan-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (file: string, format: string, jobs: string) => {
  const r = spawnSync(process.execPath, [bin, 'check-complaints', file, '--at', AT, '--format', format, '--jobs', jobs], { cwd: dir, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
};
const late = (k: number, id: string) => JSON.stringify({ ...record(k, N), id, kind: 'complaint', matter: 'M1', category: 'fees', verification: { counted: true, by: 'w' }, receivedAt: '2026-03-01 09:00', events: [] });

describe('check-complaints --jobs 2 = --jobs 1 (CMP-03, CMP-05, CMP-20)', () => {
  const lines = Array.from({ length: N }, (_, k) => line(N)(k));
  ['a\nb', 'c\u2028d', '"q"', '\ufeffbom', 'null', 'R-late', 'R-late'].forEach((id, k) => (lines[200 + k * 300] = late(200 + k * 300, id)));
  lines.unshift(late(0, 'first-late'));
  lines.splice(5, 0, '', '{bad', '{"kind":"complaint"}', '{"id":5}');
  lines.splice(1500, 0, JSON.stringify({ ...record(9, N), unit: 'changed' }), lines[0]!);
  writeFileSync(join(dir, 'edge.ndjson'), `${lines.join('\n')}\n`);
  it.each(['json', 'junit', 'text', 'sarif', 'github'])('CMP-20 %s: recount, no ids, late issues named by id', (format) => {
    const one = run('edge.ndjson', format, '1');
    expect(one.out).toContain(format === 'junit' ? 'name="first-late（第 1 行）" classname="guifan.check-complaints.count"' : '');
    expect(run('edge.ndjson', format, '2')).toEqual(one);
  });
  it('CMP-03 a line that is JSON but not an object is unreadable with --jobs too', () => {
    writeFileSync(join(dir, 'scalar.ndjson'), `${[...lines.slice(0, 1500), '42', ...lines.slice(1500)].join('\n')}\n`);
    expect(run('scalar.ndjson', 'json', '2')).toEqual(run('scalar.ndjson', 'json', '1'));
  });
});
