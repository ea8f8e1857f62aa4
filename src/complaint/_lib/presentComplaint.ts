import type { RuleId } from '../../errors/types';
import { channelsOf, type ComplaintTally, type JoinedRecord } from './complaintTally';
import type { MergedRecord, MergeReason, OnlineHeat, StatisticalComplaint } from './countTypes';
import { keyText } from './mergeKey';
import { byText } from './read';

// A statistical complaint as countComplaints answers it: what it counts, and why, in both languages.

const REASON_RULE: Record<MergeReason, RuleId> = { first: 'CMP-05', 'new-content': 'CMP-06', 'same-matter': 'CMP-05', 'follow-up': 'CMP-06' };

// Complaints are many and these parts few: one frozen copy each, shared.
const RULES: readonly (readonly RuleId[])[] = [
  Object.freeze(['CMP-04', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-05', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-06', 'CMP-07'] as RuleId[]),
  Object.freeze(['CMP-04', 'CMP-05', 'CMP-06', 'CMP-07'] as RuleId[]),
];
const NONE: readonly string[] = Object.freeze([]);

/** One frozen `[channel]` per channel, shared by the complaints that came by that channel alone (most do). */
export type OneChannel = Map<string, readonly string[]>;

/**
 * The text as one flat string: reading a character joins the pieces a
 * concatenation left, about a third of their memory (the text is kept once
 * per complaint). Written so that a bundler cannot drop the read.
 */
const flat = (s: string): string => (s.charCodeAt(0) === -1 ? '' : s);

/** The order of a complaint's records: received instant, then id. */
const receivedOrder = (a: JoinedRecord, b: JoinedRecord): number => a.at - b.at || byText(a.id, b.id);

/** A record of a complaint whose first record is `firstRecord`, with why it is here: the first is `'first'` (or `'new-content'`). */
export function mergedRecordOf(x: JoinedRecord, firstRecord: string): MergedRecord {
  // A follow-up with new content that names this matter is, unless it came first, one more raising of it.
  const reason: MergeReason = x.id === firstRecord ? (x.reason === 'new-content' ? 'new-content' : 'first') : x.reason === 'new-content' ? 'same-matter' : x.reason;
  return Object.freeze({ id: x.id, reason, rule: REASON_RULE[reason] });
}

/** The merged records in received order (then id), each with why it is here. */
const mergedRecords = (c: ComplaintTally): readonly MergedRecord[] => Object.freeze(c.records!.slice().sort(receivedOrder).map((x) => mergedRecordOf(x, c.firstRecord)));

/** The statistical complaint `c`, counted under `category` by `people` people, with its explanation. */
export function presentComplaint(c: ComplaintTally, category: string, people: number, one: OneChannel): StatisticalComplaint {
  const key = keyText(c);
  const matter = c.kind === 'matter' ? c.id : undefined;
  const h = c.heat;
  const heat: OnlineHeat | undefined = h !== undefined ? Object.freeze({ thread: h.thread, posts: h.posts, followUps: h.followUps, replies: h.replies, views: h.views }) : undefined;
  const rules = RULES[(c.times > 1 ? 1 : 0) + (heat !== undefined ? 2 : 0)]!;
  const what = { zh: matter !== undefined ? `事项 ${matter}` : heat !== undefined ? `帖子 ${heat.thread}` : `记录 ${c.firstRecord}`, en: matter !== undefined ? `matter ${matter}` : heat !== undefined ? `thread ${heat.thread}` : `record ${c.firstRecord}` };
  let zh = `${what.zh}：按一件投诉统计，归入“${category}”（CMP-04、CMP-07）`;
  let en = `${what.en}: counted as one complaint under '${category}' (CMP-04, CMP-07)`;
  if (c.times > 1) {
    zh += `；共 ${c.times} 次、${people} 人提出，按一件统计（CMP-05）`;
    en += `; raised ${c.times} times by ${people} ${people === 1 ? 'person' : 'people'}, counted once (CMP-05)`;
  }
  if (heat !== undefined) {
    zh += `；网上帖子 ${heat.thread}：${heat.posts} 帖（跟帖 ${heat.followUps}），回复 ${heat.replies}，浏览 ${heat.views}${h!.newContent ? '；跟帖中的新内容另行统计' : ''}（CMP-06）`;
    en += `; online thread ${heat.thread}: ${heat.posts} posts (${heat.followUps} follow-ups), ${heat.replies} replies, ${heat.views} views${h!.newContent ? '; new content in a follow-up, counted separately' : ''} (CMP-06)`;
  }
  const impact = c.impact !== undefined ? Object.freeze([...c.impact].sort(byText)) : NONE;
  let channels = NONE;
  if (c.moreChannels !== undefined) channels = Object.freeze(channelsOf(c));
  else if (c.channel !== undefined) channels = one.get(c.channel) ?? one.set(c.channel, Object.freeze([c.channel])).get(c.channel)!;
  const explanation = Object.freeze({ 'zh-CN': flat(`${zh}。`), en: flat(`${en}.`) });
  const firstReceivedAt = new Date(c.firstAt);
  const records = c.records !== undefined ? mergedRecords(c) : undefined;
  // The usual shapes as one literal each (the complaints share a few hidden classes and stay small).
  if (matter !== undefined && records === undefined) {
    if (heat === undefined) return Object.freeze({ key, matter, category, firstRecord: c.firstRecord, firstReceivedAt, times: c.times, people, impact, channels, rules, explanation });
    return Object.freeze({ key, matter, category, firstRecord: c.firstRecord, firstReceivedAt, times: c.times, people, impact, channels, heat, rules, explanation });
  }
  return withRecords({ key, matter, category, firstRecord: c.firstRecord, firstReceivedAt, times: c.times, people, impact, channels, heat, rules, explanation }, records);
}

/** A statistical complaint's parts (a part may be given as undefined: left out). */
type ComplaintParts = { readonly [K in keyof StatisticalComplaint]?: StatisticalComplaint[K] | undefined };

/** A statistical complaint with its records (the command line lists them from a temporary file), its keys in the usual order. */
export function withRecords(x: ComplaintParts, records: readonly MergedRecord[] | undefined): StatisticalComplaint {
  const out: Record<string, unknown> = { key: x.key };
  if (x.matter !== undefined) out.matter = x.matter;
  out.category = x.category;
  out.firstRecord = x.firstRecord;
  out.firstReceivedAt = x.firstReceivedAt;
  out.times = x.times;
  out.people = x.people;
  out.impact = x.impact;
  out.channels = x.channels;
  if (x.heat !== undefined) out.heat = x.heat;
  if (records !== undefined) out.records = records;
  out.rules = x.rules;
  out.explanation = x.explanation;
  return Object.freeze(out) as unknown as StatisticalComplaint;
}
