// Fuzz cases of the chinese-days parity functions and the holiday feed (issue 16).
import fc from 'fast-check';
import { argsFrom, nearArgs, oddDateText, oddValue } from '../gen';
import { calendarOptions, calendars, START } from '../fixtures';
import type { FuzzCases } from '../types';

const dates = ['2026-10-01', '2026-10-10', '2026-09-20', '2005-12-31', '2004-01-01', '2026-12-31', '2027-01-01', '2030-06-15', START, new Date('2026-10-08T02:00:00Z')];
const day = fc.oneof(fc.constantFrom<unknown>(...dates), oddDateText);
const opts = fc.constantFrom(...calendarOptions());
const oneDay = [fc.tuple(day, opts), argsFrom(dates, calendarOptions())];
const kinds = [undefined, ['holiday'], ['working', 'rest'], ['makeup-workday', 'weekend', 'workday'], [], ['休'], 'holiday', [null], ['__proto__'], ['constructor']];

export const cases: FuzzCases = {
  workdayOnOrAfter: { kind: 'function', near: oneDay },
  workdayOnOrBefore: { kind: 'function', near: oneDay },
  holidayServedBy: { kind: 'function', near: oneDay },
  daysBetween: {
    kind: 'function',
    near: [
      fc.tuple(day, day, fc.record({ kinds: fc.oneof(fc.constantFrom<unknown>(...kinds), oddValue), calendar: fc.constantFrom<unknown>(...Object.values(calendars()), undefined, {}) })),
      nearArgs('2026-09-19', '2026-10-11', { kinds: ['makeup-workday'] }),
      nearArgs('2004-01-01', '2026-12-31', { kinds: ['holiday'], calendar: calendars().provisional }),
    ],
  },
  calendarToICalendar: {
    kind: 'function',
    near: [
      fc.tuple(fc.record({ from: day, to: day, lang: fc.constantFrom<unknown>('zh-CN', 'en', 'fr', undefined, 1), calendar: fc.constantFrom<unknown>(...Object.values(calendars()), undefined, null, {}) })),
      nearArgs({ from: '2026-01-01', to: '2026-12-31', lang: 'en' }),
      nearArgs({ from: '2030-01-01', to: '2030-12-31', calendar: calendars().provisional }),
    ],
  },
};
