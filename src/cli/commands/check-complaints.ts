import { formatInstant } from '../../_lib/formatInstant';
import { noIdIssue, recordId } from '../../complaint/_lib/ids';
import { stateOf } from '../../complaint/_lib/summary';
import { settingsOf } from '../../complaint/_lib/statusSettings';
import { repeatsOf } from '../../complaint/_lib/repeatLog';
import type { SlaPolicy } from '../../sla/schema';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { errorObject, type Problem } from '../_lib/report/index';
import { loadPolicy } from '../_lib/policy';
import { raw, writeDocument, type Answer, type Stream } from './complaints/answer';
import { createRecordChecker, type CheckerSettings, type RecordChecker } from './complaints/checker';
import { readComplaintRecords } from './complaints/read';
import { createRun, type Run } from './complaints/run';
import { rereadable } from './complaints/spill';

/** Arguments of `guifan check-complaints`. */
export interface CheckComplaintsArgs {
  file: string;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  policy?: string | undefined;
}

/** The policy of `--policy` (a preset's name or a JSON file), or the problem reading it. */
export function policyOf(name: string | undefined, ctx: CheckContext): { policy: SlaPolicy | undefined } | { problem: Problem } {
  if (name === undefined) return { policy: undefined };
  const read = loadPolicy(ctx.io, name);
  if (!Array.isArray(read)) return { policy: read };
  // Every issue of the policy in one problem of its file (the run stops there: no policy, no SLA clocks to judge).
  const [first] = read;
  return { problem: read.length === 1 ? first! : { ...first!, message: { 'zh-CN': read.map((p) => p.message['zh-CN']).join('；'), en: read.map((p) => p.message.en).join('; ') } } };
}

/** The options of the run as the checkers take them (`--at` by default now, in the calendar's zone, like every instant printed). */
export const checkerSettings = (a: CheckComplaintsArgs, ctx: CheckContext, policy: SlaPolicy | undefined): CheckerSettings => ({
  at: a.at ?? formatInstant(ctx.io.now().getTime(), settingsOf({}).cal.zone),
  from: a.from,
  to: a.to,
  policy,
  format: ctx.format,
  lang: ctx.lang,
});

/**
 * `guifan check-complaints FILE`: record issues (validateComplaintRecords),
 * statistical counts (CMP-03…07), closure states (CMP-14, CMP-15) and metrics
 * against their targets (CMP-19, CMP-15). Each record is validated as it is
 * read and its findings go out at once in every format (a record is one
 * JUnit case, one SARIF result per finding); counting merges records across
 * the whole file, so it answers at the end: the issues only counting, closure
 * and metrics can find, one case per statistical complaint, one for the
 * closure states and one per metric (failing as `TARGET_NOT_MET` when it
 * misses its target). The records are counted by a complaint summarizer, which
 * keeps per statistical complaint, not per record. Exit 1 on an error or a
 * missed target, 2 when a line or record cannot be read (after the others are
 * checked).
 */
export function checkComplaints(a: CheckComplaintsArgs, ctx0: CheckContext): number {
  const again = rereadable(ctx0.io, a.file);
  const ctx: CheckContext = { ...ctx0, io: again.io };
  const rep = openReport(ctx, 'check-complaints', a.file);
  const run = createRun(a.file, ctx, rep);
  let finished: { missed: number; answer: Answer } | undefined;
  let records = 0;
  let checker: RecordChecker | undefined;
  try {
    guardCheck(
      rep,
      a.file,
      () => {
        const read = policyOf(a.policy, ctx);
        if ('problem' in read) {
          rep.problem(read.problem);
          return run.general(read.problem);
        }
        const settings = checkerSettings(a, ctx, read.policy);
        const c = (checker = createRecordChecker(settings, ctx.io.tempFile));
        readComplaintRecords(ctx.io, a.file, ctx.lang, {
          unreadable: run.unreadable,
          record: (value, line) => {
            const i = records++;
            const id = recordId(value);
            const first = run.admit(i, line, id);
            run.record(i, id, c.check(value, i, first === undefined), first, id === undefined ? noIdIssue(i, value) : undefined);
          },
        });
        const end = c.end();
        const check = run.idCheck();
        const summary = end.summarizer === undefined ? undefined : check.rejected.length > 0 ? run.recount(check, settings) : stateOf(end.summarizer);
        const matters = [...new Set(end.waiting.map((w) => w.record.matter as string))];
        const repeats = repeatsOf(new Map(c.repeats(matters)), matters);
        // A recount keeps the records in its summary; else they are listed in the checker's temporary file, if any.
        const lists = check.rejected.length > 0 ? undefined : c.recordLists();
        finished = run.finish({ summary, lists: lists && [lists], first: end.first, waiting: end.waiting, repeats }, check, records, settings);
      },
      run.general,
    );
    if (ctx.format === 'json') writeJson(ctx, run, finished, records);
    return rep.end();
  } finally {
    checker?.dispose();
    run.dispose();
    again.dispose();
  }
}

/** The json document: one object, written part by part (at a million records a single JSON.stringify exceeds the longest string V8 makes). */
export function writeJson(ctx: CheckContext, run: Run, done: { missed: number; answer: Answer } | undefined, records: number): void {
  const { io } = ctx;
  const { recordErrors, unreadable, general } = run.state();
  if (!done) {
    io.stdout(JSON.stringify({ error: errorObject(general[0]!), ...(general.length > 1 ? { more: general.slice(1).map(errorObject) } : {}) }, null, 2));
    return;
  }
  const r = done.answer;
  const failed = recordErrors > 0 || done.missed > 0;
  const { complaints, keys: _, ...countRest } = r.count;
  writeDocument(io.stdout, [
    ['records', records],
    ['issues', raw((each) => run.json.vIssues!.drain((x) => each(x!)))],
    ['count', { ...countRest, complaints: ((each) => { for (const x of complaints) each(x); }) as Stream }],
    ['statuses', raw(r.eachStatus)],
    ['metrics', r.metrics],
    ['unreadable', [...unreadable, ...general].map(errorObject)],
    ['ok', !failed],
  ]);
}
