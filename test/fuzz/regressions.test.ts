// Regression tests for what issue 10 reported and the fuzz test
// (exports.fuzz.test.ts) found: each was a silent result (Invalid Date, NaN,
// a wrong default) or an untyped TypeError before.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import {
  checkDistribution,
  composeAnnual,
  createCalendar,
  calendarDeadline,
  diffMeetingNotices,
  dueAt,
  dutyAt,
  evaluateCases,
  explainDue,
  formatChineseDate,
  formatMessage,
  isWorkday,
  issueMessage,
  latestStart,
  localize,
  makeIssue,
  parseMeetingNotice,
  parseTimeLimit,
  PROPERTY_SERVICE_CENTRE,
  renderMeetingNotice,
  retentionUntil,
  roundScore,
  scoreAppraisal,
  toICalendar,
  validateAbsenceReport,
  validateChangeNotice,
  validateMeetingNotice,
  validateMonthlySchedule,
  validationError,
  workdaysBetween,
  type GuifanError,
} from '../../src/index';
import { thrown } from '../_helpers/errors';

const code = (fn: () => unknown): string => thrown(fn).code;
const START = '2026-01-05T10:00+08:00';
const notice = { title: '安全例会', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', convener: { name: '王五', email: 'wang@example.com' } };

describe('issue 10 item 3: the three silent or untyped results it names', () => {
  it('TL-01 dueAt(…, 1000000000000小时) throws INSTANT_OUT_OF_RANGE, never an Invalid Date', () => {
    const e: GuifanError = thrown(() => dueAt(START, '1000000000000小时'));
    expect(e.code).toBe('INSTANT_OUT_OF_RANGE');
    expect(e.messages.en).toContain('0001-01-01 to 9999-12-31');
    expect(e.messages['zh-CN']).toContain('超出可计算的范围');
    expect(code(() => explainDue(START, '1000000000000小时'))).toBe('INSTANT_OUT_OF_RANGE');
  });

  it('TL-01 parseTimeLimit(999999999999999999999个工作日) is INVALID_AMOUNT (not the safe integer written)', () => {
    const e = thrown(() => parseTimeLimit('999999999999999999999个工作日'));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.rule).toBe('TL-01');
    expect(e.details.value).toBe('999999999999999999999');
    expect(code(() => parseTimeLimit('9007199254740992小时'))).toBe('INVALID_AMOUNT');
    expect(code(() => parseTimeLimit('9007199254740991个半小时'))).toBe('INVALID_AMOUNT');
    expect(code(() => dueAt(START, { amount: 1e21, unit: 'workday' }))).toBe('INVALID_AMOUNT');
  });

  it('TL-01 the bound is Number.MAX_SAFE_INTEGER: the largest exact amount still reads', () => {
    expect(parseTimeLimit('9007199254740991小时')).toEqual({ amount: Number.MAX_SAFE_INTEGER, unit: 'hour', kind: 'within' });
    // … and a span that long ends outside the years dates are written in
    expect(code(() => dueAt(START, '9007199254740991小时'))).toBe('INSTANT_OUT_OF_RANGE');
  });

  it('TL-01 digits a double cannot hold are refused, not rounded (1.00000000000000001个工作日)', () => {
    expect(code(() => parseTimeLimit('1.00000000000000001个工作日'))).toBe('INVALID_TIME_LIMIT');
    expect(parseTimeLimit('1.50小时')).toEqual({ amount: 1.5, unit: 'hour', kind: 'within' });
  });

  it('MTG-01 toICalendar(null) is a GuifanError (VALIDATION_FAILED), not a bare TypeError', () => {
    expect(code(() => toICalendar(null as never))).toBe('VALIDATION_FAILED');
    expect(code(() => toICalendar(undefined as never))).toBe('VALIDATION_FAILED');
    expect(toICalendar(notice, null as never)).toContain('BEGIN:VCALENDAR'); // options null: the defaults
  });
});

