import { internalsOf, type CalendarInternals } from '../../calendar/_lib/internals';
import { chinaCalendar } from '../../calendar/chinaCalendar';
import { createCalendar } from '../../calendar/createCalendar';
import type { WorkingCalendar } from '../../calendar/types';
import { isGuifanError } from '../../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import { formatTimeLimit } from '../../time-limit/formatTimeLimit';
import { planDue, type DueOptions, type DuePlan } from '../../time-limit/_lib/compute';
import { normalizeLimit, type NormalizedLimit } from '../../time-limit/_lib/normalize';
import type { Delivery } from './deliver';
import { parseOrIssues } from './parse';
import { BASE_EVENT_TYPES, SlaPolicySchema, type Limit, type SlaPolicy, type When } from '../schema';
import type * as z from 'zod/mini';

export type ParsedPolicy = z.output<typeof SlaPolicySchema>;
type ParsedClock = ParsedPolicy['clocks'][number];

/** A clock limit: `immediate` marks “立即” (counted as the policy's grace). */
export type SlaLimit = NormalizedLimit & { immediate?: true };

export interface CompiledLimits {
  target: SlaLimit | undefined;
  max: SlaLimit | undefined;
}

/** “立即答复”, “当场处理” …: the same words parseTimeLimit reads as zero minutes. */
const IMMEDIATE = /^\s*(立即|立刻|即时|马上|当场)/;

/** A limit as written: “立即” for immediate limits (whatever their grace). */
export function limitText(l: SlaLimit, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (l.immediate) return locale === 'en' ? 'immediately' : '立即';
  return formatTimeLimit(l, locale);
}

function readGrace(g: Limit | undefined, issues: ValidationIssue[]): NormalizedLimit {
  const zero: NormalizedLimit = { amount: 0, unit: 'minute', kind: 'within' };
  if (g === undefined) return zero;
  try {
    const n = typeof g === 'string' && IMMEDIATE.test(g) ? zero : normalizeLimit(g as never);
    if (n.unit !== 'minute' && n.unit !== 'hour') throw new Error('unit');
    return { amount: n.amount, unit: n.unit, kind: 'within' };
  } catch (e) {
    const reasonZh = isGuifanError(e) ? e.messages['zh-CN'] : '宽限应以分钟或小时计';
    const reasonEn = isGuifanError(e) ? e.messages.en : 'a grace is in minutes or hours';
    issues.push(makeIssue('INVALID_TIME_LIMIT', ['immediateGrace'], { value: g, reasonZh, reasonEn }, 'TL-01'));
    return zero;
  }
}

export interface CompiledClock {
  def: ParsedClock;
  start: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  base: CompiledLimits;
  limits: { when: When; limits: CompiledLimits }[];
  /** A periodic clock's period (CMP-09), its limits, and the events that satisfy a period. */
  every: SlaLimit | undefined;
  periodic: CompiledLimits | undefined;
  updates: ReadonlySet<string> | undefined;
  /** Attribute → the values its `limits` know (undefined when the clock has no limits). */
  known: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  dueOptions: DueOptions;
  /** Whether the target/max are counted in business time (they extend by paused business time). */
  warnings: ({ percent: number } | { before: NormalizedLimit })[];
  escalation: { level: string; label: string | undefined; relativeTo: 'target' | 'max'; direction: 'before' | 'after'; offset: NormalizedLimit; deliver: Delivery }[];
  rules: RuleId[];
}

export interface CompiledPolicy {
  policy: ParsedPolicy;
  calendar: WorkingCalendar;
  cal: CalendarInternals;
  clocks: CompiledClock[];
  clockNames: ReadonlySet<string>;
  eventTypes: ReadonlySet<string>;
  /** Event type → kind bits (EV_* in evaluate.ts); 0 for the other known types. */
  eventCode: ReadonlyMap<string, number>;
  /** Whether the calendar answers past its data (outOfCoverage: 'provisional'): then results track provisional days. */
  mayBeProvisional: boolean;
  /** A plan object reused by this policy's due computations (only `due` is read, at once). */
  scratch: DuePlan;
}

export function matches(when: When | undefined, attrs: Readonly<Record<string, string>>): boolean {
  if (!when) return true;
  for (const k in when) {
    const v = when[k]!;
    const a = attrs[k];
    if (a === undefined || (typeof v === 'string' ? a !== v : !v.includes(a))) return false;
  }
  return true;
}

