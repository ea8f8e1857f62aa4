import { append } from '../_lib/append';
import { civilFromDays, daysFromCivil, daysInMonth } from '../_lib/civil';
import { formatInstant } from '../_lib/formatInstant';
import { toEpochMs } from '../_lib/input';
import { createZone } from '../_lib/zone';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import type { LocalizedText } from '../errors/types';
import { explainDue } from '../time-limit/explainDue';
import type { TimeLimit } from '../time-limit/schema';
import { listOption } from '../_lib/options';
import { echo, parseOrIssues, readInstant, succeeded } from './_lib/issues';
import { ManualUpdatesSchema, RuleChangesSchema, type ManualUpdate, type RuleChange } from './schema';

/**
 * Options of {@link checkManualUpdates}.
 *
 * @example
 * const changes = [{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00' }]
 * checkManualUpdates(changes, [], { at: '2026-10-10T09:00+08:00' }).changes[0].status //=> 'overdue'
 * checkManualUpdates(changes, [], { at: '2026-10-10T09:00+08:00', limit: '10个工作日内' }).changes[0].status //=> 'pending'
 */
export interface CheckManualUpdatesOptions {
  /** The instant of the check (required: “overdue” depends on it). */
  readonly at: Date | string | number;
  /** How soon the manual must follow a rule change (更新的时间不得长于3个工作日). @default '3个工作日内' */
  readonly limit?: TimeLimit | string;
  /** The month-end checks (每月月底核查) done, as instants. @default [] */
  readonly checks?: readonly (Date | string | number)[];
  /** The calendar that counts working days, across holidays. @default chinaCalendar() */
  readonly calendar?: WorkingCalendar;
}

/**
 * One rule change and whether the manual followed it in time.
 *
 * @example
 * const c = checkManualUpdates([{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00' }], [{ changeId: 'R-7', updatedAt: '2026-09-30T10:00+08:00' }], { at: '2026-10-10T09:00+08:00', checks: ['2026-09-30T17:00+08:00'] }).changes[0]
 * c.status //=> 'on-time'
 * c.due.toISOString() //=> '2026-10-09T16:00:00.000Z' (24:00 of 10-09 in Shanghai; 国庆节 skipped)
 */
export interface ManualChangeStatus {
  readonly id: string;
  readonly title?: string;
  readonly changedAt: Date;
  /** 24:00 of the third working day after the change (TL-02, TL-04, TL-05). */
  readonly due: Date;
  readonly updatedAt?: Date;
  /** `on-time`, `late` (updated after `due`), `overdue` (not updated and past `due`), `pending`. */
  readonly status: 'on-time' | 'late' | 'overdue' | 'pending';
  /** Why `due` is when it is: the days passed over, with their holidays. */
  readonly explanation: LocalizedText;
}

/**
 * The month-end check (每月月底核查) of one month: what it must cover and whether it was done.
 *
 * @example
 * checkManualUpdates([{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00' }], [{ changeId: 'R-7', updatedAt: '2026-09-30T10:00+08:00' }], { at: '2026-10-10T09:00+08:00', checks: ['2026-09-30T17:00+08:00'] }).monthEnd.map((m) => [m.month, m.status, m.changes])
 * //=> [['2026-09', 'done', ['R-7']], ['2026-10', 'pending', []]]
 */
export interface MonthEndCheck {
  /** `'YYYY-MM'` in the calendar's zone. */
  readonly month: string;
  /** 24:00 of the month's last day. */
  readonly due: Date;
  readonly checkedAt?: Date;
  readonly status: 'done' | 'missing' | 'pending';
  /** The rule changes of that month, which the check verifies are in the manual. */
  readonly changes: readonly string[];
}

/**
 * Result of {@link checkManualUpdates}: success = no error-severity issue.
 *
 * @example
 * const r = checkManualUpdates([{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00' }], [{ changeId: 'R-7', updatedAt: '2026-09-30T10:00+08:00' }], { at: '2026-10-10T09:00+08:00', checks: ['2026-09-30T17:00+08:00'] });
 * [r.success, r.issues.length, r.changes.length, r.monthEnd.length] //=> [true, 0, 1, 2]
 */
