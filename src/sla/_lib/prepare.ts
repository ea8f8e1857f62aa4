import { formatInstant } from '../../_lib/formatInstant';
import { quotedValue } from '../../_lib/describe';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { CaseAttributes, CaseEvent, SlaCase } from '../schema';
import type { CompiledPolicy } from './compile';
import { trySlaEpochMs } from './instant';

// A case's log read once into parallel arrays, in time order, with its problems reported (ESC-04).

export const EMPTY_ATTRS: CaseAttributes = Object.freeze({}) as CaseAttributes;

/** Whether an event sets attributes of the case (reclassification, or the attributes it arrived with). */
export const setsAttributes = (e: CaseEvent): boolean => (e.type === 'received' || e.type === 'reclassified') && e.attributes !== undefined && e.attributes !== null;

/**
 * A case's log, read and checked, as parallel arrays (no object per event: the
 * batch path evaluates millions of events). `idx[k]` is the position in the
 * original log of the k-th event in time order; only events at or before `at`.
 */
export interface Prepared {
  n: number;
  idx: Int32Array;
  t: Float64Array;
  due: Float64Array;
  src: readonly CaseEvent[];
  attrs: CaseAttributes;
  /** Whether the log uses reset, cancelled, startedAt or contact (the replay loop skips those checks otherwise). */
  rare: boolean;
}

export function newPrepared(size = 16): Prepared {
  return { n: 0, idx: new Int32Array(size), t: new Float64Array(size), due: new Float64Array(size), src: [], attrs: EMPTY_ATTRS, rare: false };
}

function instant(v: unknown): number | undefined {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  return trySlaEpochMs(v); // kept out of line so that the Date fast path stays small enough to inline
}

/** Event kinds as bits (compile builds `eventCode`): one map lookup per event instead of a chain of compares. */
export const EV_RECEIVED = 1;
export const EV_RECLASSIFIED = 2;
export const EV_AGREED = 4;
/** reset, cancelled: the replay loop only checks for them in logs that have them. */
export const EV_RARE = 8;

/** Reads and checks the log into `p` (reused between cases); only events at or before `at` take part. */
export function prepare(cp: CompiledPolicy, c: SlaCase, at: number, issues: ValidationIssue[], p: Prepared): Prepared {
  const list: readonly CaseEvent[] = c.events;
  if (p.idx.length < list.length) {
    const size = Math.max(list.length, p.idx.length * 2);
    p.idx = new Int32Array(size);
    p.t = new Float64Array(size);
    p.due = new Float64Array(size);
  }
  p.src = list;
  let n = 0;
  let prev = -Infinity;
  let sorted = true;
  let received = Infinity;
  let first = Infinity;
  let attrEvents = false;
  let receivedCount = 0;
  let rare = false;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const t = instant(e.at);
    if (t === undefined) {
      issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'at'], { value: quotedValue(e.at) }, 'ESC-04'));
      continue;
    }
    if (t > at) continue; // the future does not exist yet
    const type = e.type;
    const code = cp.eventCode.get(type);
    if (code === undefined) {
      issues.push(makeIssue('UNKNOWN_EVENT', ['events', i, 'type'], { type, known: [...cp.eventTypes].join(', '), value: type }, 'ESC-04'));
      continue;
    }
    if (e.clock !== undefined && !cp.clockNames.has(e.clock)) {
      issues.push(makeIssue('UNKNOWN_CLOCK', ['events', i, 'clock'], { clock: e.clock, known: [...cp.clockNames].join(', '), value: e.clock }, 'ESC-04'));
      continue;
    }
    let due = NaN;
    if (code & EV_AGREED) {
      const d = instant(e.due);
      if (d === undefined) {
        issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'due'], { value: quotedValue(e.due) }, 'TL-06'));
        continue;
      }
      due = d;
    } else if (e.startedAt !== undefined) {
      // A retroactive start (the case was taken by phone before it was logged): kept in the `due` slot.
      rare = true;
      const d = instant(e.startedAt);
      if (d === undefined) issues.push(makeIssue('INVALID_EVENT_TIME', ['events', i, 'startedAt'], { value: quotedValue(e.startedAt) }, 'ESC-04'));
      else if (d > t) issues.push(makeIssue('STARTED_AT_AFTER_EVENT', ['events', i, 'startedAt'], { type, at: formatInstant(t, cp.cal.zone), startedAt: formatInstant(d, cp.cal.zone), value: e.startedAt }, 'ESC-04', 'warning'));
      else due = d;
    }
    if (t < prev) {
      sorted = false;
      issues.push(makeIssue('OUT_OF_ORDER', ['events', i, 'at'], { type, at: typeof e.at === 'string' ? e.at : new Date(t).toISOString(), previous: new Date(prev).toISOString(), value: e.at }, 'ESC-04', 'warning'));
    }
    if (t > prev) prev = t;
    if (t < first) first = t;
    if ((code & EV_RARE) !== 0 || (!rare && e.contact !== undefined)) rare = true;
    if (code & EV_RECEIVED) {
      if (t < received) received = t;
      receivedCount++;
    }
    if ((code & (EV_RECEIVED | EV_RECLASSIFIED)) !== 0 && e.attributes) attrEvents = true;
    else if (code & EV_RECLASSIFIED) issues.push(makeIssue('RECLASSIFIED_WITHOUT_ATTRIBUTES', ['events', i], { at: formatInstant(t, cp.cal.zone) }, 'ESC-04', 'warning'));
    p.idx[n] = i;
    p.t[n] = t;
    p.due[n] = due;
    n++;
  }
  p.n = n;
  p.rare = rare;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => p.t[a]! - p.t[b]! || p.idx[a]! - p.idx[b]!);
    const idx = order.map((k) => p.idx[k]!);
    const t = order.map((k) => p.t[k]!);
    const due = order.map((k) => p.due[k]!);
    p.idx.set(idx);
    p.t.set(t);
    p.due.set(due);
  }
  // The usual log (received first, no new attributes) needs no second pass.
  if (first < received && received !== Infinity) {
    for (let k = 0; k < n && p.t[k]! < received; k++) {
      const e = list[p.idx[k]!]!;
      issues.push(makeIssue('EVENT_BEFORE_RECEIVED', ['events', p.idx[k]!], { type: e.type, at: new Date(p.t[k]!).toISOString(), received: new Date(received).toISOString() }, 'ESC-04', 'warning'));
    }
  }
  if (receivedCount > 1) {
    // Only the first received starts the clocks; a second one is reported, not silently dropped.
    let seen = false;
    for (let k = 0; k < n; k++) {
      const e = list[p.idx[k]!]!;
      if (e.type !== 'received') continue;
      if (seen) issues.push(makeIssue('DUPLICATE_RECEIVED', ['events', p.idx[k]!], { at: formatInstant(p.t[k]!, cp.cal.zone), first: formatInstant(received, cp.cal.zone) }, 'ESC-04', 'warning'));
      seen = true;
    }
  }
  // The case's own attributes are only copied when an event changes them.
  let attrs: CaseAttributes = c.attributes ?? EMPTY_ATTRS;
  if (attrEvents) {
    attrs = { ...attrs };
    for (let k = 0; k < n; k++) {
      const e = list[p.idx[k]!]!;
      if (setsAttributes(e)) Object.assign(attrs, e.attributes);
    }
  }
  p.attrs = attrs;
  return p;
}
