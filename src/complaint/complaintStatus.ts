import * as z from 'zod/mini';
import { formatDay } from '../_lib/civil';
import { toEpochMs, type Instant } from '../_lib/input';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import type { LocalizedText, RuleId } from '../errors/types';
import { validationError } from '../errors/validationError';
import { formatTimeLimit } from '../time-limit/formatTimeLimit';
import { GuifanError } from '../errors/GuifanError';
import { isGuifanError } from '../errors/isGuifanError';
import { needsReturnVisit } from './needsReturnVisit';
import { cleanIssue } from './_lib/printable';
import type { Loose } from './_lib/read';
import { repeatIndex } from './_lib/repeatLog';
import { has, rolledOver, statusCore, type ComplaintState, type Repeats, type StatusReason, type StatusSettings } from './_lib/status';
import { statusText } from './_lib/statusText';
import { closureShape, settingsOf, type ClosureOptions } from './_lib/statusSettings';
import { parseOptions } from './_lib/statsOptions';
import type { ComplaintRecord } from './schema';

/**
 * Options of {@link complaintStatus}.
 *
 * @example
 * const resolved = { id: 'T1', kind: 'complaint', events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }
 * complaintStatus({ ...resolved, needsReturnVisit: true }, { at: '2026-03-04T09:00+08:00' }).visit.overdue //=> false (三日内: due 03-05)
 * complaintStatus({ ...resolved, needsReturnVisit: true }, { at: '2026-03-04T09:00+08:00', visitWithin: '一日内' }).visit.overdue //=> true
 */
export interface ComplaintStatusOptions extends ClosureOptions {
  /** The instant to judge at (events after it are not yet known). */
  at: Instant;
  /** Other records: a `complaint` about the same `matter` received after completion and before the quiet week ends reopens a no-visit complaint (CMP-14). @default [] */
  related?: readonly ComplaintRecord[];
}

/**
 * Schema of {@link ComplaintStatusOptions}.
 *
 * @example
 * ComplaintStatusOptionsSchema.safeParse({ at: '2026-03-04T09:00+08:00', visitWithin: '三日内' }).success //=> true
 * ComplaintStatusOptionsSchema.safeParse({}).success //=> false (no `at`)
 */
export const ComplaintStatusOptionsSchema = z.strictObject({
  ...closureShape,
  at: z.union([z.string(), z.date()]),
  related: z.optional(z.array(z.unknown())),
});

/**
 * Where a complaint stands, why, and until when.
 *
 * @example
 * const events = [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }, { type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'satisfied' }]
 * const s = complaintStatus({ id: 'T1', kind: 'complaint', events }, { at: '2026-03-04T09:00+08:00' })
 * s.state //=> 'closed'
 * s.reason //=> 'satisfied-visit'
 * s.closedAt.toISOString() //=> '2026-03-03T02:00:00.000Z'
 * s.explanation.en //=> 'Closed: the customer was satisfied at the return visit at 2026-03-03T10:00:00+08:00 (CMP-14).'
 */
export interface ComplaintStatus {
  readonly id: string;
  readonly at: Date;
  readonly state: ComplaintState;
  readonly reason: StatusReason;
  /** Whether a satisfied return visit is what closes it (else the quiet week). */
  readonly needsReturnVisit: boolean;
  /** The last completion (`resolved`), when there is one. */
  readonly resolvedAt?: Date;
  /** The closing instant, once closed. */
  readonly closedAt?: Date;
  /** Awaiting the quiet week: the instant it closes unless a repeat comes first. */
  readonly closesAt?: Date;
  /** The quiet week after the last completion (no-visit complaints). */
  readonly quietPeriod?: { readonly lastDay: string; readonly nominalLastDay: string; readonly endsAt: Date; readonly rolledOver: boolean };
  /** The return visit after the last completion (CMP-15). */
  readonly visit?: { readonly due: Date; readonly lastDay: string; readonly at?: Date; readonly outcome?: string; readonly onTime?: boolean; readonly overdue: boolean };
  /** The repeat complaint that reopened it. */
  readonly repeat?: { readonly id: string; readonly at: Date };
  readonly reopenedAt?: Date;
  readonly rules: readonly RuleId[];
  readonly explanation: LocalizedText;
  /** Problems in the log (bad event times, a visit without outcome); the replay goes on without them. */
  readonly issues: readonly ValidationIssue[];
}

export const limitText = (l: unknown, fallback: string): string => {
  if (l === undefined) return fallback;
  if (typeof l === 'string') return l;
  try {
    return formatTimeLimit((l ?? fallback) as never);
  } catch {
    return fallback;
  }
};

