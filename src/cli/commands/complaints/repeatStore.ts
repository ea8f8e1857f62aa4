import { addRepeat, logRepeat, repeatOf, type MatterRepeats, type RepeatLog } from '../../../complaint/_lib/repeatLog';
import type { CliTempFile } from '../../io';
import { createSpill } from './spill';

// CMP-14's possible repeats as check-complaints reads its records. Any complaint record about a matter may be a repeat
// for a complaint that needs no return visit — one that may come later, or in another worker's share — so each one is
// noted; but only the few matters with such a complaint are asked for at the end. With a temporary file the notes go
// there (one line per record, nothing per matter in memory: the log by matter was a third of a worker's heap); without
// one they are kept by matter in memory.

/** One entry per record: `[matter, received instant, id, index]`. */
type Entry = [matter: string, t: number, id: string, index: number];

/** The repeat log of one thread's records. */
export interface RepeatStore {
  /** Notes record `i` when it is a complaint about a matter, with an id and a readable received instant. */
  note(record: unknown, i: number): void;
  /** The entries of `matters`, by matter, in record order (the store is used up: call once). */
  take(matters: readonly string[]): [string, MatterRepeats][];
  /** Removes the temporary file, if `take` has not (a run that stops early). */
  dispose(): void;
}

/** The repeat log of one thread: in a temporary file when `tempFile` is given, else by matter in memory. */
export function createRepeatStore(tempFile: (() => CliTempFile) | undefined): RepeatStore {
  if (tempFile === undefined) {
    const log: RepeatLog = new Map();
    return {
      note: (record, i) => logRepeat(log, record, i),
      take: (matters) => matters.flatMap((m) => (log.has(m) ? [[m, log.get(m)!] as [string, MatterRepeats]] : [])),
      dispose: () => log.clear(),
    };
  }
  const spill = createSpill({ tempFile });
  let removed = false;
  const dispose = (): void => {
    if (!removed) spill.dispose();
    removed = true;
  };
  return {
    note(record, i) {
      const r = repeatOf(record);
      if (r !== undefined) spill.add(JSON.stringify([r.matter, r.t, r.id, i] satisfies Entry));
    },
    take(matters) {
      const wanted = new Set(matters);
      const log: RepeatLog = new Map();
      try {
        if (wanted.size > 0) {
          spill.drain((piece) => {
            const [matter, t, id, index] = JSON.parse(piece!) as Entry;
            if (wanted.has(matter)) addRepeat(log, matter, t, id, index);
          });
        }
      } finally {
        dispose();
      }
      return [...log];
    },
    dispose,
  };
}
