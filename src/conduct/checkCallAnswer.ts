import { GuifanError } from '../errors/GuifanError';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { normalizeForMatching } from './_lib/normalize';
import { listOption } from '../_lib/options';
import { echo, succeeded } from './_lib/issues';
import { checkServiceLanguage, type LanguageFinding } from './checkServiceLanguage';

/**
 * A call as the switch and the recording know it (SVC-01).
 *
 * @example
 * checkCallAnswer({ secondsToAnswer: 12, firstUtterance: '您好', line: 'internal' }).rings //=> 3 (12 s at 5 s a ring)
 * checkCallAnswer({ answered: false }).issues[0].code //=> 'CALL_NOT_ANSWERED'
 */
export interface AnsweredCall {
  /** Rings heard before the agent picked up, as the switch counts them (0 = before the first ring ended). */
  readonly rings?: number;
  /** Seconds from the first ring to pick-up; converted to rings when `rings` is absent. */
  readonly secondsToAnswer?: number;
  /** `false` for a call nobody answered. @default true */
  readonly answered?: boolean;
  /** What the agent said first, e.g. `'您好，金穗公司'`. */
  readonly firstUtterance?: string;
  /** An outside (外线) call must name the organisation; an internal (内线) one needs 您好 only. @default 'external' */
  readonly line?: 'external' | 'internal';
}

/**
 * Options of {@link checkCallAnswer}.
 *
 * @example
 * checkCallAnswer({ rings: 1, firstUtterance: '您好，物业服务中心' }, { organisation: ['金穗公司', '物业服务中心'] }).greeting //=> { present: true, organisation: true }
 * checkCallAnswer({ rings: 4, firstUtterance: '您好' }, { maxRings: 5 }).success //=> true
 */
export interface CheckCallAnswerOptions {
  /** Pick up within this many rings (铃三声内). @default 3 */
  readonly maxRings?: number;
  /**
   * Length of one ring cycle in seconds, to turn `secondsToAnswer` into rings:
   * mainland exchanges ring 1 s on, 4 s off.
   * @default 5
   */
  readonly ringSeconds?: number;
  /** The greeting that opens every answer. @default '您好' */
  readonly greeting?: string;
  /**
   * The organisation (or agent number) an outside call must be answered with,
   * e.g. `'金穗公司'`; several names are alternatives. Without it, only the
   * greeting is checked.
   * @default undefined
   */
  readonly organisation?: string | readonly string[];
  /** Also check the first utterance for forbidden phrases (SVC-02). @default true */
  readonly checkLanguage?: boolean;
}

/**
 * Result of {@link checkCallAnswer}: success = no error-severity issue.
 *
 * @example
 * const r = checkCallAnswer({ rings: 4, firstUtterance: '您好，金穗公司' }, { organisation: '金穗公司' });
 * [r.success, r.rings, r.withinRings, r.greeting] //=> [false, 4, false, { present: true, organisation: true }]
 * r.issues.map((i) => i.code) //=> ['ANSWERED_LATE']
 */
export interface CallAnswerCheck {
  readonly success: boolean;
  readonly issues: readonly (ValidationIssue | LanguageFinding)[];
  /** The ring during which the call was answered (`rings` as given, or from the seconds). */
  readonly rings?: number;
  readonly withinRings?: boolean;
  /** `present`: the answer opens with the greeting (said later it is `GREETING_NOT_FIRST`); `organisation`: named in the opening sentence (outside lines, when `options.organisation` is given). */
  readonly greeting: { readonly present: boolean; readonly organisation?: boolean };
}

