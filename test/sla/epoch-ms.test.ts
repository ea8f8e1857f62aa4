// Issue 17 item 7: epoch milliseconds accepted wherever guifan/sla takes an instant, matching the columns output.
import { describe, expect, it } from 'vitest';
import { compileSlaPolicy, evaluateCase, evaluateCases, PROPERTY_SERVICE_CENTRE, thresholdsBetween, type SlaCase } from '../../src/index';
import { thrown } from '../_helpers/errors';

const psc = compileSlaPolicy(PROPERTY_SERVICE_CENTRE);
const t0 = Date.parse('2026-10-12T10:00+08:00');
const iso: SlaCase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: '2026-10-12T10:00+08:00' }, { type: 'deadline-agreed', at: '2026-10-12T11:00+08:00', due: '2026-10-14T18:00+08:00' }] };
const ms: SlaCase = { attributes: { kind: 'complaint', complexity: 'general' }, events: [{ type: 'received', at: t0 }, { type: 'deadline-agreed', at: t0 + 3_600_000, due: Date.parse('2026-10-14T18:00+08:00') }] };

describe('ESC-04 epoch milliseconds (issue 17 item 7)', () => {
  it('ESC-04 events and evaluation instants as epoch ms give the same answers as ISO text', () => {
    const a = evaluateCase(psc, iso, '2026-10-13T10:00+08:00');
    const b = evaluateCase(psc, ms, Date.parse('2026-10-13T10:00+08:00'));
    expect(b).toEqual(a);
    expect(evaluateCases(psc, [ms], Date.parse('2026-10-13T10:00+08:00'))).toEqual(evaluateCases(psc, [iso], '2026-10-13T10:00+08:00'));
    expect(thresholdsBetween(psc, ms, t0, t0 + 5 * 86_400_000)).toEqual(thresholdsBetween(psc, iso, '2026-10-12T10:00+08:00', new Date(t0 + 5 * 86_400_000)));
  });

  it('ESC-04 a due from the columns output can be fed straight back as an instant', () => {
    const cols = evaluateCases(psc, [ms], t0, { detail: 'columns' });
    const j = cols.clocks.indexOf('complaint-reply');
    const due = cols.due[j]!;
    expect(evaluateCases(psc, [ms], due)[0]!.clocks.find((c) => c.name === 'complaint-reply')!.state).toBe('running');
    expect(evaluateCases(psc, [ms], due + 1)[0]!.clocks.find((c) => c.name === 'complaint-reply')!.state).toBe('breached');
  });

  it('ESC-04 a number that is not a whole epoch ms is INVALID_DATE (argument) or INVALID_EVENT_TIME (in a log)', () => {
    for (const bad of [1.5, Number.NaN, Infinity, 1e20]) expect(thrown(() => evaluateCase(psc, ms, bad)).code).toBe('INVALID_DATE');
    const [s] = evaluateCases(psc, [{ attributes: {}, events: [{ type: 'received', at: 1.5 }] }], t0);
    expect(s!.issues.map((i) => i.code)).toEqual(['INVALID_EVENT_TIME']);
    const r = evaluateCase(psc, { attributes: {}, events: [{ type: 'received', at: 1e20 }] }, t0);
    expect(r.issues.map((i) => i.code)).toEqual(['INVALID_EVENT_TIME']);
  });
});
