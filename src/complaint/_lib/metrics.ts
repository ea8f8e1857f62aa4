import { civilFromDays, formatDay } from '../../_lib/civil';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import { compiledOf, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import { CLOCK_STATES, evaluateCases } from '../../sla/evaluateCases';
import type { CaseEvent, SlaCase } from '../../sla/schema';
import { countCore } from './count';
import { dedupe, SeenIds, shapeMask } from './ids';
import { cleanIssue } from './printable';
import { rate, type Rate } from './rate';
import { categoryOf, ms, str, UNCLASSIFIED, type Loose } from './read';
import { has, newStatusCore, repeatIndex, statusCore, type ComplaintState, type StatusSettings } from './status';

/**
 * Complaint metrics over a period.
 *
 * @example
 * const c = (id, satisfaction) => ({ id, kind: 'consultation', channel: 'phone', receivedAt: '2026-03-02T09:00+08:00', satisfaction })
 * const records = [c('Q1', 'satisfied'), c('Q2', 'satisfied'), c('Q3', 'unsatisfied')]
 * const m = complaintMetrics(records, { from: '2026-03-01', to: '2026-03-31' });
 * [m.records, m.byKind, m.byMonth] //=> [3, { consultation: 3 }, { '2026-03': 3 }]
 * m.targets[0] //=> { name: 'consultationSatisfaction', rule: 'CMP-19', min: 90, met: false }
 */
export interface ComplaintMetrics {
  /** The period, civil dates in the calendar's zone, both ends included. */
  readonly from: string;
  readonly to: string;
  /** The instant states, visits and clocks are judged at. */
  readonly at: Date;
  /** Records received in the period (after dropping duplicates and bad records). */
  readonly records: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  /** `'YYYY-MM'` in the calendar's zone. */
  readonly byMonth: Readonly<Record<string, number>>;
  /** Complaint records per statistical category (CMP-07). */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Statistical complaints of the period (countComplaints: verified, merged; CMP-03…06); absent with `statistics: false`. */
  readonly complaints?: { readonly total: number; readonly byCategory: Readonly<Record<string, number>>; readonly pending: number };
  /** Complaint records by state at `at` (CMP-14). */
  readonly states: Readonly<Record<ComplaintState, number>>;
  readonly rates: {
    /** 客户咨询满意率 = satisfied consultations ÷ all consultations × 100 %, target ≥ 90 % (CMP-19). */
    readonly consultationSatisfaction: Rate;
    /** Complainants visited within the visit limit (三日内) ÷ complaints due a visit, target 100 % (CMP-15). */
    readonly returnVisit: Rate;
    /** Complaint records closed at `at` ÷ complaint records of the period (CMP-14). No target. */
    readonly closure: Rate;
    /** “三个100%” for bad reviews (差评): verified, rectified, revisited after rectification (CMP-19). */
    readonly badReviews: { readonly verified: Rate; readonly rectified: Rate; readonly revisited: Rate };
    /** Per SLA clock, when a policy is given: met ÷ decided (met, met late, breached). */
    readonly onTime?: Readonly<Record<string, Rate>>;
  };
  /** Every target, met or not (a target with no data is neither). */
  readonly targets: readonly { readonly name: string; readonly rule: RuleId; readonly min: number; readonly met?: boolean }[];
  readonly issues: readonly ValidationIssue[];
}

export interface MetricsSettings {
  fromDay: number;
  toDay: number;
  atMs: number;
  precision: number;
  targets: { consultationSatisfaction: number; returnVisit: number; badReviews: number };
  status: StatusSettings;
  policy: CompiledSlaPolicy | undefined;
  ids: 'check' | 'trust';
  statistics: boolean;
}

/** A count kept in a box: one lookup per record, not a get and a set. */
type Tally = Map<string, { n: number }>;
const inc = (m: Tally, k: string): void => {
  const c = m.get(k);
  if (c !== undefined) c.n++;
  else m.set(k, { n: 1 });
};
const sortedObj = (m: Tally | Map<string, number>): Readonly<Record<string, number>> => {
  const o: Record<string, number> = {};
  for (const k of [...m.keys()].sort()) {
    const v = m.get(k)!;
    o[k] = typeof v === 'number' ? v : v.n;
  }
  return Object.freeze(o);
};
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const SLA_EVENT_KEYS = ['type', 'at', 'clock', 'attributes', 'due', 'reason'] as const;

/**
 * One pass when the records are sound, as countCore: ids are checked in the
 * loop, and the first problem (or a throw) sends the metrics to the careful
 * path, a skip mask first — the same answer, or the same error, either way.
 */
export function metricsCore(records: readonly unknown[], s: MetricsSettings): ComplaintMetrics {
  let fast: ComplaintMetrics | undefined;
  try {
    fast = metricsRun(records, s, undefined, []);
  } catch {
    fast = undefined;
  }
  if (fast !== undefined) return fast;
  const issues: ValidationIssue[] = [];
  const skip = s.ids === 'trust' ? shapeMask(records, issues) : dedupe(records, issues, []);
  return metricsRun(records, s, skip, issues)!;
}

function metricsRun(records: readonly unknown[], s: MetricsSettings, skip: Uint8Array | undefined, issues: ValidationIssue[]): ComplaintMetrics | undefined {
  const ids = skip === undefined && s.ids === 'check' ? new SeenIds(records.length) : undefined;
  const zone = s.status.cal.zone;
  const startMs = zone.instantOf(s.fromDay, 0);
  const endMs = zone.instantOf(s.toDay + 1, 0);
  // Repeats decide only complaints that need no return visit (CMP-14's quiet
  // week): those wait until the loop is done, so the repeat index costs a pass
  // over the records only when there are any.
  const later: number[] = [];
  const laterAt: number[] = [];
  const byKind: Tally = new Map();
  const byChannel: Tally = new Map();
  const byCategory: Tally = new Map();
  // Months are few: count by day number first, name them at the end.
  const byDay = new Map<number, number>();
  // A period of up to 2^20 days: counts in an array by day, no Map write per record.
  const dayCounts = s.toDay - s.fromDay < 1 << 20 ? new Float64Array(s.toDay - s.fromDay + 1) : undefined;
  const states: Record<ComplaintState, number> = { open: 0, resolved: 0, closed: 0, reopened: 0 };
  let n = 0;
  let consult = 0;
  let consultSat = 0;
  let visitDen = 0;
  let visitNum = 0;
  let complaints = 0;
  let closed = 0;
  let bad = 0;
  let badVer = 0;
  let badRect = 0;
  let badRevisit = 0;
  const inPeriod: unknown[] | undefined = s.statistics ? [] : undefined;
  const slaCases: SlaCase[] | undefined = s.policy ? [] : undefined;
  s.status.plan ??= {} as never;
  s.status.scratch ??= new Float64Array(24);
  s.status.memo ??= new Map();
  // One status object reused for every record: only its counts are kept.
  const scratchStatus = newStatusCore();
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Loose;
    if (skip !== undefined) {
      if (skip[i]) continue;
    } else if (r === null || typeof r !== 'object' || str(r.id) === undefined) return undefined;
    else ids?.add(i, r.id as string);
    const t = ms(r.receivedAt);
    if (t === undefined) {
      issues.push(makeIssue('INVALID_INPUT', [i, 'receivedAt'], { value: r.receivedAt, reasonZh: '受理时间无效或没有时区偏移，该记录未计入', reasonEn: 'the received instant is invalid or has no offset; the record is not counted' }, 'CMP-03'));
      continue;
    }
    if (t < startMs || t >= endMs) continue;
    n++;
    inPeriod?.push(r);
    const kind = str(r.kind) ?? '(none)';
    inc(byKind, kind);
    inc(byChannel, str(r.channel) ?? '(none)');
    const day = zone.dayOf(t);
    if (dayCounts !== undefined && day >= s.fromDay && day <= s.toDay) dayCounts[day - s.fromDay]!++;
    else byDay.set(day, (byDay.get(day) ?? 0) + 1);
    if (kind === 'consultation') {
      consult++;
      if (r.satisfaction === 'satisfied') consultSat++;
    } else if (kind === 'complaint') {
      complaints++;
      inc(byCategory, categoryOf(r) ?? UNCLASSIFIED);
      const needs = typeof r.needsReturnVisit === 'boolean' ? r.needsReturnVisit : true;
      if (!needs && str(r.matter) !== undefined) {
        later.push(i);
        laterAt.push(issues.length);
      } else {
        const c = statusCore(r, needs, s.atMs, undefined, s.status, issues, i, scratchStatus);
        states[c.state]++;
        if (c.state === 'closed') closed++;
        // NaN is none: a visit due, and made or overdue.
        if (needs && has(c.visitDue) && (has(c.visitAt) || s.atMs >= c.visitDue)) {
          visitDen++;
          if (c.visitAt <= c.visitDue) visitNum++;
        }
      }
    }
    const br = r.badReview as Loose | undefined;
    if (br !== null && typeof br === 'object') {
      bad++;
      const v = ms(br.verifiedAt);
      const rect = ms(br.rectifiedAt);
      if (v !== undefined && v <= s.atMs) badVer++;
      if (rect !== undefined && rect <= s.atMs) {
        badRect++;
        const evs = Array.isArray(r.events) ? (r.events as Loose[]) : [];
        for (const e of evs) {
          if (e === null || typeof e !== 'object' || e.type !== 'visited') continue;
          const et = ms(e.at);
          if (et !== undefined && et >= rect && et <= s.atMs) {
            badRevisit++;
            break;
          }
        }
      }
    }
    if (slaCases) {
      const attributes: Record<string, string> = { kind };
      for (const a of ['complexity', 'urgency'] as const) if (typeof r[a] === 'string') attributes[a] = r[a] as string;
      const events: CaseEvent[] = [{ type: 'received', at: r.receivedAt as string }];
      for (const e of Array.isArray(r.events) ? (r.events as Loose[]) : []) {
        if (e === null || typeof e !== 'object' || e.type === 'received') continue;
        const x: Record<string, unknown> = {};
        for (const k of SLA_EVENT_KEYS) if (e[k] !== undefined) x[k] = e[k];
        events.push(x as CaseEvent);
      }
      slaCases.push({ id: r.id as string, attributes, events });
    }
  }
  if (ids?.repeats(records)) return undefined; // a repeated id: the careful path decides what it means
  if (later.length) {
    const repeats = repeatIndex(skip?.includes(1) ? records.filter((_, i) => !skip[i]) : records);
    // Their issues go where the loop would have put them (issue order is part of the answer).
    const found: ValidationIssue[] = [];
    const at: number[] = [];
    for (let k = 0; k < later.length; k++) {
      const i = later[k]!;
      const r = records[i] as Loose;
      const c = statusCore(r, false, s.atMs, repeats.get(str(r.matter)!), s.status, found, i, scratchStatus);
      while (at.length < found.length) at.push(laterAt[k]!);
      states[c.state]++;
      if (c.state === 'closed') closed++;
    }
    if (found.length) {
      const merged: ValidationIssue[] = [];
      let f = 0;
      for (let j = 0; j <= issues.length; j++) {
        while (f < found.length && at[f] === j) merged.push(found[f++]!);
        if (j < issues.length) merged.push(issues[j]!);
      }
      issues.length = 0;
      for (const x of merged) issues.push(x);
    }
  }
  if (dayCounts !== undefined) for (let d = 0; d < dayCounts.length; d++) if (dayCounts[d]! > 0) byDay.set(s.fromDay + d, (byDay.get(s.fromDay + d) ?? 0) + dayCounts[d]!);
  const byMonth = new Map<string, number>();
  for (const [day, c] of byDay) {
    const [y, m] = civilFromDays(day);
    const k = `${String(y).padStart(4, '0')}-${pad2(m)}`;
    byMonth.set(k, (byMonth.get(k) ?? 0) + c);
  }
  // Ids were checked above: the period's records go in without a second index.
  const stats = s.statistics ? countCore(inPeriod!, { detail: 'counts', ids: 'trust' }) : undefined;
  const p = s.precision;
  const T = s.targets;
  const rates = {
    consultationSatisfaction: rate(consultSat, consult, 'CMP-19', { 'zh-CN': '客户咨询满意率', en: 'consultation satisfaction' }, p, T.consultationSatisfaction),
    returnVisit: rate(visitNum, visitDen, 'CMP-15', { 'zh-CN': '投诉回访率（三日内）', en: 'return visits on time' }, p, T.returnVisit),
    closure: rate(closed, complaints, 'CMP-14', { 'zh-CN': '投诉关闭率', en: 'complaints closed' }, p),
    badReviews: Object.freeze({
      verified: rate(badVer, bad, 'CMP-19', { 'zh-CN': '差评核实率', en: 'bad reviews verified' }, p, T.badReviews),
      rectified: rate(badRect, bad, 'CMP-19', { 'zh-CN': '差评整改率', en: 'bad reviews rectified' }, p, T.badReviews),
      revisited: rate(badRevisit, bad, 'CMP-19', { 'zh-CN': '整改回访率', en: 'rectified bad reviews revisited' }, p, T.badReviews),
    }),
    ...(slaCases && s.policy ? { onTime: onTimeRates(s.policy, slaCases, s.atMs, p) } : {}),
  };
  const targets = [
    ['consultationSatisfaction', rates.consultationSatisfaction],
    ['returnVisit', rates.returnVisit],
    ['badReviews.verified', rates.badReviews.verified],
    ['badReviews.rectified', rates.badReviews.rectified],
    ['badReviews.revisited', rates.badReviews.revisited],
  ].map(([name, r]) => {
    const x = r as Rate;
    return Object.freeze({ name: name as string, rule: x.rule, min: x.target!.min, ...(x.target!.met !== undefined ? { met: x.target!.met } : {}) });
  });
  if (stats) issues.push(...stats.issues.filter((x) => x.code !== 'INVALID_INPUT' && x.code !== 'DUPLICATE_RECORD_ID'));
  return Object.freeze({
    from: formatDay(s.fromDay),
    to: formatDay(s.toDay),
    at: new Date(s.atMs),
    records: n,
    byKind: sortedObj(byKind),
    byChannel: sortedObj(byChannel),
    byMonth: sortedObj(byMonth),
    byCategory: sortedObj(byCategory),
    ...(stats ? { complaints: Object.freeze({ total: stats.total, byCategory: stats.byCategory, pending: stats.pending.length }) } : {}),
    states: Object.freeze(states),
    rates: Object.freeze(rates),
    targets: Object.freeze(targets),
    issues: Object.freeze(issues.map(cleanIssue)),
  });
}

function onTimeRates(policy: CompiledSlaPolicy, cases: SlaCase[], atMs: number, p: number): Readonly<Record<string, Rate>> {
  const cols = evaluateCases(policy, cases, new Date(atMs), { detail: 'columns' });
  const out: Record<string, Rate> = {};
  const met = CLOCK_STATES.indexOf('met');
  const late = CLOCK_STATES.indexOf('met-late');
  const breached = CLOCK_STATES.indexOf('breached');
  cols.clocks.forEach((name, j) => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < cols.n; i++) {
      const st = cols.state[i * cols.clocks.length + j]!;
      if (st === met) (num++, den++);
      else if (st === late || st === breached) den++;
    }
    const def = compiledOf(policy).clocks[j]?.def as { rules?: readonly string[]; label?: string; labelEn?: string } | undefined;
    const rule = (def?.rules?.[0] ?? 'CMP-08') as RuleId;
    out[name] = rate(num, den, rule, { 'zh-CN': `${def?.label ?? name}按时率`, en: `${def?.labelEn ?? name} on time` }, p);
  });
  return Object.freeze(out);
}
