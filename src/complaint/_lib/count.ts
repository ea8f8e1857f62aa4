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

interface Group {
  key: string;
  matter: string | undefined;
  firstMs: number;
  firstId: string;
  times: number;
  /** Creation order: the group's number in the customer table. */
  idx: number;
  anonPeople: number;
  /** The first category seen and its count; a Map only once a second one appears. */
  cat: string;
  catN: number;
  cats: Map<string, number> | undefined;
  impact: Set<string> | undefined;
  channel: string | undefined;
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

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nonNeg = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

const REASON_RULE: Record<MergeReason, RuleId> = { first: 'CMP-05', 'new-content': 'CMP-06', 'same-matter': 'CMP-05', 'follow-up': 'CMP-06' };

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
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
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
 * The one-pass loops' id check: a bit per id hash (FNV-1a) in a table of 16
 * bits per record (2 MB for a million: it stays in cache, where a table of
 * indices would be read at random from main memory). A set bit is only a
 * suspect; `repeats` then compares the suspects' ids exactly.
 */
export class SeenIds {
  private readonly bits: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly suspects: number[] = [];

  constructor(n: number) {
    let size = 1024;
    while (size < n * 16) size *= 2;
    this.mask = size - 1;
    this.bits = new Int32Array(size >>> 5);
    this.hashes = new Int32Array(n);
  }

  add(i: number, id: string): void {
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    this.hashes[i] = h;
    const b = h & this.mask;
    const w = b >>> 5;
    const bit = 1 << (b & 31);
    if (this.bits[w]! & bit) this.suspects.push(i);
    else this.bits[w]! |= bit;
  }

