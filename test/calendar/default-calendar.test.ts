// DUT-05 and the default calendar's one object (src/calendar/_lib/defaultCalendar.ts): the working-day functions
// reach it without the statutory rules (their bundle stays small), chinaCalendar() hands it out with them. Whatever is
// called first, every answer is the same — checked in a fresh module graph, as a new process would start.
import { describe, expect, it, vi } from 'vitest';

describe('DUT-05 the default calendar: the same answers whichever function is called first', () => {
  it('DUT-05 addWorkdays first, then chinaCalendar(): one object, and its DayInfo says statutory / inLieu', async () => {
    vi.resetModules();
    const { addWorkdays, isWorkday, workdaysBetween, nextWorkday, previousWorkday, workdayOnOrAfter, workdayOnOrBefore } = await import('../../src/calendar/index');
    expect([addWorkdays('2026-09-30', 1), isWorkday('2026-10-10'), workdaysBetween('2026-09-30', '2026-10-10'), nextWorkday('2026-09-30'), previousWorkday('2026-10-08')]).toEqual([
      '2026-10-08',
      true,
      3,
      '2026-10-08',
      '2026-09-30',
    ]);
    expect([workdayOnOrAfter('2026-10-01'), workdayOnOrBefore('2026-10-07')]).toEqual(['2026-10-08', '2026-09-30']);
    const { chinaCalendar, dayInfo, payClassOf } = await import('../../src/calendar/index');
    const cal = chinaCalendar();
    expect(cal).toBe(chinaCalendar());
    expect(cal.days('2026-10-01', '2026-10-07').map((d) => [d.date.slice(5), d.statutory, d.inLieu])).toEqual([
      ['10-01', true, false],
      ['10-02', true, false],
      ['10-03', true, false],
      ['10-04', false, false],
      ['10-05', false, true],
      ['10-06', false, true],
      ['10-07', false, true],
    ]);
    expect([dayInfo('2026-10-01').statutory, payClassOf('2026-10-05').payClass, cal.explainAddWorkdays('2026-09-30', 1).skipped.filter((d) => d.statutory).length]).toEqual([true, 'rest-day', 3]);
  });

  it('DUT-05 chinaCalendar() first: the working-day functions answer from the same calendar', async () => {
    vi.resetModules();
    const m = await import('../../src/calendar/index');
    const cal = m.chinaCalendar();
    for (const [from, n] of [['2026-09-30', 1], ['2026-02-13', 1], ['2004-01-01', 250], ['2026-12-31', -250]] as const) expect(m.addWorkdays(from, n)).toBe(cal.addWorkdays(from, n));
    expect(() => m.addWorkdays('2027-01-04', 1)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
  });
});
