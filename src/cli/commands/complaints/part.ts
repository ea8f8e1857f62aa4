import type { ComplaintCount } from '../../../complaint/_lib/countTypes';
import type { ComplaintMetrics } from '../../../complaint/_lib/metricsTypes';
import type { ComplaintSummary } from '../../../complaint/summarySchema';
import type { ValidationIssue } from '../../../errors/issues';
import type { RuleId } from '../../../errors/types';
import { makeIssue } from '../../../complaint/_lib/makeIssue';
import type { Problem } from '../../_lib/report/index';

// A part of an NDJSON file summarized apart (`guifan complaints summarize`), as `guifan complaints merge` reads it: the
// complaint summary of its records, and where the part lies in the whole file. A part knows its lines (`--first-line`,
// e.g. from `split -l` numbering), not how many records came before it — a blank or unreadable line in an earlier part
// would shift that — so its records are summarized at their line's index (line − 1); the merge, knowing every part's
// lines that hold no record, gives each record its index among the records, as one run over the whole file does.

/** The part file's format and version. */
export const PART_FORMAT = { format: 'guifan/complaint-part', version: 1 } as const;

/** A part file. */
export interface ComplaintPart {
  readonly format: typeof PART_FORMAT.format;
  readonly version: typeof PART_FORMAT.version;
  /** The part's lines in the whole file: the first (1-based) and how many. */
  readonly lines: { readonly first: number; readonly count: number };
  /** Lines of the part that hold no record (blank, not UTF-8, not JSON), as line numbers in the whole file. */
  readonly empty: readonly number[];
  /** The lines that could not be read, as problems (line numbers in the whole file). */
  readonly unreadable: readonly Problem[];
  /** The summary of its records, each at index line − 1. */
  readonly summary: ComplaintSummary;
}

const bad = (file: string, en: string, zh: string): Problem => ({ code: 'INVALID_INPUT', file, message: { 'zh-CN': zh, en } });

/** A part file's contents, or the problem with it (the summary inside is checked when it is merged). */
export function readPart(value: unknown, file: string): ComplaintPart | Problem {
  const p = value as Partial<ComplaintPart> | null;
  if (p === null || typeof p !== 'object' || p.format !== PART_FORMAT.format) return bad(file, `not a complaint part (format '${PART_FORMAT.format}', what guifan complaints summarize writes)`, `不是投诉汇总分片（应为 guifan complaints summarize 的输出，format '${PART_FORMAT.format}'）`);
  if (p.version !== PART_FORMAT.version) return bad(file, `a part of version ${String(p.version)}: this guifan reads version ${PART_FORMAT.version}; summarize again with one version`, `分片版本为 ${String(p.version)}，此版本只读第 ${PART_FORMAT.version} 版：请用同一版本重新汇总`);
  const whole = (n: unknown, min: number): boolean => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;
  const l = p.lines;
  const ok =
    l !== null && typeof l === 'object' && whole(l.first, 1) && whole(l.count, 0) && Array.isArray(p.empty) && p.empty.every((n) => whole(n, l.first) && n < l.first + l.count) && Array.isArray(p.unreadable) && p.summary !== null && typeof p.summary === 'object';
  return ok ? (p as ComplaintPart) : bad(file, 'a damaged part: lines, empty, unreadable or summary missing or wrong; summarize again', '分片已损坏（lines、empty、unreadable 或 summary 缺失或有误）：请重新汇总');
}

/**
 * The parts in file order when they cover consecutive lines, each line once —
 * from line 1 when `whole` (a file finished), else from the first part's first
 * line (a merged part, to merge further) — else the problem: a part missing,
 * given twice, or a `--first-line` that is not where the part starts.
 */
export function tile<T extends { readonly part: ComplaintPart; readonly file: string }>(parts: readonly T[], whole: boolean): T[] | Problem {
  const sorted = [...parts].sort((a, b) => a.part.lines.first - b.part.lines.first);
  let next = whole ? 1 : (sorted[0]?.part.lines.first ?? 1);
  for (const { part, file } of sorted) {
    const { first, count } = part.lines;
    if (first > next) return bad(file, `lines ${next}–${first - 1} are in no part: a part is missing, or its --first-line is wrong`, `第 ${next}–${first - 1} 行不在任何分片中：缺少分片，或 --first-line 有误`);
    if (first < next) return bad(file, `starts at line ${first}, inside another part (which runs to line ${next - 1}): a part given twice, or a --first-line that is wrong`, `从第 ${first} 行开始，与另一分片（到第 ${next - 1} 行）重叠：分片重复，或 --first-line 有误`);
    next = first + count;
  }
  return sorted;
}

/**
 * Record indices from the parts' line indices: a record on line L is preceded by
 * L − 1 lines, of which those holding no record are not records.
 */
export function recordIndexOf(empty: readonly number[]): (lineIndex: number) => number {
  const sorted = [...empty].sort((a, b) => a - b);
  return (lineIndex) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= lineIndex) lo = mid + 1;
      else hi = mid;
    }
    return lineIndex - lo;
  };
}

/** An issue of the finished answer with its record's index among the records (a path's first number; a duplicate id's positions, worded again). */
function renumberIssue(x: ValidationIssue, index: (lineIndex: number) => number): ValidationIssue {
  const at = x.path[0];
  if (typeof at !== 'number') return x;
  const path = [index(at), ...x.path.slice(1)];
  const d = x.details as { first?: unknown; index?: unknown };
  if (x.code === 'DUPLICATE_RECORD_ID' && typeof d.first === 'number' && typeof d.index === 'number') {
    return makeIssue('DUPLICATE_RECORD_ID', path, { ...x.details, first: index(d.first - 1) + 1, index: index(d.index - 1) + 1 }, x.rule as RuleId, x.severity);
  }
  return { ...x, path };
}

/** The finished answer with record indices among the records. */
export function renumber(r: { count: ComplaintCount; metrics: ComplaintMetrics | undefined }, index: (lineIndex: number) => number): { count: ComplaintCount; metrics: ComplaintMetrics | undefined } {
  return {
    count: { ...r.count, issues: r.count.issues.map((x) => renumberIssue(x, index)) },
    metrics: r.metrics && { ...r.metrics, issues: r.metrics.issues.map((x) => renumberIssue(x, index)) },
  };
}