export interface ManualUpdatesCheck {
  readonly success: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly changes: readonly ManualChangeStatus[];
  readonly monthEnd: readonly MonthEndCheck[];
}

const monthOf = (day: number): [number, number] => {
  const [y, m] = civilFromDays(day);
  return [y, m];
};
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Checks that the internal manual (《客户服务人员应知应会手册》) follows every
 * rule change within 3 working days, counted on the calendar across holidays,
 * and lists the month-end checks (每月月底核查) with the changes each must
 * cover (SVC-04; 004_1a88d8b46fe92bec.txt 篇1 VI、VII). A change given as a civil
 * date counts from that day like an instant on it (the day itself is not
 * counted, TL-02). A check made in a month counts as that month's check.
 *
 * @param ruleChanges - `[{ id, changedAt, title? }]`
 * @param manualUpdates - `[{ changeId, updatedAt, by? }]`
 * @param options - {@link CheckManualUpdatesOptions}
 * @returns `{ success, issues, changes, monthEnd }` (codes `MANUAL_UPDATE_OVERDUE`, `MANUAL_UPDATE_LATE`, `MONTH_END_CHECK_MISSING`, `UNKNOWN_RULE_CHANGE`, `DUPLICATE_KEY`, `INVALID_INPUT`, `CALENDAR_NOT_COVERED`)
 * @throws {GuifanError} `INVALID_OPTIONS` when `at` is missing or not an instant, or `checks` is not an array
 * @example
 * const r = checkManualUpdates(
 *   [{ id: 'R-7', changedAt: '2026-09-29T10:00+08:00', title: '停车收费标准调整' }],
 *   [],
 *   { at: '2026-10-10T09:00+08:00' },
 * )
 * r.changes[0].status //=> 'overdue'
 * r.changes[0].due.toISOString() //=> '2026-10-09T16:00:00.000Z' (24:00 of 10-09: 09-30, 10-08, 10-09; 10-01…10-07 are 国庆节)
 */