/** '每周' → '1周', '每3天' → '3天', '每个工作日' → '1个工作日'; other limits as they are. */
function everyLimit(l: Limit): Limit {
  if (typeof l !== 'string') return l;
  const m = /^\s*每\s*(.*)$/.exec(l);
  if (!m) return l;
  const rest = m[1]!.replace(/^个/, '');
  return /^\d|^[一二三四五六七八九十两]/.test(rest) ? rest : `1${rest === '工作日' ? '个工作日' : rest}`;
}

function eventCodes(types: ReadonlySet<string>): Map<string, number> {
  // the bits of EV_RECEIVED, EV_RECLASSIFIED, EV_AGREED, EV_RARE (kept here as numbers: no import cycle)
  const bits: Record<string, number> = { received: 1, reclassified: 2, 'deadline-agreed': 4, reset: 8, cancelled: 8 };
  return new Map([...types].map((t) => [t, bits[t] ?? 0]));
}

function knownValues(whens: readonly When[]): Map<string, Set<string>> | undefined {
  if (!whens.length) return undefined;
  const m = new Map<string, Set<string>>();
  for (const w of whens) {
    for (const k in w) {
      const v = w[k]!;
      const set = m.get(k) ?? new Set<string>();
      for (const x of typeof v === 'string' ? [v] : v) set.add(x);
      m.set(k, set);
    }
  }
  return m;
}

