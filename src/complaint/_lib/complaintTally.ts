import type { MergeKind } from './mergeKey';
import { Votes } from './votes';
import { byText, customerKey, describedCategoryOf, nonNegative, onlineOf, peopleOf, rootCauseOf, str, UNCLASSIFIED, type Loose } from './read';

// One plain object per statistical complaint (统计投诉件) while records come in, and the rules that read it.

/** Why a record joined its complaint, before the complaint's first record is known (that one is `'first'`). */
export type JoinReason = 'new-content' | 'same-matter' | 'follow-up';

/** One record of a complaint, kept in `detail: 'records'`. */
export interface JoinedRecord {
  id: string;
  at: number;
  reason: JoinReason;
}

/** Reply heat of the posts merged into a complaint (跟帖反应热度, CMP-06). */
export interface HeatTally {
  /** The least thread id among the posts (a complaint keyed by a thread: that thread). */
  thread: string;
  posts: number;
  followUps: number;
  replies: number;
  views: number;
  /** Whether a follow-up with new content is among them (it counts here because it names this matter). */
  newContent: boolean;
}

/** A statistical complaint as records come in: everything CMP-04…07 reads, mergeable with another part of it. */
export interface ComplaintTally {
  kind: MergeKind;
  id: string;
  /** The first record: earliest received, then least id. */
  firstAt: number;
  firstRecord: string;
  /** Records merged (投诉次数, CMP-05). */
  times: number;
  /** People of records without a customer to tell them apart: each record's `people` counts. */
  anonymousPeople: number;
  /**
   * The customers of its records as they come (投诉人数, CMP-05, counts each once):
   * the same customer again is dropped when the list is tidied, which it is
   * whenever it has doubled (so it stays within twice the distinct customers).
   */
  customers: string[];
  /** The length at which `customers` is tidied next. */
  tidyAt: number;
  /** Customers whose records speak for more than one person (`people`; rare): the largest number each. */
  largerPeople: Map<string, number> | undefined;
  /** CMP-07: how many records carry each final root cause (none yet: undefined, as for most complaints) … */
  rootCauses: Votes | undefined;
  /** … and how many records without one describe each category (recorded, else symptom; `'(unclassified)'` when none). */
  described: Votes;
  /** Impact texts (影响程度; 网下影响程度 for posts), once there is one. */
  impact: Set<string> | undefined;
  /** The channel it came by; when it came by more than one (rare), the others apart (one object per record, not a Set). */
  channel: string | undefined;
  moreChannels: Set<string> | undefined;
  heat: HeatTally | undefined;
  /** `detail: 'records'` only. */
  records: JoinedRecord[] | undefined;
}

/** A complaint with no records yet (the collections few complaints need are made when first needed). */
export function newComplaint(kind: MergeKind, id: string, keepRecords: boolean): ComplaintTally {
  return {
    kind,
    id,
    firstAt: Infinity,
    firstRecord: '',
    times: 0,
    anonymousPeople: 0,
    customers: [],
    tidyAt: 32,
    largerPeople: undefined,
    rootCauses: undefined,
    described: new Votes(),
    impact: undefined,
    channel: undefined,
    moreChannels: undefined,
    heat: undefined,
    records: keepRecords ? [] : undefined,
  };
}

const isFirst = (at: number, id: string, c: ComplaintTally): boolean => at < c.firstAt || (at === c.firstAt && byText(id, c.firstRecord) < 0);

/** Notes a customer; a customer speaking for more than one person keeps the largest number given. */
function addCustomer(c: ComplaintTally, customer: string, people: number): void {
  c.customers.push(customer);
  if (c.customers.length >= c.tidyAt) {
    c.customers = [...new Set(c.customers)];
    c.tidyAt = 2 * c.customers.length + 32;
  }
  if (people > 1 && people > (c.largerPeople?.get(customer) ?? 0)) (c.largerPeople ??= new Map()).set(customer, people);
}

function addChannel(c: ComplaintTally, channel: string): void {
  if (c.channel === undefined) c.channel = channel;
  else if (channel !== c.channel) (c.moreChannels ??= new Set()).add(channel);
}

/** The channels a complaint came by, sorted. */
export const channelsOf = (c: ComplaintTally): string[] => (c.channel === undefined ? [] : [c.channel, ...(c.moreChannels ?? [])].sort(byText));

/** Why a counted record joins its complaint (CMP-05, CMP-06): a post by its thread's follow-up or new content, else the same matter. */
export function joinReasonOf(r: Loose): JoinReason {
  const online = onlineOf(r);
  return online === undefined || str(online.thread) === undefined ? 'same-matter' : postReason(online);
}

const postReason = (online: Loose): JoinReason => (online.newContent === true ? 'new-content' : online.followUp === true ? 'follow-up' : 'same-matter');

