import { formatDay } from '../../../_lib/civil';
import { toEpochMs } from '../../../_lib/input';
import { complaintMetrics } from '../../../complaint/complaintMetrics';
import { limitText, presentStatus, type ComplaintStatus } from '../../../complaint/complaintStatus';
import { checkRecord, eventTypesOf } from '../../../complaint/_lib/checkRecord';
import { countCore } from '../../../complaint/_lib/count';
import { makeIssue } from '../../../complaint/_lib/makeIssue';
import { ms, type Loose } from '../../../complaint/_lib/read';
import { repeatIndex, type ComplaintState } from '../../../complaint/_lib/status';
import { settingsOf } from '../../../complaint/_lib/statusSettings';
import { resolveTaxonomy } from '../../../complaint/_lib/taxonomyIndex';
import type { ComplaintRecord } from '../../../complaint/schema';
import { repathIssue } from '../../../errors/buildIssue';
import type { ValidationIssue } from '../../../errors/issues';
import type { SlaPolicy } from '../../../sla/schema';
import { compactComplaint, recordHash } from '../../_lib/compactComplaint';

/**
 * What check-complaints keeps between reading and counting — the only part
 * whose memory follows the records (a compact form of each: the fields
 * counting, closure and metrics read). Records' own issues are found as they
 * are added (and reported at once by the command); counting, closure states
 * and metrics come at the end with the issues only they can find. A summary
 * per statistical complaint can replace it without touching the reporting.
 */
export interface ComplaintTally {
  /** Adds a record (index = order added); returns the issues of the record itself, paths starting with its index. */
  add(value: unknown): ValidationIssue[];
  /** Records added so far. */
  readonly size: number;
  /** The record's id (for names and fingerprints), if it has one. */
  idOf(index: number): string | undefined;
  /** Counts, closure states and metrics at `at`. */
  finish(o: { at: string; from?: string | undefined; to?: string | undefined; policy?: SlaPolicy | undefined }): TallyResult;
}

export interface TallyResult {
  readonly count: ReturnType<typeof countCore>;
  readonly by: Record<ComplaintState, number>;
  /** Replays the closure states in record order (without keeping them). */
  eachStatus(f: (st: ComplaintStatus, index: number) => void): void;
  readonly metrics: ReturnType<typeof complaintMetrics>;
  /** Issues counting, closure and metrics found: a record's (path starts with its index) or the batch's. */
  readonly issues: readonly ValidationIssue[];
  readonly atMs: number;
  readonly zone: ReturnType<typeof settingsOf>['cal']['zone'];
}

const isComplaint = (x: Loose): boolean => x !== null && typeof x === 'object' && x.kind === 'complaint' && typeof x.id === 'string';

export function createComplaintTally(withSla: boolean): ComplaintTally {
  const records: unknown[] = [];
  // Duplicate ids (CMP-20): the first index of each id and a hash of its whole record; later versions are marked so
  // that the library, on the compact records, tells identical copies from differing versions as on the whole ones.
  const firstOf = new Map<string, number>();
  const hashOf: number[] = [];
  let versions: Map<string, number[]> | undefined;
  let first = Infinity;
  // What validateComplaintRecords checks each record against, resolved once (it resolves them per call).
  const rules = { index: resolveTaxonomy(undefined), eventTypes: eventTypesOf(undefined) };
  return {
    get size() {
      return records.length;
    },
    idOf(i) {
      const r = records[i] as Loose;
      return r !== null && typeof r === 'object' && typeof r.id === 'string' && r.id !== '' ? r.id : undefined;
    },
    add(value) {
      const i = records.length;
      const small = compactComplaint(value, withSla);
      records.push(small);
      const found: ValidationIssue[] = [];
      for (const x of checkRecord(value, rules)) found.push(repathIssue(x, [i, ...x.path]));
      const id = value !== null && typeof value === 'object' ? (value as Loose).id : undefined;
      if (typeof id === 'string' && id.length > 0) {
        const f = firstOf.get(id);
        if (f === undefined) {
          firstOf.set(id, i);
          hashOf[i] = recordHash(value);
        } else {
          found.push(makeIssue('DUPLICATE_RECORD_ID', [i, 'id'], { id, first: f + 1, index: i + 1, value: id }, 'CMP-20'));
          const h = recordHash(value);
          const vs = (versions ??= new Map()).get(id) ?? versions.set(id, [hashOf[f]!]).get(id)!;
          let k = vs.indexOf(h);
          if (k < 0) k = vs.push(h) - 1;
          if (k > 0) (small as Loose)['\u0000version'] = k;
        }
      }
      const t = value !== null && typeof value === 'object' ? ms((value as Loose).receivedAt) : undefined;
      if (t !== undefined && t < first) first = t;
      return found;
    },
    finish(o) {
      firstOf.clear();
      hashOf.length = 0;
      versions = undefined;
      const atMs = toEpochMs(o.at);
      const s = settingsOf({});
      const zone = s.cal.zone;
      const from = o.from ?? formatDay(zone.dayOf(first === Infinity ? atMs : Math.min(first, atMs)));
      const to = o.to ?? formatDay(zone.dayOf(atMs));
      const count = countCore(records, { detail: 'records', ids: 'check' });
      const idx = repeatIndex(records);
      const quietText = limitText(undefined, '一周内');
      const visitText = limitText(undefined, '三日内');
      const by: Record<ComplaintState, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
      const issues: ValidationIssue[] = [...count.issues];
      const eachStatus = (f: (st: ComplaintStatus, index: number) => void): void => {
        for (let i = 0; i < records.length; i++) {
          const x = records[i] as Loose;
          if (isComplaint(x)) f(presentStatus(x, atMs, s, idx, quietText, visitText), i);
        }
      };
      eachStatus((st) => {
        by[st.state]++;
        for (const y of st.issues) issues.push(y);
      });
      const metrics = complaintMetrics(records as ComplaintRecord[], { from, to, at: o.at, statistics: false, ...(o.policy ? { policy: o.policy } : {}) });
      issues.push(...metrics.issues);
      return { count, by, eachStatus, metrics, issues, atMs, zone };
    },
  };
}