describe('INSTANT_OUT_OF_RANGE: computed instants stay in years 0001–9999', () => {
  it('TL-08 latestStart far back', () => {
    expect(code(() => latestStart(START, '提前1000000000000小时'))).toBe('INSTANT_OUT_OF_RANGE');
    expect(code(() => latestStart(START, { amount: 1e12, unit: 'month', kind: 'lead' }, { rollBackRestDays: false }))).toBe('INSTANT_OUT_OF_RANGE');
  });

  it('TL-02 months without roll-over (no calendar question is asked on the way)', () => {
    expect(code(() => dueAt(START, { amount: 1e12, unit: 'month' }, { rollOverRestDays: false }))).toBe('INSTANT_OUT_OF_RANGE');
  });

  it('CAL-01 a Date beyond year 9999 is refused where it is read', () => {
    expect(code(() => dueAt(new Date(8.64e15), '1小时'))).toBe('INSTANT_OUT_OF_RANGE');
  });

  it('TL-01 ordinary long limits still work', () => {
    expect(dueAt(START, '80000小时').getTime()).toBe(Date.parse(START) + 80_000 * 3_600_000);
  });
});

describe('messages never throw, whatever they quote', () => {
  const nullProto = Object.assign(Object.create(null) as object, { x: 1n });

  it('CAL-01 INVALID_DATE for an object with no prototype holding a BigInt (was: TypeError inside the message)', () => {
    expect(code(() => isWorkday(nullProto as never))).toBe('INVALID_DATE');
  });

  it('issues quote BigInts and cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(makeIssue('DUPLICATE_KEY', [], { key: 10n }).message.en).toBe('Duplicate key 10n');
    // issue 24: the one value printer shows the cycle, not `[object Object]`
    expect(makeIssue('DUPLICATE_KEY', [], { key: cycle }).message.en).toBe('Duplicate key {"self":[Circular]}');
  });

  it('a quoted value is clipped in the message, kept whole in details', () => {
    const long = 'x'.repeat(10_000);
    const e = thrown(() => isWorkday(long));
    expect(e.message.length).toBeLessThan(1000);
    expect(e.details.value).toBe(long);
  });
});

describe('the errors module answers bad calls with INVALID_OPTIONS', () => {
  it('formatMessage / localize: unknown code, locale, details', () => {
    expect(code(() => formatMessage('NOPE' as never, {}))).toBe('INVALID_OPTIONS');
    expect(code(() => formatMessage('toString' as never, {}))).toBe('INVALID_OPTIONS');
    expect(code(() => formatMessage('INVALID_DATE', {}, 'fr' as never))).toBe('INVALID_OPTIONS');
    expect(code(() => localize('INVALID_DATE', null as never))).toBe('INVALID_OPTIONS');
    expect(localize('INVALID_DATE', undefined as never).en).toContain('Invalid date');
  });

  it('makeIssue / issueMessage / validationError', () => {
    expect(code(() => makeIssue('NOPE' as never, []))).toBe('INVALID_OPTIONS');
    expect(code(() => makeIssue('DUPLICATE_KEY', undefined as never))).toBe('INVALID_OPTIONS');
    expect(code(() => makeIssue('DUPLICATE_KEY', [], {}, undefined, 'fatal' as never))).toBe('INVALID_OPTIONS');
    expect(code(() => issueMessage(undefined as never))).toBe('INVALID_OPTIONS');
    expect(code(() => issueMessage(makeIssue('DUPLICATE_KEY', []), 'de' as never))).toBe('INVALID_OPTIONS');
    expect(code(() => validationError(undefined as never))).toBe('INVALID_OPTIONS');
    expect(code(() => validationError([{ ...makeIssue('DUPLICATE_KEY', []), path: [{}] }] as never))).toBe('INVALID_OPTIONS');
    expect(code(() => validationError([{ ...makeIssue('DUPLICATE_KEY', []), message: { 'zh-CN': Object.create(null), en: 'x' } }] as never))).toBe('INVALID_OPTIONS');
  });
});

