import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCli } from './runCli';

declare const __GUIFAN_VERSION__: string;

/** Lines of a file or of standard input (`-`), 64 KiB at a time: constant memory for NDJSON. */
function* readLines(path: string): Generator<string> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const buf = Buffer.alloc(65_536);
  const decoder = new TextDecoder('utf-8');
  let rest = '';
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
      const parts = (rest + decoder.decode(buf.subarray(0, n), { stream: true })).split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield p.endsWith('\r') ? p.slice(0, -1) : p;
    }
    rest += decoder.decode();
    if (rest) yield rest;
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  // `-` reads standard input.
  readFile: (p) => readFileSync(p === '-' ? 0 : p, 'utf8'),
  writeFile: (p, text) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  },
  readLines,
  now: () => new Date(),
  version: __GUIFAN_VERSION__,
});
