import { limitText, presentStatus } from '../../../complaint/complaintStatus';
import { canonical } from '../../../complaint/_lib/canonical';
import { judgeIds, newIdLedger, noteIdText, type IdCheck, type IdLedger } from '../../../complaint/_lib/ids';
import { makeIssue } from '../../../complaint/_lib/makeIssue';
import { finalKeyOf, type LazyCount } from '../../../complaint/_lib/countTally';
import { mergedRecordOf, withRecords } from '../../../complaint/_lib/presentComplaint';
import { finishSummaryLazily, stateOf, type Summary } from '../../../complaint/_lib/summary';
import type { ComplaintState, Repeats } from '../../../complaint/_lib/status';
import { settingsOf } from '../../../complaint/_lib/statusSettings';
import type { ValidationIssue } from '../../../errors/issues';
import type { CheckContext } from '../../_lib/check';
import type { Problem, Reporter } from '../../_lib/report/index';
import { utf8Lines } from '../../_lib/input/utf8Lines';
import type { CliTempFile } from '../../io';
import { answer, issueLine, type Answer } from './answer';
import { renderStatus, summarizerFor, type Checked, type CheckerSettings, type WaitingRecord } from './checker';
import { readComplaintRecords } from './read';
import { sortRecordLists, type RecordLists } from './recordLists';
import { createLineIndex } from './lineIndex';
import { createSpill, type Spill } from './spill';

// check-complaints, the part that sees every record in order (the command's thread): the id check (CMP-20), each
// record's report, the closure states kept for the end, and the answer once the records' summaries are in.

/** A record's name in the reports: its id, else `#<index>`. */
export const caseName = (id: string | undefined, i: number): string => id ?? `#${i}`;

/** What the run needs to finish: the summary of the counted records, their lists, what waits for the repeats, and the repeats. */
export interface Gathered {
  /** The summary of every record counted; none when the options do not resolve. */
  readonly summary: Summary | undefined;
  /** The complaints' records, one line each, when they were listed in temporary files rather than kept in the summary (see recordLists.ts). */
  readonly lists: readonly Iterable<Uint8Array>[] | undefined;
  /** The earliest received instant of every record read. */
  readonly first: number;
  /** Complaints that need no return visit, in record order. */
  readonly waiting: readonly WaitingRecord[];
  /** The possible repeats of their matters (CMP-14). */
  readonly repeats: ReadonlyMap<string, Repeats>;
}

export type Run = ReturnType<typeof createRun>;

