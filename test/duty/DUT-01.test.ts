import { describe, expect, it } from 'vitest';
import { chinaCalendar, createCalendar, validateRoster } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { hotline, hotlineShifts, office, PERIOD } from './_roster';

const codes = (r: { issues: readonly { code: string }[] }): string[] => r.issues.map((i) => i.code);

describe('DUT-01 a 24-hour service is staffed in every hour, holidays included; the duty officer is named for off-hours', () => {
  it('the National Day hotline roster passes', () => {
    const r = validateRoster(hotline(), PERIOD);
    expect(r).toEqual({ success: true, issues: [] });
    expect(Object.isFrozen(r.issues)).toBe(true);
  });

  it('a missing shift: the exact stretch under minimum staff, and the duty officer gap (CAL-06)', () => {
    const shifts = hotlineShifts().filter((s) => s.id !== '2026-10-01/1/wang');
    const r = validateRoster(hotline(shifts), PERIOD);
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.rule, i.path, i.details.from, i.details.to, i.details.staffed])).toEqual([
      ['SERVICE_UNDERSTAFFED', 'DUT-01', ['windows', 0], '2026-10-01T08:00:00+08:00', '2026-10-01T16:00:00+08:00', 1],
      ['DUTY_OFFICER_MISSING', 'DUT-01', ['offHoursDutyOfficer'], '2026-10-01T08:00:00+08:00', '2026-10-01T16:00:00+08:00', undefined],
    ]);
    expect(r.issues[0]!.message).toEqual({
      'zh-CN': '热线 在 2026-10-01T08:00:00+08:00 至 2026-10-01T16:00:00+08:00（8 小时）只有 1 人，需 2 人',
      en: '热线 has 1 on duty from 2026-10-01T08:00:00+08:00 to 2026-10-01T16:00:00+08:00 (8 h); it needs 2',
    });
  });

  it('gaps are maximal runs of one head count, split where the count changes', () => {
    const roster = {
      people: [{ id: 'a' }, { id: 'b' }],
      windows: [{ id: 'w', hours: [['08:00', '20:00']] as [string, string][], minStaff: 2 }],
      shifts: [
        { person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T14:00+08:00' },
        { person: 'b', start: '2026-10-09T10:00+08:00', end: '2026-10-09T18:00+08:00' },
      ],
      offHoursDutyOfficer: false,
    };
    const r = validateRoster(roster, { from: '2026-10-09', to: '2026-10-09' });
    expect(r.issues.map((i) => [i.code, i.details.from, i.details.to, i.details.staffed, i.details.hours])).toEqual([
      ['SERVICE_UNDERSTAFFED', '2026-10-09T08:00:00+08:00', '2026-10-09T10:00:00+08:00', 1, 2],
      ['SERVICE_UNDERSTAFFED', '2026-10-09T14:00:00+08:00', '2026-10-09T18:00:00+08:00', 1, 4],
      ['SERVICE_UNCOVERED', '2026-10-09T18:00:00+08:00', '2026-10-09T20:00:00+08:00', 0, 2],
    ]);
  });

  it('a window on working days only is not required on holidays; a night window crosses midnight without a seam', () => {
    const desk = { id: 'desk', hours: [['08:30', '17:00']] as [string, string][], days: 'working-days' as const };
    const night = { id: 'night', hours: [['00:00', '08:00'], ['20:00', '24:00']] as [string, string][] };
    const roster = { people: [{ id: 'a' }], windows: [desk, night], shifts: [], offHoursDutyOfficer: false };
    const r = validateRoster(roster, { from: '2026-10-07', to: '2026-10-08' });
    expect(r.issues.map((i) => [i.details.window, i.details.from, i.details.to])).toEqual([
      ['desk', '2026-10-08T08:30:00+08:00', '2026-10-08T17:00:00+08:00'],
      ['night', '2026-10-07T00:00:00+08:00', '2026-10-07T08:00:00+08:00'],
      ['night', '2026-10-07T20:00:00+08:00', '2026-10-08T08:00:00+08:00'],
      ['night', '2026-10-08T20:00:00+08:00', '2026-10-09T00:00:00+08:00'],
    ]);
  });

  it('a shift staffs only the windows it names', () => {
    const roster = {
      people: [{ id: 'a' }],
      windows: [{ id: 'hotline', hours: '24x7' as const }, { id: 'desk', hours: '24x7' as const }],
      shifts: [{ person: 'a', start: '2026-10-09T00:00+08:00', end: '2026-10-10T00:00+08:00', windows: ['hotline'] }],
      normalHoursPerDay: 24,
      limits: { overtimePerDay: 24 },
      offHoursDutyOfficer: false,
    };
    expect(codes(validateRoster(roster, { from: '2026-10-09', to: '2026-10-09' }))).toEqual(['SERVICE_UNCOVERED']);
  });

  it('overlapping shifts of one person, found in one pass over the sorted shifts', () => {
    const roster = hotline([
      ...hotlineShifts(),
      { id: 'extra', person: 'wang', start: '2026-10-02T06:00+08:00', end: '2026-10-02T10:00+08:00' },
    ]);
    const r = validateRoster(roster, PERIOD);
    const o = r.issues.filter((i) => i.code === 'OVERLAPPING_SHIFTS');
    expect(o.map((i) => [i.details.person, i.details.from, i.details.to, i.details.other])).toEqual([['wang', '2026-10-02T06:00:00+08:00', '2026-10-02T08:00:00+08:00', '2026-10-02/0/wang']]);
  });

  it('unknown people and windows, shifts that end before they start, duplicate ids: issues, not throws', () => {
    const roster = {
      people: [{ id: 'a' }, { id: 'a' }],
      windows: [{ id: 'w', hours: '24x7' as const }],
      shifts: [
        { person: 'x', start: '2026-10-09T08:00+08:00', end: '2026-10-09T16:00+08:00' },
        { person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T16:00+08:00', windows: ['nope'] },
        { person: 'a', start: '2026-10-09T16:00+08:00', end: '2026-10-09T08:00+08:00' },
      ],
      offHoursDutyOfficer: false,
    };
    const r = validateRoster(roster, { from: '2026-10-09', to: '2026-10-09' });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['DUPLICATE_KEY', ['people', 1, 'id']],
      ['UNKNOWN_PERSON', ['shifts', 0, 'person']],
      ['UNKNOWN_WINDOW', ['shifts', 1, 'windows', 0]],
      ['SHIFT_END_NOT_AFTER_START', ['shifts', 2, 'end']],
      ['SERVICE_UNCOVERED', ['windows', 0]],
    ]);
    const bad = validateRoster({ people: 'x' } as never, { from: '2026-10-09', to: '2026-10-09' });
    expect(bad.success).toBe(false);
    expect(codes(bad)).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
    expect(validateRoster({ people: [], shifts: [{ person: 'a', start: '2026-10-09 08:00', end: '2026-10-09T16:00+08:00' }] }, { from: '2026-10-09', to: '2026-10-09' }).issues[0]!.message.en).toBe(
      "expected an ISO instant with an offset, such as '2026-10-01T08:00+08:00'",
    );
  });

  it('without office hours the duty officer cannot be checked: a warning, not a pass in silence (CAL-06)', () => {
    const r = validateRoster({ people: [], shifts: [] }, { from: '2026-10-09', to: '2026-10-09', calendar: chinaCalendar() });
    expect(r.success).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.rule])).toEqual([['OFF_HOURS_UNKNOWN', 'warning', 'CAL-06']]);
  });

  it('off-hours are the office’s closed hours: nights, rest days, holidays; a 24x7 office needs no duty officer', () => {
    const r = validateRoster({ people: [], shifts: [] }, { from: '2026-10-09', to: '2026-10-11', calendar: office });
    expect(r.issues.map((i) => [i.details.from, i.details.to])).toEqual([
      ['2026-10-09T00:00:00+08:00', '2026-10-09T08:30:00+08:00'],
      ['2026-10-09T17:30:00+08:00', '2026-10-10T08:30:00+08:00'],
      ['2026-10-10T17:30:00+08:00', '2026-10-12T00:00:00+08:00'],
    ]);
    expect(validateRoster({ people: [], shifts: [] }, { from: '2026-10-09', to: '2026-10-11', calendar: createCalendar({ businessHours: '24x7' }) }).issues).toEqual([]);
  });

  it('days are civil days of the calendar’s zone (Urumqi)', () => {
    const calendar = createCalendar({ timeZone: 'Asia/Urumqi' });
    const roster = { people: [{ id: 'a' }], windows: [{ id: 'w', hours: [['09:00', '10:00']] as [string, string][] }], shifts: [], offHoursDutyOfficer: false };
    expect(validateRoster(roster, { from: '2026-10-09', to: '2026-10-09', calendar }).issues[0]!.details.from).toBe('2026-10-09T09:00:00+06:00');
  });

  it('bad options throw', () => {
    expect(thrown(() => validateRoster({ people: [], shifts: [] }, {} as never)).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => validateRoster({ people: [], shifts: [] }, { from: '2026-10-09', to: '2026-10-01' })).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => validateRoster({ people: [], shifts: [] }, { from: '2027-10-09', to: '2027-10-10' })).code).toBe('CALENDAR_NOT_COVERED');
  });
});
