import { makeIssue, type ValidationIssue } from './makeIssue';
import type { LocalizedText, RuleId } from '../../errors/types';
import { canonical } from './canonical';
import { cleanIssue } from './printable';
import { categoryOf, customerKey, ms, str, UNCLASSIFIED, type Loose } from './read';

/**
 * Why a record belongs to its statistical complaint.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * r.complaints[0].records.map((m) => m.reason) //=> ['first', 'same-matter']
 */
export type MergeReason = 'first' | 'new-content' | 'same-matter' | 'follow-up';

/**
 * One record merged into a statistical complaint, and why.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * r.complaints[0].records[1] //=> { id: 'T2', reason: 'same-matter', rule: 'CMP-05' }
 */
export interface MergedRecord {
  readonly id: string;
  readonly reason: MergeReason;
  readonly rule: RuleId;
}

/**
 * Reply heat of an online complaint (跟帖反应热度, CMP-06).
 *
 * @example
 * const post = { recorder: 'A', channel: 'online', customer: {}, unit: '1-101', content: '电梯又坏了', demand: '尽快修好', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...post, id: 'W1', receivedAt: '2026-03-02T09:00+08:00', online: { thread: 'bbs-88', replies: 40, views: 900 } },
 *   { ...post, id: 'W2', receivedAt: '2026-03-02T10:00+08:00', online: { thread: 'bbs-88', followUp: true, replies: 2 } },
 * ])
 * r.complaints[0].heat //=> { thread: 'bbs-88', posts: 2, followUps: 1, replies: 42, views: 900 }
 */
export interface OnlineHeat {
  /** The thread (主帖) id. */
  readonly thread: string;
  /** Records from the thread merged here: the opening post and follow-ups. */
  readonly posts: number;
  /** Follow-up posts merged here (跟帖). */
  readonly followUps: number;
  /** Sum of the replies recorded on the merged posts. */
  readonly replies: number;
  /** Sum of the views recorded on the merged posts. */
  readonly views: number;
}

/**
 * One statistical complaint (统计投诉件): what several records count as.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ])
 * const s = r.complaints[0];
 * [s.key, s.category, s.firstRecord, s.times, s.people] //=> ['matter:noise-1501', 'noise', 'T1', 2, 2]
 */
export interface StatisticalComplaint {
  /** `'matter:<id>'`, `'thread:<id>'` (online, no matter id) or `'record:<id>'` (counted on its own). */
  readonly key: string;
  readonly matter?: string;
  /** The statistical category (CMP-07: the final root cause), or `'(unclassified)'`. */
  readonly category: string;
  /** The first record (earliest received, then smallest id). */
  readonly firstRecord: string;
  readonly firstReceivedAt: Date;
  /** How many times it was raised: records merged (投诉次数, CMP-05). */
  readonly times: number;
  /** How many people raised it (投诉人数, CMP-05): distinct customers, each at the `people` its records give. */
  readonly people: number;
  /** Impact texts recorded (影响程度; 网下影响程度 for online posts), distinct and sorted. */
  readonly impact: readonly string[];
  /** Channels it came by, sorted. */
  readonly channels: readonly string[];
  /** Online only (CMP-06). */
  readonly heat?: OnlineHeat;
  /** The records merged and why (omitted with `detail: 'counts'`), in received order. */
  readonly records?: readonly MergedRecord[];
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
}

/**
 * Result of {@link countComplaints}.
 *
 * @example
 * const base = { recorder: 'A', channel: 'phone', unit: '1-101', content: '楼上噪音', demand: '处理', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...base, id: 'T1', receivedAt: '2026-03-02T09:00+08:00', customer: { id: 'C1' }, matter: 'noise-1501', category: 'noise' },
 *   { ...base, id: 'T2', receivedAt: '2026-03-02T09:05+08:00', customer: { id: 'C2' }, matter: 'noise-1501', category: 'noise' },
 * ]);
 * [r.total, r.countedRecords, r.byCategory] //=> [1, 2, { noise: 1 }]
 * countComplaints([{ ...base, id: 'T9', receivedAt: '2026-03-02T09:00+08:00', customer: {}, verification: undefined }]).pending //=> ['T9']
 */
