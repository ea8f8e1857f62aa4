// CAL-01: the default calendar is built from written-out defaults (no schema
// parse on a working-day question); they must be exactly the schema's.
import { describe, expect, it } from 'vitest';
import { CalendarOptionsSchema, chinaCalendar, createCalendar } from '../../src/index';
import { defaultCalendarOptions } from '../../src/calendar/_lib/defaults';

describe('CAL-01 default calendar options', () => {
  it('CAL-01 defaultCalendarOptions() equals CalendarOptionsSchema.parse({})', () => {
    expect(defaultCalendarOptions()).toStrictEqual(CalendarOptionsSchema.parse({}));
  });

  it('CAL-01 chinaCalendar() answers as createCalendar() does', () => {
    const a = chinaCalendar();
    const b = createCalendar();
    expect(a.options).toStrictEqual(b.options);
    expect(a.coverage).toStrictEqual(b.coverage);
    for (const d of ['2026-10-01', '2026-10-10', '2026-09-30', '2025-01-26', '2024-02-18']) {
      expect(a.dayInfo(d)).toStrictEqual(b.dayInfo(d));
      expect(a.addWorkdays(d, 3)).toBe(b.addWorkdays(d, 3));
    }
  });

  it('CAL-01 defaults are fresh objects: a caller cannot change the next calendar', () => {
    const o = defaultCalendarOptions();
    o.weekend.push(3);
    expect(defaultCalendarOptions().weekend).toEqual([0, 6]);
  });
});
