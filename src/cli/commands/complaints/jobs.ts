import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { append } from '../../../_lib/append';
import type { RepeatLog } from '../../../complaint/_lib/repeatLog';
import { stateOf, type Summary } from '../../../complaint/_lib/summary';
import type { CliIo } from '../../io';
import { removeTemporaryDir, temporaryDir } from '../../tempFile';
import { guarded } from '../../_lib/input/inputError';
import { utf8Lines } from '../../_lib/input/utf8Lines';
import type { CheckContext } from '../../_lib/check';
import type { Problem } from '../../_lib/report/index';
import { countingFor, type CheckerSettings, type WaitingRecord } from './checker';
import type { RecordListFile } from './recordLists';
import type { Run } from './run';
import type { FromWorker, ToWorker } from './worker';

// `check-complaints --jobs N`: this thread reads the file and deals out batches of lines to N workers, assigns each
// batch's records their indices in the whole (the id check, CMP-20, sees every id here, in order), and as the workers
// answer writes every record's report and counts the records that count, in record order, in one summary (its
// complaints' records listed in a temporary file). Counting is the cheap part (about 1 µs a record); a summary per worker
// held nearly every complaint, since a matter's records are spread over the file, and cost twice the memory to merge.

/** Bytes of lines dealt out at a time (cut after a line). */
export const BATCH = 512 * 1024;

/**
 * The worker script of the built package, beside this module (the command's
 * bundle, or the library's `cli` build, ESM or CommonJS); undefined when
 * running from the sources.
 */
