import type { CliIo } from '../../io';
import type { Problem } from '../report/types';
import { guarded } from './inputError';
import { utf8Lines, type DecodedLine } from './utf8Lines';

export type { BadLine, DecodedLine } from './utf8Lines';

/** NDJSON input: by name (`.ndjson`, `.jsonl`) or standard input (`-`). */
export const isNdjsonPath = (p: string): boolean => p === '-' || /\.(ndjson|jsonl)$/i.test(p);

/** A line that is not UTF-8, as a problem. */
export const badUtf8 = (file: string, line: number): Problem => ({
  code: 'INVALID_UTF8',
  file,
  line,
  message: { 'zh-CN': '该行含有无效的 UTF-8 字节，未检查（JSON 须为 UTF-8，RFC 8259 §8.1）', en: 'the line holds bytes that are not UTF-8 and is not checked (JSON is UTF-8, RFC 8259 §8.1)' },
});

type Reader = Pick<CliIo, 'readFile' | 'readLines' | 'readChunks'>;

/** The lines of an input as they come (a `{ loose }` object for a line that is not UTF-8); an I/O error is an `InputError`. */
export function* inputLines(io: Reader, file: string): Generator<DecodedLine> {
  const source: Iterable<DecodedLine> = guarded(file, () => (io.readChunks ? utf8Lines(io.readChunks(file)) : io.readLines ? io.readLines(file) : io.readFile(file).split(/\r?\n/)));
  const it = guarded(file, () => source[Symbol.iterator]());
  for (;;) {
    const r = guarded(file, () => it.next());
    if (r.done) return;
    yield r.value;
  }
}

/**
 * A whole input as text, with the lines that are not UTF-8: those lines are
 * read with U+FFFD (so that the rest of a JSON document still parses) and
 * the records on them must be refused.
 */
export function readDocument(io: Reader, file: string): { text: string; badLines: readonly number[] } {
  if (!io.readChunks) return { text: guarded(file, () => io.readFile(file)), badLines: [] };
  const lines: string[] = [];
  const badLines: number[] = [];
  let n = 0;
  for (const l of inputLines(io, file)) {
    n++;
    if (typeof l === 'string') lines.push(l);
    else {
      badLines.push(n);
      lines.push(l.loose);
    }
  }
  return { text: lines.join('\n'), badLines };
}