/** complaintStatus after its checks: also the CLI's loop, which indexes the repeats once. */
export function presentStatus(r: Loose, atMs: number, s: StatusSettings, idx: Map<string, Repeats>, quietText: string, visitText: string): ComplaintStatus {
  const issues: ValidationIssue[] = [];
  const needs = needsReturnVisit(r as never);
  const matter = typeof r.matter === 'string' ? r.matter : undefined;
  const c = statusCore(r, needs, atMs, matter ? idx.get(matter) : undefined, s, issues, []);
  const rules: RuleId[] = ['CMP-14'];
  if (c.needsVisit && has(c.visitDue)) rules.push('CMP-15');
  if (has(c.resolvedAt)) rules.push('TL-02', 'TL-04');
  if (rolledOver(c)) rules.push('TL-03');
  return Object.freeze({
    id: r.id as string,
    at: new Date(atMs),
    state: c.state,
    reason: c.reason,
    needsReturnVisit: needs,
    ...(has(c.resolvedAt) ? { resolvedAt: new Date(c.resolvedAt) } : {}),
    ...(has(c.closedAt) ? { closedAt: new Date(c.closedAt) } : {}),
    ...(c.state === 'resolved' && has(c.quietEnd) ? { closesAt: new Date(c.quietEnd) } : {}),
    ...(has(c.quietEnd)
      ? {
          quietPeriod: Object.freeze({
            lastDay: formatDay(c.quietLastDay),
            nominalLastDay: formatDay(c.quietNominalLastDay),
            endsAt: new Date(c.quietEnd),
            rolledOver: rolledOver(c),
          }),
        }
      : {}),
    ...(has(c.visitDue)
      ? {
          visit: Object.freeze({
            due: new Date(c.visitDue),
            lastDay: formatDay(c.visitLastDay),
            ...(has(c.visitAt) ? { at: new Date(c.visitAt), onTime: c.visitAt <= c.visitDue } : {}),
            ...(c.visitOutcome !== undefined ? { outcome: c.visitOutcome } : {}),
            overdue: !has(c.visitAt) && atMs >= c.visitDue,
          }),
        }
      : {}),
    ...(c.repeatId !== undefined ? { repeat: Object.freeze({ id: c.repeatId, at: new Date(c.repeatAt) }) } : {}),
    ...(has(c.reopenedAt) ? { reopenedAt: new Date(c.reopenedAt) } : {}),
    rules: Object.freeze(rules),
    explanation: Object.freeze(statusText(c, s, quietText, visitText)),
    issues: Object.freeze(issues.map(cleanIssue)),
  });
}

/**
 * Where a complaint stands at an instant (CMP-14, seed 002_673a1afb47376297.txt
 * 客户投诉统计说明: 投诉是否关闭，以回访验证时客户对投诉处理结果是否满意作为判断依据，
 * 对于无须回访的投诉，以处理完毕后一周内无再次投诉作为投诉关闭的判断依据):
 * - `open`: not resolved yet, or the customer was not satisfied at the visit;
 * - `resolved`: completed (`resolved` event), awaiting the return visit —
 *   due “三日内” (CMP-15) — or, when no visit is needed, the quiet week;
 * - `closed`: by a satisfied return visit (at the visit), or when the quiet
 *   week passed with no repeat complaint (at its end);
 * - `reopened`: for a complaint that needs no visit, a repeat complaint about
 *   the same matter (`related`) came after completion and before the quiet
 *   week ended; or a `reopened` event (any complaint). A complaint that needs
 *   a visit closes on the customer's verdict, not on other people's repeats.
 * The quiet week and the visit limit are 民法典 periods counted by
 * `guifan/time-limit` in the calendar's zone: the completion day is not counted
 * (第二百零一条), the period ends at 24:00 of its last day, and a last day that is
 * a rest day rolls over to the next working day (第二百零三条; `rollOverRestDays:
 * false` to keep the bare seven days). Monotone: once closed it stays closed
 * unless a `reopened` event comes.
 *
 * @param record - a complaint record (`id`, `kind`, `matter`, `needsReturnVisit`, `events` are read)
 * @param options - {@link ComplaintStatusOptions}: `at` is required
 * @returns a frozen {@link ComplaintStatus}
 * @throws {GuifanError} `VALIDATION_FAILED` (not a record), `INVALID_OPTIONS`, `INVALID_DATE`, `AMBIGUOUS_INSTANT`, `CALENDAR_NOT_COVERED`
 * @example
 * const r = { id: 'T1', kind: 'complaint', needsReturnVisit: false, matter: 'lift-3',
 *   events: [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }] }
 * complaintStatus(r, { at: '2026-03-09T12:00+08:00' }).closesAt.toISOString() //=> '2026-03-09T16:00:00.000Z' (24:00 of 03-09 in Shanghai)
 * complaintStatus(r, { at: '2026-03-10T00:00+08:00' }).state //=> 'closed'
 * complaintStatus({ ...r, needsReturnVisit: true }, { at: '2026-03-04T09:00+08:00' }).visit.due.toISOString() //=> '2026-03-05T16:00:00.000Z'
 */
export function complaintStatus(record: ComplaintRecord, options: ComplaintStatusOptions): ComplaintStatus {
  const o = parseOptions(ComplaintStatusOptionsSchema, options, 'CMP-14');
  const r = record as unknown as Loose;
  if (r === null || typeof r !== 'object' || typeof r.id !== 'string' || (r.events !== undefined && !Array.isArray(r.events))) {
    throw validationError([makeIssue('INVALID_INPUT', [], { value: record, reasonZh: '应为投诉记录：有 id 和 events 数组', reasonEn: 'expected a complaint record with an id and an events array' }, 'CMP-14')], 'CMP-14');
  }
  const s = settingsOf(o);
  let atMs: number;
  try {
    atMs = toEpochMs(o.at);
  } catch (e) {
    if (isGuifanError(e)) throw new GuifanError(e.code, e.details, 'CMP-14', { cause: e });
    throw e;
  }
  return presentStatus(r, atMs, s, repeatIndex([r, ...(o.related ?? [])]), limitText(o.quietPeriod, '一周内'), limitText(o.visitWithin, '三日内'));
}