export function complaintsWorkerFile(): string | undefined {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const ext = /\.(c|m)js$/.exec(here)?.[0] ?? '.js';
  for (const name of ['complaints-worker', join('cli', 'complaints-worker')]) {
    const file = join(dirname(here), `${name}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The input's first bytes, and an io that reads them again before the rest (the first read of the file only). */
export function peek(io: CliIo, file: string, bytes: number): { head: Uint8Array[]; ended: boolean; io: CliIo } {
  const source = guarded(file, () => io.readChunks!(file)[Symbol.iterator]());
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < bytes) {
    const r = guarded(file, () => source.next());
    if (r.done) {
      ended = true;
      break;
    }
    head.push(new Uint8Array(r.value));
    size += r.value.length;
  }
  let used = false;
  const readChunks = function* (path: string): Generator<Uint8Array> {
    if (path !== file || used) return yield* io.readChunks!(path);
    used = true;
    yield* head;
    for (let r = source.next(); !r.done; r = source.next()) yield r.value;
  };
  return { head, ended, io: { ...io, readChunks } };
}

/** Whether the head of the input is NDJSON of at least two lines (not a JSON document, nor one `{ records: [...] }` line). */
export function dealable(head: readonly Uint8Array[]): boolean {
  let lines = 0;
  for (const l of utf8Lines(head)) {
    const t = typeof l === 'string' ? l.trim() : '\ufffd';
    if (!t) continue;
    if (lines === 0 && (t.startsWith('[') || t === '{')) return false;
    if (++lines >= 2) return true;
  }
  return false;
}

/** Messages from the workers, awaited one at a time. */
function inbox(): { put(m: FromWorker): void; fail(e: unknown): void; next(): Promise<FromWorker> } {
  const queue: FromWorker[] = [];
  let waiting: { resolve(m: FromWorker): void; reject(e: unknown): void } | undefined;
  let failure: unknown;
  return {
    put(m) {
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w.resolve(m);
      } else queue.push(m);
    },
    fail(e) {
      failure ??= e;
      if (waiting) waiting.reject(e);
    },
    next: () => {
      if (queue.length > 0) return Promise.resolve(queue.shift()!);
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
  };
}

/** What this thread keeps of a batch between its parsing and its report. */
interface Dealt {
  readonly firstLine: number;
  readonly start: number;
  readonly ids: readonly (string | null)[];
  readonly at: readonly number[];
  readonly problems: readonly Problem[];
  readonly admitted: readonly (number | undefined)[];
}

/**
 * Checks the records of `file` with `jobs` workers; `run` reports them. Returns
 * how many records were read, the summary of those that count (undefined when
 * the options do not resolve) and the file listing its complaints' records
 * (when the host gives temporary files: the caller disposes of it), the
 * earliest received instant, the complaints waiting for their repeats and
 * those repeats.
 */
export async function dealRecords(
  workerFile: string,
  jobs: number,
  io: CliIo,
  file: string,
  settings: CheckerSettings,
  run: Run,
  ctx: CheckContext,
): Promise<{ records: number; summary: Summary | undefined; lists: RecordListFile | undefined; first: number; waiting: WaitingRecord[]; log: RepeatLog }> {
  const box = inbox();
  let lists: RecordListFile | undefined;
  const ended = new Set<Worker>(); // workers ended on purpose, once they handed over their part
  // The workers' temporary files (the repeat log) in a directory of this run's, when the host gives temporary files.
  const tempDir = io.tempFile !== undefined ? temporaryDir() : undefined;
  const workers: Worker[] = [];
  const send = (k: number, m: ToWorker, transfer: ArrayBuffer[] = []): void => workers[k % jobs]!.postMessage(m, transfer);
  try {
    const counting = countingFor(settings, io.tempFile);
    const summarizer = counting.summarizer;
    lists = counting.lists;
    for (let k = 0; k < jobs; k++) {
      const w = new Worker(workerFile, { workerData: { settings, file, tempDir } });
      w.on('message', (m: FromWorker) => (m.t === 'failed' ? box.fail(new Error(`check-complaints worker: ${m.message}`)) : box.put(m)));
      w.on('error', (e) => box.fail(e));
      w.on('exit', (code) => code !== 0 && !ended.has(w) && box.fail(new Error(`check-complaints worker exited with code ${code}`)));
      workers.push(w);
    }
    const chunks = guarded(file, () => io.readChunks!(file)[Symbol.iterator]());
    let carry = new Uint8Array(0);
    let eof = false;
    let sent = 0;
    // The next batch of whole lines (the last batch: whatever is left).
    const nextBatch = (): Uint8Array | undefined => {
      const parts: Uint8Array[] = carry.length > 0 ? [carry] : [];
      let size = carry.length;
      while (!eof && size < BATCH) {
        const r = guarded(file, () => chunks.next());
        if (r.done) eof = true;
        else {
          parts.push(new Uint8Array(r.value));
          size += r.value.length;
        }
      }
      const all = parts.length === 1 ? parts[0]! : concat(parts, size);
      const cut = eof ? all.length : all.lastIndexOf(0x0a) + 1;
      carry = all.slice(cut);
      return cut > 0 ? all.slice(0, cut) : eof ? undefined : nextBatch();
    };
    const dealt = new Map<number, Dealt>();
    const parsed = new Map<number, Extract<FromWorker, { t: 'parsed' }>>();
    const checked = new Map<number, Extract<FromWorker, { t: 'checked' }>>();
    let admitted = 0;
    let reported = 0;
    let lines = 0;
    let records = 0;
    let total = Infinity;
    let held: (() => void) | undefined;
    let firstHeld = true;
    const printed = ctx.format === 'text' || ctx.format === 'json';
    while (reported < total) {
      while (total === Infinity && sent - reported < 3 * jobs) {
        const bytes = nextBatch();
        if (bytes === undefined) {
          total = sent;
          break;
        }
        send(sent, { t: 'batch', k: sent, bytes, first: sent === 0 }, [bytes.buffer as ArrayBuffer]);
        sent++;
      }
      if (reported >= total) break;
      const m = await box.next();
      if (m.t === 'parsed') parsed.set(m.k, m);
      else if (m.t === 'checked') checked.set(m.k, m);
      // Batches in order: their records take the next indices, and the id check holds back the repeated ids.
      for (let p = parsed.get(admitted); p !== undefined; p = parsed.get(admitted)) {
        parsed.delete(admitted);
        const start = records;
        const firstLine = lines;
        const admittedIds = p.ids.map((id, j) => run.admit(start + j, firstLine + p.at[j]!, id ?? undefined));
        const skip = admittedIds.flatMap((f, j) => (f !== undefined ? [j] : []));
        dealt.set(admitted, { firstLine, start, ids: p.ids, at: p.at, problems: p.problems, admitted: admittedIds });
        send(admitted, { t: 'start', k: admitted, start, skip });
        records += p.ids.length;
        lines += p.lines;
        admitted++;
      }
      // Reports in record order, problems at their lines between them (the file's first record waits for the second, as
      // when one thread reads the file).
      for (let c = checked.get(reported); c !== undefined; c = checked.get(reported)) {
        checked.delete(reported);
        const d = dealt.get(reported)!;
        dealt.delete(reported);
        const issues = new Map(c.issues);
        const statusIssues = new Map(c.statusIssues);
        const noId = new Map(c.noId);
        let r = 0;
        let q = 0;
        let n = 0;
        const problemsBefore = (line: number): void => {
          for (; q < d.problems.length && d.problems[q]!.line! < line; q++) run.unreadable({ ...d.problems[q]!, line: d.firstLine + d.problems[q]!.line! });
        };
        d.ids.forEach((id, j) => {
          problemsBefore(d.at[j]!);
          if (d.admitted[j] === undefined) {
            const value = c.counted[n++];
            if (value === undefined) throw new Error(`check-complaints: batch ${reported} sent ${c.counted.length} records to count, fewer than the id check admitted`);
            summarizer?.add(value as never, d.start + j);
          }
          const state = c.states[j];
          const one = {
            issues: issues.get(j) ?? [],
            ...(state !== '' && state !== 'waiting' ? { state, statusIssues: statusIssues.get(j) ?? [], ...(printed ? { rendered: c.rendered[r++]! } : {}) } : {}),
            ...(state === 'waiting' ? { waiting: true } : {}),
          };
          const report = (): void => run.record(d.start + j, id ?? undefined, one, d.admitted[j], noId.get(j));
          if (firstHeld) {
            firstHeld = false;
            held = report;
            return;
          }
          held?.();
          held = undefined;
          report();
        });
        problemsBefore(Infinity);
        if (n !== c.counted.length) throw new Error(`check-complaints: batch ${reported} sent ${c.counted.length} records to count, the id check admitted ${n}`);
        reported++;
      }
    }
    held?.();
    // The end: first what waits for the repeats (small), then one worker at a time hands over the repeats asked for and
    // is ended.
    workers.forEach((w) => w.postMessage({ t: 'end' } satisfies ToWorker));
    const ends: Extract<FromWorker, { t: 'end' }>[] = [];
    while (ends.length < jobs) {
      const m = await box.next();
      if (m.t === 'end') ends.push(m);
    }
    const waiting = ends.flatMap((e) => e.waiting).sort((a, b) => a.index - b.index);
    const matters = [...new Set(waiting.map((w) => w.record.matter as string))];
    const log: RepeatLog = new Map();
    for (const w of workers) {
      w.postMessage({ t: 'hand-over', matters } satisfies ToWorker);
      let m = await box.next();
      while (m.t !== 'handed-over') m = await box.next();
      ended.add(w);
      await w.terminate();
      for (const [matter, g] of m.entries) {
        const mine = log.get(matter) ?? log.set(matter, { t: [], ids: [], index: [] }).get(matter)!;
        append(mine.t, g.t);
        append(mine.ids, g.ids);
        append(mine.index, g.index);
      }
    }
    // In record order, as one thread would have logged them.
    for (const g of log.values()) {
      const o = g.index.map((_, k) => k).sort((a, b) => g.index[a]! - g.index[b]!);
      [g.t, g.ids, g.index] = [o.map((k) => g.t[k]!), o.map((k) => g.ids[k]!), o.map((k) => g.index[k]!)];
    }
    return { records, summary: summarizer !== undefined ? stateOf(summarizer) : undefined, lists, first: Math.min(...ends.map((e) => e.first)), waiting, log };
  } catch (e) {
    lists?.dispose();
    throw e;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    // The workers' temporary files, whether or not they got to remove them (a worker ended early runs no exit handler).
    if (tempDir !== undefined) removeTemporaryDir(tempDir);
  }
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