describe('options and calendars at every boundary', () => {
  it('CAL-01 options null means the defaults; a non-object is INVALID_OPTIONS; a fake calendar is INVALID_OPTIONS (was: TypeError)', () => {
    expect(isWorkday('2026-10-10', null as never)).toBe(true);
    expect(code(() => isWorkday('2026-10-10', 5 as never))).toBe('INVALID_OPTIONS');
    expect(code(() => workdaysBetween('2026-10-01', '2026-10-09', { calendar: {} as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => dueAt(START, '1天', { calendar: 'china' as never }))).toBe('INVALID_OPTIONS');
    expect(isWorkday('2026-10-10', { calendar: null as never })).toBe(true); // null: not given, like undefined
    expect(code(() => dutyAt(START, null as never))).toBe('BUSINESS_HOURS_REQUIRED');
  });

  it('TL-07 calendarDeadline: unknown option values are refused, not read as a default (restDay: sideways used to move to the next working day)', () => {
    expect(code(() => calendarDeadline('每月20日前', '2026-12', { restDay: 'sideways' as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => calendarDeadline('每月20日前', '2026-12', { before: 'after' as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => calendarDeadline('每月20日前', { toString: () => '2026-12' } as never))).toBe('INVALID_OPTIONS');
  });

  it('TL-04 / TL-08 endOfDay and the roll-over switches must be what they say', () => {
    expect(code(() => latestStart(START, '提前两天', { endOfDay: 'noon' as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => latestStart(START, '提前两天', { rollBackRestDays: 'no' as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => dueAt(START, '3天', { rollOverRestDays: 'no' as never }))).toBe('INVALID_OPTIONS');
  });
});

describe('appraisal', () => {
  it("APR-09 retentionUntil: 'toString' is not a record kind (was: 'NaN-NaN-NaN'); no record is INVALID_OPTIONS", () => {
    expect(code(() => retentionUntil({ kind: 'toString' as never, date: '2026-10-31' }))).toBe('INVALID_OPTIONS');
    expect(code(() => retentionUntil(undefined as never))).toBe('INVALID_OPTIONS');
  });

  it('APR-04 roundScore: a huge exponent or precision is refused at once (was: a hang)', () => {
    // (before, these computed 10n ** 999999999n: the test would time out)
    expect(code(() => roundScore('1e999999999'))).toBe('INVALID_AMOUNT');
    expect(code(() => roundScore(1, 1e9))).toBe('INVALID_AMOUNT');
    expect(code(() => roundScore(1, 2, 'up' as never))).toBe('INVALID_OPTIONS');
    expect(roundScore(1234.5, -2)).toBe('1200');
  });

  it("APR-08 checkDistribution: a grade named '__proto__' is counted; bad members and shares are issues; an unknown rounding is refused", () => {
    const r = checkDistribution([{ id: 'a', grade: '__proto__' }, { id: 'b', grade: '__proto__' }], {});
    expect(Object.keys(r.counts)).toEqual(['__proto__']); // an own key, not the prototype
    const caps = Object.defineProperty({}, '__proto__', { value: 0.5, enumerable: true });
    const r2 = checkDistribution([{ id: 'a', grade: '__proto__' }, { id: 'b', grade: '__proto__' }], caps);
    expect(Object.getOwnPropertyDescriptor(r2.counts, '__proto__')?.value).toBe(2);
    expect(r2.issues.map((i) => i.code)).toEqual(['DISTRIBUTION_CAP_EXCEEDED']);
    expect(checkDistribution('team' as never, { 优秀: 0.2 }).issues.map((i) => i.code)).toEqual(['INVALID_INPUT']);
    expect(checkDistribution([{ id: 'a', grade: 1 } as never], { 优秀: '0.2' as never }).issues.map((i) => i.path.join('.'))).toEqual(['team.0.grade', 'caps.优秀']);
    expect(code(() => checkDistribution([], {}, { rounding: 'up' as never }))).toBe('INVALID_OPTIONS');
    expect(checkDistribution([], {}, null as never).ok).toBe(true);
  });

  it("APR-04 composeAnnual: expectedMonths must be 1–12 (1e9 with 'zero' pushed 1e9 scores; a BigInt was a TypeError), missingMonths known (was: silently 'renormalize')", () => {
    const annual = { inspections: [96], monthly: Array(12).fill(95), yearEnd: 90 };
    expect(code(() => composeAnnual(annual, { expectedMonths: 1e9, missingMonths: 'zero' }))).toBe('INVALID_OPTIONS');
    expect(code(() => composeAnnual(annual, { expectedMonths: 10n as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => composeAnnual(annual, { missingMonths: 'ignore' as never }))).toBe('INVALID_OPTIONS');
    expect(composeAnnual(annual, { expectedMonths: 12 }).exact).toBe(composeAnnual(annual).exact);
  });

  it('APR-03 a deduction on a dimension with no score is reported (MISSING_SCORE), not a TypeError', () => {
    const e = thrown(() => scoreAppraisal({ marks: { 勤: 19, 能: 27, 绩: 28 }, misconduct: [{ dimension: '德', points: 2, reason: '争吵' }] }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((e.details.issues as { code: string }[]).map((i) => i.code)).toContain('MISSING_SCORE');
  });
});

describe('meeting', () => {
  it('MTG-01 notices are checked where they enter: diff, render, iCalendar throw VALIDATION_FAILED; validators report issues', () => {
    expect(code(() => diffMeetingNotices(undefined as never, notice))).toBe('VALIDATION_FAILED');
    expect(code(() => renderMeetingNotice(null as never))).toBe('VALIDATION_FAILED');
    expect(validateChangeNotice(null as never, notice, undefined).issues.map((i) => i.path[0])).toEqual(['before']);
    const report = { person: '李四', kind: 'absence' as const, reportedTo: '张总', reportedAt: '2026-10-08T09:00+08:00' };
    expect(validateAbsenceReport(report, null as never).issues.map((i) => i.path[0])).toEqual(['notice']);
  });

  it('MTG-01 toICalendar: options are checked (SEQUENCE:NaN was written); a 100 000-character title still folds at 75 octets (its speed is the fuzz test’s 100 ms)', () => {
    expect(code(() => toICalendar(notice, { sequence: NaN }))).toBe('INVALID_OPTIONS');
    expect(code(() => toICalendar(notice, { method: 'PUBLISH' as never }))).toBe('INVALID_OPTIONS');
    // guifan/meeting documents every bad toICalendar option, dtstamp included, as INVALID_OPTIONS (path 'dtstamp').
    const stamp = thrown(() => toICalendar(notice, { dtstamp: 'yesterday' }));
    expect([stamp.code, stamp.details.path]).toEqual(['INVALID_OPTIONS', 'dtstamp']);
    const ics = toICalendar({ ...notice, title: '会𝄞a'.repeat(30_000) });
    const enc = new TextEncoder();
    expect(ics.split('\r\n').every((line) => enc.encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${'会𝄞a'.repeat(30_000)}`);
  });

  it('MTG-01 parseMeetingNotice: a bad year option is reported, not used (a date read as NaN-10-08); non-text is an issue', () => {
    // parseMeetingNotice never throws (documented): bad options are INVALID_INPUT issues under options.
    const r = parseMeetingNotice('10月8日 下午2:30', { year: NaN });
    expect(r.issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'year'], severity: 'error' });
    expect(r.draft.date).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'UNREADABLE_TEXT' && i.details.text === '10月8日')).toBe(true);
    expect(parseMeetingNotice('10月8日', 'x' as never).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
    expect(parseMeetingNotice(Object.create(null) as never).issues.map((i) => i.code)).toEqual(['UNREADABLE_TEXT']);
  });

  it('MTG-05 validateMonthlySchedule: deadlineOptions that are not an object are reported (a text was spread into 100 000 option keys)', () => {
    const schedule = { month: '2026-11', decidedAt: '2026-10-19T10:00+08:00', meetings: [] };
    const { issues } = validateMonthlySchedule(schedule, { deadlineOptions: 'x'.repeat(100_000) as never });
    expect(issues.some((i) => i.code === 'INVALID_INPUT' && String(i.message.en).includes('options must be an object'))).toBe(true);
    // and the deadline is not judged with defaults in their place
    expect(issues.map((i) => `${i.code}:${i.path.join('.')}`)).toEqual(['INVALID_INPUT:options.deadlineOptions']);
    expect(validateMonthlySchedule(schedule, { deadlineOptions: ['on-or-before'] as never }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'deadlineOptions'] });
  });

  // The meeting validators never throw on their arguments (documented, test/meeting/boundary.test.ts): a bad
  // option is an INVALID_INPUT issue of severity 'error' under options, so success is false.
  const optionIssue = (r: { success: boolean; issues: readonly { code: string; path: readonly (string | number)[]; severity: string }[] }, key: string) => {
    expect(r.success).toBe(false);
    expect(r.issues.filter((i) => i.path[0] === 'options')).toMatchObject([{ code: 'INVALID_INPUT', path: ['options', key], severity: 'error' }]);
  };

  it('MTG-04 / MTG-05 an unreadable `now` option is loud (it silently turned the lateness check off)', () => {
    optionIssue(validateMeetingNotice({ ...notice, date: '2026-10-12' }, { now: 'yesterday' }), 'now');
    const schedule = validateMonthlySchedule({ month: '2026-11', meetings: [] }, { now: '2026-10-21 10:00' });
    optionIssue(schedule, 'now');
    // lateness is not guessed from an unreadable present
    expect(schedule.issues.find((i) => i.code === 'SCHEDULE_NOT_DECIDED')?.severity).toBe('warning');
  });

  it('MTG-08 validateMeetingNotice: a NaN attendee limit is refused (it silently checked nothing)', () => {
    optionIssue(validateMeetingNotice(notice, { maxAttendees: NaN }), 'maxAttendees');
  });

  it('MTG-01 formatChineseDate of a non-text is INVALID_DATE', () => {
    expect(code(() => formatChineseDate(undefined as never))).toBe('INVALID_DATE');
  });
});

describe('sla and cli', () => {
  it("ESC-04 evaluateCases: cases that are not an array (was: [undefined]), a case of the wrong shape, an unknown detail (was: 'summary')", () => {
    const at = '2026-11-16T10:20+08:00';
    expect(code(() => evaluateCases(PROPERTY_SERVICE_CENTRE, {} as never, at))).toBe('INVALID_OPTIONS');
    expect(thrown(() => evaluateCases(PROPERTY_SERVICE_CENTRE, [{ events: [null] }] as never, at)).details.path).toBe('cases.0.events.0');
    expect(code(() => evaluateCases(PROPERTY_SERVICE_CENTRE, [], at, { detail: 'all' as never }))).toBe('INVALID_OPTIONS');
    // the untrusting path validates each case with SlaCaseSchema, as evaluateCase does
    expect(code(() => evaluateCases(PROPERTY_SERVICE_CENTRE, [{ events: 5 }] as never, at, { detail: 'full' }))).toBe('VALIDATION_FAILED');
  });

  it('runCli: a bad argv or io is INVALID_OPTIONS (was: argv is not iterable)', () => {
    const io = { stdout: () => {}, stderr: () => {}, readFile: () => '', now: () => new Date(0), version: 't' };
    expect(code(() => runCli(undefined as never, io))).toBe('INVALID_OPTIONS');
    expect(code(() => runCli(['workday', '2026-10-10'], { ...io, stdout: 1 } as never))).toBe('INVALID_OPTIONS');
    expect(runCli(['workday', '2026-10-10'], io)).toBe(0);
  });

  it('CAL-02 createCalendar still reports bad options with its own code', () => {
    expect(code(() => createCalendar(Object.assign(Object.create(null) as object, { weekend: 1n }) as never))).toBe('INVALID_CALENDAR_OPTIONS');
  });
});
