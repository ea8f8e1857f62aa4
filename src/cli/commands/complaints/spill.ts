import type { CliIo, CliTempFile } from '../../io';

// What must wait for the end of the records — the closure states (check-complaints prints them after the totals) and the
// repeat log (CMP-14, repeatStore.ts) — kept in a temporary file when the host gives one (`bin` does), so memory stays
// bounded however many records there are, or in memory. And standard input kept as it is read, for the rare second
// look at the records (CMP-20: versions of an id).

/** Pieces of text in order, and places kept for pieces known only at the end. */
export interface Spill {
  add(piece: string): void;
  /** A place for a piece that comes at the end (`drain` hands `undefined` there). */
  hold(): void;
  /** Every piece in order, then the spill is empty. */
  drain(each: (piece: string | undefined) => void): void;
  dispose(): void;
}

/** Pieces framed as `<length>:<text>` (length in UTF-16 code units), a held place as `-:`. */
export function createSpill(io: Pick<CliIo, 'tempFile'>): Spill {
  const file = io.tempFile?.();
  if (file === undefined) {
    let pieces: (string | undefined)[] = [];
    return {
      add: (p) => void pieces.push(p),
      hold: () => void pieces.push(undefined),
      drain: (each) => {
        const all = pieces;
        pieces = [];
        all.forEach(each);
      },
      dispose: () => void (pieces = []),
    };
  }
  return {
    add: (p) => file.write(`${p.length}:${p}`),
    hold: () => file.write('-:'),
    drain: (each) => readFrames(file, each),
    dispose: () => file.remove(),
  };
}

function readFrames(file: CliTempFile, each: (piece: string | undefined) => void): void {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let at = 0;
  const take = (last: boolean): void => {
    for (;;) {
      const colon = text.indexOf(':', at);
      if (colon < 0) break;
      const head = text.slice(at, colon);
      if (head === '-') {
        each(undefined);
        at = colon + 1;
        continue;
      }
      const n = Number(head);
      if (colon + 1 + n > text.length) break;
      each(text.slice(colon + 1, colon + 1 + n));
      at = colon + 1 + n;
    }
    text = text.slice(at);
    at = 0;
    if (last && text.length > 0) throw new Error('spill: a piece was cut short');
  };
  // Read 16 KiB at a time: the text in hand stays an ordinary young string (see utf8Lines).
  for (const chunk of file.chunks()) {
    for (let k = 0; k < chunk.length; k += 16_384) {
      text += decoder.decode(chunk.subarray(k, k + 16_384), { stream: true });
      take(false);
    }
  }
  text += decoder.decode();
  take(true);
}

/**
 * The input read more than once: a file is read again; standard input is
 * kept in a temporary file (when the host gives one) as it is first read.
 */
export function rereadable<T extends Pick<CliIo, 'readChunks' | 'tempFile'>>(io: T, file: string): { io: T; dispose(): void } {
  if (file !== '-' || io.readChunks === undefined || io.tempFile === undefined) return { io, dispose: () => {} };
  const read = io.readChunks.bind(io);
  let copy: CliTempFile | undefined;
  let complete = false;
  const readChunks = function* (path: string): Generator<Uint8Array> {
    if (path !== '-') return yield* read(path);
    if (complete) return yield* copy!.chunks();
    copy ??= io.tempFile!();
    for (const chunk of read(path)) {
      copy.write(chunk);
      yield chunk;
    }
    complete = true;
  };
  return { io: { ...io, readChunks }, dispose: () => copy?.remove() };
}