  /** Whether two records added share an id. */
  repeats(records: readonly unknown[]): boolean {
    if (this.suspects.length === 0) return false;
    const wanted = new Set<number>();
    // The suspects' bits first: most records are passed over on one typed-array read, not a Set lookup.
    const marked = new Int32Array(this.bits.length);
    for (const i of this.suspects) {
      const h = this.hashes[i]!;
      wanted.add(h);
      const b = h & this.mask;
      marked[b >>> 5]! |= 1 << (b & 31);
    }
    const ids = new Map<number, Set<unknown>>();
    for (let i = 0; i < records.length; i++) {
      const h = this.hashes[i]!;
      const b = h & this.mask;
      if ((marked[b >>> 5]! & (1 << (b & 31))) === 0 || !wanted.has(h)) continue;
      const seen = ids.get(h) ?? ids.set(h, new Set()).get(h)!;
      const id = (records[i] as Loose).id;
      if (seen.has(id)) return true;
      seen.add(id);
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
 * complaint, hash of the customer key, people, key — flat arrays, nothing per
 * record for the garbage collector, no table probed at random. Distinct
 * customers are found per complaint at the end (`peopleOf`).
 */
class Customers {
  n = 0;
  g = new Int32Array(1024);
  h = new Int32Array(1024);
  p = new Float64Array(1024);
  readonly key: string[] = [];

  add(g: number, key: string, people: number): void {
    if (this.n === this.g.length) this.grow();
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    const q = this.n++;
    this.g[q] = g;
    this.h[q] = h;
    this.p[q] = people;
    this.key.push(key);
  }

  private grow(): void {
    const size = this.g.length * 2;
    const g = new Int32Array(size);
    g.set(this.g);
    const h = new Int32Array(size);
    h.set(this.h);
    const p = new Float64Array(size);
    p.set(this.p);
    this.g = g;
    this.h = h;
    this.p = p;
  }
}

/**
 * Adds to each complaint's anonymous people every distinct customer at the
 * largest `people` its records give, in first-seen order (as one table of
 * pairs did): the entries are bucketed by complaint (a stable counting sort),
 * then each complaint's few are compared by hash, and by key on a hash match.
 */
function peopleOf(c: Customers, groups: number, anon: Float64Array): Float64Array {
  const out = anon;
  const start = new Int32Array(groups + 1);
  for (let q = 0; q < c.n; q++) start[c.g[q]! + 1]!++;
  for (let k = 0; k < groups; k++) start[k + 1]! += start[k]!;
  const pos = start.slice(0, groups);
  const order = new Int32Array(c.n);
  for (let q = 0; q < c.n; q++) order[pos[c.g[q]!]!++] = q;
  // Per entry of a complaint: the largest people of its customer, at the customer's first entry (−1 elsewhere).
  const best = new Float64Array(c.n);
  for (let k = 0; k < groups; k++) {
    const a = start[k]!;
    const b = start[k + 1]!;
    if (a === b) continue;
    if (b - a <= 32) {
      for (let x = a; x < b; x++) {
        const q = order[x]!;
        const h = c.h[q]!;
        let y = a;
        for (; y < x; y++) {
          if (best[y]! >= 0) {
            const f = order[y]!;
            if (c.h[f] === h && c.key[f] === c.key[q]) break;
          }
        }
        if (y === x) best[x] = c.p[q]!;
        else {
          best[x] = -1;
          if (c.p[q]! > best[y]!) best[y] = c.p[q]!;
        }
      }
    } else {
      const first = new Map<string, number>();
      for (let x = a; x < b; x++) {
        const q = order[x]!;
        const y = first.get(c.key[q]!);
        if (y === undefined) {
          first.set(c.key[q]!, x);
          best[x] = c.p[q]!;
        } else {
          best[x] = -1;
          if (c.p[q]! > best[y]!) best[y] = c.p[q]!;
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

/** The count with a skip mask, or without one (ids checked on the way: undefined at the first problem). */
function countRun(records: readonly unknown[], o: CountOptionsResolved, skip: Uint8Array | undefined, issues: ValidationIssue[], rejected: string[]): ComplaintCount | undefined {
  const pending: string[] = [];
  const notCounted: string[] = [];
  const notComplaints: string[] = [];
  const keep = o.detail === 'records';
  const ids = skip === undefined && o.ids === 'check' ? new SeenIds(records.length) : undefined;
  // The threads' matters, computed (one more pass) only when a thread post without a matter comes.
  let tm: Map<string, string> | undefined | null = null;
  const byMatter = new Map<string, Group>();
  const byThread = new Map<string, Group>();
  const single = new Map<string, Group>();
  const groups: Group[] = [];
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
    // Three maps instead of one keyed by a built string: no string per record.
    let gm: string | undefined;
    let map: Map<string, Group>;
    let k: string;
    if (!fresh && matter === undefined && thread !== undefined && tm === null) tm = threadMatters(records, skip);
    gm = fresh ? matter : (matter ?? (thread !== undefined ? tm?.get(thread) : undefined));
    if (gm !== undefined) {
      map = byMatter;
      k = gm;
    } else if (thread !== undefined && !fresh) {
      map = byThread;
      k = thread;
    } else {
      map = single;
      k = id;
    }
    const cat = categoryOf(r) ?? UNCLASSIFIED;
    const ch = str(r.channel);
    let g = map.get(k);
    if (!g) {
      g = {
        key: map === byMatter ? `matter:${k}` : map === byThread ? `thread:${k}` : `record:${k}`,
        matter: gm,
        firstMs: t,
        firstId: id,
        times: 0,
        idx: groups.length,
        anonPeople: 0,
        cat,
        catN: 0,
        cats: undefined,
        impact: undefined,
        channel: ch,
        channels: undefined,
        thread: undefined,
        posts: 0,
        followUps: 0,
        replies: 0,
        views: 0,
        newContent: false,
        ids: keep ? [] : undefined,
        reasons: keep ? [] : undefined,
        times_ms: keep ? [] : undefined,
      };
      // Keyed by a fresh copy: every later lookup compares against it, and the copies
      // lie together in memory instead of one in each first record's corner of the heap.
      map.set((' ' + k).slice(1), g);
      groups.push(g);
    } else if (t < g.firstMs || (t === g.firstMs && id < g.firstId)) {
      g.firstMs = t;
      g.firstId = id;
    }
    g.times++;
    const people = typeof r.people === 'number' && Number.isInteger(r.people) && r.people > 0 ? r.people : 1;
    const ck = customerKey(r);
    if (ck === undefined) g.anonPeople += people;
    else customers.add(g.idx, ck, people);
    if (g.cats === undefined && cat === g.cat) g.catN++;
    else {
      const cs = (g.cats ??= new Map([[g.cat, g.catN]]));
      cs.set(cat, (cs.get(cat) ?? 0) + 1);
    }
    const imp = str(r.impact);
    if (imp) (g.impact ??= new Set()).add(imp);
    if (ch !== undefined && ch !== g.channel) {
      if (g.channel === undefined) g.channel = ch;
      else (g.channels ??= new Set([g.channel])).add(ch);
    }
    if (thread !== undefined) {
      if (g.thread === undefined || thread < g.thread) g.thread = thread;
      g.posts++;
      if (on!.followUp === true) g.followUps++;
      g.replies += nonNeg(on!.replies);
      g.views += nonNeg(on!.views);
      const off = str(on!.offlineImpact);
      if (off) (g.impact ??= new Set()).add(off);
      if (fresh) g.newContent = true;
    }
    if (keep) {
      g.ids!.push(id);
      g.times_ms!.push(t);
      g.reasons!.push(fresh ? 'new-content' : thread !== undefined && on!.followUp === true ? 'follow-up' : 'same-matter');
    }
  }
  if (ids?.repeats(records)) return undefined; // a repeated id: the careful path decides what it means
  // 投诉人数: the anonymous people, then each distinct customer at its largest `people`, in first-seen order.
  const anon = new Float64Array(groups.length);
  for (let k = 0; k < groups.length; k++) anon[k] = groups[k]!.anonPeople;
  const peopleBy = peopleOf(customers, groups.length, anon);
  const list: Group[] = groups.sort((a, b) => a.firstMs - b.firstMs || byText(a.key, b.key));
  const byCat = new Map<string, number>();
  const complaints: StatisticalComplaint[] = new Array(list.length);
  const one: OneChannel = new Map();
  for (let k = 0; k < list.length; k++) {
    const g = list[k]!;
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
  // The usual case in one literal (one hidden class); the others below.
  if (g.matter && !heat && !records) {
    return Object.freeze({ key: g.key, matter: g.matter, category, firstRecord: g.firstId, firstReceivedAt: new Date(g.firstMs), times: g.times, people, impact, channels, rules, explanation });
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
