import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// CMP-05 (issue 28 item 3): a file checked in parts on any engine — `guifan complaints summarize` per part, then
// `guifan complaints merge` — answers as one `guifan check-complaints` over the whole file; `--jobs N` (worker threads)
// writes the very report `--jobs 1` writes, in every format. The built command is run, as a CI job runs it.
const require = createRequire(import.meta.url);
const { line } = require('./_complaintLines.cjs') as { line: (n: number) => (k: number) => string };
const root = join(__dirname, '..', '..');
const bin = join(root, 'dist', 'bin.js');
const AT = '2026-07-01T00:00+08:00';
const N = 3000;

let dir = '';
let lines: Buffer[] = [];
const guifan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
};
/** Lines first..last (1-based) of the whole file as a part file, as `split -l` cuts it. */
const part = (name: string, first: number, last: number) => {
  writeFileSync(join(dir, name), Buffer.concat(lines.slice(first - 1, last).flatMap((l) => [l, Buffer.from('\n')])));
  return name;
};
const summarize = (name: string, first: number) => {
  const r = guifan('complaints', 'summarize', name, '--at', AT, '--first-line', String(first));
  writeFileSync(join(dir, `${name}.json`), r.out);
  return r;
};
const answerOf = (json: string) => {
  const v = JSON.parse(json) as { records: number; count: unknown; metrics: unknown; unreadable: { file: string }[]; ok: boolean };
  // An unreadable line names the file it was read from (a part, or `-`); its line number is the whole file's.
  return { records: v.records, count: v.count, metrics: v.metrics, unreadable: v.unreadable.map(({ file: _, ...rest }) => rest), ok: v.ok };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guifan-shards-'));
  const make = line(N);
  lines = Array.from({ length: N }, (_, k) => Buffer.from(make(k)));
  // What a real export has: blank lines, a line that is not JSON, one that is not UTF-8, an id given twice (CMP-20).
  lines.splice(700, 0, Buffer.from(''));
  lines.splice(1500, 0, Buffer.from('{"id": "R-broken", '));
  lines.splice(2200, 0, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
  lines.splice(2600, 0, Buffer.from(''), Buffer.from(make(42)));
  writeFileSync(join(dir, 'all.ndjson'), Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
  // Uneven parts, one of them starting on a blank line and one cutting between the two copies of R42's neighbours.
  summarize(part('p-a', 1, 1000), 1);
  summarize(part('p-b', 1001, 2200), 1001);
  summarize(part('p-c', 2201, 2601), 2201);
  summarize(part('p-d', 2602, lines.length), 2602);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('complaints summarize → merge equals one check-complaints run (CMP-05, CMP-07, CMP-14, CMP-20)', () => {
  it('CMP-05 the parts merged in any order: the same count, metrics, unreadable lines and exit code as the whole file', () => {
    const whole = guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', 'json');
    expect(whole.code).toBe(2); // the unreadable lines
    const merged = guifan('complaints', 'merge', 'p-c.json', 'p-a.json', 'p-d.json', 'p-b.json', '--format', 'json');
    expect(merged.code).toBe(whole.code);
    const a = answerOf(whole.out);
    expect(a.records).toBe(N + 1);
    expect((a.count as { complaints: unknown[] }).complaints.length).toBeGreaterThan(100);
    expect(answerOf(merged.out)).toEqual(a);
  });

  it('CMP-05 merging is associative: a merged part (--summary) merges again to the same answer', () => {
    const ab = guifan('complaints', 'merge', 'p-a.json', 'p-b.json', '--summary');
    writeFileSync(join(dir, 'ab.json'), ab.out);
    const cd = guifan('complaints', 'merge', 'p-d.json', 'p-c.json', '--summary');
    writeFileSync(join(dir, 'cd.json'), cd.out);
    const nested = guifan('complaints', 'merge', 'cd.json', 'ab.json', '--format', 'json');
    const flat = guifan('complaints', 'merge', 'p-a.json', 'p-b.json', 'p-c.json', 'p-d.json', '--format', 'json');
    expect(answerOf(nested.out)).toEqual(answerOf(flat.out));
  });

  it('CMP-20 the id given twice across two parts is found by the merge, at its place in the whole file', () => {
    const merged = answerOf(guifan('complaints', 'merge', 'p-a.json', 'p-b.json', 'p-c.json', 'p-d.json', '--format', 'json').out);
    const dup = (merged.count as { issues: { code: string; path: unknown[] }[] }).issues.filter((x) => x.code === 'DUPLICATE_RECORD_ID');
    expect(dup.length).toBeGreaterThan(0);
  });

  it('CMP-05 every report format of the merge is written and agrees with its exit code', () => {
    for (const format of ['text', 'junit', 'github', 'sarif'] as const) {
      const r = guifan('complaints', 'merge', 'p-a.json', 'p-b.json', 'p-c.json', 'p-d.json', '--format', format);
      expect(r.code, format).toBe(2);
      expect(r.out.length, format).toBeGreaterThan(0);
    }
  });

  it('CMP-05 a part missing, given twice or with a wrong --first-line is refused (exit 2), not counted short', () => {
    const missing = guifan('complaints', 'merge', 'p-a.json', 'p-c.json', 'p-d.json', '--format', 'json');
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('INVALID_INPUT');
    expect(guifan('complaints', 'merge', 'p-a.json', 'p-a.json', 'p-b.json', 'p-c.json', 'p-d.json').code).toBe(2);
    writeFileSync(join(dir, 'not-a-part.json'), '{"format":"something-else"}');
    expect(guifan('complaints', 'merge', 'not-a-part.json').code).toBe(2);
    expect(guifan('complaints', 'summarize', 'p-a').code).toBe(2); // --at is required: every part judged at one instant
  });

  it('CMP-20 --ids trust (ids a database keeps unique): smaller parts, the same answer on a file without repeated ids; never mixed with checked parts', () => {
    writeFileSync(join(dir, 'unique.ndjson'), Buffer.concat(lines.slice(0, 2200).flatMap((l) => [l, Buffer.from('\n')])));
    for (const [name, first] of [['p-a', 1], ['p-b', 1001]] as const) {
      writeFileSync(join(dir, `${name}.trust.json`), guifan('complaints', 'summarize', name, '--at', AT, '--first-line', String(first), '--ids', 'trust').out);
    }
    expect(readFileSync(join(dir, 'p-a.trust.json')).length).toBeLessThan(readFileSync(join(dir, 'p-a.json')).length);
    const one = guifan('check-complaints', 'unique.ndjson', '--at', AT, '--format', 'json');
    const merged = guifan('complaints', 'merge', 'p-b.trust.json', 'p-a.trust.json', '--format', 'json');
    expect(merged.code).toBe(one.code);
    expect(answerOf(merged.out)).toEqual(answerOf(one.out));
    expect(guifan('complaints', 'merge', 'p-a.trust.json', 'p-b.json').code).toBe(2);
    expect(guifan('complaints', 'summarize', 'p-a', '--at', AT, '--ids', 'maybe').code).toBe(2);
  });

  it('CMP-05 parts judged at different instants do not merge', () => {
    const r = guifan('complaints', 'summarize', 'p-b', '--at', '2026-08-01T00:00+08:00', '--first-line', '1001');
    writeFileSync(join(dir, 'p-b-later.json'), r.out);
    const m = guifan('complaints', 'merge', 'p-a.json', 'p-b-later.json', 'p-c.json', 'p-d.json', '--format', 'json');
    expect(m.code).toBe(2);
  });
});

describe('the worked example examples/ci/complaints-in-parts.sh (split -l, xargs -P, merge)', () => {
  it('CMP-05 uneven parts in parallel give the answer of one check-complaints run', () => {
    const shim = join(dir, 'bin');
    mkdirSync(shim, { recursive: true });
    writeFileSync(join(shim, 'guifan'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`, { mode: 0o755 });
    const r = spawnSync('sh', [join(root, 'examples', 'ci', 'complaints-in-parts.sh'), 'all.ndjson', AT, '700', '2'], { cwd: dir, env: { ...process.env, PATH: `${shim}:${process.env.PATH}`, FORMAT: 'json' }, maxBuffer: 1 << 28 });
    const one = guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', 'json');
    expect(r.status).toBe(one.code);
    expect(answerOf(r.stdout.toString('utf8'))).toEqual(answerOf(one.out));
  });
});

describe('check-complaints --jobs N writes what --jobs 1 writes (CMP-05)', () => {
  it.each(['json', 'text', 'junit', 'github', 'sarif'] as const)('CMP-05 --format %s, --jobs 2 and 3', (format) => {
    const one = guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', format);
    for (const jobs of ['2', '3']) {
      const many = guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', format, '--jobs', jobs);
      expect(many.code, `--jobs ${jobs}`).toBe(one.code);
      expect(many.out, `--jobs ${jobs}`).toBe(one.out);
      expect(many.err, `--jobs ${jobs}`).toBe(one.err);
    }
  });

  it('CMP-05 --jobs reads standard input too', () => {
    const r = spawnSync(process.execPath, [bin, 'check-complaints', '-', '--at', AT, '--format', 'json', '--jobs', '2'], { cwd: dir, input: readFileSync(join(dir, 'all.ndjson')), maxBuffer: 1 << 28 });
    const one = guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', 'json');
    expect(r.status).toBe(one.code);
    expect(answerOf(r.stdout.toString('utf8'))).toEqual(answerOf(one.out));
  });

  it('CMP-05 --jobs is a whole number from 1 to 64, and an option of check-complaints only', () => {
    expect(guifan('check-complaints', 'all.ndjson', '--at', AT, '--jobs', '0').code).toBe(2);
    expect(guifan('check-complaints', 'all.ndjson', '--at', AT, '--jobs', '1.5').code).toBe(2);
    expect(guifan('check-sla', 'all.ndjson', '--jobs', '2').code).toBe(2);
  });
});

describe('temporary files (CMP-14: the repeat log and the statuses wait in them)', () => {
  it('CMP-14 --jobs 1 and 2 leave none behind, also when the reader stops early', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'guifan-tmp-test-'));
    try {
      const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
      for (const jobs of ['1', '2']) {
        const whole = spawnSync(process.execPath, [bin, 'check-complaints', 'all.ndjson', '--at', AT, '--format', 'text', '--jobs', jobs], { cwd: dir, env, maxBuffer: 1 << 28 });
        expect(whole.status, `--jobs ${jobs}`).toBe(guifan('check-complaints', 'all.ndjson', '--at', AT, '--format', 'text').code);
        spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check-complaints all.ndjson --at ${AT} --format junit --jobs ${jobs} | head -c 100 >/dev/null`], { cwd: dir, env });
        expect(readdirSync(tmp), `--jobs ${jobs}`).toEqual([]);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a reader that stops early', () => {
  it('CMP-05 `guifan … | head` stops quietly: no stack trace on standard error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check-complaints all.ndjson --at ${AT} --format json | head -c 100 >/dev/null`], { cwd: dir });
    expect(r.stderr.toString('utf8')).not.toMatch(/EPIPE|at |node:/);
  });
});
