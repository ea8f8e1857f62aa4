import { ms, str, type Loose } from './read';
import type { Repeats } from './status';

// CMP-14's repeat complaints: a complaint that needs no return visit closes when a quiet week passes with no repeat
// about its matter, so the complaints about each such matter are logged as records are read, then sorted once.

/** The complaint records about one matter (CMP-14's possible repeats): received instant, id and record index, in record order. */
export interface MatterRepeats {
  t: number[];
  ids: string[];
  index: number[];
}

/** The complaint records about each matter, as they are read. */
export type RepeatLog = Map<string, MatterRepeats>;

/** What the log notes of a record: a complaint about a matter, with an id and a readable received instant (else undefined). */
export function repeatOf(x: unknown): { matter: string; id: string; t: number } | undefined {
  const r = x as Loose;
  if (r === null || typeof r !== 'object' || r.kind !== 'complaint') return undefined;
  const matter = str(r.matter);
  const id = str(r.id);
  if (!matter || !id) return undefined;
  const t = ms(r.receivedAt);
  return t === undefined ? undefined : { matter, id, t };
}

/** Notes record `i` in the log when it is a complaint about a matter, with an id and a readable received instant. */
export function logRepeat(log: RepeatLog, x: unknown, i: number): void {
  const r = repeatOf(x);
  if (r !== undefined) addRepeat(log, r.matter, r.t, r.id, i);
}

/** Adds record `index` (received at `t`) to the entries of its matter. */
export function addRepeat(log: RepeatLog, matter: string, t: number, id: string, index: number): void {
  let g = log.get(matter);
  if (g === undefined) log.set(matter, (g = { t: [], ids: [], index: [] }));
  g.t.push(t);
  g.ids.push(id);
  g.index.push(index);
}

/** The matter of a complaint that needs no return visit: repeats about it decide its closure (CMP-14). */
export function quietMatterOf(x: unknown): string | undefined {
  const r = x as Loose;
  return r !== null && typeof r === 'object' && r.kind === 'complaint' && r.needsReturnVisit === false ? str(r.matter) || undefined : undefined;
}

/**
 * The repeats of `matters` from the log (entries in record order), each list
 * ascending by received instant (then id) — sorted only when the records did
 * not come in that order.
 */
export function repeatsOf(log: RepeatLog, matters: Iterable<string>): Map<string, Repeats> {
  const out = new Map<string, Repeats>();
  for (const matter of matters) {
    const g = log.get(matter);
    if (g === undefined) {
      out.set(matter, { t: [], ids: [] });
      continue;
    }
    if (g.t.every((t, k) => k === 0 || t >= g.t[k - 1]!)) out.set(matter, { t: g.t, ids: g.ids });
    else {
      const o = g.t.map((_, k) => k).sort((a, b) => g.t[a]! - g.t[b]! || (g.ids[a]! < g.ids[b]! ? -1 : 1));
      out.set(matter, { t: o.map((k) => g.t[k]!), ids: o.map((k) => g.ids[k]!) });
    }
  }
  return out;
}

/**
 * Repeat complaints by matter (kind `complaint`, valid receivedAt), each list
 * ascending — only for matters that have a complaint needing no return visit:
 * repeats decide nothing else, so the index stays small.
 */
export function repeatIndex(records: readonly unknown[]): Map<string, Repeats> {
  const matters = new Set<string>();
  for (const x of records) {
    const m = quietMatterOf(x);
    if (m !== undefined) matters.add(m);
  }
  const log: RepeatLog = new Map();
  if (matters.size > 0) records.forEach((x, i) => logRepeat(log, x, i));
  return repeatsOf(log, matters);
}
