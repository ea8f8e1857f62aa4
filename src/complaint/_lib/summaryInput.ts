import type * as z from 'zod/mini';
import { GuifanError } from '../../errors/GuifanError';
import { validationError } from '../../errors/validationError';
import { COMPLAINT_SUMMARY_FORMAT, ComplaintSummarySchema } from '../summarySchema';
import { canonical } from './canonical';
import type { Loose } from './read';
import { spansOverlap, type Summary } from './summary';
import { summaryFromJson } from './summaryJson';
import { zodIssues } from './zodIssues';

// A summary handed in (merge, finish): of this format and version, whole, and compatible with the others — or loud.

/** Summary `value` (at `path` of the call) read back, or the GuifanError that says what is wrong with it. */
export function readSummary(value: unknown, path: string): Summary {
  const v = value as Loose;
  if (v === null || typeof v !== 'object' || v.format !== COMPLAINT_SUMMARY_FORMAT.format) {
    throw new GuifanError('INVALID_OPTIONS', { path, value: v !== null && typeof v === 'object' ? v.format : value, reasonZh: `应为投诉汇总（summarizeComplaints 的结果，format '${COMPLAINT_SUMMARY_FORMAT.format}'）`, reasonEn: `expected a complaint summary (what summarizeComplaints returns, format '${COMPLAINT_SUMMARY_FORMAT.format}')` }, 'CMP-05');
  }
  if (v.version !== COMPLAINT_SUMMARY_FORMAT.version) {
    throw new GuifanError('INVALID_OPTIONS', { path: `${path}.version`, value: v.version, reasonZh: `此版本的 guifan 只读第 ${COMPLAINT_SUMMARY_FORMAT.version} 版汇总：请用同一版本重新汇总`, reasonEn: `this guifan reads summaries of version ${COMPLAINT_SUMMARY_FORMAT.version} only: summarize again with one version` }, 'CMP-05');
  }
  const checked = zodIssues(ComplaintSummarySchema, value, 'CMP-05');
  if (!checked.success) throw validationError(checked.issues, 'CMP-05');
  const d = checked.data as z.output<typeof ComplaintSummarySchema>;
  // The parts must agree with the options they were made with (a hand-edited or spliced summary would crash or lie).
  const hasPeriod = d.options.period !== null;
  const odd =
    hasPeriod !== (d.metrics !== null) ? 'metrics' : (d.options.ids === 'check') !== (d.ids !== null) ? 'ids' : d.ids?.findIndex((e) => e.counted !== null && (e.counted.metrics !== null) !== hasPeriod);
  if (odd !== undefined && odd !== -1) {
    const at = typeof odd === 'number' ? `ids.${odd}.counted.metrics` : odd;
    throw new GuifanError('INVALID_OPTIONS', { path: `${path}.${at}`, value: at, reasonZh: '汇总的内容与其选项（options.period、options.ids）不一致：汇总已损坏，请重新汇总', reasonEn: 'the summary does not agree with its own options (options.period, options.ids): it is damaged; summarize again' }, 'CMP-05');
  }
  return summaryFromJson(d as never);
}

/** Refuses to merge summaries made with other options, or of records at the same indices: the answer would be no answer to anything. */
export function checkMergeable(first: Summary, other: Summary, path: string): void {
  const a = canonical(optionsOf(first));
  const b = canonical(optionsOf(other));
  if (a !== b) {
    throw new GuifanError('INVALID_OPTIONS', { path: `${path}.options`, value: b, reasonZh: `汇总的选项不同（应与第一个汇总相同：${a}）：请用相同的选项汇总各部分`, reasonEn: `made with other options than the first summary (${a}): summarize every part with the same options` }, 'CMP-05');
  }
  if (spansOverlap(first.spans, other.spans)) {
    throw new GuifanError('INVALID_OPTIONS', { path: `${path}.spans`, value: other.spans, reasonZh: '与另一个汇总读了相同序号的记录：各部分应是不同的记录（用 offset 给出每部分第一条记录在全部记录中的序号）', reasonEn: 'reads records at indices another summary read: the parts must be different records (give each part its first record’s index in the whole list as offset)' }, 'CMP-05');
  }
}

const optionsOf = (s: Summary): unknown => ({ detail: s.settings.detail, ids: s.settings.ids, echo: s.settings.echo ?? null, report: s.settings.report ?? null });
