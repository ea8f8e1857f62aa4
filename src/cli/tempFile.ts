import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliTempFile } from './io';

// Temporary files live in a directory of their own under the system's temporary directory, removed when done (and, at
// the latest, when the process exits); a temporary file's name goes as soon as it is open (see tempFile).
const temporary = new Set<string>();
let watching = false;
const removeAll = (): void => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
};

/** A directory of its own under `under` (default: the system's temporary directory), removed at exit at the latest. */
export function temporaryDir(under: string = tmpdir()): string {
  if (!watching) {
    watching = true;
    process.on('exit', removeAll);
  }
  const dir = mkdtempSync(join(under, 'guifan-'));
  temporary.add(dir);
  return dir;
}

/** Removes a directory {@link temporaryDir} made, with everything in it. */
export function removeTemporaryDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  temporary.delete(dir);
}

/**
 * A temporary file of the command line (`bin`; each worker of
 * `check-complaints --jobs` makes its own under the directory the command's
 * thread gave it, which that thread removes).
 */
export function tempFile(under?: string): CliTempFile {
  const dir = temporaryDir(under);
  const path = join(dir, 'data');
  const fd = openSync(path, 'w+');
  // Removed from the directory at once, read and written through the open descriptor: the system frees the file when
  // the process ends, however it ends (a CI job cancelled, kill -9), so a run stopped half way leaves nothing behind.
  // A system that cannot remove an open file (Windows may refuse) keeps it until `remove` or the exit, as before.
  let unlinked = false;
  try {
    unlinkSync(path);
    rmdirSync(dir);
    temporary.delete(dir);
    unlinked = true;
  } catch {
    // kept: removed by `remove`, or at exit
  }
  const buf = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  let size = 0;
  const flush = (): void => {
    if (used > 0) size += writeSync(fd, buf, 0, used, size);
    used = 0;
  };
  return {
    write(data) {
      // A string takes at most three bytes per UTF-16 unit.
      const most = typeof data === 'string' ? data.length * 3 : data.length;
      if (most > buf.length - used) flush();
      if (most > buf.length) size += typeof data === 'string' ? writeSync(fd, data, size, 'utf8') : writeSync(fd, data, 0, data.length, size);
      else if (typeof data === 'string') used += buf.write(data, used, 'utf8');
      else {
        buf.set(data, used);
        used += data.length;
      }
    },
    *chunks() {
      flush();
      const out = Buffer.allocUnsafe(1 << 20);
      for (let at = 0; at < size; ) {
        const n = readSync(fd, out, 0, out.length, at);
        if (n === 0) break;
        at += n;
        yield out.subarray(0, n);
      }
    },
    remove() {
      closeSync(fd);
      if (!unlinked) removeTemporaryDir(dir);
    },
  };
}
