import { describe, expect, it } from 'vitest';
import { classifyShift, rosterCosts, validateRoster } from '../../src/index';
import { thrown } from '../_helpers/errors';
import { dates, hotline, hotlineShifts, PERIOD } from './_roster';

describe('DUT-02 standard working time: 8 hours a day; at least one day of rest a week', () => {
  it('normal hours are the first 8 hours of a working day; the rest is overtime (the default, documented)', () => {
    expect(classifyShift({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' }).byClass).toMatchObject({ 'working-day': 8, 'working-day-overtime': 4 });
    expect(classifyShift({ start: '2026-10-09T22:00+08:00', end: '2026-10-10T06:00+08:00' }).byClass).toMatchObject({ 'working-day': 8, 'working-day-overtime': 0 });
  });

  it('normal hours per person or per roster; counted across a person’s shifts of one day', () => {
    const roster = {
      people: [{ id: 'a' }, { id: 'b', normalHoursPerDay: 6 }],
      shifts: [
        { person: 'a', start: '2026-10-09T08:00+08:00', end: '2026-10-09T12:00+08:00' },
        { person: 'a', start: '2026-10-09T18:00+08:00', end: '2026-10-09T23:00+08:00' },
        { person: 'b', start: '2026-10-09T08:00+08:00', end: '2026-10-09T16:00+08:00' },
      ],
    };
    const c = rosterCosts(roster, { a: { hourlyWageFen: 2000 }, b: { hourlyWageFen: 2000 } });
    expect(c.byPerson.map((p) => [p.person, p.byClass['working-day'].hours, p.byClass['working-day-overtime'].hours])).toEqual([
      ['a', 8, 1],
      ['b', 6, 2],
    ]);
    expect(c.byPerson[0]!.lines.map((l) => [l.from, l.to, l.class])).toEqual([
      ['08:00', '12:00', 'working-day'],
      ['18:00', '22:00', 'working-day'],
      ['22:00', '23:00', 'working-day-overtime'],
    ]);
    const r = rosterCosts({ ...roster, normalHoursPerDay: 4 }, { a: { hourlyWageFen: 2000 }, b: { hourlyWageFen: 2000 } });
    expect(r.byPerson[0]!.byClass['working-day-overtime'].hours).toBe(5);
    expect(thrown(() => classifyShift({ start: '2026-10-09T08:00+08:00', end: '2026-10-09T20:00+08:00' }, { normalHoursPerDay: 0 })).code).toBe('INVALID_OPTIONS');
  });

  it('a person who works every day of a Monday–Sunday week has no weekly rest day', () => {
    const week = dates('2026-10-12', 7).map((d) => ({ person: 'a', start: `${d}T09:00+08:00`, end: `${d}T13:00+08:00` }));
    const roster = { people: [{ id: 'a' }], shifts: week, offHoursDutyOfficer: false };
    const r = validateRoster(roster, { from: '2026-10-12', to: '2026-10-18' });
    expect(r.issues.map((i) => [i.code, i.rule, i.path, i.details.from, i.details.to])).toEqual([['NO_WEEKLY_REST', 'DUT-02', ['people', 0], '2026-10-12', '2026-10-18']]);
    expect(r.issues[0]!.message['zh-CN']).toBe('a 在 2026-10-12 至 2026-10-18 这一周每天都有班，没有休息日');
    // One free civil day is enough; weeks that run past the period are not judged.
    expect(validateRoster({ ...roster, shifts: week.slice(1) }, { from: '2026-10-12', to: '2026-10-18' }).issues).toEqual([]);
    expect(validateRoster(roster, { from: '2026-10-13', to: '2026-10-18' }).issues).toEqual([]);
  });

  it('a night shift works two civil days (22:00–06:00 every night leaves no free day)', () => {
    const nights = dates('2026-10-11', 7).map((d, i, all) => ({ person: 'a', start: `${d}T22:00+08:00`, end: `${dates(all[i]!, 2)[1]}T06:00+08:00` }));
    const r = validateRoster({ people: [{ id: 'a' }], shifts: nights, offHoursDutyOfficer: false }, { from: '2026-10-12', to: '2026-10-18' });
    expect(r.issues.map((i) => i.code)).toEqual(['NO_WEEKLY_REST']);
  });

  it('the hotline’s rotation rests every fourth day', () => {
    expect(validateRoster(hotline(hotlineShifts('2026-09-28', 14)), PERIOD).issues.filter((i) => i.code === 'NO_WEEKLY_REST')).toEqual([]);
  });
});
