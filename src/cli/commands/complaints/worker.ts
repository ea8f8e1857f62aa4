import { noIdIssue, recordId } from '../../../complaint/_lib/ids';
import type { MatterRepeats } from '../../../complaint/_lib/repeatLog';
import type { ComplaintState } from '../../../complaint/_lib/status';
import type { ValidationIssue } from '../../../errors/issues';
import { utf8Lines } from '../../_lib/input/utf8Lines';
import type { CliTempFile } from '../../io';
import type { Problem } from '../../_lib/report/index';
import { createRecordChecker, type CheckerSettings, type WaitingRecord } from './checker';
import { isRecordValue, notARecord, parseLine } from './read';

// A worker of `check-complaints --jobs N`: the command's thread reads the file and deals out batches of lines; each
// worker parses its batches, and once told where a batch's records stand in the whole (their first index, and which of
// them the id check holds back) checks them and sends back, with their reports, the records that count: the command's
// thread counts them all in one summary (counting is about 1 µs a record; N summaries each held nearly every complaint,
// as a matter's records are spread over the file). At the end it tells the complaints that wait for every repeat; then,
// when its turn comes, it hands over the repeats asked for and is ended.

/** What the command tells a worker. */
export type ToWorker =
  | { readonly t: 'batch'; readonly k: number; readonly bytes: Uint8Array; readonly first: boolean }
  | { readonly t: 'start'; readonly k: number; readonly start: number; readonly skip: readonly number[] }
  | { readonly t: 'end' }
  | { readonly t: 'hand-over'; readonly matters: readonly string[] };

/** What a worker answers. */
export type FromWorker =
  | {
      readonly t: 'parsed';
      readonly k: number;
      /** Lines in the batch. */
      readonly lines: number;
      /** Each record's id (null: none) and line in the batch (1-based). */
      readonly ids: readonly (string | null)[];
      readonly at: readonly number[];
      /** Lines that could not be read, their lines counted in the batch. */
      readonly problems: readonly Problem[];
    }
  | {
      readonly t: 'checked';
      readonly k: number;
      /** Per record: its closure state, 'waiting', or '' (not a complaint record with an id). */
      readonly states: readonly (ComplaintState | 'waiting' | '')[];
      /** The records' own issues, the log's issues of their states, and the issues of records without an id: by position in the batch. */
      readonly issues: readonly [number, ValidationIssue[]][];
      readonly statusIssues: readonly [number, readonly ValidationIssue[]][];
      readonly noId: readonly [number, ValidationIssue][];
      /** The printed states, in record order (formats that print them). */
      readonly rendered: readonly string[];
      /** The records that take part in the counts (not held back by the id check), in record order. */
      readonly counted: readonly unknown[];
    }
  | { readonly t: 'end'; readonly first: number; readonly waiting: readonly WaitingRecord[] }
  | { readonly t: 'handed-over'; readonly entries: readonly [string, MatterRepeats][] }
  | { readonly t: 'failed'; readonly message: string };

/** Serves one worker's part: `post` answers each message `handle` is given (`tempFile`: where the repeat log is kept, as in the command's thread). */
export function createWorkerPart(settings: CheckerSettings, file: string, post: (m: FromWorker) => void, tempFile?: () => CliTempFile): (m: ToWorker) => void {
  const checker = createRecordChecker(settings, tempFile, false);
  const parsed = new Map<number, unknown[]>();
  const handle = (m: ToWorker): void => {
    if (m.t === 'batch') {
      const values: unknown[] = [];
      const ids: (string | null)[] = [];
      const at: number[] = [];
      const problems: Problem[] = [];
      let n = 0;
      for (const raw of utf8Lines([m.bytes], { bom: m.first })) {
        n++;
        const got = parseLine(raw, file, n);
        if (got === undefined) continue;
        if ('problem' in got) problems.push(got.problem);
        // JSON that is not an object cannot be checked (CMP-03), as when one thread reads the file.
        else if (!isRecordValue(got.value)) problems.push(notARecord(file, n));
        else {
          values.push(got.value);
          ids.push(recordId(got.value) ?? null);
          at.push(n);
        }
      }
      parsed.set(m.k, values);
      post({ t: 'parsed', k: m.k, lines: n, ids, at, problems });
    } else if (m.t === 'start') {
      const values = parsed.get(m.k)!;
      parsed.delete(m.k);
      const skip = new Set(m.skip);
      const states: (ComplaintState | 'waiting' | '')[] = [];
      const issues: [number, ValidationIssue[]][] = [];
      const statusIssues: [number, readonly ValidationIssue[]][] = [];
      const noId: [number, ValidationIssue][] = [];
      const rendered: string[] = [];
      const counted: unknown[] = [];
      values.forEach((value, j) => {
        const i = m.start + j;
        if (recordId(value) === undefined) noId.push([j, noIdIssue(i, value)]);
        if (!skip.has(j)) counted.push(value);
        const c = checker.check(value, i, false);
        states.push(c.state ?? (c.waiting ? 'waiting' : ''));
        if (c.issues.length > 0) issues.push([j, c.issues]);
        if (c.statusIssues !== undefined && c.statusIssues.length > 0) statusIssues.push([j, c.statusIssues]);
        if (c.rendered !== undefined) rendered.push(c.rendered);
      });
      post({ t: 'checked', k: m.k, states, issues, statusIssues, noId, rendered, counted });
    } else if (m.t === 'end') {
      const end = checker.end();
      post({ t: 'end', first: end.first, waiting: end.waiting });
    } else {
      const handed: FromWorker = { t: 'handed-over', entries: checker.repeats(m.matters) };
      // Its temporary files go before the answer: the command ends the worker as soon as it has it.
      checker.dispose();
      post(handed);
    }
  };
  return (m) => {
    try {
      handle(m);
    } catch (e) {
      post({ t: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  };
}
