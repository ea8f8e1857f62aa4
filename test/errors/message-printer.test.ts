// Issue 24: one safe value printer for every message. Messages read `[object Object]` for a cycle and
// “Month null” for NaN (JSON's rendering), and a hostile Proxy made a guard throw. These tests sweep
// every message table — the thrown errors' and every issue table makeIssue knows — with hostile values
// in every detail a message reads, through the public paths (formatMessage, localize, makeIssue) and
// the tables themselves, and pin the printer and the guard.
import { describe, expect, it } from 'vitest';
import { describeValue, MAX_QUOTED } from '../../src/_lib/describe';
import { en as errorsEn, zhCN as errorsZh } from '../../src/errors/messages';
import { ALL_ISSUES } from '../../src/errors/makeIssue';
import { checkManualUpdates, complaintStatus, validatePolicy, formatMessage, GuifanError, isGuifanError, localize, makeIssue, validateComplaintRecord, validateComplaintRecords, validatePenalty, type GuifanErrorCode, type IssueCode } from '../../src/index';

const throwing = () => {
  throw new Error('trap');
};
const hostileProxy = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing, getOwnPropertyDescriptor: throwing });
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const cycle: Record<string, unknown> = { a: 1 };
cycle.self = cycle;
const cyclicList: unknown[] = [1];
cyclicList.push(cyclicList);
let deep: unknown = 'bottom';
for (let i = 0; i < 100_000; i++) deep = [deep];
const getter = Object.defineProperty({}, 'x', { enumerable: true, get: throwing });
const badJson = { toJSON: throwing };

/** Hostile values and what their printing must (and must not) contain. */
const HOSTILE: [string, unknown, RegExp | undefined][] = [
  ['NaN', NaN, /NaN/],
  ['Infinity', Infinity, /Infinity/],
  ['-Infinity', -Infinity, /-Infinity/],
  ['-0', -0, /0/],
  ['BigInt', 12n, /12n/],
  ['Invalid Date', new Date(NaN), /Invalid Date/],
  ['a cycle', cycle, /Circular/],
  ['a cyclic list', cyclicList, /Circular/],
  ['100 000 levels deep', deep, /…/],
  ['a million items', Array.from({ length: 1_000_000 }, (_, i) => i), /…/],
  ['a hostile Proxy', hostileProxy, /unreadable/],
  ['a revoked Proxy', revoked.proxy, /unreadable/],
  ['a throwing getter', getter, /unreadable/],
  ['a throwing toJSON', badJson, undefined],
  ['a symbol', Symbol('s'), /Symbol\(s\)/],
  ['a function (its source)', () => 1, /=> 1/],
  ['no prototype', Object.assign(Object.create(null) as object, { x: 1n }), /1n/],
  ['a Map (as JSON: {})', new Map([['k', NaN]]), /\{\}/],
  ['a lone surrogate', '\uD800', undefined],
  ['10 000 characters', 'x'.repeat(10_000), /…/],
];

