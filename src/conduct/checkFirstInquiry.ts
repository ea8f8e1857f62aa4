import { formatInstant } from '../_lib/formatInstant';
import { createZone } from '../_lib/zone';
import { chinaCalendar } from '../calendar/chinaCalendar';
import type { WorkingCalendar } from '../calendar/types';
import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { dueAt } from '../time-limit/dueAt';
import type { TimeLimit } from '../time-limit/schema';
import { echo, parseOrIssues, readInstant, succeeded } from './_lib/issues';
import { checkServiceLanguage } from './checkServiceLanguage';
import { ConductCaseSchema, type ConductCase, type ConductEvent } from './schema';

/**
 * The APR-07 offence keys of `FIRST_INQUIRY_PENALTIES` (guifan/appraisal).
 *
 * @example
 * checkFirstInquiry({ events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'dispatched', at: '2026-10-09T12:00+08:00', actor: '王敏', to: '工程部李工' }] }, { at: '2026-10-09T13:00+08:00', handoverWithin: '30分钟' }).issues[0].offence //=> 'unjustified-delay'
 */
export type FirstInquiryOffence = 'not-recorded' | 'unsatisfactory-answer' | 'avoiding' | 'refusing' | 'shirking' | 'unjustified-delay' | 'uncivil-language' | 'quarrelling';

/**
 * A breach of first-inquiry responsibility, with the APR-07 offence it is penalised as.
 *
 * @example
 * const f = checkFirstInquiry({ events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'dispatched', at: '2026-10-09T12:00+08:00', actor: '王敏', to: '工程部李工' }] }, { at: '2026-10-09T13:00+08:00', handoverWithin: '30分钟' }).issues[0];
 * [f.code, f.rule, f.offence, f.actor] //=> ['HANDOVER_LATE', 'SVC-03', 'unjustified-delay', '王敏']
 */
export interface FirstInquiryFinding extends ValidationIssue {
  /** Key into `FIRST_INQUIRY_PENALTIES.offences`, for `validatePenalty` (APR-07). */
  readonly offence?: FirstInquiryOffence;
  /** Whom the finding concerns. */
  readonly actor?: string;
}

/**
 * Options of {@link checkFirstInquiry}.
 *
 * @example
 * const caseLog = { events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'dispatched', at: '2026-10-09T09:40+08:00', actor: '王敏', to: '工程部李工' }] }
 * checkFirstInquiry(caseLog, { at: '2026-10-09T10:00+08:00' }).issues.map((i) => i.code) //=> [] (within the default 2小时)
 * checkFirstInquiry(caseLog, { at: '2026-10-09T10:00+08:00', handoverWithin: '30分钟' }).issues.map((i) => i.code) //=> ['HANDOVER_LATE']
 */
export interface CheckFirstInquiryOptions {
  /** The instant of the check. @default the last event of the log */
  readonly at?: Date | string | number;
  /**
   * How soon a request not answered on the spot must be handed to a named
   * owner. The seeds say “及时” without a figure; the default is the longest
   * contact tier of ESC-01.
   * @default '2小时'
   */
  readonly handoverWithin?: TimeLimit | string;
  /** The calendar for working-time limits and the zone of messages. @default chinaCalendar() */
  readonly calendar?: WorkingCalendar;
}

/**
 * Result of {@link checkFirstInquiry}: success = no error-severity finding.
 *
 * @example
 * checkFirstInquiry({ events: [{ type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' }, { type: 'replied', at: '2026-10-09T09:05+08:00', actor: '王敏', result: '已告知停水时间', sameContact: true }] })
 * //=> { success: true, issues: [], firstReceiver: '王敏', answeredOnTheSpot: true, followedUp: true }
 */
export interface FirstInquiryCheck {
  readonly success: boolean;
  readonly issues: readonly FirstInquiryFinding[];
  /** The first receiver (首问责任人): the actor of the `received` event. */
  readonly firstReceiver?: string;
  readonly answeredOnTheSpot: boolean;
  /** The named owner the case was handed to, and when. */
  readonly handover?: { readonly to?: string; readonly at: Date };
  readonly followedUp: boolean;
}

const ANSWER = new Set(['replied', 'resolved']);

