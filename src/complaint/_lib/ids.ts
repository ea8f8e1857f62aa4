import { makeIssue, type ValidationIssue } from './makeIssue';
import { canonical } from './canonical';
import { str, type Loose } from './read';

// Which records take part, once each (CMP-03, CMP-20): the id checks of the count and the metrics.

/** FNV-1a over the UTF-16 code units: the hash of every id and key table of the count. */
export const fnv = (s: string): number => {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
};

/**
 * Bounds of a stable counting sort: entries `i < n` in bucket `keys[i] >>> shift` (less than `buckets`);
 * bucket `d` is `start[d] … start[d + 1]`. Shared by the id check and the people count.
 */
export function bucketBounds(keys: Int32Array, n: number, buckets: number, shift: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[(keys[i]! >>> shift) + 1]!++;
  for (let d = 0; d < buckets; d++) start[d + 1]! += start[d]!;
  return start;
}

/** The record's id, when it is an object with a non-empty string id. */
export const recordId = (r: unknown): string | undefined => (r !== null && typeof r === 'object' ? str((r as Loose).id) : undefined);

/** A record the counts cannot take part: not an object with an id (CMP-03). */
const noId = (i: number, r: unknown): ValidationIssue =>
  makeIssue('INVALID_INPUT', [i, 'id'], { value: r === null || typeof r !== 'object' ? r : (r as Loose).id, reasonZh: '记录应为对象，且有非空的 id', reasonEn: 'a record is an object with a non-empty id' }, 'CMP-03');

/**
 * Record indices by id (the careful path, `dedupe`): an open-addressing table keyed by a hash of the id
 * (FNV-1a) — no Map entry per record, one typed array. A slot is a pair
 * (index + 1, 0 = empty; full hash), side by side so a probe touches one
 * cache line; ids are compared only on a hash match.
 */
class IdIndex {
  private readonly records: readonly unknown[];
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(records: readonly unknown[]) {
    this.records = records;
    let size = 16;
    while (size < records.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
  }

  /** Adds record `i` with id `id`; returns the index of an earlier record with that id (then `i` is not added), else −1. */
  add(i: number, id: string): number {
    const h = fnv(id);
    const table = this.table;
    let j = h & this.mask;
    for (;;) {
      const s = table[2 * j]!;
      if (s === 0) break;
      if (table[2 * j + 1] === h && (this.records[s - 1] as Loose).id === id) return s - 1;
      j = (j + 1) & this.mask;
    }
    table[2 * j] = i + 1;
    table[2 * j + 1] = h;
    return -1;
  }
}

/**
 * The one-pass loops' id check: each record's id hash (FNV-1a) written in
 * record order, one sequential write per record (a table probed at random
 * would cost a read from main memory per record); `repeats` checks them
 * after the loop.
 */
export class SeenIds {
  private readonly hashes: Int32Array;

  constructor(n: number) {
    this.hashes = new Int32Array(n);
  }

  add(i: number, id: string): void {
    this.hashes[i] = fnv(id);
  }

  /**
   * Whether two records added share an id: the hashes bucketed by their top
   * 11 bits (one counting pass, one scatter), then each bucket's few hundred
   * checked in a small table that stays in cache; ids are compared only
   * where hashes are equal (a repeat, or one of the ~n²/2³³ collisions).
   */
  repeats(records: readonly unknown[]): boolean {
    const hashes = this.hashes;
    const n = hashes.length;
    if (n < 2) return false;
    const start = bucketBounds(hashes, n, 2048, 21);
    let most = 0;
    for (let d = 0; d < 2048; d++) if (start[d + 1]! - start[d]! > most) most = start[d + 1]! - start[d]!;
    const pos = start.slice(0, 2048);
    const at = new Int32Array(n);
    const hs = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const h = hashes[i]!;
      const x = pos[h >>> 21]!++;
      at[x] = i;
      hs[x] = h;
    }
    let size = 16;
    while (size < most * 2) size *= 2;
    const mask = size - 1;
    // Slots hold a bucket entry's position + 1; `stamp` marks which bucket filled them (no clearing between buckets).
    const slot = new Int32Array(size);
    const stamp = new Int32Array(size);
    for (let d = 0; d < 2048; d++) {
      const a = start[d]!;
      const z = start[d + 1]!;
      for (let x = a; x < z; x++) {
        const h = hs[x]!;
        let j = h & mask;
        for (;;) {
          if (stamp[j] !== d + 1) {
            stamp[j] = d + 1;
            slot[j] = x + 1;
            break;
          }
          const y = slot[j]! - 1;
          if (hs[y] === h && (records[at[y]!] as Loose).id === (records[at[x]!] as Loose).id) return true;
          j = (j + 1) & mask;
        }
      }
    }
    return false;
  }
}

/**
 * Which records take part, once each: drops identical duplicates (warning), and
 * every version of an id whose versions differ (error) — either way the answer
 * does not depend on input order. Returns a skip mask.
 */
export function dedupe(records: readonly unknown[], issues: ValidationIssue[], rejected: string[]): Uint8Array {
  const n = records.length;
  const skip = new Uint8Array(n);
  const index = new IdIndex(records);
  let clashes: Map<string, number[]> | undefined;
  for (let i = 0; i < n; i++) {
    const id = recordId(records[i]);
    if (id === undefined) {
      skip[i] = 1;
      issues.push(noId(i, records[i]));
      continue;
    }
    const f = index.add(i, id);
    if (f >= 0) ((clashes ??= new Map()).get(id) ?? clashes.set(id, [f]).get(id)!).push(i);
  }
  if (clashes) {
    for (const [id, at] of clashes) {
      const texts = at.map((i) => canonical(records[i]));
      const identical = texts.every((t) => t === texts[0]);
      for (let k = 1; k < at.length; k++) {
        issues.push(makeIssue('DUPLICATE_RECORD_ID', [at[k]!, 'id'], { id, value: id, first: at[0]! + 1, index: at[k]! + 1, identical }, 'CMP-20', identical ? 'warning' : 'error'));
      }
      if (identical) for (let k = 1; k < at.length; k++) skip[at[k]!] = 1;
      else {
        for (const i of at) skip[i] = 1;
        rejected.push(id);
      }
    }
  }
  return skip;
}

/** The skip mask without an id index: only records that are not objects with an id. */
export function shapeMask(records: readonly unknown[], issues: ValidationIssue[]): Uint8Array {
  const skip = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    if (recordId(records[i]) === undefined) {
      skip[i] = 1;
      issues.push(noId(i, records[i]));
    }
  }
  return skip;
}