export interface ComplaintCount {
  /** Statistical complaints (投诉件数). */
  readonly total: number;
  /** Records counted (verified as counted, kind `complaint`, not a duplicate). */
  readonly countedRecords: number;
  /** Sorted by first received instant, then key. */
  readonly complaints: readonly StatisticalComplaint[];
  /** Statistical complaints per category (CMP-04, CMP-07), keys sorted. */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Ids of complaint records not yet verified (CMP-03): listed, not counted. Sorted. */
  readonly pending: readonly string[];
  /** Ids of complaint records the designated person verified as not counted (CMP-03). Sorted. */
  readonly notCounted: readonly string[];
  /** Ids of records of other kinds (consultation, query …; CMP-01). Sorted. */
  readonly notComplaints: readonly string[];
  /** Ids of records left out for bad input (see `issues`). Sorted. */
  readonly rejected: readonly string[];
  readonly issues: readonly ValidationIssue[];
  readonly rules: readonly RuleId[];
}

export interface CountOptionsResolved {
  detail: 'records' | 'counts';
  /** `'check'`: index every id to find duplicates; `'trust'`: the caller guarantees unique ids. */
  ids: 'check' | 'trust';
}

/** A statistical complaint while it is presented: the loop's hot state (from its slot) and its rare part. */
interface Group extends Rare {
  key: string;
  matter: string | undefined;
  firstMs: number;
  firstId: string;
  times: number;
  /** Creation order: the group's number in the customer table. */
  idx: number;
  /** The first category seen (the vote uses `cats` once a second one appears). */
  cat: string;
  channel: string | undefined;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nonNeg = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

const REASON_RULE: Record<MergeReason, RuleId> = { first: 'CMP-05', 'new-content': 'CMP-06', 'same-matter': 'CMP-05', 'follow-up': 'CMP-06' };

/** FNV-1a over the UTF-16 code units: the hash of every id and key table here. */
const fnv = (s: string): number => {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
};

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
    const start = new Int32Array(2049);
    for (let i = 0; i < n; i++) start[(hashes[i]! >>> 21) + 1]!++;
    let most = 0;
    for (let d = 0; d < 2048; d++) {
      if (start[d + 1]! > most) most = start[d + 1]!;
      start[d + 1]! += start[d]!;
    }
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
    const r = records[i] as Loose;
    const id = r !== null && typeof r === 'object' ? str(r.id) : undefined;
    if (id === undefined) {
      skip[i] = 1;
      issues.push(makeIssue('INVALID_INPUT', [i, 'id'], { value: r === null || typeof r !== 'object' ? r : r.id, reasonZh: '记录应为对象，且有非空的 id', reasonEn: 'a record is an object with a non-empty id' }, 'CMP-03'));
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
    const r = records[i] as Loose;
    if (r === null || typeof r !== 'object' || str(r.id) === undefined) {
      skip[i] = 1;
      issues.push(makeIssue('INVALID_INPUT', [i, 'id'], { value: r === null || typeof r !== 'object' ? r : r.id, reasonZh: '记录应为对象，且有非空的 id', reasonEn: 'a record is an object with a non-empty id' }, 'CMP-03'));
    }
  }
  return skip;
}

/** The matter each online thread is about: its opening post's matter, else the smallest among its same-content posts. */
function threadMatters(records: readonly unknown[], skip: Uint8Array | undefined): Map<string, string> | undefined {
  let out: Map<string, { opening?: string; least?: string }> | undefined;
  for (let i = 0; i < records.length; i++) {
    if (skip?.[i]) continue;
    const r = records[i] as Loose;
    // Without a mask (the one-pass count) a record not checked yet may be anything: that count is redone if so.
    if (r === null || typeof r !== 'object') continue;
    const o = r.online as Loose | undefined;
    if (!o || typeof o !== 'object') continue;
    const thread = str(o.thread);
    const matter = str(r.matter);
    if (!thread || !matter || o.newContent === true) continue;
    out ??= new Map();
    let t = out.get(thread);
    if (!t) out.set(thread, (t = {}));
    if (o.followUp !== true && (t.opening === undefined || matter < t.opening)) t.opening = matter;
    if (t.least === undefined || matter < t.least) t.least = matter;
  }
  if (!out) return undefined;
  const m = new Map<string, string>();
  for (const [k, v] of out) m.set(k, (v.opening ?? v.least)!);
  return m;
}

/**
 * The records' customers (CMP-05's 投诉人数), appended as the loop meets them:
 * complaint, hash of the customer key, people, record index — typed arrays
 * only, nothing per record for the garbage collector, no table probed at
 * random. Distinct customers are found per complaint at the end
 * (`peopleOf`), which reads a key again only where two hashes are equal.
 */
