import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCli } from './runCli';

declare const __GUIFAN_VERSION__: string;

/** The bytes of a file or of standard input (`-`), 64 KiB at a time: constant memory; the CLI decodes each line strictly. */
function* readChunks(path: string): Generator<Uint8Array> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const buf = Buffer.alloc(65_536);
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as { code?: string }).code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
        if ((e as { code?: string }).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      yield buf.subarray(0, n);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

const io: Parameters<typeof runCli>[1] = {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  // `-` reads standard input.
  readFile: (p) => readFileSync(p === '-' ? 0 : p, 'utf8'),
  readChunks,
  writeFile: (p, text) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  },
  appendFile: (p, text) => appendFileSync(p, text),
  env: process.env,
  now: () => new Date(),
  version: __GUIFAN_VERSION__,
};

try {
  process.exitCode = runCli(process.argv.slice(2), io);
} catch (e) {
  // An internal error is a run that could not check everything (exit 2), never “findings” (1, Node's default).
  process.stderr.write(`guifan: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
}
