import type { MergeReason } from './count';
import { bucketBounds, fnv } from './ids';
import { customerKey, type Loose } from './read';

// The counting loop's state (CMP-04…06): statistical complaints in key tables, and their customers.

/** What only a few complaints need while counting: kept apart so the loop's per-complaint state stays small. */
export interface Rare {
  cats: Map<string, number> | undefined;
  impact: Set<string> | undefined;
  channels: Set<string> | undefined;
  thread: string | undefined;
  posts: number;
  followUps: number;
  replies: number;
  views: number;
  newContent: boolean;
  ids: string[] | undefined;
  reasons: MergeReason[] | undefined;
  times_ms: number[] | undefined;
}

export const newRare = (): Rare => ({ cats: undefined, impact: undefined, channels: undefined, thread: undefined, posts: 0, followUps: 0, replies: 0, views: 0, newContent: false, ids: undefined, reasons: undefined, times_ms: undefined });

// A complaint's slot in its key table: 16 int32 (64 bytes, one cache line), the key and what every record updates.
export const S_GROUP = 0; // complaint + 1 (0: empty slot)
export const S_HASH = 1; // FNV-1a of the key
export const S_LEN = 2; // key length
export const S_OFF = 3; // offset of the key's characters in the pool
export const S_CHARS = 4; // the key's first 8 characters, two per int32 (4 … 7)
export const S_TIMES = 8; // records merged
export const S_CAT = 9; // category id, or −1 once several categories appear (then Rare.cats)
export const S_CHANNEL = 10; // id of the first channel, −1 none yet
export const S_CAT_N = 11; // records of the first category
export const F_FIRST = 6; // (float64 index within the slot's 8) first received ms
export const F_ANON = 7; // anonymous people

/**
 * Keys to complaints for one namespace (matter, thread or record): open
 * addressing where each slot is the complaint's whole hot state — the key's
 * hash, length and first characters, times, first instant, category and
 * channel as small ids — in one 64-byte line. A record whose key is at most
 * 8 characters long then reads one line at random, where a Map entry, the key
 * string it points to and a group object would be three or four read one
 * after another; longer keys compare the rest from a character pool. At a
 * million records the loop's cost is memory latency, so that is what is saved.
 */
export class KeyTable {
  // Small at first (a count of a few records allocates little); doubles past half full.
  I = new Int32Array(16 * 64);
  F = new Float64Array(this.I.buffer);
  private mask = 63;
  private size = 0;

  /** The slot (int32 index) of key `k` with hash `h`, or −1. */
  find(k: string, h: number, pool: Uint16Array): number {
    const I = this.I;
    const len = k.length;
    let j = h & this.mask;
    for (;;) {
      const b = 16 * j;
      if (I[b + S_GROUP] === 0) return -1;
      if (I[b + S_HASH] === h && I[b + S_LEN] === len && sameKey(I, b, k, len, pool)) return b;
      j = (j + 1) & this.mask;
    }
  }

  /** Adds complaint `g` keyed `k`; returns its slot. */
  add(g: number, k: string, h: number, off: number): number {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.size++;
    const I = this.I;
    let j = h & this.mask;
    while (I[16 * j + S_GROUP] !== 0) j = (j + 1) & this.mask;
    const b = 16 * j;
    I[b + S_GROUP] = g + 1;
    I[b + S_HASH] = h;
    I[b + S_LEN] = k.length;
    I[b + S_OFF] = off;
    for (let q = 0; q < 8 && q < k.length; q++) I[b + S_CHARS + (q >> 1)]! |= k.charCodeAt(q) << (16 * (q & 1));
    return b;
  }

  /** Calls `f(g, slot)` for every complaint in the table. */
  each(f: (g: number, b: number) => void): void {
    for (let b = 0; b < this.I.length; b += 16) if (this.I[b + S_GROUP] !== 0) f(this.I[b + S_GROUP]! - 1, b);
  }

  private grow(): void {
    const old = this.I;
    const mask = this.mask * 2 + 1;
    const I = new Int32Array(16 * (mask + 1));
    for (let o = 0; o < old.length; o += 16) {
      if (old[o + S_GROUP] === 0) continue;
      let j = old[o + S_HASH]! & mask;
      while (I[16 * j + S_GROUP] !== 0) j = (j + 1) & mask;
      I.set(old.subarray(o, o + 16), 16 * j);
    }
    this.I = I;
    this.F = new Float64Array(I.buffer);
    this.mask = mask;
  }
}

/** A copy of `a` in a larger array of the same type. */
function grown<A extends Int32Array | Float64Array | Uint16Array>(a: A, size: number): A {
  const b = new (a.constructor as new (n: number) => A)(size);
  b.set(a);
  return b;
}

/** The id of a name (category, channel), numbered in first-seen order. */
function intern(ids: Map<string, number>, names: string[], c: string): number {
  const x = ids.get(c);
  if (x !== undefined) return x;
  ids.set(c, names.length);
  return names.push(c) - 1;
}

/** Whether slot `b` holds key `k` (same length): the first 8 characters in the slot, the rest in the pool. */
function sameKey(I: Int32Array, b: number, k: string, len: number, pool: Uint16Array): boolean {
  const inline = len < 8 ? len : 8;
  for (let q = 0; q < inline; q++) if (((I[b + S_CHARS + (q >> 1)]! >>> (16 * (q & 1))) & 0xffff) !== k.charCodeAt(q)) return false;
  const off = I[b + S_OFF]!;
  for (let q = 8; q < len; q++) if (pool[off + q] !== k.charCodeAt(q)) return false;
  return true;
}

