// The 7×24 hotline roster of docs/duty.md: four teams of two, three 8-hour shifts a day,
// each team resting every fourth day, the first of each pair the duty officer (总值班),
// 2026-09-28 (Monday) to 2026-10-11 (Sunday) around National Day.
import { createCalendar } from '../../src/index';

export const TEAMS = [['wang', 'li'], ['zhang', 'liu'], ['chen', 'yang'], ['zhao', 'sun']] as const;
export const PEOPLE = TEAMS.flat();
/** Rest days on which the hotline gives compensatory rest later (调休). */
export const COMPENSATED = new Set(['2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11']);

export function dates(from: string, n: number): string[] {
  const out: string[] = [];
  const t = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  for (let i = 0; i < n; i++) out.push(new Date(t + i * 86_400_000).toISOString().slice(0, 10));
  return out;
}

export interface TestShift {
  id?: string;
  person: string;
  start: string;
  end: string;
  dutyOfficer?: boolean;
  compensatoryRest?: boolean;
  windows?: string[];
}

export function hotlineShifts(from = '2026-09-28', n = 14): TestShift[] {
  const days = dates(from, n + 1);
  const shifts: TestShift[] = [];
  days.slice(0, n).forEach((date, k) => {
    ([['00:00', '08:00'], ['08:00', '16:00'], ['16:00', '24:00']] as const).forEach(([a, b], s) => {
      const end = b === '24:00' ? `${days[k + 1]}T00:00+08:00` : `${date}T${b}+08:00`;
      TEAMS[(k + s) % 4]!.forEach((person, i) => {
        shifts.push({ id: `${date}/${s}/${person}`, person, start: `${date}T${a}+08:00`, end, dutyOfficer: i === 0, ...(COMPENSATED.has(date) ? { compensatoryRest: true } : {}) });
      });
    });
  });
  return shifts;
}

export const hotline = (shifts: TestShift[] = hotlineShifts()) => ({
  name: '客服热线国庆值班表',
  people: PEOPLE.map((id) => ({ id })),
  windows: [{ id: 'hotline', name: '热线', hours: '24x7' as const, minStaff: 2 }],
  shifts,
});

/** The office's hours: outside them the duty officer answers (CAL-06). */
export const office = createCalendar({ businessHours: { hours: [['08:30', '17:30']] } });
export const PERIOD = { from: '2026-09-28', to: '2026-10-11', calendar: office };
