import { GuifanError } from '../errors/GuifanError';
import type { ValidationIssue } from '../errors/issues';
import { validationError } from '../errors/validationError';
import { clockAt, limitsOf } from './_lib/clock';
import { matches, type CompiledPolicy } from './_lib/compile';
import type { Delivered } from './_lib/deliver';
import { slaEpochMs, type SlaInstant } from './_lib/instant';
import { parseOrIssues } from './_lib/parse';
import { EMPTY_ATTRS, newPrepared, prepare, setsAttributes, type Prepared } from './_lib/prepare';
import { newRun, replay, type ClockRun } from './_lib/replay';
import type { ClockCore } from './_lib/types';
import { compiledOf, type CompiledSlaPolicy } from './compileSlaPolicy';
import { SlaCaseSchema, type CaseAttributes, type CaseEvent, type SlaCase, type SlaPolicy } from './schema';

/**
 * One threshold a clock crossed: a warning, the due (breach), the maximum, or an escalation level.
 *
 * @example
 * const kase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }] }
 * const [x] = thresholdsBetween(PROPERTY_SERVICE_CENTRE, kase, '2026-10-12T11:00+08:00', '2026-10-12T13:00+08:00');
 * [x.clock, x.kind, x.name, x.at.toISOString()] //=> ['complaint-reply', 'breach', 'due', '2026-10-12T04:00:00.000Z']
 */
export interface ThresholdCrossing {
  readonly clock: string;
  readonly kind: 'warning' | 'breach' | 'max' | 'level';
  /** The warning's name (`'75%'`), the level (`'supervisor'`), or `'due'` / `'max'`. */
  readonly name: string;
  readonly label?: string;
  /** The threshold instant; it counts as crossed from one millisecond after (the clock still running). */
  readonly at: Date;
  /** Levels with a `deliver` option (CAL-06): when and to whom the notification goes (never before `at`). */
  readonly delivery?: { readonly at: Date; readonly to: 'office' | 'duty-officer'; readonly handOverAt?: Date };
}

const KIND_ORDER = { warning: 0, breach: 1, max: 2, level: 3 } as const;

/**
 * Every warning, breach, maximum and escalation level a case crossed in the
 * window (`from`, `to`], in order — for a notifier that polls: consecutive
 * windows neither miss nor repeat a crossing (ESC-03, ESC-04). A threshold at
 * instant T is crossed at T + 1 ms when the clock, replayed on the events known
 * at that moment, still runs past T; so a crossing belongs to exactly one window
 * whatever the later history does (a deadline agreed after a breach does not
 * undo the breach already notified). The log is read once and each clock
 * replayed forward from step to step: O(events + crossings) for a
 * window holding the whole log (a 100,000-event case in under a second,
 * see `test/bench/thresholds.mjs`).
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
export function thresholdsBetween(policy: SlaPolicy | CompiledSlaPolicy, kase: SlaCase | readonly CaseEvent[], from: SlaInstant, to: SlaInstant): ThresholdCrossing[] {
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
  // The log read once, in time order, up to the window's end (its problems are evaluateCase's to report);
  // a step to instant s then replays only the events up to s not replayed yet.
  const replayer = new Replayer(cp, c, prepare(cp, c, b, [], newPrepared(c.events.length)));
  let next = replayer.at(a, undefined);
  let t = a;
  let k = 0;
  // Each step passes an event or crosses a threshold, and between two events each threshold is crossed at
  // most once: the bound only guards against a pathological policy.
  const thresholds = cp.clocks.reduce((n, ck) => n + 2 + ck.warnings.length + ck.escalation.length, 0);
  for (let guard = (times.length + 1) * (thresholds + 1) + 1_000; guard > 0; guard--) {
    while (k < times.length && times[k]! <= t) k++;
    const s = Math.min(next ?? Infinity, k < times.length ? times[k]! : Infinity);
    if (!(s <= b)) return finish(out);
    next = replayer.at(s, out);
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

/** The case's clocks, replayed forward through its (prepared) log as the window is walked. */
class Replayer {
  private readonly runs: ClockRun[];
  /** Events replayed so far, and the attributes they leave the case with. */
  private k = 0;
  private attrs: CaseAttributes;
  /** Problems of the history: evaluateCase reports them; a notifier only wants the crossings. */
  private readonly ignored: ValidationIssue[] = [];

  constructor(
    private readonly cp: CompiledPolicy,
    c: SlaCase,
    private readonly ev: Prepared,
  ) {
    this.runs = cp.clocks.map(() => newRun(true));
    this.attrs = c.attributes ?? EMPTY_ATTRS;
  }

  /**
   * The clocks as of instant `s` (the events at or before it known): the earliest next change of
   * any clock, and, with `out`, the thresholds first crossed at exactly `s` (threshold instant s − 1).
   */
  at(s: number, out: (ThresholdCrossing & { order: number })[] | undefined): number | undefined {
    const { cp, ev } = this;
    for (; this.k < ev.n && ev.t[this.k]! <= s; this.k++) {
      const e = ev.src[ev.idx[this.k]!]!;
      if (setsAttributes(e)) this.attrs = { ...this.attrs, ...e.attributes };
    }
    this.ignored.length = 0;
    let next: number | undefined;
    cp.clocks.forEach((ck, j) => {
      const run = this.runs[j]!;
      replay(run, ck, ev, this.k, this.ignored);
      if (!matches(ck.def.when, this.attrs)) return;
      const r = clockAt(cp, ck, ev, run, limitsOf(ck, this.attrs, this.ignored), s, this.ignored, out === undefined);
      if (r.next !== undefined && (next === undefined || r.next < next)) next = r.next;
      if (out) crossingsAt(ck.def.name, j, r, s, out);
    });
    return next;
  }
}

/** The thresholds of one clock first crossed at exactly `s`: those at s − 1 that the clock ran past. */
function crossingsAt(clock: string, j: number, r: ClockCore, s: number, out: (ThresholdCrossing & { order: number })[]): void {
  const f = s - 1;
  const add = (kind: ThresholdCrossing['kind'], name: string, label: string | undefined, i: number, d?: Delivered): void => {
    const delivery = d ? { delivery: Object.freeze({ at: new Date(d.at), to: d.to!, ...(d.handOverAt !== undefined ? { handOverAt: new Date(d.handOverAt) } : {}) }) } : {};
    out.push({ clock, kind, name, ...(label ? { label } : {}), at: new Date(f), ...delivery, order: j * 10_000 + KIND_ORDER[kind] * 1000 + i });
  };
  r.warnings.forEach((w, i) => w.at === f && w.reached && add('warning', w.name, undefined, i));
  // the clock ran past f: still running, or stopped only now
  const ranPast = r.stop === undefined ? r.state === 'breached' : r.stop > f;
  if (r.due === f && ranPast) add('breach', 'due', undefined, 0);
  if (r.max === f && r.overMax) add('max', 'max', undefined, 0);
  r.escalations.forEach((e, i) => e.at === f && e.reached && add('level', e.name, e.label, i, e.delivered));
}
