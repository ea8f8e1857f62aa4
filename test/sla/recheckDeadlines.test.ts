// Issue 25 item 4: a desk runs from 1 January with outOfCoverage: 'provisional'; when the
// State Council's notice is loaded, recheckDeadlines lists the clocks whose deadlines change (CAL-02).
import { describe, expect, it } from 'vitest';
import { evaluateCase, isGuifanError, PROPERTY_SERVICE_CENTRE, recheckDeadlines, compileSlaPolicy, type SlaCase, type SlaPolicy } from '../../src/index';
import { ILLUSTRATIVE_2027 } from '../calendar/_notices';

const provisional: SlaPolicy = { ...structuredClone(PROPERTY_SERVICE_CENTRE), calendar: { outOfCoverage: 'provisional' } };
const complaint = (id: string, at: string): SlaCase => ({ id, attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at }] });

describe('CAL-02 recheckDeadlines: the cases whose deadlines the notice changes', () => {
  const cases = [complaint('A', '2027-01-20T10:00+08:00'), complaint('B', '2027-02-04T10:00+08:00'), complaint('C', '2027-02-24T10:00+08:00')];
  const at = '2027-02-04T11:00+08:00';
  const changes = recheckDeadlines(provisional, cases, at, { calendar: { notices: [ILLUSTRATIVE_2027] } });

  it('CAL-02 before the notice every 2027 deadline is marked provisional (with a PROVISIONAL_DEADLINE warning)', () => {
    const r = evaluateCase(provisional, cases[1]!, at);
    expect(r.provisional).toBe(true);
    expect(r.clocks.find((c) => c.name === 'complaint-answer')!.provisional).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toContainEqual(['PROVISIONAL_DEADLINE', 'warning']);
  });

  it('CAL-02 with the notice loaded: B’s deadline moves past the 9-day 春节 (the law alone gives 4); every mark goes away', () => {
    const b = changes.filter((c) => c.id === 'B');
    expect(b.map((c) => [c.clock, c.before?.due?.toISOString(), c.after?.due?.toISOString(), c.dueShiftMs])).toEqual([['complaint-answer', '2027-02-09T16:00:00.000Z', '2027-02-15T16:00:00.000Z', 6 * 86_400_000]]);
    expect(changes.every((c) => c.before?.provisional === true && c.after?.provisional === false)).toBe(true);
    // a clock whose deadline stays put is listed too when its mark goes: the desk sees what it can now trust
    expect(changes.filter((c) => c.dueShiftMs === 0).length).toBeGreaterThan(0);
    expect(changes.map((c) => c.index)).toEqual([...changes.map((c) => c.index)].sort());
  });

  it('CAL-02 a desk that ran without the option: the clocks it could not evaluate come back (before: undefined)', () => {
    const strict = { ...provisional, calendar: {} };
    const c = recheckDeadlines(strict, [cases[1]!], at, { calendar: { notices: [ILLUSTRATIVE_2027] } });
    expect(c.map((x) => [x.clock, x.before, x.after?.due?.toISOString()])).toEqual([['complaint-answer', undefined, '2027-02-15T16:00:00.000Z']]);
  });

  it('CAL-02 nothing changes under the same calendar; bad calls are GuifanErrors', () => {
    expect(recheckDeadlines(provisional, cases, at, { calendar: { outOfCoverage: 'provisional' } })).toEqual([]);
    for (const f of [() => recheckDeadlines(provisional, cases, at, {} as never), () => recheckDeadlines(compileSlaPolicy(provisional) as never, cases, at, { calendar: {} }), () => recheckDeadlines(provisional, 'x' as never, at, { calendar: {} })]) {
      let e: unknown;
      try {
        f();
      } catch (x) {
        e = x;
      }
      expect(isGuifanError(e), String(e)).toBe(true);
    }
  });
});