const finding = (issue: ValidationIssue, offence?: FirstInquiryOffence, actor?: string): FirstInquiryFinding =>
  Object.freeze({ ...issue, ...(offence ? { offence } : {}), ...(actor !== undefined ? { actor } : {}) });

/**
 * Checks first-inquiry responsibility (首问责任制, SVC-03) over a case log
 * whose events say who did what: the first receiver either answered (on the
 * spot, or themselves within the hand-over limit, before any handover), or
 * handed the case to a named owner in time and followed it up; the result was
 * recorded; the customer was satisfied at the last return visit; no one used
 * forbidden language. What was done by the deadline is a fact that later
 * events never erase: a handover 3.5 h after receipt stays `HANDOVER_LATE`
 * (APR-07 无故拖延) however well the case then ends, and an answer given only
 * after the deadline without a handover is still `NO_OWNER`. Each finding names the APR-07 offence (`offence`) so a host can
 * propose the deduction with `validatePenalty` from guifan/appraisal.
 *
 * @param caseLog - `{ id?, events: [{ type, at, actor, to?, result?, text?, outcome?, sameContact? }] }`
 * @param options - {@link CheckFirstInquiryOptions}
 * @returns `{ success, issues, firstReceiver, answeredOnTheSpot, handover, followedUp }` (codes `ACTOR_MISSING`, `NO_OWNER`, `HANDOVER_WITHOUT_OWNER`, `HANDOVER_LATE`, `NOT_FOLLOWED_UP`, `RESULT_NOT_RECORDED`, `ANSWER_NOT_SATISFACTORY`, `UNCIVIL_LANGUAGE`, `INVALID_INPUT`, `INVALID_EVENT_TIME`)
 * @throws {GuifanError} `INVALID_OPTIONS` for options of the wrong type
 * @example
 * const r = checkFirstInquiry({ events: [
 *   { type: 'received', at: '2026-10-09T09:00+08:00', actor: '王敏' },
 *   { type: 'dispatched', at: '2026-10-09T09:10+08:00', actor: '王敏', to: '工程部李工' },
 *   { type: 'resolved', at: '2026-10-09T15:00+08:00', actor: '工程部李工' },
 * ] })
 * r.issues.map((i) => [i.code, i.offence]) //=> [['NOT_FOLLOWED_UP', 'shirking'], ['RESULT_NOT_RECORDED', 'not-recorded']]
 */
