import type { ComplaintCount, CountOptionsResolved } from './countTypes';
import { finishSummary, summarizeList } from './summary';

export type { ComplaintCount, CountOptionsResolved, MergedRecord, MergeReason, OnlineHeat, StatisticalComplaint } from './countTypes';

/**
 * countComplaints after its option checks (also the CLI's count): the summary
 * of one list of records, counting every record, finished.
 */
export function countCore(records: readonly unknown[], o: CountOptionsResolved): ComplaintCount {
  const settings = { detail: o.detail, ids: o.ids, count: true, report: undefined, echo: undefined, statistics: false, rules: undefined, ledger: false };
  return finishSummary(summarizeList(records, settings)).count!;
}
