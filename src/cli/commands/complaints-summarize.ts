import { createComplaintSummarizer } from '../../complaint/createComplaintSummarizer';
import { formatDay } from '../../_lib/civil';
import { toEpochMs } from '../../_lib/input';
import { settingsOf } from '../../complaint/_lib/statusSettings';
import { guardCheck, openReport, type CheckContext } from '../_lib/check';
import { inputLines } from '../_lib/input/read';
import type { Problem } from '../_lib/report/index';
import { policyOf } from './check-complaints';
import { writeDocument, type Stream } from './complaints/answer';
import { PART_FORMAT } from './complaints/part';
import { parseLine } from './complaints/read';

/** Arguments of `guifan complaints summarize`. */
export interface SummarizeArgs {
  file: string;
  /** The judging instant: every part of a file is judged at one instant, so it is required. */
  at: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  policy?: string | undefined;
  /** The part's first line in the whole file (1-based), e.g. from `split -l` numbering. @default 1 */
  firstLine?: string | undefined;
  /**
   * `check`: every id kept, compared across parts at the merge (CMP-20); `trust`: ids a database keeps unique, not
   * kept (a part and the merge then grow with the statistical complaints, not with the records). @default 'check'
   */
  ids?: 'check' | 'trust' | undefined;
}

const usage = (en: string, zh: string): Problem => ({ code: 'USAGE', file: '-', message: { 'zh-CN': zh, en } });

/**
 * `guifan complaints summarize PART.ndjson --at T [--first-line N]`: the
 * complaint summary of one part of an NDJSON file, as check-complaints counts
 * (records with their statistical complaints, CMP-03…07; the metrics of the
 * period, CMP-14, CMP-15, CMP-19; the id ledger, CMP-20), with the part's
 * place in the whole file: written to standard output as a part file for
 * `guifan complaints merge`. Each record is summarized at its line's index
 * (line − 1), so a part needs only its first line, not the number of records
 * before it. Unreadable lines are problems (standard error, exit 2) and are
 * carried in the part for the merge to report.
 */
export function summarizeCommand(a: SummarizeArgs, ctx: CheckContext): number {
  const { io } = ctx;
  // Problems go to standard error only: standard output is the part.
  const rep = openReport({ ...ctx, format: 'text' }, 'complaints summarize', a.file);
  const fail = (p: Problem): number => {
    rep.problem(p);
    return rep.end();
  };
  if (a.at === undefined) return fail(usage('complaints summarize needs --at: every part of a file is judged at one instant', 'complaints summarize 需要 --at：同一文件的各分片须在同一时刻评判'));
  const firstLine = a.firstLine === undefined ? 1 : Number(a.firstLine);
  if (!/^\d+$/.test(a.firstLine ?? '1') || firstLine < 1) return fail(usage('--first-line must be a whole number from 1 (the part’s first line in the whole file)', '--first-line 应为不小于 1 的整数（分片第一行在整个文件中的行号）'));
  guardCheck(rep, a.file, () => {
    const read = policyOf(a.policy, ctx);
    if ('problem' in read) return rep.problem(read.problem);
    const atMs = toEpochMs(a.at);
    const to = a.to ?? formatDay(settingsOf({}).cal.zone.dayOf(atMs));
    const s = createComplaintSummarizer({ detail: 'records', ids: a.ids ?? 'check', ...(a.from !== undefined ? { from: a.from } : {}), to, at: a.at!, statistics: false, ...(read.policy ? { policy: read.policy } : {}) });
    const empty: number[] = [];
    const unreadable: Problem[] = [];
    let n = 0;
    for (const raw of inputLines(io, a.file)) {
      const line = firstLine + n++;
      if (n === 1 && typeof raw === 'string' && (raw.trim().startsWith('[') || raw.trim() === '{')) {
        return rep.problem({ code: 'INVALID_INPUT', file: a.file, line, message: { 'zh-CN': 'complaints summarize 读取 NDJSON（每行一条记录），不读 JSON 文档', en: 'complaints summarize reads NDJSON (one record per line), not a JSON document' } });
      }
      const got = parseLine(raw, a.file, line);
      if (got === undefined || 'problem' in got) {
        empty.push(line);
        if (got !== undefined) {
          rep.problem(got.problem);
          unreadable.push(got.problem);
        }
      } else s.add(got.value as never, line - 1);
    }
    const summary = s.summary();
    const { ids, count, ...rest } = summary;
    const { complaints, ...countRest } = count;
    writeDocument(io.stdout, [
      ['format', PART_FORMAT.format],
      ['version', PART_FORMAT.version],
      ['lines', { first: firstLine, count: n }],
      ['empty', empty],
      ['unreadable', unreadable],
      [
        'summary',
        {
          ...rest,
          ids: ids === null ? null : (((each) => ids.forEach(each)) as Stream),
          count: { ...countRest, complaints: ((each) => complaints.forEach(each)) as Stream },
        },
      ],
    ]);
  });
  return rep.end();
}