export function createRun(file: string, ctx: CheckContext, rep: Reporter) {
  const { lang, format, io } = ctx;
  const printed = format === 'text' || format === 'json';
  const ledger: IdLedger = newIdLedger();
  const lines = createLineIndex();
  const unreadable: Problem[] = [];
  const general: Problem[] = [];
  const seen = new Set<string>(); // code + path: an issue counting finds again is reported once
  const statuses: Spill | undefined = printed ? createSpill(io) : undefined;
  const vIssues: Spill | undefined = format === 'json' ? createSpill(io) : undefined; // the validator's list, printed whole
  const statusIssues: [number, readonly ValidationIssue[]][] = [];
  const by: Record<ComplaintState, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
  let recordErrors = 0;
  let warnings = 0;
  let lists: RecordLists | undefined;
  // With a temporary file, every record's id (JSON; null: none) is written there too, a line each in record order.
  const ids: CliTempFile | undefined = io.tempFile?.();
  let idText = '';
  const fresh = (x: ValidationIssue): boolean => {
    const key = `${x.code}\u0000${JSON.stringify(x.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (typeof x.path[0] !== 'number') return true; // the batch's: not a record's
    if (x.severity === 'error') recordErrors++;
    else warnings++;
    return true;
  };
  // A record's issues as one case (path without the record's index); text lists them with the file and line.
  const report = (i: number, id: string | undefined, list: readonly ValidationIssue[], group: string): void => {
    const line = lines.lineOf(i);
    rep.record({ name: caseName(id, i), group, line, key: id, findings: list.map((x) => ({ ...x, path: x.path.slice(1), line })) });
    if (format === 'text') for (const x of list) io.stdout(`  ${line ? `${file}:${line}: ` : ''}${issueLine(x, lang)}`);
  };

  return {
    unreadable: (p: Problem): void => {
      rep.problem(p);
      (p.line ? unreadable : general).push(p);
    },
    general: (p: Problem): void => void general.push(p),
    /**
     * Record `i` by its id (CMP-20): the index of the first record with the same
     * id when it came before (then it takes no part in the counts until the
     * versions are judged), -1 without an id.
     */
    admit(i: number, line: number | undefined, id: string | undefined): number | undefined {
      lines.note(i, line);
      if (ids !== undefined) {
        idText += `${JSON.stringify(id ?? null)}\n`;
        if (idText.length >= 65_536) {
          ids.write(idText);
          idText = '';
        }
      }
      return id !== undefined ? noteIdText(ledger, id, i) : -1;
    },
    /** Reports record `i` as checked; `first`: what `admit` said; `noId`: the issue of a record without an id. */
    record(i: number, id: string | undefined, c: Checked, first: number | undefined, noId?: ValidationIssue): void {
      if (noId !== undefined) ledger.noId.push([i, noId]);
      const found = c.issues;
      if (first !== undefined && first >= 0) found.push(makeIssue('DUPLICATE_RECORD_ID', [i, 'id'], { id, first: first + 1, index: i + 1, value: id }, 'CMP-20'));
      if (vIssues !== undefined) for (const x of found) vIssues.add(JSON.stringify(x));
      report(i, id, found.filter(fresh), 'records');
      if (c.state !== undefined) {
        by[c.state]++;
        if (c.statusIssues!.length > 0) statusIssues.push([i, c.statusIssues!]);
        statuses?.add(c.rendered!);
      } else if (c.waiting) statuses?.hold();
    },
    /** The verdict of the id check: the repeated ids' records read again to compare their versions. */
    idCheck(): IdCheck {
      let check: IdCheck;
      if (ledger.repeated.size === 0) check = judgeIds(ledger, () => '');
      else {
        const want = new Set<number>([...ledger.repeated.values()].flat());
        const versions = new Map<number, string>();
        let i = 0;
        readComplaintRecords(io, file, lang, { unreadable: () => {}, record: (value) => void (want.has(i) && versions.set(i, canonical(value)), i++) });
        check = judgeIds(ledger, (k) => versions.get(k)!);
      }
      // Once judged, the ids are only read again by idsAt, from the file: the map goes (about 250 MB at 5,000,000 records,
      // most of what the run would keep while it finishes).
      if (ids !== undefined) {
        ids.write(idText);
        idText = '';
        ledger.first.clear();
      }
      return check;
    },
    /** When versions of an id differ, none of them counts (CMP-20): the records are summarized again without them. */
    recount(check: IdCheck, settings: CheckerSettings): Summary {
      const s = summarizerFor(settings);
      let i = 0;
      readComplaintRecords(io, file, lang, { unreadable: () => {}, record: (value) => void (check.skip.has(i) || s.add(value as never, i), i++) });
      return stateOf(s);
    },
    finish(g: Gathered, check: IdCheck, records: number, settings: CheckerSettings): { missed: number; answer: Answer } {
      if (g.summary === undefined) summarizerFor(settings); // throws what the options are wrong with
      const s = g.summary!;
      s.checked = check;
      s.first = Math.min(s.first, g.first);
      const finished = finishSummaryLazily(s);
      const { metrics } = finished;
      let count = finished.count;
      if (g.lists !== undefined && count !== undefined) {
        // The complaints' records from the temporary files, sorted by the complaints' order.
        const rank = new Map(count.keys().map((key, k) => [key, k]));
        lists = sortRecordLists(g.lists, (kind, key) => rank.get(finalKeyOf(s.count!, kind, key)), io.tempFile!);
        count = withRecordLists(count, lists);
      }
      const atMs = s.settings.report!.atMs;
      const status = settingsOf({});
      const waitingText: string[] = [];
      for (const w of g.waiting) {
        const st = presentStatus(w.record, atMs, status, g.repeats as Map<string, Repeats>, limitText(undefined, '一周内'), limitText(undefined, '三日内'));
        by[st.state]++;
        if (st.issues.length > 0) statusIssues.push([w.index, st.issues]);
        if (printed) waitingText.push(renderStatus(st, format, lang));
      }
      statusIssues.sort((x, y) => x[0] - y[0]);
      // Issues of one record that only counting, closure and metrics find: one more case per record, in record order.
      const late = new Map<number, ValidationIssue[]>();
      const batch: ValidationIssue[] = [];
      for (const x of [...count!.issues, ...statusIssues.flatMap(([, list]) => list), ...metrics!.issues]) {
        if (!fresh(x)) continue;
        if (typeof x.path[0] === 'number') (late.get(x.path[0]) ?? late.set(x.path[0], []).get(x.path[0])!).push(x);
        else batch.push(x);
      }
      const idAt = idsAt(ledger, new Set(late.keys()), ids);
      for (const [i, list] of [...late.entries()].sort((p, q) => p[0] - q[0])) report(i, idAt.get(i), list, 'count');
      let k = 0;
      const eachStatus = (each: (line: string) => void): void => statuses?.drain((x) => each(x ?? waitingText[k++]!));
      const r: Answer = { count: count!, metrics: metrics!, by, eachStatus, atMs, zone: status.cal.zone };
      return { missed: answer(r, batch, ctx, rep, { records, recordErrors, warnings, unreadable: unreadable.length }), answer: r };
    },
    /** The json document's parts that are kept to the end. */
    json: { vIssues, statuses },
    state: () => ({ recordErrors, warnings, unreadable, general }),
    dispose(): void {
      statuses?.dispose();
      vIssues?.dispose();
      lists?.dispose();
      ids?.remove();
    },
  };
}

/** The ids of the records at `indices` (for their names): from the file of every record's id, else from the id check's ledger. */
function idsAt(l: IdLedger, indices: ReadonlySet<number>, ids: CliTempFile | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (indices.size === 0) return out;
  if (ids !== undefined) {
    let i = 0;
    for (const line of utf8Lines(ids.chunks())) {
      const id = typeof line === 'string' ? (JSON.parse(line) as string | null) : null; // always text: what admit wrote
      if (indices.has(i) && id !== null) out.set(i, id);
      i++;
    }
    return out;
  }
  for (const [id, i] of l.first) if (indices.has(i)) out.set(i, id);
  for (const [id, at] of l.repeated) for (const i of at) if (indices.has(i)) out.set(i, id);
  return out;
}

/** The count with each complaint's records from `lists` (read again each time the complaints are gone through). */
function withRecordLists(count: LazyCount, lists: RecordLists): LazyCount {
  const complaints = count.complaints;
  return {
    ...count,
    complaints: {
      *[Symbol.iterator]() {
        const take = lists.reader();
        let rank = 0;
        for (const x of complaints) yield withRecords(x, Object.freeze(take(rank++).map((r) => mergedRecordOf(r, x.firstRecord))));
      },
    },
  };
}
