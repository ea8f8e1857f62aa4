/**
 * What the CLI may touch: everything else it does is pure.
 *
 * @example
 * // an embedding host: in-memory files, output collected, a fixed clock
 * const files = { 'cases.json': JSON.stringify([{ attributes: { kind: 'query' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }]) }
 * const out = []
 * const io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile: (p) => files[p], now: () => new Date('2026-10-12T02:05:00Z'), version: '0.0.0' }
 * runCli(['check-sla', 'cases.json', '--json'], io) //=> 0 (10:05: the 15-minute query clock still runs)
 */
export interface CliIo {
  /** Writes one piece of standard output (a line or a block); the host ends it with a line break, as `bin` does. */
  stdout(text: string): void;
  /** Writes one piece of standard error (usage and input errors), like `stdout`. */
  stderr(text: string): void;
  /** Reads a whole file as UTF-8 text (`-`: standard input); an error with a `code` (`ENOENT`, `EISDIR`, `EACCES` …) is reported as a file that cannot be read, exit code 2. */
  readFile(path: string): string;
  /** The lines of a file (`-`: standard input), read as they come: NDJSON inputs run in constant memory. Without it, `readFile` is split. */
  readLines?(path: string): Iterable<string>;
  /**
   * The raw bytes of a file (`-`: standard input) in chunks. When given, every
   * input is read through it and decoded line by line with a strict UTF-8
   * decoder (RFC 8259 §8.1): a line with invalid bytes is refused with its
   * number (exit 2) and the other lines are still checked. `bin` gives it.
   */
  readChunks?(path: string): Iterable<Uint8Array>;
  /** Writes a file (`schema --out`, `calendar import --out`); hosts that embed the checks may leave it out, and `--out` is then refused. */
  writeFile?(path: string, text: string): void;
  /** Appends to a file: the Markdown job summary of `--format github` goes to `$GITHUB_STEP_SUMMARY` when both are given. */
  appendFile?(path: string, text: string): void;
  /**
   * A temporary file, removed when done: where `check-complaints` keeps what it
   * prints after the totals (a closure state per record), the possible repeats
   * of CMP-14 and a copy of standard input, so that its memory does not grow
   * with the records. Without it they
   * are kept in memory. `bin` gives it (the system's temporary directory).
   */
  tempFile?(): CliTempFile;
  /** The environment (`GITHUB_STEP_SUMMARY`, `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_SHA`); none when left out. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The current instant: the default of `--at`. */
  now(): Date;
  /** The package version, printed by `--version`. */
  version: string;
}

/**
 * A temporary file ({@link CliIo.tempFile}): written in order, read back from
 * the start, then removed.
 *
 * @example
 * // in memory, for a host without a file system
 * const parts = []
 * const file = { write: (x) => parts.push(typeof x === 'string' ? new TextEncoder().encode(x) : x.slice()), chunks: () => parts, remove: () => { parts.length = 0 } }
 * file.write('a'); file.write(new Uint8Array([98]))
 * new TextDecoder().decode(new Uint8Array([...file.chunks()].flatMap((c) => [...c]))) //=> 'ab'
 */
export interface CliTempFile {
  /** Appends text (as UTF-8) or bytes (copied: the caller may reuse its buffer). */
  write(data: string | Uint8Array): void;
  /** Everything written so far, from the start, in chunks. */
  chunks(): Iterable<Uint8Array>;
  /** Removes the file; nothing is read after. */
  remove(): void;
}
