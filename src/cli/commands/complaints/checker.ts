import { formatDay } from '../../../_lib/civil';
import { statusJson } from './statusJson';
import { toEpochMs } from '../../../_lib/input';
import { limitText, presentStatus } from '../../../complaint/complaintStatus';
import { createComplaintSummarizer, type ComplaintSummarizer } from '../../../complaint/createComplaintSummarizer';
import { checkRecord, eventTypesOf } from '../../../complaint/_lib/checkRecord';
import { cleanIssue } from '../../../complaint/_lib/printable';
import { ms, type Loose } from '../../../complaint/_lib/read';
import { quietMatterOf, type MatterRepeats } from '../../../complaint/_lib/repeatLog';
import { statusCore, newStatusCore, type ComplaintState } from '../../../complaint/_lib/status';
import { settingsOf } from '../../../complaint/_lib/statusSettings';
import { stateOf } from '../../../complaint/_lib/summary';
import { resolveTaxonomy } from '../../../complaint/_lib/taxonomyIndex';
import { needsReturnVisit } from '../../../complaint/needsReturnVisit';
import { repathIssue } from '../../../errors/buildIssue';
import type { ValidationIssue } from '../../../errors/issues';
import type { Locale } from '../../../errors/types';
import type { ReportFormat } from '../../_lib/report/index';
import type { CliTempFile } from '../../io';
import { createRecordListFile, type RecordListFile } from './recordLists';
import { createRepeatStore } from './repeatStore';

// check-complaints, the part that reads records (in the command's thread, or in each worker of --jobs): each record is
// validated, counted by a complaint summarizer (the library's rules, CMP-03…07, CMP-14, CMP-15, CMP-19; with --jobs the
// command's thread counts what the workers send back) and given its closure state (CMP-14) — at once, or, for a
// complaint that needs no return visit, once every repeat is known.

