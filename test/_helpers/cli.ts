import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index';

const root = join(__dirname, '..', '..');

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
