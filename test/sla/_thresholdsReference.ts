// The pre-issue-24 thresholdsBetween, verbatim but for its name: a replay of the whole log at every step.
// Kept only as the reference for the linear implementation (test/sla/thresholds-linear.test.ts).
import { GuifanError } from '../../src/errors/GuifanError';
import type { ValidationIssue } from '../../src/errors/issues';
import { validationError } from '../../src/errors/validationError';
import { matches, type CompiledPolicy } from '../../src/sla/_lib/compile';
import type { Delivered } from '../../src/sla/_lib/deliver';
import { evaluateClockCore } from '../../src/sla/_lib/clock';
import { newPrepared, prepare } from '../../src/sla/_lib/prepare';
import { slaEpochMs, type SlaInstant } from '../../src/sla/_lib/instant';
import { parseOrIssues } from '../../src/sla/_lib/parse';
import { compiledOf, type CompiledSlaPolicy } from '../../src/sla/compileSlaPolicy';
import { SlaCaseSchema, type CaseEvent, type SlaCase, type SlaPolicy } from '../../src/sla/schema';
import type { ThresholdCrossing } from '../../src/sla/thresholdsBetween';

const KIND_ORDER = { warning: 0, breach: 1, max: 2, level: 3 } as const;

/**
 * thresholdsBetween as it was before issue 24 (one full replay per step: quadratic in the log), kept as the
 * reference the linear implementation must equal on every log (test/sla/thresholds-linear.test.ts). Every warning, breach, maximum and escalation level a case crossed in the
 * window (`from`, `to`], in order — for a notifier that polls: consecutive
 * windows neither miss nor repeat a crossing (ESC-03, ESC-04). A threshold at
 * instant T is crossed at T + 1 ms when the clock, replayed on the events known
 * at that moment, still runs past T; so a crossing belongs to exactly one window
 * whatever the later history does (a deadline agreed after a breach does not
 * undo the breach already notified).
 *
 * @param policy - an {@link SlaPolicy} or a compiled one
 * @param kase - `{ id?, attributes, events }`, or just the events
 * @param from - the window's start, excluded (Date, ISO text with an offset, or epoch ms)
 * @param to - the window's end, included
 * @returns the crossings, by instant (then clock order, then warning, breach, max, level)
 * @throws {GuifanError} `VALIDATION_FAILED` for an invalid policy or case; `INVALID_DATE`, `AMBIGUOUS_INSTANT`;
 * `INVALID_OPTIONS` when `to` is before `from`; `CALENDAR_NOT_COVERED`
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * thresholdsBetween(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00', '2026-10-12T13:00+08:00').map((x) => [x.clock, x.kind, x.name]) //=> [['complaint-reply', 'breach', 'due'], ['complaint-reply', 'level', 'supervisor']]
 */
export function thresholdsBetweenReference(policy: SlaPolicy | CompiledSlaPolicy, kase: SlaCase | readonly CaseEvent[], from: SlaInstant, to: SlaInstant): ThresholdCrossing[] {
  const cp = compiledOf(policy);
  const input = Array.isArray(kase) ? { events: kase } : kase;
  const parsed = parseOrIssues(SlaCaseSchema, input, [], 'ESC-04');
  if (!parsed.data) throw validationError(parsed.issues, 'ESC-04');
  const c = parsed.data;
  const a = slaEpochMs(from);
  const b = slaEpochMs(to);
  if (b < a) throw new GuifanError('INVALID_OPTIONS', { path: 'to', value: to, reasonZh: '不得早于 from', reasonEn: 'must not be before from' }, 'ESC-03');
  // The instants at which the history changes: between two of them, one replay tells every crossing.
  const times: number[] = [];
  for (const e of c.events) {
    const t = typeof e.at === 'number' || typeof e.at === 'string' || e.at instanceof Date ? safeMs(e.at) : undefined;
    if (t !== undefined && t > a && t <= b) times.push(t);
  }
  times.sort((x, y) => x - y);
  const out: (ThresholdCrossing & { order: number })[] = [];
  const ev = newPrepared(c.events.length);
  let t = a;
  let k = 0;
  // Each step crosses a threshold or passes an event; the bound only guards against a pathological policy.
  for (let guard = 0; guard < 100_000; guard++) {
    const next = nextChange(cp, c, t, ev);
    while (k < times.length && times[k]! <= t) k++;
    const s = Math.min(next ?? Infinity, k < times.length ? times[k]! : Infinity);
    if (!(s <= b)) return finish(out);
    crossingsAt(cp, c, s, ev, out);
    t = s;
  }
  /* c8 ignore next */
  throw new GuifanError('INVALID_OPTIONS', { path: 'to', value: to, reasonZh: '时间窗内的变化过多', reasonEn: 'too many changes in the window' }, 'ESC-03');
}

function safeMs(v: unknown): number | undefined {
  try {
    return slaEpochMs(v);
  } catch {
    return undefined;
  }
}

function finish(out: (ThresholdCrossing & { order: number })[]): ThresholdCrossing[] {
  out.sort((x, y) => x.at.getTime() - y.at.getTime() || x.order - y.order);
  return out.map(({ order: _, ...x }) => Object.freeze(x));
}

/** The earliest next change of any clock, replayed at `t`. */
function nextChange(cp: CompiledPolicy, c: SlaCase, t: number, ev: ReturnType<typeof newPrepared>): number | undefined {
  const issues: ValidationIssue[] = [];
  prepare(cp, c, t, issues, ev);
  let next: number | undefined;
  for (const ck of cp.clocks) {
    if (!matches(ck.def.when, ev.attrs)) continue;
    const r = evaluateClockCore(cp, ck, ev, t, issues, true);
    if (r.next !== undefined && (next === undefined || r.next < next)) next = r.next;
  }
  return next;
}

/** The thresholds first crossed at exactly `s` (threshold instant s − 1), replayed on the events known at `s`. */
function crossingsAt(cp: CompiledPolicy, c: SlaCase, s: number, ev: ReturnType<typeof newPrepared>, out: (ThresholdCrossing & { order: number })[]): void {
  const issues: ValidationIssue[] = [];
  prepare(cp, c, s, issues, ev);
  const f = s - 1;
  cp.clocks.forEach((ck, j) => {
    if (!matches(ck.def.when, ev.attrs)) return;
    const r = evaluateClockCore(cp, ck, ev, s, issues, false);
    const add = (kind: ThresholdCrossing['kind'], name: string, label: string | undefined, i: number, d?: Delivered): void => {
      const delivery = d ? { delivery: Object.freeze({ at: new Date(d.at), to: d.to!, ...(d.handOverAt !== undefined ? { handOverAt: new Date(d.handOverAt) } : {}) }) } : {};
      out.push({ clock: ck.def.name, kind, name, ...(label ? { label } : {}), at: new Date(f), ...delivery, order: j * 10_000 + KIND_ORDER[kind] * 1000 + i });
    };
    r.warnings.forEach((w, i) => w.at === f && w.reached && add('warning', w.name, undefined, i));
    // the clock ran past f: still running, or stopped only now
    const ranPast = r.stop === undefined ? r.state === 'breached' : r.stop > f;
    if (r.due === f && ranPast) add('breach', 'due', undefined, 0);
    if (r.max === f && r.overMax) add('max', 'max', undefined, 0);
    r.escalations.forEach((e, i) => e.at === f && e.reached && add('level', e.name, e.label, i, e.delivered));
  });
}