export function checkManualUpdates(ruleChanges: readonly RuleChange[], manualUpdates: readonly ManualUpdate[], options: CheckManualUpdatesOptions): ManualUpdatesCheck {
  if (options === null || typeof options !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'options', value: options, reasonZh: '应为对象（至少含 at）', reasonEn: 'expected an object with at least `at`' }, 'SVC-04');
  }
  const calendar = options.calendar ?? chinaCalendar();
  const zone = createZone(calendar.timeZone);
  const at = readInstant(options.at);
  if (at === undefined) throw new GuifanError('INVALID_OPTIONS', { path: 'at', value: echo(options.at), reasonZh: '应为带时区偏移的时刻', reasonEn: 'expected an instant with an offset' }, 'SVC-04');
  const limit = options.limit ?? '3个工作日内';
  const checks = listOption(options.checks, 'checks', 'SVC-04') ?? [];
  const issues: ValidationIssue[] = [];
  const changes = parseOrIssues(RuleChangesSchema, ruleChanges, ['ruleChanges'], 'SVC-04');
  const updates = parseOrIssues(ManualUpdatesSchema, manualUpdates, ['manualUpdates'], 'SVC-04');
  append(issues, changes.issues);
  append(issues, updates.issues);
  if (!changes.data || !updates.data) return { success: false, issues, changes: [], monthEnd: [] };

  const instant = (v: Date | string | number, path: (string | number)[]): number | undefined => {
    try {
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return toEpochMs(v, zone);
      const t = readInstant(v);
      if (t !== undefined) return t;
      return toEpochMs(v); // throws the coded reason
    } catch (e) {
      if (!isGuifanError(e)) throw e;
      issues.push(makeIssue('INVALID_INPUT', path, { value: echo(v), reasonZh: e.messages['zh-CN'], reasonEn: e.messages.en }, 'SVC-04'));
      return undefined;
    }
  };

  const ids = new Set<string>();
  const statuses: ManualChangeStatus[] = [];
  const firstUpdate = new Map<string, number>();
  updates.data.forEach((u, i) => {
    const t = instant(u.updatedAt, ['manualUpdates', i, 'updatedAt']);
    if (t === undefined) return;
    if (!changes.data!.some((c) => c.id === u.changeId)) issues.push(makeIssue('UNKNOWN_RULE_CHANGE', ['manualUpdates', i, 'changeId'], { value: u.changeId }, 'SVC-04'));
    const prev = firstUpdate.get(u.changeId);
    if (prev === undefined || t < prev) firstUpdate.set(u.changeId, t);
  });
  const byMonth = new Map<string, string[]>();
  let firstDay: number | undefined;
  changes.data.forEach((c, i) => {
    if (ids.has(c.id)) issues.push(makeIssue('DUPLICATE_KEY', ['ruleChanges', i, 'id'], { key: c.id, value: c.id }, 'SVC-04'));
    ids.add(c.id);
    const t = instant(c.changedAt, ['ruleChanges', i, 'changedAt']);
    if (t === undefined) return;
    let e: ReturnType<typeof explainDue>;
    try {
      e = explainDue(new Date(t), limit, { calendar });
    } catch (err) {
      if (!isGuifanError(err)) throw err;
      issues.push(makeIssue(err.code === 'CALENDAR_NOT_COVERED' ? 'CALENDAR_NOT_COVERED' : 'INVALID_INPUT', ['ruleChanges', i, 'changedAt'], { value: c.changedAt, date: err.details.date, reasonZh: err.messages['zh-CN'], reasonEn: err.messages.en }, 'SVC-04'));
      return;
    }
    const due = e.due.getTime();
    const updated = firstUpdate.get(c.id);
    const status = updated !== undefined ? (updated <= due ? 'on-time' : 'late') : at > due ? 'overdue' : 'pending';
    if (status === 'late') issues.push(makeIssue('MANUAL_UPDATE_LATE', ['ruleChanges', i], { id: c.id, updatedAt: formatInstant(updated!, zone), due: e.dueText }, 'SVC-04'));
    if (status === 'overdue') issues.push(makeIssue('MANUAL_UPDATE_OVERDUE', ['ruleChanges', i], { id: c.id, due: e.dueText }, 'SVC-04'));
    statuses.push(
      Object.freeze({
        id: c.id,
        ...(c.title !== undefined ? { title: c.title } : {}),
        changedAt: new Date(t),
        due: e.due,
        ...(updated !== undefined ? { updatedAt: new Date(updated) } : {}),
        status,
        explanation: e.text,
      }),
    );
    const day = zone.dayOf(t);
    firstDay = firstDay === undefined ? day : Math.min(firstDay, day);
    const [y, m] = monthOf(day);
    const key = `${y}-${pad(m)}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), c.id]);
  });

  const checkTimes = checks.map((v, i) => instant(v, ['checks', i])).filter((t): t is number => t !== undefined);
  const monthEnd: MonthEndCheck[] = [];
  if (firstDay !== undefined) {
    let [y, m] = monthOf(firstDay);
    const [ay, am] = monthOf(zone.dayOf(at));
    while (y < ay || (y === ay && m <= am)) {
      const key = `${y}-${pad(m)}`;
      const startDay = daysFromCivil(y, m, 1);
      const endDay = startDay + daysInMonth(y, m);
      const due = zone.instantOf(endDay, 0);
      const done = checkTimes.filter((t) => t >= zone.instantOf(startDay, 0) && t < due).sort((a, b) => a - b).pop();
      const status = done !== undefined ? 'done' : at >= due ? 'missing' : 'pending';
      if (status === 'missing') issues.push(makeIssue('MONTH_END_CHECK_MISSING', ['checks'], { month: key, due: formatInstant(due, zone) }, 'SVC-04'));
      monthEnd.push(Object.freeze({ month: key, due: new Date(due), ...(done !== undefined ? { checkedAt: new Date(done) } : {}), status, changes: byMonth.get(key) ?? [] }));
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return { success: succeeded(issues), issues, changes: statuses, monthEnd };
}
