import type { JoinedRecord, JoinReason } from '../../../complaint/_lib/complaintTally';
import type { MergeKind } from '../../../complaint/_lib/mergeKey';
import { byText } from '../../../complaint/_lib/read';
import type { CliTempFile } from '../../io';
import { utf8Lines } from '../../_lib/input/utf8Lines';

// CMP-05/06: every statistical complaint lists its records, in received order. Kept in each complaint, the lists were a
// third of a thread's memory (one object per counted record), and `--jobs` workers handed them over inside their
// summaries; with a temporary file they wait there instead, one line per counted record, and once the complaints are
// ranked they are sorted by complaint, received instant and id: runs of RUN records sorted in memory, each run in a
// file of its own, then merged (an external sort), so memory follows the run, not the records.

/** Records sorted in memory at a time. */
export const RUN = 250_000;

/** A counted record as the summarizer read it: the key of its complaint then (`kind`, `key`), and the record. */
type Line = [kind: MergeKind, key: string, at: number, id: string, reason: JoinReason];
/** A counted record with the rank of its complaint in the count. */
type Entry = [rank: number, at: number, id: string, reason: JoinReason];

/** One thread's counted records, one line each, in a temporary file. */
export interface RecordListFile {
  /** The summarizer's `joined` (CountTally). */
  readonly join: (kind: MergeKind, key: string, record: JoinedRecord) => void;
  /** The lines written so far (each chunk is valid until the next is asked for). */
  chunks(): Iterable<Uint8Array>;
  dispose(): void;
}

export function createRecordListFile(tempFile: () => CliTempFile): RecordListFile {
  const file = tempFile();
  let removed = false;
  return {
    join: (kind, key, r) => file.write(`${JSON.stringify([kind, key, r.at, r.id, r.reason] satisfies Line)}\n`),
    chunks: () => file.chunks(),
    dispose() {
      if (!removed) file.remove();
      removed = true;
    },
  };
}

/** The records of the complaints, in the order of the count. */
export interface RecordLists {
  /** A reader: `take(rank)` gives the records of the complaint ranked `rank`, in received order; ranks are asked for in increasing order. */
  reader(): (rank: number) => JoinedRecord[];
  /** Removes the sorted runs. */
  dispose(): void;
}

const entryOrder = (a: Entry, b: Entry): number => a[0] - b[0] || a[1] - b[1] || byText(a[2], b[2]);

/**
 * Sorts the lines of `sources` by the rank `rankOf` gives their complaint
 * (then received instant, then id), `runSize` at a time; every run but the
 * last goes to a temporary file.
 */
export function sortRecordLists(sources: readonly Iterable<Uint8Array>[], rankOf: (kind: MergeKind, key: string) => number | undefined, tempFile: () => CliTempFile, runSize = RUN): RecordLists {
  const runs: CliTempFile[] = [];
  let run: Entry[] = [];
  const writeRun = (): void => {
    const file = tempFile();
    runs.push(file);
    for (const e of run.sort(entryOrder)) file.write(`${JSON.stringify(e)}\n`);
    run = [];
  };
  const removeRuns = (): void => {
    for (const f of runs.splice(0)) f.remove();
  };
  try {
    for (const chunks of sources) {
      for (const line of utf8Lines(chunks)) {
        if (line === '') continue;
        const [kind, key, at, id, reason] = JSON.parse(line as string) as Line;
        const rank = rankOf(kind, key);
        if (rank === undefined) throw new Error(`check-complaints: record ${id} belongs to no complaint (${kind}:${key})`);
        run.push([rank, at, id, reason]);
        if (run.length >= runSize) writeRun();
      }
    }
  } catch (e) {
    removeRuns();
    throw e;
  }
  const last = run.sort(entryOrder);
  return {
    reader() {
      const streams = [...runs.map((f) => entriesOf(f.chunks())), last.values()].map(peekable);
      return (rank) => {
        const out: JoinedRecord[] = [];
        for (;;) {
          // The least head among the runs (a few dozen at most): one pass.
          let least: Peekable | undefined;
          for (const s of streams) if (s.head !== undefined && (least === undefined || entryOrder(s.head, least.head!) < 0)) least = s;
          if (least === undefined || least.head![0] !== rank) break;
          const [, at, id, reason] = least.head!;
          out.push({ id, at, reason });
          least.next();
        }
        return out;
      };
    },
    dispose: removeRuns,
  };
}

function* entriesOf(chunks: Iterable<Uint8Array>): Generator<Entry> {
  for (const line of utf8Lines(chunks)) if (line !== '') yield JSON.parse(line as string) as Entry;
}

interface Peekable {
  head: Entry | undefined;
  next(): void;
}

function peekable(it: Iterator<Entry>): Peekable {
  const p: Peekable = {
    head: undefined,
    next() {
      const r = it.next();
      p.head = r.done ? undefined : r.value;
    },
  };
  p.next();
  return p;
}
