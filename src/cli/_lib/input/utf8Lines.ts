const NL = 0x0a;
const strict = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A line whose bytes are not UTF-8: refused with its number (RFC 8259 §8.1), the other lines still read. `loose`: its text with U+FFFD, only to keep a JSON document's structure. */
export interface BadLine {
  readonly loose: string;
}
export type DecodedLine = string | BadLine;
const loose = new TextDecoder('utf-8', { ignoreBOM: true });

/** One line's bytes, strictly decoded; a trailing CR dropped. */
function decodeLine(d: ReturnType<typeof strict>, bytes: Uint8Array): DecodedLine {
  try {
    const s = d.decode(bytes);
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  } catch {
    const s = loose.decode(bytes);
    return { loose: s.endsWith('\r') ? s.slice(0, -1) : s };
  }
}

/**
 * Lines of a byte stream, each decoded on its own with a fatal UTF-8 decoder:
 * a line with invalid bytes becomes a {@link BadLine} instead of U+FFFD text
 * that would be checked as if it were valid. A byte-order mark at the start
 * is dropped. Chunks are decoded whole when they are valid (the usual case)
 * and line by line only when they are not.
 */
export function* utf8Lines(chunks: Iterable<Uint8Array>, o: { bom?: boolean } = {}): Generator<DecodedLine> {
  const d = strict();
  let rest: Uint8Array = new Uint8Array(0);
  // A later part of a stream (a worker's batch of lines) has no byte-order mark to drop.
  let start = o.bom !== false;
  for (const chunk of chunks) {
    let buf = rest.length ? concat(rest, chunk) : chunk;
    if (start && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    if (start && buf.length) start = false;
    const last = buf.lastIndexOf(NL);
    if (last < 0) {
      rest = copy(buf);
      continue;
    }
    const body = buf.subarray(0, last);
    rest = copy(buf.subarray(last + 1));
    // Decoded a block of lines at a time, each block short enough that its text is an ordinary young object (a string
    // of more than 128 KiB is a large object, which only a full garbage collection frees).
    for (let from = 0; ; ) {
      const end = from + BLOCK >= body.length ? body.length : body.indexOf(NL, from + BLOCK);
      const to = end < 0 ? body.length : end;
      yield* decodeBlock(d, body.subarray(from, to));
      if (to >= body.length) break;
      from = to + 1;
    }
  }
  if (rest.length) yield decodeLine(d, rest);
}

/** Bytes of lines decoded at once (the last line of a block may run past it). */
const BLOCK = 16_384;

/** The lines of a block (no trailing newline): decoded whole when valid (the usual case), else line by line. */
function* decodeBlock(d: ReturnType<typeof strict>, body: Uint8Array): Generator<DecodedLine> {
  let whole: string | undefined;
  try {
    whole = d.decode(body);
  } catch {
    whole = undefined;
  }
  if (whole !== undefined) {
    for (const l of whole.split('\n')) yield l.endsWith('\r') ? l.slice(0, -1) : l;
    return;
  }
  let from = 0;
  for (;;) {
    const k = body.indexOf(NL, from);
    yield decodeLine(d, body.subarray(from, k < 0 ? body.length : k));
    if (k < 0) break;
    from = k + 1;
  }
}

// A copy, never a view: a host may reuse its read buffer for the next chunk (Buffer#slice would be a view).
const copy = (b: Uint8Array): Uint8Array => new Uint8Array(b);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
