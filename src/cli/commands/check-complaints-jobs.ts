import { repeatsOf } from '../../complaint/_lib/repeatLog';
import { isGuifanError } from '../../errors/isGuifanError';
import { openReport, type CheckContext } from '../_lib/check';
import { InputError } from '../_lib/input/inputError';
import { isNdjsonPath } from '../_lib/input/read';
import type { Problem } from '../_lib/report/index';
import { checkComplaints, checkerSettings, policyOf, writeJson, type CheckComplaintsArgs } from './check-complaints';
import type { Answer } from './complaints/answer';
import { BATCH, complaintsWorkerFile, dealable, dealRecords, peek } from './complaints/jobs';
import type { RecordListFile } from './complaints/recordLists';
import { createRun } from './complaints/run';
import { rereadable } from './complaints/spill';

/**
 * `guifan check-complaints FILE --jobs N`: as {@link checkComplaints}, the
 * records of an NDJSON file parsed and checked by N worker threads; this
 * thread reads the file, runs the id check over every record (CMP-20), writes
 * each record's report and counts the records that count, in record order, in
 * one summary, and finishes it — the same report, byte for byte. A JSON document, a file of
 * fewer than two batches of lines, or a host that gives no raw bytes is
 * checked in this thread.
 */
export async function checkComplaintsAsync(a: CheckComplaintsArgs, jobs: number, ctx0: CheckContext): Promise<number> {
  const workerFile = jobs > 1 && isNdjsonPath(a.file) && ctx0.io.readChunks !== undefined ? complaintsWorkerFile() : undefined;
  if (workerFile === undefined) return checkComplaints(a, ctx0);
  let peeked: ReturnType<typeof peek>;
  try {
    peeked = peek(ctx0.io, a.file, 2 * BATCH);
  } catch (e) {
    if (e instanceof InputError) return checkComplaints(a, ctx0); // reported there, in the chosen format
    throw e;
  }
  if (peeked.ended || !dealable(peeked.head)) return checkComplaints(a, { ...ctx0, io: peeked.io });
  const again = rereadable(peeked.io, a.file);
  const ctx: CheckContext = { ...ctx0, io: again.io };
  const rep = openReport(ctx, 'check-complaints', a.file);
  const run = createRun(a.file, ctx, rep);
  let finished: { missed: number; answer: Answer } | undefined;
  let records = 0;
  let lists: RecordListFile | undefined;
  const problem = (p: Problem): void => {
    rep.problem(p);
    run.general(p);
  };
  try {
    try {
      const read = policyOf(a.policy, ctx);
      if ('problem' in read) problem(read.problem);
      else {
        const settings = checkerSettings(a, ctx, read.policy);
        const dealt = await dealRecords(workerFile, jobs, ctx.io, a.file, settings, run, ctx);
        records = dealt.records;
        lists = dealt.lists;
        const check = run.idCheck();
        const recounted = check.rejected.length > 0;
        const summary = dealt.summary === undefined ? undefined : recounted ? run.recount(check, settings) : dealt.summary;
        const matters = [...new Set(dealt.waiting.map((w) => w.record.matter as string))];
        // A recount keeps the records in its summary; else they were listed as they were counted.
        const listed = recounted || lists === undefined ? undefined : [lists.chunks()];
        finished = run.finish({ summary, lists: listed, first: dealt.first, waiting: dealt.waiting, repeats: repeatsOf(dealt.log, matters) }, check, records, settings);
      }
    } catch (e) {
      if (e instanceof InputError) problem(e.problem);
      else if (isGuifanError(e)) problem({ code: e.code, file: a.file, message: e.messages });
      else throw e;
    }
    if (ctx.format === 'json') writeJson(ctx, run, finished, records);
    return rep.end();
  } finally {
    lists?.dispose();
    run.dispose();
    again.dispose();
  }
}
