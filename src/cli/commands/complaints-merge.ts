import { finishSummary, mergeInto, type Summary } from '../../complaint/_lib/summary';
import { checkMergeable, readSummary } from '../../complaint/_lib/summaryInput';
import { summaryToJson } from '../../complaint/_lib/summaryJson';
import { createZone } from '../../_lib/zone';
import type { ValidationIssue } from '../../errors/issues';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { readDocument } from '../_lib/input/read';
import { jsonDocumentProblem } from '../_lib/jsonError';
import { errorObject, type Problem } from '../_lib/report/index';
import { answer, issueLine, writeDocument, type Stream } from './complaints/answer';
import { PART_FORMAT, readPart, recordIndexOf, renumber, tile, type ComplaintPart } from './complaints/part';
import { caseName } from './complaints/run';

/**
 * `guifan complaints merge PART.json… [--format F] [--summary]`: the parts
 * of one NDJSON file summarized apart (`guifan complaints summarize`), merged
 * — they must cover the file's lines from line 1, each once — and finished:
 * the count, closure and metrics of check-complaints on the whole file (the
 * records' indices among the records, as one run gives them), in the chosen
 * format. With `--summary`, the merged part instead (a part of the whole file,
 * to merge further or finish elsewhere). What each record's own validation
 * finds is check-complaints' (or `--jobs`): a part carries counting only.
 */
export function mergeCommand(files: readonly string[], asSummary: boolean, ctx: CheckContext): number {
  const { io, format } = ctx;
  const rep = openReport(asSummary ? { ...ctx, format: 'text' } : ctx, 'complaints merge', files[0] ?? '-');
  let finished: ReturnType<typeof finishParts> | undefined;
  const general: Problem[] = [];
  const problem = (p: Problem): void => {
    rep.problem(p);
    general.push(p);
  };
  guardCheck(
    rep,
    files[0] ?? '-',
    () => {
      // Each part read, checked and merged into the first before the next is read (summaries merge in any order):
      // one part's JSON and the merged summary in memory at a time.
      const parts: { part: ComplaintPart; file: string }[] = [];
      let merged: Summary | undefined;
      for (const file of files) {
        const { text } = readDocument(io, file);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (e) {
          return problem(jsonDocumentProblem(e, file, text));
        }
        const part = readPart(value, file);
        if ('code' in part) return problem(part);
        const summary = refused(() => readSummary(part.summary, `${file}: summary`), file, problem);
        if (summary === undefined) return;
        parts.push({ part: { ...part, summary: undefined as never }, file });
        if (merged === undefined) merged = summary;
        else if (refused(() => (checkMergeable(merged!, summary, `${file}: summary`), mergeInto(merged!, summary), true), file, problem) === undefined) return;
      }
      const order = tile(parts, !asSummary);
      if (!Array.isArray(order)) return problem(order);
      const [head] = order;
      const empty = order.flatMap((x) => x.part.empty);
      const unreadable = order.flatMap((x) => x.part.unreadable);
      const lines = order.reduce((n, x) => n + x.part.lines.count, 0);
      for (const p of unreadable) rep.problem(p);
      if (asSummary) return writePart(io.stdout, merged!, { first: head!.part.lines.first, count: lines }, empty, unreadable);
      finished = finishParts(merged!, empty, unreadable, lines);
    },
    problem,
  );
  if (finished !== undefined) reportAnswer(finished, ctx, rep);
  else if (format === 'json' && !asSummary) io.stdout(JSON.stringify({ error: errorObject(general[0]!), ...(general.length > 1 ? { more: general.slice(1).map(errorObject) } : {}) }, null, 2));
  return rep.end();
}

/** What `read` gives, or — a summary refused (a GuifanError) — undefined, the refusal a problem of its file. */
function refused<T>(read: () => T, file: string, problem: (p: Problem) => void): T | undefined {
  try {
    return read();
  } catch (e) {
    const err = e as { code?: string; messages?: { 'zh-CN': string; en: string } };
    if (err.messages === undefined) throw e;
    problem({ code: err.code ?? 'INVALID_INPUT', file, message: err.messages });
    return undefined;
  }
}

/** The merged part: the parts' lines, every part's empty and unreadable lines, the merged summary. */
function writePart(out: (t: string) => void, s: Summary, lines: { first: number; count: number }, empty: readonly number[], unreadable: readonly Problem[]): void {
  const { ids, count, ...rest } = summaryToJson(s);
  const { complaints, ...countRest } = count;
  writeDocument(out, [
    ['format', PART_FORMAT.format],
    ['version', PART_FORMAT.version],
    ['lines', lines],
    ['empty', empty],
    ['unreadable', unreadable],
    ['summary', { ...rest, ids: ids === null ? null : (((each) => ids.forEach(each)) as Stream), count: { ...countRest, complaints: ((each) => complaints.forEach(each)) as Stream } }],
  ]);
}

/** The merged summary finished, its records numbered among the records, and each record's id for the reports. */
function finishParts(s: Summary, empty: readonly number[], unreadable: readonly Problem[], lines: number) {
  const index = recordIndexOf(empty);
  const idAt = new Map<number, string>();
  for (const [id, e] of s.ledger ?? []) for (const [i] of e.occurrences) idAt.set(index(i), id);
  const r = renumber(finishSummary(s) as { count: NonNullable<ReturnType<typeof finishSummary>['count']>; metrics: ReturnType<typeof finishSummary>['metrics'] }, index);
  return { ...r, idAt, records: lines - empty.length, unreadable, zone: createZone(s.settings.echo!.calendar.timeZone), atMs: s.settings.report!.atMs };
}

/** The answer in the chosen format, as check-complaints writes its counting part. */
function reportAnswer(f: ReturnType<typeof finishParts>, ctx: CheckContext, rep: ReturnType<typeof openReport>): void {
  const { io, lang, format } = ctx;
  const metrics = f.metrics!;
  const seen = new Set<string>();
  let recordErrors = 0;
  let warnings = 0;
  const late = new Map<number, ValidationIssue[]>();
  const batch: ValidationIssue[] = [];
  for (const x of [...f.count.issues, ...metrics.issues]) {
    const key = `${x.code}\u0000${JSON.stringify(x.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (typeof x.path[0] !== 'number') {
      batch.push(x);
      continue;
    }
    if (x.severity === 'error') recordErrors++;
    else warnings++;
    (late.get(x.path[0]) ?? late.set(x.path[0], []).get(x.path[0])!).push(x);
  }
  for (const [i, list] of [...late.entries()].sort((p, q) => p[0] - q[0])) {
    const id = f.idAt.get(i);
    rep.record({ name: caseName(id, i), group: 'count', key: id, findings: list.map((x) => ({ ...x, path: x.path.slice(1) })) });
    if (format === 'text') for (const x of list) io.stdout(`  ${issueLine(x, lang)}`);
  }
  const by = { ...metrics.states };
  const missed = answer({ count: { ...f.count, keys: () => f.count.complaints.map((k) => k.key) }, metrics, by, eachStatus: () => {}, atMs: f.atMs, zone: f.zone }, batch, ctx, rep, { records: f.records, recordErrors, warnings, unreadable: f.unreadable.length });
  if (format === 'json') {
    const { complaints, ...countRest } = f.count;
    writeDocument(io.stdout, [
      ['records', f.records],
      ['count', { ...countRest, complaints: ((each) => complaints.forEach(each)) as Stream }],
      ['metrics', metrics],
      ['unreadable', f.unreadable.map(errorObject)],
      ['ok', recordErrors === 0 && missed === 0],
    ]);
  }
}