/** Adds one counted record (received at `at`) to its complaint. */
export function addToComplaint(c: ComplaintTally, r: Loose, id: string, at: number): void {
  if (isFirst(at, id, c)) {
    c.firstAt = at;
    c.firstRecord = id;
  }
  c.times++;
  // CMP-05 投诉人数: a customer raising it again is still one person.
  const customer = customerKey(r);
  const people = peopleOf(r);
  if (customer === undefined) c.anonymousPeople += people;
  else addCustomer(c, customer, people);
  // CMP-07: a root cause and a described category are different kinds of evidence; they are tallied apart.
  const rootCause = rootCauseOf(r);
  if (rootCause !== undefined) (c.rootCauses ??= new Votes()).add(rootCause);
  else c.described.add(describedCategoryOf(r) ?? UNCLASSIFIED);
  const impact = str(r.impact);
  if (impact !== undefined) (c.impact ??= new Set()).add(impact);
  const channel = str(r.channel);
  if (channel !== undefined) addChannel(c, channel);
  const online = onlineOf(r);
  const thread = online !== undefined ? str(online.thread) : undefined;
  if (thread !== undefined) addPost(c, online!, thread);
  c.records?.push({ id, at, reason: thread === undefined ? 'same-matter' : postReason(online!) });
}

/** CMP-06: a post adds its replies and views to the complaint's heat, and its offline impact to the impact. */
function addPost(c: ComplaintTally, online: Loose, thread: string): void {
  const h = (c.heat ??= { thread, posts: 0, followUps: 0, replies: 0, views: 0, newContent: false });
  if (byText(thread, h.thread) < 0) h.thread = thread;
  h.posts++;
  if (online.followUp === true) h.followUps++;
  h.replies += nonNegative(online.replies);
  h.views += nonNegative(online.views);
  if (online.newContent === true) h.newContent = true;
  const offline = str(online.offlineImpact);
  if (offline !== undefined) (c.impact ??= new Set()).add(offline);
}

/** Adds what another part of the same complaint (another shard, or a thread's posts joining its matter) counted. */
export function mergeComplaint(into: ComplaintTally, from: ComplaintTally): void {
  if (isFirst(from.firstAt, from.firstRecord, into)) {
    into.firstAt = from.firstAt;
    into.firstRecord = from.firstRecord;
  }
  into.times += from.times;
  into.anonymousPeople += from.anonymousPeople;
  for (const customer of from.customers) addCustomer(into, customer, from.largerPeople?.get(customer) ?? 1);
  if (from.rootCauses !== undefined) (into.rootCauses ??= new Votes()).addAll(from.rootCauses);
  into.described.addAll(from.described);
  for (const x of from.impact ?? []) (into.impact ??= new Set()).add(x);
  for (const x of channelsOf(from)) addChannel(into, x);
  if (from.heat !== undefined) {
    const h = (into.heat ??= { ...from.heat, posts: 0, followUps: 0, replies: 0, views: 0, newContent: false });
    if (byText(from.heat.thread, h.thread) < 0) h.thread = from.heat.thread;
    h.posts += from.heat.posts;
    h.followUps += from.heat.followUps;
    h.replies += from.heat.replies;
    h.views += from.heat.views;
    h.newContent ||= from.heat.newContent;
  }
  if (into.records !== undefined && from.records !== undefined) for (const x of from.records) into.records.push(x);
}

/** 投诉人数 (CMP-05): the anonymous records' people, and each distinct customer once, at the largest number their records give. */
export function peopleOfComplaint(c: ComplaintTally): number {
  let people = c.anonymousPeople + new Set(c.customers).size;
  for (const n of c.largerPeople?.values() ?? []) people += n - 1;
  return people;
}

/** The statistical category of a complaint, and the categories that disagree when there is a conflict. */
export interface CategoryChoice {
  readonly category: string;
  /** Two or more final root causes (or, with none, two or more described categories), sorted: a `CATEGORY_CONFLICT` warning. */
  readonly conflict: readonly string[] | undefined;
}

/**
 * CMP-07 (seed 002: 所有投诉应按其产生的最终原因进行分类统计，避免根据客户投诉时所描述的表象进行分类):
 * a complaint takes the final root cause when any of its records carries one,
 * and records that only describe the symptom never outvote it. Without a root
 * cause it takes the category its records describe (recorded, else symptom);
 * unclassified records never outvote a classified one. Between several
 * candidates the one most records give wins, ties to the least name, so input
 * order never decides; more than one candidate is a conflict to report.
 */
export function chooseCategory(c: ComplaintTally): CategoryChoice {
  const votes = c.rootCauses ?? c.described;
  let category = UNCLASSIFIED;
  let best = 0;
  const named: string[] = [];
  for (const [candidate, n] of votes.entries()) {
    if (candidate === UNCLASSIFIED) continue;
    named.push(candidate);
    if (n > best || (n === best && byText(candidate, category) < 0)) {
      category = candidate;
      best = n;
    }
  }
  return { category, conflict: named.length > 1 ? named.sort(byText) : undefined };
}