class Customers {
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
    const g = new Int32Array(size);
    g.set(this.g);
    const h = new Int32Array(size);
    h.set(this.h);
    const p = new Float64Array(size);
    p.set(this.p);
    const r = new Int32Array(size);
    r.set(this.r);
    this.g = g;
    this.h = h;
    this.p = p;
    this.r = r;
  }
}

/**
 * Adds to each complaint's anonymous people every distinct customer at the
 * largest `people` its records give, in first-seen order (as one table of
 * pairs did): the entries are bucketed by complaint (a stable counting sort),
 * then each complaint's few are compared by hash, and by key on a hash match.
 */
function peopleOf(c: Customers, groups: number, anon: Float64Array, records: readonly unknown[]): Float64Array {
  const keyOf = (q: number): string => customerKey(records[c.r[q]!] as Loose)!;
  const out = anon;
  const start = new Int32Array(groups + 1);
  for (let q = 0; q < c.n; q++) start[c.g[q]! + 1]!++;
  for (let k = 0; k < groups; k++) start[k + 1]! += start[k]!;
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

/**
 * One pass when the records are sound (the usual case): ids are checked in the
 * counting loop itself; the first record that is not an object with an id, or
 * whose id was seen before, sends the count to the careful path (a skip mask
 * first, then the loop), so the answer is the same either way.
 */
export function countCore(records: readonly unknown[], o: CountOptionsResolved): ComplaintCount {
  let fast: ComplaintCount | undefined;
  try {
    fast = countRun(records, o, undefined, [], []);
  } catch {
    fast = undefined;
  }
  if (fast !== undefined) return fast;
  const issues: ValidationIssue[] = [];
  const rejected: string[] = [];
  const skip = o.ids === 'trust' ? shapeMask(records, issues) : dedupe(records, issues, rejected);
  return countRun(records, o, skip, issues, rejected)!;
}

/** What only a few complaints need while counting: kept apart so the loop's per-complaint state stays small. */
interface Rare {
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

const newRare = (): Rare => ({ cats: undefined, impact: undefined, channels: undefined, thread: undefined, posts: 0, followUps: 0, replies: 0, views: 0, newContent: false, ids: undefined, reasons: undefined, times_ms: undefined });

// A complaint's slot in its key table: 16 int32 (64 bytes, one cache line), the key and what every record updates.
const S_GROUP = 0; // complaint + 1 (0: empty slot)
const S_HASH = 1; // FNV-1a of the key
const S_LEN = 2; // key length
const S_OFF = 3; // offset of the key's characters in the pool
const S_CHARS = 4; // the key's first 8 characters, two per int32 (4 … 7)
const S_TIMES = 8; // records merged
const S_CAT = 9; // category id, or −1 once several categories appear (then Rare.cats)
const S_CHANNEL = 10; // id of the first channel, −1 none yet
const S_CAT_N = 11; // records of the first category
const F_FIRST = 6; // (float64 index within the slot's 8) first received ms
const F_ANON = 7; // anonymous people

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
class KeyTable {
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
class Groups {
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
      if (this.poolLen + k.length > this.pool.length) {
        const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + k.length));
        pool.set(this.pool);
        this.pool = pool;
      }
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

/** Complaint `g` (slot `b` of table `T`) as an object, for presenting: its rare part completed. */
function groupAt(G: Groups, g: number, T: KeyTable, b: number): Group {
  const k = G.keys[g]!;
  const ns = G.ns[g]!;
  const cat = T.I[b + S_CAT]!;
  const ch = T.I[b + S_CHANNEL]!;
  const o = (G.rare[g] ?? newRare()) as Group;
  o.key = ns === 0 ? `matter:${k}` : ns === 1 ? `thread:${k}` : `record:${k}`;
  o.matter = ns === 0 ? k : undefined;
  o.firstMs = T.F[(b >> 1) + F_FIRST]!;
  o.firstId = G.firstIds[g]!;
  o.times = T.I[b + S_TIMES]!;
  o.idx = g;
  o.cat = cat < 0 ? UNCLASSIFIED : G.catNames[cat]!;
  o.channel = ch < 0 ? undefined : G.chNames[ch];
  return o;
}

/** The count with a skip mask, or without one (ids checked on the way: undefined at the first problem). */
function countRun(records: readonly unknown[], o: CountOptionsResolved, skip: Uint8Array | undefined, issues: ValidationIssue[], rejected: string[]): ComplaintCount | undefined {
  const pending: string[] = [];
  const notCounted: string[] = [];
  const notComplaints: string[] = [];
  const keep = o.detail === 'records';
  const ids = skip === undefined && o.ids === 'check' ? new SeenIds(records.length) : undefined;
  // The threads' matters, computed (one more pass) only when a thread post without a matter comes.
  let tm: Map<string, string> | undefined | null = null;
  const G = new Groups();
  const customers = new Customers();
  let counted = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Loose;
    if (skip !== undefined) {
      if (skip[i]) continue;
    } else if (r === null || typeof r !== 'object' || str(r.id) === undefined) return undefined;
    else ids?.add(i, r.id as string);
    const id = r.id as string;
    if (r.kind !== 'complaint') {
      notComplaints.push(id);
      continue;
    }
    const v = r.verification as Loose | undefined;
    if (v === undefined || v === null || typeof v !== 'object' || typeof v.counted !== 'boolean') {
      pending.push(id);
      continue;
    }
    if (v.counted !== true) {
      notCounted.push(id);
      continue;
    }
    const t = ms(r.receivedAt);
    if (t === undefined) {
      rejected.push(id);
      issues.push(makeIssue('INVALID_INPUT', [i, 'receivedAt'], { value: r.receivedAt, reasonZh: '受理时间无效或没有时区偏移，该记录未计入', reasonEn: 'the received instant is invalid or has no offset; the record is not counted' }, 'CMP-03'));
      continue;
    }
    counted++;
    const matter = str(r.matter);
    const on = r.online !== null && typeof r.online === 'object' ? (r.online as Loose) : undefined;
    const thread = on ? str(on.thread) : undefined;
    const fresh = thread !== undefined && on!.newContent === true;
    if (!fresh && matter === undefined && thread !== undefined && tm === null) tm = threadMatters(records, skip);
    const gm = fresh ? matter : (matter ?? (thread !== undefined ? tm?.get(thread) : undefined));
    let ns: number;
    let k: string;
    if (gm !== undefined) {
      ns = 0;
      k = gm;
    } else if (thread !== undefined && !fresh) {
      ns = 1;
      k = thread;
    } else {
      ns = 2;
      k = id;
    }
    const cat = categoryOf(r) ?? UNCLASSIFIED;
    const ch = str(r.channel);
    const ci = G.catId(cat);
    const chi = G.chId(ch);
    const h = fnv(k);
    const T = G.tables[ns]!;
    let b = T.find(k, h, G.pool);
    let g: number;
    if (b < 0) {
      b = G.add(ns, k, h, t, id, ci, chi);
      g = G.n - 1;
    } else {
      g = T.I[b + S_GROUP]! - 1;
      const first = T.F[(b >> 1) + F_FIRST]!;
      if (t < first || (t === first && id < G.firstIds[g]!)) {
        T.F[(b >> 1) + F_FIRST] = t;
        G.firstIds[g] = id;
      }
    }
    const I = T.I;
    I[b + S_TIMES]!++;
    const people = typeof r.people === 'number' && Number.isInteger(r.people) && r.people > 0 ? r.people : 1;
    const ck = customerKey(r);
    if (ck === undefined) T.F[(b >> 1) + F_ANON]! += people;
    else customers.add(g, ck, people, i);
    const gc = I[b + S_CAT]!;
    if (ci === gc) I[b + S_CAT_N]!++;
    else {
      const q = G.rareOf(g);
      const cs = (q.cats ??= new Map([[G.catNames[gc]!, I[b + S_CAT_N]!]]));
      cs.set(cat, (cs.get(cat) ?? 0) + 1);
      I[b + S_CAT] = -1;
    }
    const imp = str(r.impact);
    if (imp) (G.rareOf(g).impact ??= new Set()).add(imp);
    if (chi >= 0 && chi !== I[b + S_CHANNEL]) {
      if (I[b + S_CHANNEL]! < 0) I[b + S_CHANNEL] = chi;
      else (G.rareOf(g).channels ??= new Set([G.chNames[I[b + S_CHANNEL]!]!])).add(ch!);
    }
    if (thread !== undefined) {
      const q = G.rareOf(g);
      if (q.thread === undefined || thread < q.thread) q.thread = thread;
      q.posts++;
      if (on!.followUp === true) q.followUps++;
      q.replies += nonNeg(on!.replies);
      q.views += nonNeg(on!.views);
      const off = str(on!.offlineImpact);
      if (off) (q.impact ??= new Set()).add(off);
      if (fresh) q.newContent = true;
    }
    if (keep) {
      const q = G.rareOf(g);
      (q.ids ??= []).push(id);
      (q.times_ms ??= []).push(t);
      (q.reasons ??= []).push(fresh ? 'new-content' : thread !== undefined && on!.followUp === true ? 'follow-up' : 'same-matter');
    }
  }
  if (ids?.repeats(records)) return undefined; // a repeated id: the careful path decides what it means
  // Each complaint's slot, first instant and anonymous people, from the tables.
  const n = G.n;
  const slotOf = new Int32Array(n);
  const firstOf = new Float64Array(n);
  const anon = new Float64Array(n);
  for (const T of G.tables) {
    T.each((g, b) => {
      slotOf[g] = b;
      firstOf[g] = T.F[(b >> 1) + F_FIRST]!;
      anon[g] = T.F[(b >> 1) + F_ANON]!;
    });
  }
  // 投诉人数: the anonymous people, then each distinct customer at its largest `people`, in first-seen order.
  const peopleBy = peopleOf(customers, n, anon, records);
  // By first instant, then key ('matter:…' < 'record:…' < 'thread:…', then the key text): complaint
  // numbers sorted, and each complaint's object made only when presented, so none outlives its turn.
  const RANK = [0, 2, 1];
  const order = Array.from({ length: n }, (_, g) => g).sort(
    (a, b) => firstOf[a]! - firstOf[b]! || RANK[G.ns[a]!]! - RANK[G.ns[b]!]! || byText(G.keys[a]!, G.keys[b]!),
  );
  const byCat = new Map<string, number>();
  const complaints: StatisticalComplaint[] = new Array(n);
  const one: OneChannel = new Map();
  for (let k = 0; k < n; k++) {
    const gi = order[k]!;
    const g = groupAt(G, gi, G.tables[G.ns[gi]!]!, slotOf[gi]!);
    // Most frequent category; unclassified records never outvote a classified
    // one; ties by name, so input order never decides.
    // One category seen (the usual case): it is the answer, nothing to vote on.
    let cat = g.cat;
    if (g.cats !== undefined) {
      cat = UNCLASSIFIED;
      let best = 0;
      for (const [c, n] of g.cats) if (c !== UNCLASSIFIED && (n > best || (n === best && c < cat))) [cat, best] = [c, n];
      const named = [...g.cats.keys()].filter((c) => c !== UNCLASSIFIED);
      if (named.length > 1) {
        issues.push(makeIssue('CATEGORY_CONFLICT', [], { key: g.key, categories: named.sort(byText), chosen: cat }, 'CMP-07', 'warning'));
      }
    }
    byCat.set(cat, (byCat.get(cat) ?? 0) + 1);
    complaints[k] = present(g, cat, peopleBy[g.idx]!, one);
  }
  const sortedCats: Record<string, number> = {};
  for (const c of [...byCat.keys()].sort(byText)) sortedCats[c] = byCat.get(c)!;
  if (pending.length) {
    issues.push(makeIssue('NOT_VERIFIED', [], { count: pending.length, ids: pending.slice().sort(byText).slice(0, 20) }, 'CMP-03', 'warning'));
  }
  issues.sort((a, b) => {
    const pa = typeof a.path[0] === 'number' ? a.path[0] : -1;
    const pb = typeof b.path[0] === 'number' ? b.path[0] : -1;
    return pa - pb || byText(a.code, b.code) || byText(JSON.stringify(a.details.key ?? ''), JSON.stringify(b.details.key ?? ''));
  });
  // Default sort of strings is UTF-16 code-unit order, the same as byText, without a JS comparator call per pair.
  return Object.freeze({
    total: complaints.length,
    countedRecords: counted,
    complaints: Object.freeze(complaints),
    byCategory: Object.freeze(sortedCats),
    pending: Object.freeze(pending.sort()),
    notCounted: Object.freeze(notCounted.sort()),
    notComplaints: Object.freeze(notComplaints.sort()),
    rejected: Object.freeze([...new Set(rejected)].sort(byText)),
    issues: Object.freeze(issues.map(cleanIssue)),
    rules: Object.freeze(['CMP-03', 'CMP-04', 'CMP-05', 'CMP-06', 'CMP-07'] as RuleId[]),
  });
}

// Shared frozen parts: complaints are many, these few (identical, immutable).
const RULES: readonly (readonly RuleId[])[] = [
  Object.freeze(['CMP-04', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-05', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-06', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-05', 'CMP-06', 'CMP-07'] as RuleId[]),
];
const NONE: readonly string[] = Object.freeze([]);

/**
 * The text itself, flattened: reading a character turns a concatenated text
 * into one piece, about a third of the memory of its tree of pieces (kept
 * once per complaint). Written so that a bundler cannot drop the read.
 */
const flat = (s: string): string => (s.charCodeAt(0) === -1 ? '' : s);

/** One frozen `[channel]` per channel and call (most complaints come by one channel). */
type OneChannel = Map<string, readonly string[]>;

function present(g: Group, category: string, people: number, one: OneChannel): StatisticalComplaint {
  const rules = RULES[(g.times > 1 ? 1 : 0) + (g.thread !== undefined ? 2 : 0)]!;
  let records: MergedRecord[] | undefined;
  if (g.ids) {
    const order = g.ids.map((_, i) => i).sort((a, b) => g.times_ms![a]! - g.times_ms![b]! || byText(g.ids![a]!, g.ids![b]!));
    records = order.map((i) => {
      const id = g.ids![i]!;
      const reason: MergeReason = id === g.firstId ? (g.reasons![i] === 'new-content' ? 'new-content' : 'first') : g.reasons![i] === 'new-content' ? 'same-matter' : g.reasons![i]!;
      return Object.freeze({ id, reason, rule: REASON_RULE[reason] });
    });
  }
  const heat = g.thread !== undefined ? Object.freeze({ thread: g.thread, posts: g.posts, followUps: g.followUps, replies: g.replies, views: g.views }) : undefined;
  // The sentences, concatenated directly (no arrays to join): the same text as before, part by part.
  let zh = `${g.matter ? `事项 ${g.matter}` : g.thread !== undefined ? `帖子 ${g.thread}` : `记录 ${g.firstId}`}：按一件投诉统计，归入“${category}”（CMP-04、CMP-07）`;
  let en = `${g.matter ? `matter ${g.matter}` : g.thread !== undefined ? `thread ${g.thread}` : `record ${g.firstId}`}: counted as one complaint under '${category}' (CMP-04, CMP-07)`;
  if (g.times > 1) {
    zh += `；共 ${g.times} 次、${people} 人提出，按一件统计（CMP-05）`;
    en += `; raised ${g.times} times by ${people} ${people === 1 ? "person" : "people"}, counted once (CMP-05)`;
  }
  if (heat) {
    zh += `；网上帖子 ${heat.thread}：${heat.posts} 帖（跟帖 ${heat.followUps}），回复 ${heat.replies}，浏览 ${heat.views}${g.newContent ? '；跟帖中的新内容另行统计' : ''}（CMP-06）`;
    en += `; online thread ${heat.thread}: ${heat.posts} posts (${heat.followUps} follow-ups), ${heat.replies} replies, ${heat.views} views${g.newContent ? '; new content in a follow-up, counted separately' : ''} (CMP-06)`;
  }
  const impact = g.impact ? Object.freeze([...g.impact].sort(byText)) : NONE;
  const channels = g.channels ? Object.freeze([...g.channels].sort(byText)) : g.channel !== undefined ? (one.get(g.channel) ?? one.set(g.channel, Object.freeze([g.channel])).get(g.channel)!) : NONE;
  const explanation = Object.freeze({ 'zh-CN': flat(`${zh}。`), en: flat(`${en}.`) });
  // The usual cases in one literal each (one hidden class each); the others below.
  if (g.matter && !records) {
    if (!heat) return Object.freeze({ key: g.key, matter: g.matter, category, firstRecord: g.firstId, firstReceivedAt: new Date(g.firstMs), times: g.times, people, impact, channels, rules, explanation });
    return Object.freeze({ key: g.key, matter: g.matter, category, firstRecord: g.firstId, firstReceivedAt: new Date(g.firstMs), times: g.times, people, impact, channels, heat, rules, explanation });
  }
  // Properties added in one fixed order (no object spreads): complaints share
  // a few hidden classes and stay small, instead of one dictionary object each.
  const out: Record<string, unknown> = { key: g.key };
  if (g.matter) out.matter = g.matter;
  out.category = category;
  out.firstRecord = g.firstId;
  out.firstReceivedAt = new Date(g.firstMs);
  out.times = g.times;
  out.people = people;
  out.impact = impact;
  out.channels = channels;
  if (heat) out.heat = heat;
  if (records) out.records = Object.freeze(records);
  out.rules = rules;
  out.explanation = explanation;
  return Object.freeze(out) as unknown as StatisticalComplaint;
}