/** Text that shows a value was printed badly. */
const BAD = /\[object |\bnull\b/;

/** The details keys a message reads (recorded by a Proxy), so that the public paths get a plain object of them. */
function keysRead(message: (d: Record<string, unknown>) => string): string[] {
  const keys = new Set<string>();
  message(new Proxy({}, { get: (_t, k) => (typeof k === 'string' && keys.add(k), undefined) }));
  return [...keys];
}

const errorCodes = Object.keys(errorsZh) as GuifanErrorCode[];
const issueCodes = ALL_ISSUES.flatMap((t) => Object.keys(t.zh)) as IssueCode[];

describe('one safe value printer for every message (issue 24)', () => {
  it.each(HOSTILE)('describeValue prints %s safely, briefly and without [object Object]', (_name, value, shows) => {
    const text = describeValue(value);
    expect(typeof text).toBe('string');
    expect(text.length).toBeLessThanOrEqual(MAX_QUOTED + 1);
    expect(text).not.toMatch(/\[object /);
    if (shows) expect(text).toMatch(shows);
  });

  it('describeValue keeps JSON for plain data, so messages read as before', () => {
    expect(describeValue(['a', 1, { b: true }])).toBe('["a",1,{"b":true}]');
    expect(describeValue('2026-10-08')).toBe('2026-10-08');
    expect(describeValue(new Date('2026-10-08T00:00:00Z'))).toBe('2026-10-08T00:00:00.000Z');
    expect(describeValue({ at: new Date('2026-10-08T00:00:00Z') })).toBe('{"at":2026-10-08T00:00:00.000Z}');
    expect(describeValue(cycle)).toBe('{"a":1,"self":[Circular]}');
    expect(describeValue([NaN, undefined, null])).toBe('[NaN,undefined,null]');
  });

  it('every error message (formatMessage, localize, new GuifanError) prints every hostile value in every detail it reads', () => {
    for (const code of errorCodes) {
      const keys = [...new Set([...keysRead(errorsZh[code]), ...keysRead(errorsEn[code])])];
      for (const [name, value] of HOSTILE) {
        const details = Object.fromEntries(keys.map((k) => [k, value]));
        const texts = [formatMessage(code, details, 'en'), ...Object.values(localize(code, details)), new GuifanError(code, details).message];
        for (const t of texts) expect(t, `${code} with ${name}`).not.toMatch(BAD);
      }
    }
  });

  it('every issue message of every table (makeIssue) prints every hostile value in every detail it reads', () => {
    for (const table of ALL_ISSUES) {
      for (const code of Object.keys(table.zh) as IssueCode[]) {
        const zh = (table.zh as Record<string, (d: Record<string, unknown>) => string>)[code]!;
        const en = (table.en as Record<string, (d: Record<string, unknown>) => string>)[code]!;
        const keys = [...new Set([...keysRead(zh), ...keysRead(en)])];
        for (const [name, value] of HOSTILE) {
          const issue = makeIssue(code, ['x', 0], Object.fromEntries(keys.map((k) => [k, value])));
          expect(issue.message.en, `${code} with ${name}`).not.toMatch(BAD);
          expect(issue.message['zh-CN'], `${code} with ${name}`).not.toMatch(BAD);
          // the tables themselves, handed details whose every key is the hostile value
          const all = new Proxy({}, { get: () => value });
          expect(zh(all), `${code} (table) with ${name}`).not.toMatch(BAD);
          expect(en(all), `${code} (table) with ${name}`).not.toMatch(BAD);
        }
      }
    }
    expect(issueCodes.length).toBeGreaterThan(90);
  });

  it('the reported cases: a cyclic offence, a NaN month, a cyclic channel or kind, a cyclic event time', () => {
    expect(validatePenalty({ offence: cycle as never, amountFen: 20_000 }).issues[0]!.message.en).toBe('Unknown first-inquiry offence {"a":1,"self":[Circular]}');
    expect(makeIssue('DUPLICATE_MONTH', ['monthly', 1], { month: NaN }).message.en).toBe('Month NaN appears twice');
    expect(makeIssue('DUPLICATE_MONTH', ['monthly', 1], { month: NaN }).message['zh-CN']).toBe('月份 NaN 重复');
    const rec = { id: 'TS-1', kind: 'complaint', receivedAt: '2026-03-02T09:15+08:00', channel: cycle, customer: { name: '李', contact: '1' }, content: 'c', recorder: 'r', unit: 'u', demand: 'd' };
    expect(validateComplaintRecord(rec).issues.map((i) => i.message.en).join()).toContain('Unknown complaint channel {"a":1,"self":[Circular]}');
    expect(validateComplaintRecords([{ ...rec, channel: 'phone', kind: cycle }]).issues.map((i) => i.message.en).join()).toContain('Unknown request kind {"a":1,"self":[Circular]}');
    const status = complaintStatus({ ...rec, channel: 'phone', events: [{ type: 'resolved', at: cycle as never }] } as never, { at: '2026-03-10T00:00+08:00' });
    expect(status.issues.map((i) => i.message.en).join()).not.toMatch(BAD);
    expect(formatMessage('INVALID_DATE', { value: cycle }, 'en')).toContain('{"a":1,"self":[Circular]}');
    expect(localize('INVALID_AMOUNT', { value: NaN, name: 'score' }).en).toContain('Invalid amount NaN (score)');
  });

  it('schema problems quote through the same printer: 10 000 unknown keys make a short message', () => {
    const policy = { id: 'p', name: 'P', clocks: [{ name: 'reply', start: ['received'], stop: ['replied'], target: '2小时内' }], ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`extra${i}`, i])) };
    const issue = validatePolicy(policy as never).issues.find((i) => /unrecognized/.test(i.message.en))!;
    expect(issue.message.en.length).toBeLessThan(400);
    expect(issue.message.en).toMatch(/^unrecognized key\(s\): extra0, extra1, /);
  });

  it('makeIssue refuses a path holding NaN or Infinity (an issue never holds NaN), with INVALID_OPTIONS', () => {
    for (const p of [NaN, Infinity]) {
      let caught: unknown;
      try {
        makeIssue('DUPLICATE_MONTH', [p], { month: '2026-03' });
      } catch (e) {
        caught = e;
      }
      expect(isGuifanError(caught, 'INVALID_OPTIONS')).toBe(true);
    }
  });

  it('details that cannot be read are INVALID_OPTIONS, never the trap’s own error', () => {
    for (const f of [() => formatMessage('INVALID_DATE', hostileProxy as never), () => localize('INVALID_DATE', getter as never), () => new GuifanError('INVALID_DATE', hostileProxy as never), () => makeIssue('DUPLICATE_KEY', [], hostileProxy as never), () => makeIssue('DUPLICATE_KEY', hostileProxy as never, {})]) {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isGuifanError(caught, 'INVALID_OPTIONS')).toBe(true);
    }
  });
});

describe('isGuifanError never throws (issue 24)', () => {
  it('a Proxy whose get, has and getPrototypeOf traps throw, a revoked Proxy and a throwing getter are not GuifanErrors', () => {
    const codeGetter = Object.defineProperty({ [Symbol.for('guifan.error')]: true }, 'code', { get: throwing });
    for (const v of [hostileProxy, revoked.proxy, codeGetter]) {
      expect(() => isGuifanError(v)).not.toThrow();
      expect(isGuifanError(v, 'INVALID_DATE')).toBe(false);
    }
    expect(isGuifanError(hostileProxy)).toBe(false);
    expect(isGuifanError(new GuifanError('INVALID_DATE', { value: 'x' }), 'INVALID_DATE')).toBe(true);
  });
});

describe('options read as lists are INVALID_OPTIONS when they are not lists (issue 24)', () => {
  it('SVC-04 checkManualUpdates with checks that are not an array', () => {
    for (const checks of ['abc', 42, {}, null, cycle]) {
      let caught: unknown;
      try {
        checkManualUpdates([], [], { at: '2026-10-10T09:00+08:00', checks: checks as never });
      } catch (e) {
        caught = e;
      }
      expect(isGuifanError(caught, 'INVALID_OPTIONS'), String(checks)).toBe(true);
      expect((caught as GuifanError).details.path).toBe('checks');
    }
    expect(checkManualUpdates([], [], { at: '2026-10-10T09:00+08:00', checks: [] }).success).toBe(true);
  });
});
