import { makeIssue, type ValidationIssue } from './makeIssue';
import type { LocalizedText, RuleId } from '../../errors/types';
import { cleanIssue } from './printable';
import { Customers, F_ANON, F_FIRST, Groups, newRare, peopleOf, S_CAT, S_CAT_N, S_CHANNEL, S_GROUP, S_TIMES, type KeyTable, type Rare } from './groups';
import { dedupe, fnv, SeenIds, shapeMask } from './ids';
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
