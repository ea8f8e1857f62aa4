import { append } from '../../_lib/append';
import type { RuleId } from '../../errors/types';
import { addToComplaint, chooseCategory, joinReasonOf, mergeComplaint, newComplaint, peopleOfComplaint, type CategoryChoice, type ComplaintTally, type JoinedRecord } from './complaintTally';
import type { ComplaintCount, StatisticalComplaint } from './countTypes';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { keyText, mergeKeyOf, mergeThreadMatters, noteThreadMatter, threadMatterOf, type MergeKind, type ThreadMatter } from './mergeKey';
import { presentComplaint, type OneChannel } from './presentComplaint';
import { cleanIssue } from './printable';
import { byText, ms, str, type Loose } from './read';

// The statistical complaints of a set of records while the records come in (CMP-01, CMP-03…07), and the count they make.

/** The statistical complaints of the records read so far, and the records that do not count. */
export interface CountTally {
  /** `detail: 'records'`: each complaint keeps its records. */
  readonly keepRecords: boolean;
  /**
   * Where each counted record goes instead, with its complaint's key as it is read (`detail: 'counts'`; the command
   * line keeps them in a temporary file: a list per complaint was a third of its memory). See {@link finalKeyOf}.
   */
  joined: ((kind: MergeKind, id: string, record: JoinedRecord) => void) | undefined;
  /** Whether the id lists are kept whole (countComplaints), or only what a metrics period reports: the number pending and the least pending ids. */
  readonly lists: boolean;
  /**
   * Whether every post read is noted for its thread's matter (CMP-06): a
   * summary that more records may join must; a whole list looks afterwards,
   * and only if a post without a matter left a complaint keyed by its thread.
   */
  readonly noteThreads: boolean;
  /** The complaints by the kind of their key, then its id. */
  readonly complaints: Record<MergeKind, Map<string, ComplaintTally>>;
  /** What the posts read so far say about their threads' matters (CMP-06). */
  readonly threads: Map<string, ThreadMatter>;
  counted: number;
  pending: string[];
  pendingCount: number;
  notCounted: string[];
  notComplaints: string[];
  /** Verified records whose received instant cannot be read: left out (CMP-03), each with an issue. */
  unreadable: string[];
  issues: ValidationIssue[];
}

/** How many pending ids the NOT_VERIFIED warning names. */
const NAMED_PENDING = 20;

export const newCountTally = (keepRecords: boolean, lists: boolean, noteThreads: boolean): CountTally => ({
  keepRecords,
  joined: undefined,
  lists,
  noteThreads,
  complaints: { matter: new Map(), thread: new Map(), record: new Map() },
  threads: new Map(),
  counted: 0,
  pending: [],
  pendingCount: 0,
  notCounted: [],
  notComplaints: [],
  unreadable: [],
  issues: [],
});

/** The complaint keyed `kind:id`, made when its first record comes. */
export function complaintFor(t: CountTally, kind: MergeKind, id: string): ComplaintTally {
  const byId = t.complaints[kind];
  let c = byId.get(id);
  if (c === undefined) byId.set(id, (c = newComplaint(kind, id, t.keepRecords)));
  return c;
}

/** Without the whole lists, only the least pending ids are kept (the warning names 20). */
function trimPending(t: CountTally): void {
  if (t.lists || t.pending.length <= 4 * NAMED_PENDING) return;
  t.pending = t.pending.sort(byText).slice(0, NAMED_PENDING);
}

/**
 * Reads one record (`id` is its id, `i` its index): only a complaint (CMP-01)
 * verified as counted by the designated person (CMP-03) counts — one not yet
 * verified is pending, one verified as not counted is listed apart — and a
 * counted one joins its statistical complaint (CMP-04…06).
 */
export function countRecord(t: CountTally, r: Loose, i: number, id: string): void {
  if (t.noteThreads) noteThreadMatter(t.threads, r);
  if (r.kind !== 'complaint') {
    if (t.lists) t.notComplaints.push(id);
    return;
  }
  const v = r.verification as Loose | undefined;
  if (v === null || typeof v !== 'object' || typeof v.counted !== 'boolean') {
    t.pendingCount++;
    t.pending.push(id);
    trimPending(t);
    return;
  }
  if (v.counted !== true) {
    if (t.lists) t.notCounted.push(id);
    return;
  }
  const at = ms(r.receivedAt);
  if (at === undefined) {
    t.unreadable.push(id);
    t.issues.push(makeIssue('INVALID_INPUT', [i, 'receivedAt'], { value: r.receivedAt, reasonZh: '受理时间无效或没有时区偏移，该记录未计入', reasonEn: 'the received instant is invalid or has no offset; the record is not counted' }, 'CMP-03'));
    return;
  }
  t.counted++;
  const key = mergeKeyOf(r, id);
  addToComplaint(complaintFor(t, key.kind, key.id), r, id, at);
  t.joined?.(key.kind, key.id, { id, at, reason: joinReasonOf(r) });
}

/** The key of the complaint a record read under `kind:id` belongs to in the end: a post keyed by its thread joins the thread's matter when one is known (CMP-06). */
export function finalKeyOf(t: CountTally, kind: MergeKind, id: string): string {
  const matter = kind === 'thread' ? threadMatterOf(t.threads.get(id)) : undefined;
  return matter !== undefined ? `matter:${matter}` : `${kind}:${id}`;
}

/** Notes what the kept `records` (those `take` accepts) say about their threads' matters (CMP-06), for a tally that did not as it read them. */
export function noteThreadMattersOf(t: CountTally, records: readonly unknown[], skip: ReadonlySet<number> | undefined, take: (r: Loose) => boolean): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Loose;
    if (skip?.has(i) || r === null || typeof r !== 'object' || str(r.id) === undefined || !take(r)) continue;
    noteThreadMatter(t.threads, r);
  }
}

