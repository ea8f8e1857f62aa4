import { describe, expect, it } from 'vitest';
import { addWorkdays, createCalendar, isWorkday } from '../../src/index';
import { thrown } from '../_helpers/errors';

// Issue 24, section 2: CALENDAR_NOT_COVERED advises what the caller can still do.
describe('CAL-02 CALENDAR_NOT_COVERED advice fits the calendar', () => {
  it('CAL-02 with outOfCoverage: provisional already set, a date in 2100 states the provisional range instead of advising the option', () => {
    const prov = createCalendar({ outOfCoverage: 'provisional' });
    const e = thrown(() => isWorkday('2100-01-04', { calendar: prov }));
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.details).toMatchObject({ outOfCoverage: 'provisional', supportedStart: '2000-01-01', supportedEnd: '2099-12-31' });
    expect(e.messages['zh-CN']).toContain('2000-01-01 至 2099-12-31');
    expect(e.messages['zh-CN']).not.toContain("或设置 outOfCoverage");
    const en = e.messages.en;
    expect(en).toContain('from 2000-01-01 to 2099-12-31');
    expect(en).not.toContain("set outOfCoverage: 'provisional'");
    expect(thrown(() => addWorkdays('2000-01-04', -5, { calendar: prov })).messages['zh-CN']).toContain('2000-01-01 至 2099-12-31');
  });

  it('CAL-02 without it, a year beyond 2099 is not advised to use years or provisional (neither can answer it)', () => {
    const e = thrown(() => isWorkday('2150-01-05'));
    expect(e.message).toContain('2000–2099');
    expect(e.message).not.toContain('years:');
    expect(e.messages.en).not.toContain('outOfCoverage');
  });

  it('CAL-02 a year the options can still cover keeps its advice (years, or provisional)', () => {
    const e = thrown(() => isWorkday('2027-01-04'));
    expect(e.message).toContain('years: { 2027');
    expect(e.messages.en).toContain("set outOfCoverage: 'provisional'");
  });
});
