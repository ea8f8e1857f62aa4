import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index';

const root = join(__dirname, '..', '..');
const require = createRequire(import.meta.url);

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** Files the command wrote (when `writable`). */
  written: Record<string, string>;
}

/**
 * Runs the `guifan` command line in memory: `files` first, then the project's
 * own files (relative to its root); missing files are ENOENT, as on disk.
 */
export function runGuifan(args: string[], files: Record<string, string> = {}, opts: { now?: string; writable?: boolean } = {}): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => {
      if (p in files) return files[p]!;
      const full = join(root, p);
      if (!existsSync(full)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: p });
      return readFileSync(full, 'utf8');
    },
    ...(opts.writable === false ? {} : { writeFile: (p: string, t: string) => void (written[p] = files[p] = t) }),
    now: () => new Date(opts.now ?? '2026-10-09T04:00:00Z'),
    version: '0.0.0-test',
  });
  return { code, out: out.join('\n'), err: err.join('\n'), written };
}

/** A CliIo on the real file system, reading as `bin` does (bytes in chunks, decoded by the CLI), with output collected. */
export function realIo(opts: { now?: string; env?: Record<string, string>; appended?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const { closeSync, openSync, readFileSync: read, readSync } = require('node:fs') as typeof import('node:fs');
  function* readChunks(path: string): Generator<Uint8Array> {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(7); // tiny chunks: lines and characters cross chunk boundaries
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (n === 0) break;
        yield buf.subarray(0, n);
      }
    } finally {
      closeSync(fd);
    }
  }
  const io = {
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    readFile: (p: string) => read(p, 'utf8'),
    readChunks,
    ...(opts.appended ? { appendFile: (p: string, t: string) => void (opts.appended![p] = (opts.appended![p] ?? '') + t) } : {}),
    ...(opts.env ? { env: opts.env } : {}),
    now: () => new Date(opts.now ?? '2026-10-09T04:00:00Z'),
    version: '0.0.0-test',
  };
  return { io, out, err };
}
