import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runCliAsync } from './runCli';
import { tempFile } from './tempFile';

declare const __GUIFAN_VERSION__: string;

// The heap grows to 1.5× what it keeps between full collections (V8 lets it grow up to 4× while collecting is cheap):
// reading millions of records makes garbage fast, and the peak memory of check-complaints was mostly that garbage
// (docs/benchmarks.md). V8 reads the flag at each collection, so setting it here, before the records, holds for the
// workers too. A value given to node is kept; a V8 newer than those measured (Node 18–24: V8 10–13) is left alone,
// since V8 prints an unknown flag on standard error.
const heapFlagGiven = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('heap-growing-percent'));
if (!heapFlagGiven && Number(process.versions.v8.split('.')[0]) <= 13) setFlagsFromString('--heap-growing-percent=50');

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

// Standard output in pieces of about 16,000 characters, not one write per line (a million-record report is millions of
// lines), each short enough to be an ordinary young string (not a large object that only a full collection frees);
// flushed before anything goes to standard error, so that the two keep their order on a terminal.
let pending: string[] = [];
let pendingSize = 0;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to standard output before going on. process.stdout on a pipe queues what the reader has not
 * taken yet, without limit (a report piped into `tee` or a CI runner held the whole report in memory); a blocking write
 * keeps the report streaming in constant memory. A reader that stops early (`guifan … | head`) ends the command quietly,
 * as the Unix tools do; it did not write everything, so the exit is 2.
 */
function writeOut(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1); // a non-blocking pipe that is full: wait for the reader
      else if (code === 'EPIPE') process.exit(2);
      else throw e;
    }
  }
}

function flushOut(): void {
  if (pending.length === 0) return;
  writeOut(pending.join(''));
  pending = [];
  pendingSize = 0;
}

const io: Parameters<typeof runCliAsync>[1] = {
  stdout: (t) => {
    pending.push(t, '\n');
    pendingSize += t.length + 1;
    if (pendingSize >= 16_000) flushOut();
  },
  stderr: (t) => {
    flushOut();
    process.stderr.write(`${t}\n`);
  },
  // `-` reads standard input.
  readFile: (p) => readFileSync(p === '-' ? 0 : p, 'utf8'),
  readChunks,
  tempFile,
  writeFile: (p, text) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  },
  appendFile: (p, text) => appendFileSync(p, text),
  env: process.env,
  now: () => new Date(),
  version: __GUIFAN_VERSION__,
};

runCliAsync(process.argv.slice(2), io).then(
  (code) => {
    flushOut();
    process.exitCode = code;
  },
  (e: unknown) => {
    // An internal error is a run that could not check everything (exit 2), never “findings” (1, Node's default).
    flushOut();
    process.stderr.write(`guifan: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
