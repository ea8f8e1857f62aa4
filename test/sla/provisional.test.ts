// Issue 17 item 1: provisional marks on clock and case results; per-case CALENDAR_NOT_COVERED in batches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_STATES, compileSlaPolicy, evaluateCase, evaluateCases, PROPERTY_SERVICE_CENTRE, type CaseEvaluation, type SlaCase, type SlaPolicy } from '../../src/index';
import { thrown } from '../_helpers/errors';

const sh = (local: string) => `${local}+08:00`;
const clock = (r: CaseEvaluation, name: string) => r.clocks.find((x) => x.name === name)!;
const provisionalPolicy: SlaPolicy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), id: 'psc-provisional', calendar: { outOfCoverage: 'provisional' } } as SlaPolicy;
const prov = compileSlaPolicy(provisionalPolicy);
const strict = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const yearEnd: SlaCase = { id: 'Y', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-12-30T10:00') }] };
const october: SlaCase = { id: 'O', attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: sh('2026-10-12T10:00') }] };
const civilOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

describe('CAL-02 provisional marks on SLA results (issue 17 item 1)', () => {
  it('CAL-02 a general complaint received 2026-12-30: the maximum 24:00 2027-01-05 is marked provisional, with an issue and a sentence', () => {
    const r = evaluateCase(prov, yearEnd, sh('2026-12-30T15:00'));
    const answer = clock(r, 'complaint-answer');
    expect(answer.max!.toISOString()).toBe('2027-01-05T16:00:00.000Z');
    expect(answer.provisional).toBe(true);
    expect(clock(r, 'complaint-reply').provisional).toBe(false); // 2 hours: no day asked about
    expect(r.provisional).toBe(true);
    const issue = r.issues.find((i) => i.code === 'PROVISIONAL_DEADLINE')!;
    expect(issue).toMatchObject({ severity: 'warning', rule: 'CAL-02', path: ['clocks', 'complaint-answer'], details: { from: '2027-01-01', until: '2027-01-05' } });
    expect(answer.explanation['zh-CN']).toContain('其中用到未发布放假安排的日子（2027-01-01 至 2027-01-05），结果为推算（provisional，CAL-02）。');
    expect(answer.explanation.en).toContain('Days 2027-01-01 to 2027-01-05 have no published arrangement yet: the answer is provisional (CAL-02).');
  });

  it('CAL-02 a case wholly inside the data is not provisional, even under a provisional calendar', () => {
    const r = evaluateCase(prov, october, sh('2026-10-12T15:00'));
    expect(r.provisional).toBe(false);
    expect(r.clocks.every((c) => !c.provisional)).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('CAL-02 summaries and columns carry the same marks', () => {
    const [s] = evaluateCases(prov, [yearEnd], sh('2026-12-30T15:00'));
    expect(s!.provisional).toBe(true);
    expect(s!.clocks.find((c) => c.name === 'complaint-answer')!.provisional).toBe(true);
    expect(s!.clocks.find((c) => c.name === 'complaint-reply')!.provisional).toBe(false);
    expect(s!.issues.map((i) => i.code)).toContain('PROVISIONAL_DEADLINE');
    const cols = evaluateCases(prov, [october, yearEnd], sh('2026-12-30T15:00'), { detail: 'columns' });
    const j = cols.clocks.indexOf('complaint-answer');
    expect(cols.provisional[0 * cols.clocks.length + j]).toBe(0);
    expect(cols.provisional[1 * cols.clocks.length + j]).toBe(1);
  });
});

describe('CAL-02 per-case CALENDAR_NOT_COVERED in batches (issue 17 item 1)', () => {
  it('CAL-02 evaluateCase still throws CALENDAR_NOT_COVERED for one case past the data', () => {
    expect(thrown(() => evaluateCase(strict, yearEnd, sh('2026-12-30T15:00'))).code).toBe('CALENDAR_NOT_COVERED');
  });

  it('CAL-02 one December case does not take the batch down: summary, full and columns', () => {
    const at = sh('2026-12-30T15:00');
    const [o, y] = evaluateCases(strict, [october, yearEnd], at);
    expect(o!.issues).toEqual([]);
    expect(y!.issues).toHaveLength(1);
    expect(y!.issues[0]).toMatchObject({ code: 'CALENDAR_NOT_COVERED', severity: 'error', rule: 'CAL-02', path: ['clocks', 'complaint-answer'], details: { clock: 'complaint-answer', date: '2027-01-01' } });
    // the other clocks of the December case are still evaluated
    expect(y!.clocks.map((c) => c.name)).toEqual(['complaint-reply', 'return-visit']);
    expect(y!.clocks[0]!.state).toBe('breached');

    const [fo, fy] = evaluateCases(strict, [october, yearEnd], at, { detail: 'full' });
    expect(fo!.issues).toEqual([]);
    expect(fy!.issues.map((i) => i.code)).toEqual(['CALENDAR_NOT_COVERED']);
    expect(fy!.clocks.map((c) => c.name)).toEqual(['complaint-reply', 'return-visit']);

    const cols = evaluateCases(strict, [october, yearEnd], at, { detail: 'columns' });
    const m = cols.clocks.length;
    const j = cols.clocks.indexOf('complaint-answer');
    expect(CLOCK_STATES[cols.state[0 * m + j]!]).toBe('breached');
    expect(cols.state[1 * m + j]).toBe(255);
    expect(cols.issues).toHaveLength(1);
    expect(cols.issues[0]![0]).toBe(1);
    expect(cols.issues[0]![1][0]!.code).toBe('CALENDAR_NOT_COVERED');
  });
});

const T0 = Date.parse(sh('2026-11-20T00:00'));
const T1 = Date.parse(sh('2026-12-31T20:00'));
const caseArb = fc.record({
  received: fc.integer({ min: T0, max: T1 }).map((t) => Math.floor(t / 60_000) * 60_000),
  complexity: fc.constantFrom('simple', 'general', 'complex'),
  resolvedAfter: fc.option(fc.integer({ min: 1, max: 3 * 24 * 60 }), { nil: undefined }),
});
const toCase = (k: { received: number; complexity: string; resolvedAfter: number | undefined }, id: string): SlaCase => ({
  id,
  attributes: { kind: 'complaint', complexity: k.complexity },
  events: [{ type: 'received', at: new Date(k.received) }, ...(k.resolvedAfter ? [{ type: 'resolved', at: new Date(k.received + k.resolvedAfter * 60_000) }] : [])],
});

describe('CAL-02 properties (issue 17 item 1)', () => {
  it('CAL-02 provisional is set exactly when some used day is provisional (every 2027 day is)', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const r = evaluateCase(prov, toCase(k, 'x'), new Date(k.received + 5 * 86_400_000));
        for (const c of r.clocks) {
          // day-counted clocks ask about the days up to their deadlines; the 2-hour reply clock asks about none
          const dayCounted = c.name === 'complaint-answer' || c.name === 'return-visit';
          const used = [c.due, c.max].filter((d): d is Date => d !== undefined).map((d) => civilOf(d.getTime() - 1));
          expect(c.provisional, c.name).toBe(dayCounted && used.some((d) => d >= '2027-01-01'));
        }
        expect(r.provisional).toBe(r.clocks.some((c) => c.provisional));
      }),
      { numRuns: 150 },
    );
  });

  it('CAL-02 a batch with one uncovered case returns the same results for the others as without it', () => {
    fc.assert(
      fc.property(fc.array(caseArb.map((k) => ({ ...k, received: Math.min(k.received, Date.parse(sh('2026-12-01T00:00'))) })), { minLength: 1, maxLength: 6 }), fc.nat(), (ks, pos) => {
        const cases = ks.map((k, i) => toCase(k, String(i)));
        const at = new Date(Date.parse(sh('2026-12-30T12:00')));
        const i = pos % (cases.length + 1);
        const withBad = [...cases.slice(0, i), yearEnd, ...cases.slice(i)];
        const strip = <T,>(xs: T[]) => [...xs.slice(0, i), ...xs.slice(i + 1)];
        expect(strip(evaluateCases(strict, withBad, at))).toEqual(evaluateCases(strict, cases, at));
        expect(strip(evaluateCases(strict, withBad, at, { detail: 'full' }))).toEqual(evaluateCases(strict, cases, at, { detail: 'full' }));
        const a = evaluateCases(strict, withBad, at, { detail: 'columns' });
        const b = evaluateCases(strict, cases, at, { detail: 'columns' });
        const m = b.clocks.length;
        const cut = (arr: ArrayLike<number>, w: number) => Array.from(arr).filter((_, k) => Math.floor(k / w) !== i);
        expect(cut(a.state, m)).toEqual(Array.from(b.state));
        expect(cut(a.due, m)).toEqual(Array.from(b.due));
        expect(cut(a.max, m)).toEqual(Array.from(b.max));
        expect(a.issues.filter(([c]) => c !== i).map(([c, is]) => [c > i ? c - 1 : c, is])).toEqual(b.issues);
      }),
      { numRuns: 40 },
    );
  });
});