// Punctuation and symbols (spaces are already folded away); \n ends a line.
const LEADING_PUNCT = /^[\p{P}\p{S}\n]*/u;
const PUNCT = /^[\p{P}\p{S}\n]$/u;
/** Length of the punctuation at the end of `s` (a loop, not a `…*$` pattern: linear on any text). */
function trailingPunct(s: string): number {
  let n = 0;
  while (n < s.length && PUNCT.test(s[s.length - 1 - n]!)) n++;
  return n;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Checks how a hotline call was answered (SVC-01): picked up within three
 * rings, opening with the standard greeting — 您好 and, on outside lines, the
 * organisation (热线电话铃三声内应拿起电话，首先主动说：“您好，金穗公司”,
 * 000_f2b4871b7e896d5d.txt; 铃响三声以内接起……首先自报：“您好，联众投资”,
 * 003_a81383e5793b87b0.txt). Any punctuation or space may follow 您好
 * (`您好！金穗公司`, 004 篇2 “您好!*****”); a greeting said after something
 * else (`金穗公司，您好`, `喂，您好`) is `GREETING_NOT_FIRST`, quoting what came
 * before it. Traditional characters read as simplified (`請問`).
 *
 * @param call - {@link AnsweredCall}
 * @param options - {@link CheckCallAnswerOptions}
 * @returns `{ success, issues, rings, withinRings, greeting }` (codes `ANSWERED_LATE`, `CALL_NOT_ANSWERED`, `GREETING_MISSING`, `GREETING_NOT_FIRST`, `GREETING_ORGANISATION_MISSING`, `INVALID_INPUT`, `FORBIDDEN_PHRASE` …)
 * @throws {GuifanError} `INVALID_OPTIONS` when `call` or an option is not of the documented type
 * @example
 * checkCallAnswer({ rings: 2, firstUtterance: '您好，金穗公司' }, { organisation: '金穗公司' }).success //=> true
 * checkCallAnswer({ secondsToAnswer: 16, firstUtterance: '喂？' }).issues.map((i) => i.code) //=> ['ANSWERED_LATE', 'GREETING_MISSING']
 * checkCallAnswer({ rings: 1, firstUtterance: '您好!金穗公司' }, { organisation: '金穗公司' }).success //=> true
 * checkCallAnswer({ rings: 1, firstUtterance: '金穗公司，您好' }, { organisation: '金穗公司' }).issues[0].details.before //=> '金穗公司'
 */
export function checkCallAnswer(call: AnsweredCall, options: CheckCallAnswerOptions = {}): CallAnswerCheck {
  if (call === null || typeof call !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'call', value: call, reasonZh: '应为对象', reasonEn: 'expected an object' }, 'SVC-01');
  }
  if (options === null || typeof options !== 'object') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'options', value: options, reasonZh: '应为对象', reasonEn: 'expected an object' }, 'SVC-01');
  }
  const maxRings = options.maxRings ?? 3;
  const ringSeconds = options.ringSeconds ?? 5;
  if (!isCount(maxRings) || maxRings < 1) throw new GuifanError('INVALID_OPTIONS', { path: 'maxRings', value: echo(maxRings), reasonZh: '应为正整数', reasonEn: 'expected a positive whole number' }, 'SVC-01');
  if (!isSeconds(ringSeconds) || ringSeconds === 0) throw new GuifanError('INVALID_OPTIONS', { path: 'ringSeconds', value: echo(ringSeconds), reasonZh: '应为正数', reasonEn: 'expected a positive number' }, 'SVC-01');
  const greetingWord = options.greeting ?? '您好';
  const orgs = listOption(options.organisation, 'organisation', 'SVC-01', true) ?? [];
  if (typeof greetingWord !== 'string' || !greetingWord || !orgs.every((o) => typeof o === 'string' && o.length > 0)) {
    throw new GuifanError('INVALID_OPTIONS', { path: 'greeting/organisation', value: options.organisation ?? options.greeting, reasonZh: '应为非空字符串', reasonEn: 'expected non-empty text' }, 'SVC-01');
  }

  const issues: (ValidationIssue | LanguageFinding)[] = [];
  if (call.answered === false) {
    issues.push(makeIssue('CALL_NOT_ANSWERED', [], {}, 'SVC-01'));
    return { success: false, issues, greeting: { present: false } };
  }

  let rings: number | undefined;
  if (call.rings !== undefined) {
    if (isCount(call.rings)) rings = call.rings;
    else issues.push(makeIssue('INVALID_INPUT', ['rings'], { value: echo(call.rings), reasonZh: '振铃次数应为非负整数', reasonEn: 'rings must be a whole number ≥ 0' }, 'SVC-01'));
  } else if (call.secondsToAnswer !== undefined) {
    if (isSeconds(call.secondsToAnswer)) rings = Math.floor(call.secondsToAnswer / ringSeconds) + 1;
    else issues.push(makeIssue('INVALID_INPUT', ['secondsToAnswer'], { value: echo(call.secondsToAnswer), reasonZh: '接听用时应为非负秒数', reasonEn: 'seconds to answer must be a number ≥ 0' }, 'SVC-01'));
  } else {
    issues.push(makeIssue('INVALID_INPUT', ['rings'], { reasonZh: '缺少振铃次数或接听用时（rings / secondsToAnswer）', reasonEn: 'rings or secondsToAnswer is required' }, 'SVC-01'));
  }
  const withinRings = rings === undefined ? undefined : rings <= maxRings;
  if (rings !== undefined && !withinRings) issues.push(makeIssue('ANSWERED_LATE', ['rings'], { value: rings, rings, max: maxRings, ...(call.secondsToAnswer !== undefined ? { seconds: echo(call.secondsToAnswer) } : {}) }, 'SVC-01'));

  const said = call.firstUtterance;
  let present = false;
  let organisation: boolean | undefined;
  if (said !== undefined && typeof said !== 'string') {
    issues.push(makeIssue('INVALID_INPUT', ['firstUtterance'], { value: echo(said), reasonZh: '应为文字', reasonEn: 'expected text' }, 'SVC-01'));
  } else {
    const folded = normalizeForMatching(said ?? '');
    const text = folded.text;
    const lead = LEADING_PUNCT.exec(text)![0].length;
    const head = text.slice(lead);
    const greeting = normalizeForMatching(greetingWord).text;
    present = head.startsWith(greeting);
    const late = present ? -1 : head.indexOf(greeting);
    if (late > 0) {
      // 金穗公司，您好: the greeting is said, but not first. Quote what came before it, as written.
      const upTo = lead + late - trailingPunct(head.slice(0, late));
      const before = (said ?? '').slice(folded.start[lead], folded.end[upTo - 1]);
      issues.push(makeIssue('GREETING_NOT_FIRST', ['firstUtterance'], { value: said ?? '', greeting: greetingWord, before }, 'SVC-01'));
    } else if (!present) issues.push(makeIssue('GREETING_MISSING', ['firstUtterance'], { value: said ?? '', greeting: greetingWord }, 'SVC-01'));
    if ((call.line ?? 'external') === 'external' && orgs.length) {
      // The organisation is named in the opening sentence: after 您好 and whatever punctuation or space
      // follows it (您好，金穗公司 / 您好！金穗公司 / 您好 金穗公司, 004 篇2 “您好!*****”).
      const rest = present ? head.slice(greeting.length).replace(LEADING_PUNCT, '') : head;
      const opening = rest.split(/[。.!?]/u)[0] ?? '';
      organisation = orgs.some((o) => opening.includes(normalizeForMatching(o).text));
      if (!organisation) issues.push(makeIssue('GREETING_ORGANISATION_MISSING', ['firstUtterance'], { value: said ?? '', organisation: orgs.join(' / ') }, 'SVC-01'));
    }
    if (said && options.checkLanguage !== false) {
      for (const f of checkServiceLanguage(said).findings) issues.push(f);
    }
  }
  return {
    success: succeeded(issues),
    issues,
    ...(rings !== undefined ? { rings, withinRings: withinRings! } : {}),
    greeting: organisation === undefined ? { present } : { present, organisation },
  };
}
