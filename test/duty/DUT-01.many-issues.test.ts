import { describe, expect, it } from 'vitest';
import { validateRoster } from '../../src/index';

// validateRoster gathered each check's issues with `issues.push(...list)`, which passes every issue as an argument:
// V8 throws RangeError (“Maximum call stack size exceeded”) past about 125,000 of them. Each list now goes in one by one.

/** A window of 720 one-minute segments a day, a minute apart: `['00:00', '00:01']`, `['00:02', '00:03']` … `['23:58', '23:59']`. */
const minuteSegments = (): [string, string][] => {
  const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return Array.from({ length: 720 }, (_, k) => [hhmm(2 * k), hhmm(2 * k + 1)]);
};

describe('DUT-01 a roster with more issues than a call can take arguments', () => {
  it('one window uncovered in 152,640 separate stretches: every SERVICE_UNCOVERED issue, no RangeError', () => {
    const roster = { people: [{ id: 'wang' }], windows: [{ id: 'desk', hours: minuteSegments() }], shifts: [], offHoursDutyOfficer: false };
    // 2026-01-01 … 2026-07-31: 212 days × 720 segments, all from one coverage check (one list).
    const r = validateRoster(roster, { from: '2026-01-01', to: '2026-07-31' });
    expect(r.success).toBe(false);
    expect(r.issues).toHaveLength(212 * 720);
    expect(r.issues.every((i) => i.code === 'SERVICE_UNCOVERED' && i.rule === 'DUT-01')).toBe(true);
    expect([r.issues[0]!.details.from, r.issues.at(-1)!.details.to]).toEqual(['2026-01-01T00:00:00+08:00', '2026-07-31T23:59:00+08:00']);
  }, 30_000);

  it('one person with 150,001 shifts at once: 150,000 OVERLAPPING_SHIFTS from one overlap check, no RangeError', () => {
    const n = 150_001;
    const shifts = Array.from({ length: n }, (_, k) => ({ id: `s${k}`, person: 'wang', start: '2026-10-09T09:00+08:00', end: '2026-10-09T10:00+08:00' }));
    const r = validateRoster({ people: [{ id: 'wang' }], shifts, offHoursDutyOfficer: false }, { from: '2026-10-09', to: '2026-10-09' });
    expect(r.success).toBe(false);
    expect(r.issues.filter((i) => i.code === 'OVERLAPPING_SHIFTS')).toHaveLength(n - 1);
  }, 30_000);
});