export function checkFirstInquiry(caseLog: ConductCase, options: CheckFirstInquiryOptions = {}): FirstInquiryCheck {
  if (options === null || typeof options !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'options', value: options, reasonZh: '应为对象', reasonEn: 'expected an object' }, 'SVC-03');
  }
  const calendar = options.calendar ?? chinaCalendar();
  const empty = { answeredOnTheSpot: false, followedUp: false } as const;
  const parsed = parseOrIssues(ConductCaseSchema, caseLog, [], 'SVC-03');
  if (!parsed.data) return { success: false, issues: parsed.issues.map((i) => finding(i)), ...empty };

  const issues: FirstInquiryFinding[] = [];
  const events: { e: ConductEvent; t: number; i: number }[] = [];
  parsed.data.events.forEach((e, i) => {
    const t = readInstant(e.at);
    if (t === undefined) issues.push(finding(makeIssue('INVALID_EVENT_TIME', ['events', i, 'at'], { value: echo(e.at) }, 'SVC-03')));
    else events.push({ e, t, i });
  });
  events.sort((a, b) => a.t - b.t || a.i - b.i);
  const received = events.find((x) => x.e.type === 'received');
  if (!received) {
    issues.push(finding(makeIssue('INVALID_INPUT', ['events'], { reasonZh: '没有 received（受理）事件，无法确定首问责任人', reasonEn: 'no received event: the first receiver is unknown' }, 'SVC-03')));
    return { success: false, issues, ...empty };
  }
  const first = received.e.actor;
  if (!first) {
    issues.push(finding(makeIssue('ACTOR_MISSING', ['events', received.i, 'actor'], { type: 'received' }, 'SVC-03')));
    return { success: false, issues, ...empty };
  }
  const zone = createZone(calendar.timeZone);
  const show = (t: number): string => formatInstant(t, zone);
  const at = options.at === undefined ? events[events.length - 1]!.t : readInstant(options.at);
  if (at === undefined) throw new GuifanError('INVALID_OPTIONS', { path: 'at', value: echo(options.at), reasonZh: '应为带时区偏移的时刻', reasonEn: 'expected an instant with an offset' }, 'SVC-03');

  const mine = (x: { e: ConductEvent }): boolean => x.e.actor === first;
  const onTheSpot = events.some((x) => mine(x) && ANSWER.has(x.e.type) && (x.e.sameContact === true || x.t === received.t));
  const handover = events.find((x) => x.e.type === 'dispatched' && x.t >= received.t && (x.e.actor === undefined || mine(x)));
  let followedUp = false;

  if (onTheSpot) followedUp = true;
  else {
    const limit = options.handoverWithin ?? '2小时';
    const latest = dueAt(new Date(received.t), limit, { calendar }).getTime();
    // What the first receiver had done by the deadline is a fact; nothing after it changes it (APR-07 无故拖延).
    // Answering the case themselves counts only before any handover (after one, it is the follow-up) and by the deadline.
    const ownAnswer = events.find((x) => mine(x) && ANSWER.has(x.e.type) && (!handover || x.t <= handover.t));
    if (ownAnswer && ownAnswer.t <= latest) followedUp = true;
    else if (!handover) {
      // Answered later without a handover: the deadline still passed unmet, a delay; never answered: shirking.
      if (at > latest) issues.push(finding(makeIssue('NO_OWNER', ['events'], { actor: first, latest: show(latest) }, 'SVC-03'), ownAnswer ? 'unjustified-delay' : 'shirking', first));
      followedUp = ownAnswer !== undefined;
    } else {
      if (!handover.e.to) issues.push(finding(makeIssue('HANDOVER_WITHOUT_OWNER', ['events', handover.i, 'to'], { actor: first }, 'SVC-03'), 'shirking', first));
      if (handover.t > latest) {
        issues.push(finding(makeIssue('HANDOVER_LATE', ['events', handover.i, 'at'], { actor: first, at: show(handover.t), latest: show(latest) }, 'SVC-03'), 'unjustified-delay', first));
      }
      // 跟踪到底: the first receiver acts again after handing over (a call back, a check, the reply).
      followedUp = events.some((x) => mine(x) && x.t > handover.t && x.e.type !== 'dispatched');
      const closed = events.some((x) => x.e.type === 'resolved');
      if (!followedUp && closed) issues.push(finding(makeIssue('NOT_FOLLOWED_UP', ['events'], { actor: first, owner: handover.e.to ?? '' }, 'SVC-03'), 'shirking', first));
    }
  }

  for (const x of events) {
    if (x.e.type === 'resolved' && !x.e.result?.trim()) {
      issues.push(finding(makeIssue('RESULT_NOT_RECORDED', ['events', x.i, 'result'], { actor: x.e.actor ?? first }, 'APR-07'), 'not-recorded', x.e.actor ?? first));
    }
    if (x.e.text) {
      const bad = checkServiceLanguage(x.e.text, { levels: ['error'] }).findings;
      if (bad.length) {
        issues.push(finding(makeIssue('UNCIVIL_LANGUAGE', ['events', x.i, 'text'], { actor: x.e.actor ?? '', value: bad.map((b) => b.text).join('、') }, 'SVC-02'), 'uncivil-language', x.e.actor));
      }
    }
  }
  const visits = events.filter((x) => x.e.type === 'visited' && x.e.outcome);
  const lastVisit = visits[visits.length - 1];
  if (lastVisit?.e.outcome === 'unsatisfied') {
    issues.push(finding(makeIssue('ANSWER_NOT_SATISFACTORY', ['events', lastVisit.i, 'outcome'], { actor: first, at: show(lastVisit.t) }, 'APR-07'), 'unsatisfactory-answer', first));
  }
  issues.sort((a, b) => pathOrder(a) - pathOrder(b));
  return {
    success: succeeded(issues),
    issues,
    firstReceiver: first,
    answeredOnTheSpot: onTheSpot,
    ...(handover ? { handover: { ...(handover.e.to ? { to: handover.e.to } : {}), at: new Date(handover.t) } } : {}),
    followedUp,
  };
}

// Findings in the order of the events they concern; findings about the whole log first.
const pathOrder = (i: ValidationIssue): number => (typeof i.path[1] === 'number' ? i.path[1] + 1 : 0);
