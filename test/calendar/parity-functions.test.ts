// The parity functions for chinese-days users (issue 16): examples, bad input, other calendars.
import { describe, expect, it } from 'vitest';
import { createCalendar, daysBetween, GuifanError, holidayServedBy, workdayOnOrAfter, workdayOnOrBefore } from '../../src/index';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(GuifanError);
    return (e as GuifanError).code;
  }
};

describe('CAL-01 workdayOnOrAfter / workdayOnOrBefore', () => {
  it('CAL-01 the day itself on a working day (make-up days included), else the next / previous one', () => {
    expect(workdayOnOrAfter('2026-10-01')).toBe('2026-10-08');
    expect(workdayOnOrAfter('2026-10-10')).toBe('2026-10-10');
    expect(workdayOnOrBefore('2026-10-07')).toBe('2026-09-30');
    expect(workdayOnOrBefore('2026-09-20')).toBe('2026-09-20');
    // the correction: 2005-12-31 is a working day (国办发明电〔2005〕35号)
    expect(workdayOnOrAfter('2005-12-31')).toBe('2005-12-31');
    expect(workdayOnOrBefore('2006-01-03')).toBe('2005-12-31');
  });

  it('CAL-01 an instant is read in the calendar’s zone, not the host’s', () => {
    expect(workdayOnOrAfter('2026-09-30T16:30:00Z')).toBe('2026-10-08'); // 00:30 on 10-01 in Beijing
    expect(workdayOnOrAfter(new Date('2026-09-30T15:30:00Z'))).toBe('2026-09-30');
    const ny = createCalendar({ timeZone: 'America/New_York' });
    expect(workdayOnOrAfter('2026-10-01T02:00:00Z', { calendar: ny })).toBe('2026-09-30');
  });

  it('CAL-01 other calendars and bad input', () => {
    const sixDay = createCalendar({ weekend: [0] });
    expect(workdayOnOrAfter('2026-10-17', { calendar: sixDay })).toBe('2026-10-17');
    expect(workdayOnOrAfter('2026-10-17')).toBe('2026-10-19');
    expect(code(() => workdayOnOrAfter('2026-02-30'))).toBe('INVALID_DATE');
    expect(code(() => workdayOnOrAfter('2026-12-31T16:00:00Z'))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => workdayOnOrBefore('2004-01-01'))).toBe('CALENDAR_NOT_COVERED'); // a Thursday holiday at the start of the data
    expect(code(() => workdayOnOrBefore('2026-10-01', { calendar: {} as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => workdayOnOrAfter('2026-10-01', 'x' as never))).toBe('INVALID_OPTIONS');
  });
});

describe('CAL-01 daysBetween', () => {
  it('CAL-01 both ends included; kinds and groups', () => {
    expect(daysBetween('2026-10-01', '2026-10-01').map((d) => d.date)).toEqual(['2026-10-01']);
    expect(daysBetween('2026-10-05', '2026-10-12', { kinds: ['working'] }).map((d) => d.date)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    expect(daysBetween('2026-10-05', '2026-10-12', { kinds: ['rest'] }).map((d) => [d.date, d.kind])).toEqual([
      ['2026-10-05', 'holiday'],
      ['2026-10-06', 'holiday'],
      ['2026-10-07', 'holiday'],
      ['2026-10-11', 'weekend'],
    ]);
    expect(daysBetween('2005-12-31', '2006-01-03', { kinds: ['makeup-workday', 'holiday'] }).map((d) => [d.date, d.kind, d.source, d.notice?.number])).toEqual([
      ['2005-12-31', 'makeup-workday', 'official', '国办发明电〔2005〕35号'],
      ['2006-01-01', 'holiday', 'official', '国办发明电〔2005〕35号'],
      ['2006-01-02', 'holiday', 'official', '国办发明电〔2005〕35号'],
      ['2006-01-03', 'holiday', 'official', '国办发明电〔2005〕35号'],
    ]);
  });

  it('CAL-01 bad kinds, a reversed range and days outside the data are GuifanErrors', () => {
    expect(code(() => daysBetween('2026-10-02', '2026-10-01'))).toBe('INVALID_OPTIONS');
    expect(code(() => daysBetween('2026-10-01', '2026-10-02', { kinds: [] }))).toBe('INVALID_OPTIONS');
    expect(code(() => daysBetween('2026-10-01', '2026-10-02', { kinds: ['休息日' as never] }))).toBe('INVALID_OPTIONS');
    expect(code(() => daysBetween('2026-10-01', '2026-10-02', { kinds: ['toString' as never] }))).toBe('INVALID_OPTIONS');
    expect(code(() => daysBetween('2026-10-01', '2026-10-02', { kinds: 'holiday' as never }))).toBe('INVALID_OPTIONS');
    expect(code(() => daysBetween('2026-10-01', '2027-01-02'))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => daysBetween('2026-13-01', '2026-12-02'))).toBe('INVALID_DATE');
  });
});

describe('CAL-01 holidayServedBy', () => {
  it('CAL-01 the holiday block a make-up day serves, in-lieu days flagged; undefined for any other day', () => {
    expect(holidayServedBy('2026-10-10')).toEqual(holidayServedBy('2026-09-20') && { ...holidayServedBy('2026-09-20')!, date: '2026-10-10' });
    expect(holidayServedBy('2026-02-14')).toMatchObject({ holiday: '春节', holidayEn: 'Spring Festival', dates: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'] });
    expect(holidayServedBy('2026-10-01')).toBeUndefined();
    expect(holidayServedBy('2026-10-11')).toBeUndefined();
    expect(Object.isFrozen(holidayServedBy('2026-02-14'))).toBe(true);
  });

  it('CAL-01 an organisation’s extra working day serves no holiday: undefined, never a guess', () => {
    const cal = createCalendar({ extraWorkdays: ['2026-11-14'] });
    expect(cal.dayInfo('2026-11-14').kind).toBe('makeup-workday');
    expect(holidayServedBy('2026-11-14', { calendar: cal })).toBeUndefined();
    expect(code(() => holidayServedBy('2026-02-29'))).toBe('INVALID_DATE');
  });
});
