import { append } from '../../_lib/append';
import { canonical } from './canonical';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { byText, str, type Loose } from './read';

// Which records take part, once each (CMP-03, CMP-20): the id check of counting and metrics.

/** The record's id, when it is an object with a non-empty string id. */
export const recordId = (r: unknown): string | undefined => (r !== null && typeof r === 'object' ? str((r as Loose).id) : undefined);

/** A record the counts cannot take part: not an object with an id (CMP-03). */
export const noIdIssue = (i: number, r: unknown): ValidationIssue =>
  makeIssue('INVALID_INPUT', [i, 'id'], { value: r === null || typeof r !== 'object' ? r : (r as Loose).id, reasonZh: '记录应为对象，且有非空的 id', reasonEn: 'a record is an object with a non-empty id' }, 'CMP-03');

/** One record with a given id: its index, and a text that is equal for two records exactly when they are the same record (its canonical form, or a digest of it). */
export type Occurrence = readonly [index: number, version: string];

/** The verdict on the records that share one id. */
export interface VersionsVerdict {
  /** The index of the record that takes part: the first, when every version is the same record; else none. */
  readonly keep: number | undefined;
  readonly issues: readonly ValidationIssue[];
}

/**
 * CMP-20 (records are numbered: one id, one record): identical copies of a
 * record are dropped with a warning each and the first (least index) takes
 * part; when the versions differ, none of them is trusted, so every one is left
 * out, with an error per later one. Either way input order never decides.
 * `occurrences` are in index order, at least two.
 */
export function judgeVersions(id: string, occurrences: readonly Occurrence[]): VersionsVerdict {
  const first = occurrences[0]!;
  const identical = occurrences.every(([, v]) => v === first[1]);
  const issues = occurrences.slice(1).map(([i]) => makeIssue('DUPLICATE_RECORD_ID', [i, 'id'], { id, value: id, first: first[0] + 1, index: i + 1, identical }, 'CMP-20', identical ? 'warning' : 'error'));
  return { keep: identical ? first[0] : undefined, issues };
}

/** The id check of a list of records. */
export interface IdCheck {
  /** Indices of the records that take no part. */
  readonly skip: ReadonlySet<number>;
  /** Records without an id first (in record order), then each repeated id's issues (ids in the order their second record comes). */
  readonly issues: readonly ValidationIssue[];
  /** Ids whose versions differ, sorted. */
  readonly rejected: readonly string[];
}

/**
 * What the id check has seen of records read one at a time (CMP-20): each
 * id's first index, the indices of the ids that came again, and the records
 * without an id. Only the repeated ids need their records again (to compare
 * their versions), so a reader that can read them again keeps no record.
 */
export interface IdLedger {
  readonly first: Map<string, number>;
  /** Ids seen more than once: every index, in order (the map in the order their second record came). */
  readonly repeated: Map<string, number[]>;
  /** Records that are not an object with an id: index and issue, in order. */
  readonly noId: [number, ValidationIssue][];
}

export const newIdLedger = (): IdLedger => ({ first: new Map(), repeated: new Map(), noId: [] });

/**
 * Notes record `i` (indices increasing), a record without an id (CMP-03) with
 * its issue. Returns the index of the first record with its id when the id
 * came before (the record takes no part until the versions are judged).
 */
export function noteId(l: IdLedger, record: unknown, i: number): number | undefined {
  const id = recordId(record);
  if (id === undefined) {
    l.noId.push([i, noIdIssue(i, record)]);
    return undefined;
  }
  return noteIdText(l, id, i);
}

/** {@link noteId} of a record known by its (non-empty) id. */
export function noteIdText(l: IdLedger, id: string, i: number): number | undefined {
  const f = l.first.get(id);
  if (f === undefined) {
    l.first.set(id, i);
    return undefined;
  }
  const at = l.repeated.get(id);
  if (at === undefined) l.repeated.set(id, [f, i]);
  else at.push(i);
  return f;
}

/**
 * The verdict of the ledger, given each repeated record's canonical text
 * (`versionOf(i)`, read again for the few indices that need it).
 */
export function judgeIds(l: IdLedger, versionOf: (i: number) => string): IdCheck {
  const skip = new Set<number>(l.noId.map(([i]) => i));
  const issues: ValidationIssue[] = l.noId.map(([, x]) => x);
  const rejected: string[] = [];
  for (const [id, at] of l.repeated) {
    const verdict = judgeVersions(id, at.map((i) => [i, versionOf(i)]));
    for (const i of at) if (i !== verdict.keep) skip.add(i);
    if (verdict.keep === undefined) rejected.push(id);
    append(issues, verdict.issues);
  }
  return { skip, issues, rejected: rejected.sort(byText) };
}

/**
 * The id check of a whole list: `'check'` finds every id that occurs more than
 * once and judges its versions (comparing canonical texts only there);
 * `'trust'` (the caller guarantees unique ids, e.g. a database key) only leaves
 * out records without an id.
 */
export function checkIds(records: readonly unknown[], mode: 'check' | 'trust'): IdCheck {
  const l = newIdLedger();
  for (let i = 0; i < records.length; i++) {
    if (mode === 'check') noteId(l, records[i], i);
    else if (recordId(records[i]) === undefined) l.noId.push([i, noIdIssue(i, records[i])]);
  }
  return judgeIds(l, (i) => canonical(records[i]));
}
