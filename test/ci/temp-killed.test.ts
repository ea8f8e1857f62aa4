import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// CMP-14 (the repeat log, the record lists and the ids wait in temporary files): a check-complaints run killed half way
// — a CI job cancelled, kill -9 — leaves no temporary file behind; each file's name goes as soon as it is open, and the
// system frees it when the process ends. (A directory the command made for its workers may stay, empty.)
const require = createRequire(import.meta.url);
const { line } = require('./_complaintLines.cjs') as { line: (n: number) => (k: number) => string };
const bin = join(__dirname, '..', '..', 'dist', 'bin.js');
const AT = '2026-07-01T00:00+08:00';
const N = 6000; // the generator's distribution over 6,000 records, repeated (ids repeat: CMP-20 holds them back)

/** Every file (not directory) under `dir`. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Runs check-complaints on standard input that keeps coming, kills it once it has written part of its report. */
function killedHalfWay(jobs: string, tmp: string): Promise<{ out: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'check-complaints', '-', '--at', AT, '--format', 'junit', '--jobs', jobs], { env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp } });
    let out = 0;
    let ended = false;
    child.stdout.on('data', (b: Buffer) => {
      out += b.length;
      if (out > 50_000) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      ended = true;
      resolve({ out, signal });
    });
    // Lines keep coming as fast as the command reads them, so it never waits for input that does not come.
    const f = line(N);
    let k = 0;
    child.stdin.on('error', () => {}); // the pipe breaks when the child is killed
    const pump = (): void => {
      while (!ended) {
        const lines = Array.from({ length: 500 }, () => f(k++ % N)).join('\n') + '\n';
        if (!child.stdin.write(lines)) return void child.stdin.once('drain', pump);
      }
    };
    pump();
  });
}

describe('temporary files of a run that is killed (CMP-14)', () => {
  it.each(['1', '2'])('CMP-14 --jobs %s killed half way: no temporary file left', { timeout: 60_000 }, async (jobs) => {
    const tmp = mkdtempSync(join(tmpdir(), 'guifan-killed-test-'));
    try {
      const r = await killedHalfWay(jobs, tmp);
      expect(r.signal).toBe('SIGKILL');
      expect(r.out).toBeGreaterThan(50_000);
      expect(filesUnder(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