/** Adds what `from` (another set of records) counted to `into`. */
export function mergeCountTallies(into: CountTally, from: CountTally): void {
  for (const kind of ['matter', 'thread', 'record'] as const) {
    for (const c of from.complaints[kind].values()) mergeComplaint(complaintFor(into, c.kind, c.id), c);
  }
  mergeThreadMatters(into.threads, from.threads);
  into.counted += from.counted;
  into.pendingCount += from.pendingCount;
  append(into.pending, from.pending);
  trimPending(into);
  append(into.notCounted, from.notCounted);
  append(into.notComplaints, from.notComplaints);
  append(into.unreadable, from.unreadable);
  append(into.issues, from.issues);
}

/** A statistical complaint at the end, with its category (CMP-07). */
export interface Ranked {
  readonly complaint: ComplaintTally;
  readonly choice: CategoryChoice;
}

/** What the tally comes to: the complaints in order with their categories, per category, and the warnings. */
export interface Statistics {
  readonly ranked: readonly Ranked[];
  readonly byCategory: Readonly<Record<string, number>>;
  /** CATEGORY_CONFLICT per complaint whose records disagree, NOT_VERIFIED when records await verification. */
  readonly warnings: readonly ValidationIssue[];
}

/**
 * The statistical complaints once every record is in: posts keyed by their
 * thread join the thread's matter when one is known (CMP-06); then each takes
 * its category (CMP-07), in order of first received instant, then key.
 */
export function statisticsOf(t: CountTally): Statistics {
  for (const [thread, c] of t.complaints.thread) {
    const matter = threadMatterOf(t.threads.get(thread));
    if (matter === undefined) continue;
    mergeComplaint(complaintFor(t, 'matter', matter), c);
    t.complaints.thread.delete(thread);
  }
  const all = [...t.complaints.matter.values(), ...t.complaints.thread.values(), ...t.complaints.record.values()].map((c) => ({ c, key: keyText(c) }));
  all.sort((a, b) => a.c.firstAt - b.c.firstAt || byText(a.key, b.key));
  const byCategory = new Map<string, number>();
  const warnings: ValidationIssue[] = [];
  const ranked = all.map(({ c, key }) => {
    const choice = chooseCategory(c);
    byCategory.set(choice.category, (byCategory.get(choice.category) ?? 0) + 1);
    if (choice.conflict !== undefined) warnings.push(makeIssue('CATEGORY_CONFLICT', [], { key, categories: choice.conflict, chosen: choice.category }, 'CMP-07', 'warning'));
    return { complaint: c, choice };
  });
  if (t.pendingCount > 0) {
    warnings.push(makeIssue('NOT_VERIFIED', [], { count: t.pendingCount, ids: t.pending.slice().sort(byText).slice(0, NAMED_PENDING) }, 'CMP-03', 'warning'));
  }
  const sortedCategories: Record<string, number> = {};
  for (const k of [...byCategory.keys()].sort(byText)) sortedCategories[k] = byCategory.get(k)!;
  return { ranked, byCategory: Object.freeze(sortedCategories), warnings };
}

/** Issues of a count in a stable order: by record (issues about no one record first), then code, then complaint key. */
export function sortCountIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const at = (x: ValidationIssue): number => (typeof x.path[0] === 'number' ? x.path[0] : -1);
  return issues.sort((a, b) => at(a) - at(b) || byText(a.code, b.code) || byText(JSON.stringify(a.details.key ?? ''), JSON.stringify(b.details.key ?? '')));
}

const RULES: readonly RuleId[] = Object.freeze(['CMP-03', 'CMP-04', 'CMP-05', 'CMP-06', 'CMP-07'] as RuleId[]);

/** A count (countComplaints' answer) with every complaint presented. */
export function presentedCount(lazy: LazyCount): ComplaintCount {
  const { total, countedRecords, complaints, keys: _, ...rest } = lazy;
  return Object.freeze({ total, countedRecords, complaints: Object.freeze([...complaints]), ...rest });
}

/** A count whose statistical complaints are presented one at a time, each time they are gone through. */
export interface LazyCount extends Omit<ComplaintCount, 'complaints'> {
  readonly complaints: Iterable<StatisticalComplaint>;
  /** The complaints' keys, in order (without presenting them). */
  readonly keys: () => string[];
}

/**
 * The count, given what the id check found (`idIssues`, and `rejected` ids
 * whose versions differ), its complaints presented as they are gone through, not all
 * at once: the command line writes each one and lets it go (a million records'
 * presented complaints were a third of its memory at the end).
 */
export function finishCountLazily(t: CountTally, idIssues: readonly ValidationIssue[], rejected: readonly string[]): LazyCount {
  const { ranked, byCategory, warnings } = statisticsOf(t);
  const one: OneChannel = new Map();
  const issues = sortCountIssues([...idIssues, ...t.issues, ...warnings]);
  // The default sort of strings is UTF-16 code-unit order, as byText.
  return {
    total: ranked.length,
    countedRecords: t.counted,
    complaints: {
      *[Symbol.iterator]() {
        for (const { complaint, choice } of ranked) yield presentComplaint(complaint, choice.category, peopleOfComplaint(complaint), one);
      },
    },
    keys: () => ranked.map((x) => keyText(x.complaint)),
    byCategory,
    pending: Object.freeze(t.pending.slice().sort()),
    notCounted: Object.freeze(t.notCounted.slice().sort()),
    notComplaints: Object.freeze(t.notComplaints.slice().sort()),
    rejected: Object.freeze([...new Set([...rejected, ...t.unreadable])].sort(byText)),
    issues: Object.freeze(issues.map(cleanIssue)),
    rules: RULES,
  };
}