/** The statistical complaints while the loop runs: three key tables and, per complaint, what the loop seldom touches. */
export class Groups {
  n = 0;
  readonly tables = [new KeyTable(), new KeyTable(), new KeyTable()] as const;
  pool = new Uint16Array(256);
  poolLen = 0;
  /** Per complaint: its key text, namespace, first record id, rare part. */
  readonly keys: string[] = [];
  readonly ns: number[] = [];
  readonly firstIds: string[] = [];
  readonly rare: (Rare | undefined)[] = [];
  /** Category and channel names by id (few: a tiny Map per count). */
  readonly catNames: string[] = [];
  readonly chNames: string[] = [];
  private readonly catIds = new Map<string, number>();
  private readonly chIds = new Map<string, number>();

  catId(c: string): number {
    return intern(this.catIds, this.catNames, c);
  }

  chId(c: string | undefined): number {
    return c === undefined ? -1 : intern(this.chIds, this.chNames, c);
  }

  /** A new complaint keyed `k` in namespace `ns`; returns its slot in `tables[ns]`. */
  add(ns: number, k: string, h: number, t: number, id: string, cat: number, ch: number): number {
    const g = this.n++;
    let off = 0;
    if (k.length > 8) {
      if (this.poolLen + k.length > this.pool.length) this.pool = grown(this.pool, Math.max(this.pool.length * 2, this.poolLen + k.length));
      off = this.poolLen;
      for (let q = 0; q < k.length; q++) this.pool[off + q] = k.charCodeAt(q);
      this.poolLen += k.length;
    }
    const T = this.tables[ns]!;
    const b = T.add(g, k, h, off);
    T.I[b + S_TIMES] = 0;
    T.I[b + S_CAT] = cat;
    T.I[b + S_CHANNEL] = ch;
    T.I[b + S_CAT_N] = 0;
    T.F[(b >> 1) + F_FIRST] = t;
    T.F[(b >> 1) + F_ANON] = 0;
    this.keys.push(k);
    this.ns.push(ns);
    this.firstIds.push(id);
    this.rare.push(undefined);
    return b;
  }

  rareOf(g: number): Rare {
    return this.rare[g] ?? (this.rare[g] = newRare());
  }
}

/**
 * The records' customers (CMP-05's 投诉人数), appended as the loop meets them:
 * complaint, hash of the customer key, people, record index — typed arrays
 * only, nothing per record for the garbage collector, no table probed at
 * random. Distinct customers are found per complaint at the end
 * (`peopleOf`), which reads a key again only where two hashes are equal.
 */
export class Customers {
  n = 0;
  g = new Int32Array(1024);
  h = new Int32Array(1024);
  p = new Float64Array(1024);
  r = new Int32Array(1024);

  add(g: number, key: string, people: number, i: number): void {
    if (this.n === this.g.length) this.grow();
    const q = this.n++;
    this.g[q] = g;
    this.h[q] = fnv(key);
    this.p[q] = people;
    this.r[q] = i;
  }

  private grow(): void {
    const size = this.g.length * 2;
    this.g = grown(this.g, size);
    this.h = grown(this.h, size);
    this.p = grown(this.p, size);
    this.r = grown(this.r, size);
  }
}

/**
 * Adds to each complaint's anonymous people every distinct customer at the
 * largest `people` its records give, in first-seen order (as one table of
 * pairs did): the entries are bucketed by complaint (a stable counting sort),
 * then each complaint's few are compared by hash, and by key on a hash match.
 */
export function peopleOf(c: Customers, groups: number, anon: Float64Array, records: readonly unknown[]): Float64Array {
  const keyOf = (q: number): string => customerKey(records[c.r[q]!] as Loose)!;
  const out = anon;
  const start = bucketBounds(c.g, c.n, groups, 0);
  const pos = start.slice(0, groups);
  // Entries bucketed with their hash and people beside them: the comparisons below read these in order.
  const order = new Int32Array(c.n);
  const hs = new Int32Array(c.n);
  const ps = new Float64Array(c.n);
  for (let q = 0; q < c.n; q++) {
    const x = pos[c.g[q]!]!++;
    order[x] = q;
    hs[x] = c.h[q]!;
    ps[x] = c.p[q]!;
  }
  // Per entry of a complaint: the largest people of its customer, at the customer's first entry (−1 elsewhere).
  const best = new Float64Array(c.n);
  for (let k = 0; k < groups; k++) {
    const a = start[k]!;
    const b = start[k + 1]!;
    if (a === b) continue;
    if (b - a <= 32) {
      for (let x = a; x < b; x++) {
        const h = hs[x]!;
        let y = a;
        for (; y < x; y++) if (hs[y] === h && best[y]! >= 0 && keyOf(order[y]!) === keyOf(order[x]!)) break;
        if (y === x) best[x] = ps[x]!;
        else {
          best[x] = -1;
          if (ps[x]! > best[y]!) best[y] = ps[x]!;
        }
      }
    } else {
      const first = new Map<string, number>();
      for (let x = a; x < b; x++) {
        const key = keyOf(order[x]!);
        const y = first.get(key);
        if (y === undefined) {
          first.set(key, x);
          best[x] = ps[x]!;
        } else {
          best[x] = -1;
          if (ps[x]! > best[y]!) best[y] = ps[x]!;
        }
      }
    }
    let sum = out[k]!;
    for (let x = a; x < b; x++) if (best[x]! >= 0) sum += best[x]!;
    out[k] = sum;
  }
  return out;
}
