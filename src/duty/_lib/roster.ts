import type * as z from 'zod/mini';
import { minutesOfDay } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import { toEpochMs } from '../../_lib/input';
import type { Zone } from '../../_lib/zone';
import { parseOrIssues } from '../../_lib/zodIssues';
import { RosterSchema } from '../schema';
import { classifyInterval, type Classifier, type Piece } from './classify';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { MAX_SHIFT_MS } from './readShift';

/** A roster after parsing (defaults applied). */
export type ParsedRoster = z.output<typeof RosterSchema>;

/** A shift that can be used: known person, end after start. */
export interface GoodShift {
  readonly index: number;
  readonly id: string;
  readonly person: string;
  readonly start: number;
  readonly end: number;
  /** Indexes of the windows it staffs. */
  readonly windows: ReadonlySet<number>;
  readonly dutyOfficer: boolean;
  readonly compensatoryRest: boolean;
}

export interface ReadRoster {
  readonly roster: ParsedRoster | undefined;
  readonly issues: ValidationIssue[];
  readonly shifts: GoodShift[];
  /** Person id → index in `people` and normal ms of a working day. */
  readonly people: Map<string, { index: number; normalMs: number }>;
  /** Window index → its segments in minutes (none for '24x7'). */
  readonly segments: (readonly (readonly [number, number])[] | '24x7')[];
}

/** Reads and checks a roster's structure (DUT-01): schema, ids, people and windows of each shift, shift times. */
export function readRoster(input: unknown, zone: Zone): ReadRoster {
  const p = parseOrIssues(RosterSchema, input, [], 'DUT-01');
  const people = new Map<string, { index: number; normalMs: number }>();
  if (!p.data) return { roster: undefined, issues: p.issues, shifts: [], people, segments: [] };
  const roster = p.data;
  const issues: ValidationIssue[] = [];
  roster.people.forEach((person, index) => {
    if (people.has(person.id)) issues.push(makeIssue('DUPLICATE_KEY', ['people', index, 'id'], { key: person.id }, 'DUT-01'));
    else people.set(person.id, { index, normalMs: Math.round((person.normalHoursPerDay ?? roster.normalHoursPerDay) * 3_600_000) });
  });
  const windowIndex = new Map<string, number>();
  const segments: ReadRoster['segments'] = roster.windows.map((w, wi) => {
    if (windowIndex.has(w.id)) issues.push(makeIssue('DUPLICATE_KEY', ['windows', wi, 'id'], { key: w.id }, 'DUT-01'));
    else windowIndex.set(w.id, wi);
    if (w.hours === '24x7') return '24x7';
    const out: [number, number][] = [];
    w.hours.forEach(([a, b], j) => {
      const s = minutesOfDay(a);
      const e = minutesOfDay(b);
      if (e > s) out.push([s, e]);
      else issues.push(makeIssue('INVALID_INPUT', ['windows', wi, 'hours', j], { value: [a, b], reasonZh: '结束时间须晚于开始时间（跨午夜请分成两段）', reasonEn: 'the end must be after the start (split a night window in two)' }, 'DUT-01'));
    });
    return out;
  });
  const known = [...windowIndex.keys()].join(', ');
  const all = new Set(roster.windows.map((_, i) => i));
  const shifts: GoodShift[] = [];
  roster.shifts.forEach((s, index) => {
    let ok = true;
    if (!people.has(s.person)) {
      issues.push(makeIssue('UNKNOWN_PERSON', ['shifts', index, 'person'], { value: s.person }, 'DUT-01'));
      ok = false;
    }
    const start = toEpochMs(s.start);
    const end = toEpochMs(s.end);
    if (end <= start) {
      issues.push(makeIssue('SHIFT_END_NOT_AFTER_START', ['shifts', index, 'end'], { start: formatInstant(start, zone), end: formatInstant(end, zone) }, 'DUT-01'));
      ok = false;
    } else if (end - start > MAX_SHIFT_MS) {
      issues.push(makeIssue('INVALID_INPUT', ['shifts', index, 'end'], { value: s.end, reasonZh: '一个班次最长 31 天', reasonEn: 'a shift lasts at most 31 days' }, 'DUT-01'));
      ok = false;
    }
    let windows: Set<number> = all;
    if (s.windows) {
      windows = new Set();
      s.windows.forEach((id, j) => {
        const wi = windowIndex.get(id);
        if (wi === undefined) issues.push(makeIssue('UNKNOWN_WINDOW', ['shifts', index, 'windows', j], { value: id, known }, 'DUT-01'));
        else windows.add(wi);
      });
    }
    if (ok) shifts.push({ index, id: s.id ?? `shifts.${index}`, person: s.person, start, end, windows, dutyOfficer: s.dutyOfficer === true, compensatoryRest: s.compensatoryRest === true });
  });
  return { roster, issues, shifts, people, segments };
}

/** Each person's shifts in start order (a sort per person: O(n log n) in all). */
export function byPerson(shifts: readonly GoodShift[]): Map<string, GoodShift[]> {
  const out = new Map<string, GoodShift[]>();
  for (const s of shifts) {
    const list = out.get(s.person);
    if (list) list.push(s);
    else out.set(s.person, [s]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Classifies one person's shifts (sorted), counting normal hours across them
 * day by day (DUT-02), clipped to [lo, hi): the pieces of each shift.
 */
export function classifyPerson(c: Classifier, shifts: readonly GoodShift[], normalMs: number, lo = -Infinity, hi = Infinity): Piece[][] {
  const used = new Map<number, number>();
  return shifts.map((s) => {
    const a = Math.max(s.start, lo);
    const b = Math.min(s.end, hi);
    return b > a ? classifyInterval(c, a, b, s.compensatoryRest, normalMs, used) : [];
  });
}