/** What a checker is told: the options of the run, as plain data (a worker receives them as a message). */
export interface CheckerSettings {
  readonly at: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The SLA policy as JSON (a preset or a file's contents). */
  readonly policy: unknown;
  readonly format: ReportFormat;
  readonly lang: Locale;
}

/** What checking one record found. */
export interface Checked {
  /** The record's own issues (paths from its index). */
  readonly issues: ValidationIssue[];
  /** A complaint record: where it stands at `at`, and what its log raised (paths inside the record) … */
  readonly state?: ComplaintState;
  readonly statusIssues?: readonly ValidationIssue[];
  /** … its status as text or JSON (formats that print statuses) … */
  readonly rendered?: string;
  /** … or it needs no return visit: it waits for every repeat about its matter (see {@link WaitingRecord}). */
  readonly waiting?: boolean;
}

/** A complaint that needs no return visit, as its closure needs it (CMP-14): its log's events, nothing else. */
export interface WaitingRecord {
  readonly index: number;
  readonly record: Loose;
}

/** What a checker has at the end of its records. */
export interface CheckerEnd {
  /** The summarizer of the records it counted (absent when the options do not resolve: the error comes at the end). */
  readonly summarizer: ComplaintSummarizer | undefined;
  /** The earliest received instant of every record read (Infinity: none). */
  readonly first: number;
  readonly waiting: readonly WaitingRecord[];
}

/** The checker of one thread. */
export interface RecordChecker {
  /** Checks record `i`; `count`: whether it takes part in the counts here (the first record of its id; a --jobs worker counts nothing). */
  check(value: unknown, i: number, count: boolean): Checked;
  end(): CheckerEnd;
  /** The complaint records read about `matters`: their possible repeats (CMP-14). Call once, at the end. */
  repeats(matters: readonly string[]): [string, MatterRepeats][];
  /** The complaints' records, when they are listed in a temporary file rather than kept in the summary (see recordLists.ts). */
  recordLists(): Iterable<Uint8Array> | undefined;
  /** Removes what it keeps in temporary files. */
  dispose(): void;
}

export const STATE: Record<Locale, Record<ComplaintState, string>> = {
  'zh-CN': { open: '未结', resolved: '已处理待关闭', closed: '已关闭', reopened: '重新打开' },
  en: { open: 'open', resolved: 'resolved', closed: 'closed', reopened: 'reopened' },
};

/** A complaint record with a (string) id: it has a closure state. */
export const hasStatus = (x: unknown): x is Loose => x !== null && typeof x === 'object' && (x as Loose).kind === 'complaint' && typeof (x as Loose).id === 'string';

/** What a waiting complaint keeps of itself: what the replay of its log reads (and its issues quote). */
function waitingOf(r: Loose): Loose {
  const events = Array.isArray(r.events) ? (r.events as unknown[]).map((e) => (e === null || typeof e !== 'object' ? null : { type: (e as Loose).type, at: (e as Loose).at, outcome: (e as Loose).outcome })) : r.events;
  return { id: r.id, kind: r.kind, matter: r.matter, needsReturnVisit: r.needsReturnVisit, receivedAt: r.receivedAt, events };
}

/** The text of a status in the chosen format (text: one line; json: the status as JSON). */
export const renderStatus = (st: ReturnType<typeof presentStatus>, format: ReportFormat, lang: Locale): string => (format === 'json' ? statusJson(st) : `  ${st.id} ${STATE[lang][st.state]} — ${st.explanation[lang]}`);

/**
 * The summarizer of check-complaints: the count with its records (CMP-04…07) and
 * the metrics of the period from the first record's day (or --from) to the day
 * of --at (or --to), judged at --at. The id check is the command's (CMP-20: it
 * sees every record), so the summarizer trusts the ids it is given.
 */
export function summarizerFor(o: CheckerSettings, detail: 'records' | 'counts' = 'records'): ComplaintSummarizer {
  const atMs = toEpochMs(o.at);
  const to = o.to ?? formatDay(settingsOf({}).cal.zone.dayOf(atMs));
  return createComplaintSummarizer({ detail, ids: 'trust', ...(o.from !== undefined ? { from: o.from } : {}), to, at: o.at, statistics: false, ...(o.policy !== undefined ? { policy: o.policy as never } : {}) });
}

/** A thread's counting: the summarizer, and the file its complaints' records are listed in (see recordLists.ts). */
export interface Counting {
  /** Absent when the options do not resolve (the error comes at the end). */
  readonly summarizer: ComplaintSummarizer | undefined;
  readonly lists: RecordListFile | undefined;
}

/**
 * The summarizer of a thread that counts, its records listed in a temporary
 * file when the host gives one (each complaint's list of records was a third of
 * its memory).
 */
export function countingFor(o: CheckerSettings, tempFile?: () => CliTempFile): Counting {
  let summarizer: ComplaintSummarizer | undefined;
  const lists = tempFile !== undefined ? createRecordListFile(tempFile) : undefined;
  try {
    summarizer = summarizerFor(o, lists !== undefined ? 'counts' : 'records');
    // The command's ids are 'trust': the summary keeps no ledger, so its count tally is never made again (which would
    // drop this hook and, with detail 'counts', the records).
    if (lists !== undefined) stateOf(summarizer).count!.joined = lists.join;
  } catch {
    summarizer = undefined;
  }
  return { summarizer, lists };
}

/**
 * The checker of one thread; `tempFile`, when the host gives one, keeps the
 * repeat log (CMP-14) out of memory. With `counts` false (a worker of --jobs,
 * whose records the command's thread counts) no record list is kept.
 */
export function createRecordChecker(o: CheckerSettings, tempFile?: () => CliTempFile, counts = true): RecordChecker {
  const rules = { index: resolveTaxonomy(undefined), eventTypes: eventTypesOf(undefined) };
  const status = settingsOf({});
  const quietText = limitText(undefined, '一周内');
  const visitText = limitText(undefined, '三日内');
  const printed = o.format === 'text' || o.format === 'json';
  // An --at, --from, --to or --policy that does not resolve is reported once every record has been checked.
  const { summarizer, lists } = countingFor(o, counts ? tempFile : undefined);
  const atMs = summarizer !== undefined ? toEpochMs(o.at) : undefined;
  const log = createRepeatStore(tempFile);
  const waiting: WaitingRecord[] = [];
  const scratch = newStatusCore();
  let first = Infinity;
  const noEntries = new Map();
  return {
    check(value, i, count) {
      const issues: ValidationIssue[] = [];
      for (const x of checkRecord(value, rules)) issues.push(repathIssue(x, [i, ...x.path]));
      const r = value as Loose;
      const t = value !== null && typeof value === 'object' ? ms(r.receivedAt) : undefined;
      if (t !== undefined && t < first) first = t;
      if (summarizer === undefined || atMs === undefined) return { issues };
      if (count) summarizer.add(value as never, i);
      log.note(value, i);
      if (!hasStatus(value)) return { issues };
      if (quietMatterOf(value) !== undefined) {
        waiting.push({ index: i, record: waitingOf(r) });
        return { issues, waiting: true };
      }
      if (printed) {
        const st = presentStatus(r, atMs, status, noEntries, quietText, visitText);
        return { issues, state: st.state, statusIssues: st.issues, rendered: renderStatus(st, o.format, o.lang) };
      }
      // The CI formats print no statuses: the state and the issues of the log are all they need.
      const raised: ValidationIssue[] = [];
      const c = statusCore(r, needsReturnVisit(r as never), atMs, undefined, status, raised, [], scratch);
      return { issues, state: c.state, statusIssues: raised.map(cleanIssue) };
    },
    end: () => ({ summarizer, first, waiting }),
    repeats: (matters) => log.take(matters),
    recordLists: () => lists?.chunks(),
    dispose: () => {
      log.dispose();
      lists?.dispose();
    },
  };
}