/** Validates a policy; returns the compiled form and every issue found. */
export function compile(policyIn: SlaPolicy): { compiled?: CompiledPolicy; issues: ValidationIssue[] } {
  const parsed = parseOrIssues(SlaPolicySchema, policyIn, [], 'ESC-04');
  if (!parsed.data) return { issues: parsed.issues };
  const policy = parsed.data;
  const issues: ValidationIssue[] = [];
  let calendar: WorkingCalendar;
  try {
    calendar = policy.calendar ? createCalendar(policy.calendar) : chinaCalendar();
  } catch (e) {
    if (!isGuifanError(e)) throw e;
    return { issues: [makeIssue('INVALID_INPUT', ['calendar'], { value: policy.calendar, reasonZh: e.messages['zh-CN'], reasonEn: e.messages.en })] };
  }
  const cal = internalsOf(calendar);
  const eventTypes = new Set<string>([...BASE_EVENT_TYPES, ...policy.eventTypes]);
  const known = [...eventTypes].join(', ');
  const names = new Set<string>();

  const grace = readGrace(policy.immediateGrace, issues);
  const limit = (l: Limit | undefined | null, path: (string | number)[]): SlaLimit | undefined => {
    if (l === undefined || l === null) return undefined;
    // “立即” is its own kind of limit: met within the starting contact, or within the policy's grace.
    if (typeof l === 'string' && IMMEDIATE.test(l)) return { ...grace, immediate: true };
    try {
      const n = normalizeLimit(l as never);
      if (n.kind === 'lead') throw new Error('lead');
      return n;
    } catch (e) {
      const reasonZh = isGuifanError(e) ? e.messages['zh-CN'] : '时钟时限不能是提前量';
      const reasonEn = isGuifanError(e) ? e.messages.en : 'a clock limit cannot be a lead time';
      issues.push(makeIssue('INVALID_TIME_LIMIT', path, { value: l, reasonZh, reasonEn }, 'TL-01'));
      return undefined;
    }
  };

  // Sample starts to compare a maximum with its target on real days (units may differ).
  const mid = Math.floor((cal.supLo + cal.supHi) / 2);
  const samples = Array.from({ length: 7 }, (_, i) => cal.zone.instantOf(mid + i, 600));
  const dueMs = (start: number, l: NormalizedLimit, o: DueOptions): number | undefined => {
    try {
      return planDue(new Date(start), l, { ...o, calendar }).due;
    } catch {
      return undefined;
    }
  };

  const clocks: CompiledClock[] = policy.clocks.map((c, i) => {
    const path = ['clocks', i];
    if (names.has(c.name)) issues.push(makeIssue('DUPLICATE_KEY', [...path, 'name'], { key: c.name, value: c.name }, 'ESC-04'));
    names.add(c.name);
    for (const [field, list] of [['start', c.start], ['stop', c.stop]] as const) {
      list.forEach((t, j) => {
        if (!eventTypes.has(t)) issues.push(makeIssue('UNKNOWN_EVENT', [...path, field, j], { type: t, known, value: t }, 'ESC-04'));
      });
    }
    let every: SlaLimit | undefined;
    if (c.every !== undefined) {
      every = limit(everyLimit(c.every), [...path, 'every']);
      if (c.target !== undefined || c.max !== undefined || c.limits.length) {
        issues.push(makeIssue('INVALID_INPUT', [...path, 'every'], { value: c.every, reasonZh: '周期时钟用 every 计时，不能同时设 target、max 或 limits', reasonEn: 'a periodic clock counts with every; it cannot also have target, max or limits' }, 'CMP-09'));
      }
    }
    const updates = c.every !== undefined ? (c.updates ?? ['progress-updated']) : undefined;
    updates?.forEach((t, j) => {
      if (!eventTypes.has(t)) issues.push(makeIssue('UNKNOWN_EVENT', [...path, 'updates', j], { type: t, known, value: t }, 'ESC-04'));
    });
    const dueOptions = Object.fromEntries(Object.entries(c.dueOptions).filter(([, v]) => v !== undefined)) as DueOptions;
    const base = { target: limit(c.target, [...path, 'target']), max: limit(c.max, [...path, 'max']) };
    const limits = c.limits.map((e, j) => ({
      when: e.when,
      limits: {
        target: e.target === null ? undefined : (limit(e.target, [...path, 'limits', j, 'target']) ?? base.target),
        max: e.max === null ? undefined : (limit(e.max, [...path, 'limits', j, 'max']) ?? base.max),
      },
    }));
    for (const [j, l] of [[-1, base] as const, ...limits.map((x, j) => [j, x.limits] as const)]) {
      if (!l.target || !l.max) continue;
      const late = samples.some((s) => {
        const t = dueMs(s, l.target!, dueOptions);
        const m = dueMs(s, l.max!, dueOptions);
        return t !== undefined && m !== undefined && m < t;
      });
      if (late) {
        issues.push(makeIssue('MAX_BEFORE_TARGET', j < 0 ? [...path, 'max'] : [...path, 'limits', j, 'max'], { clock: c.name, max: limitText(l.max), target: limitText(l.target) }, 'ESC-04'));
      }
    }
    const escalation = c.escalation.map((e, j) => {
      const offset = limit(e.offset, [...path, 'escalation', j, 'offset']) ?? { amount: 0, unit: 'minute' as const, kind: 'within' as const };
      if (e.relativeTo === 'max' && !base.max && !limits.some((x) => x.limits.max)) {
        issues.push(makeIssue('MISSING_MAX', [...path, 'escalation', j, 'relativeTo'], { clock: c.name }, 'ESC-03'));
      }
      const deliver: Delivery = e.deliver ?? policy.deliver ?? 'at-instant';
      if (deliver !== 'at-instant' && !cal.hasHours) {
        issues.push(makeIssue('INVALID_INPUT', e.deliver ? [...path, 'escalation', j, 'deliver'] : ['deliver'], { value: deliver, reasonZh: `送达方式 '${deliver}' 需要带营业时间的日历（CAL-06）`, reasonEn: `delivery '${deliver}' needs a calendar with business hours (CAL-06)` }, 'CAL-06'));
      }
      return { level: e.level, label: e.label, relativeTo: e.relativeTo, direction: e.direction, offset, deliver };
    });
    const warnings = c.warnings.map((w, j) => {
      if ('percent' in w) return { percent: w.percent };
      const before = limit(w.before, [...path, 'warnings', j, 'before']) ?? { amount: 0, unit: 'minute' as const, kind: 'within' as const };
      if (before.unit !== 'minute' && before.unit !== 'hour') {
        issues.push(makeIssue('INVALID_TIME_LIMIT', [...path, 'warnings', j, 'before'], { value: w.before, reasonZh: '预警提前量应以分钟或小时计', reasonEn: 'a warning lead is in minutes or hours' }, 'ESC-04'));
      }
      return { before };
    });
    return {
      def: c,
      start: new Set(c.start),
      stop: new Set(c.stop),
      base,
      limits,
      known: knownValues(c.limits.map((x) => x.when)),
      every,
      periodic: every ? { target: every, max: undefined } : undefined,
      updates: updates ? new Set(updates) : undefined,
      dueOptions,
      warnings,
      escalation,
      rules: c.rules as RuleId[],
    };
  });
  if (issues.length) return { issues };
  return { compiled: { policy, calendar, cal, clocks, clockNames: names, eventTypes, eventCode: eventCodes(eventTypes), mayBeProvisional: calendar.outOfCoverage === 'provisional', scratch: {} as DuePlan }, issues: [] };
}
