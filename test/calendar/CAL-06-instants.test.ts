import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  dayInfo,
  dueAt,
  dutyAt,
  explainDue,
  explainLatestStart,
  isWorkday,
  latestStart,
  nextBusinessMoment,
  nextWorkday,
  previousBusinessMoment,
} from '../../src/index';
import { thrown } from '../_helpers/errors';

// Issue 24, section 2: an instant is ISO text with an offset (or a Date). Text
// without one names no instant until a zone is given, so every function that
// takes an instant rejects it as AMBIGUOUS_INSTANT — dutyAt answered instead.
const calendar = createCalendar({ businessHours: { hours: [['08:00', '17:30']] } });
const o = { calendar };
const noOffset = ['2026-10-09T20:00', '2026-10-09 20:00', '2026-10-09'];

describe('CAL-06 instants without an offset are AMBIGUOUS_INSTANT everywhere', () => {
  it.each(noOffset)('CAL-06 dutyAt(%j) is AMBIGUOUS_INSTANT, as dueAt and latestStart', (text) => {
    expect(thrown(() => dutyAt(text, o)).code).toBe('AMBIGUOUS_INSTANT');
    expect(thrown(() => dueAt(text, '3个工作日内')).code).toBe('AMBIGUOUS_INSTANT');
    expect(thrown(() => latestStart(text, '提前两天')).code).toBe('AMBIGUOUS_INSTANT');
  });

  it.each(noOffset)('CAL-04 every instant-taking calendar and time-limit function rejects %j', (text) => {
    const calls: (() => unknown)[] = [
      () => addBusinessTime(text, 30, o),
      () => businessTimeBetween(text, '2026-10-09T20:00+08:00', o),
      () => businessTimeBetween('2026-10-09T20:00+08:00', text, o),
      () => calendar.addBusinessTime(text, 30),
      () => calendar.businessTimeBetween(text, '2026-10-09T20:00+08:00'),
      () => nextBusinessMoment(text, o),
      () => previousBusinessMoment(text, o),
      () => explainDue(text, '3个工作日内'),
      () => explainLatestStart(text, '提前两天'),
    ];
    for (const call of calls) expect(thrown(call).code).toBe('AMBIGUOUS_INSTANT');
  });

  it('CAL-06 with an offset, or a timeZone option where there is one, the same text answers', () => {
    expect(dutyAt('2026-10-09T20:00+08:00', o).receiver).toBe('duty-officer');
    expect(dueAt('2026-10-09T20:00', '2小时内', { timeZone: 'Asia/Shanghai' }).toISOString()).toBe('2026-10-09T14:00:00.000Z');
  });

  it('CAL-01 functions that take a day read a civil date as written; date-time text without an offset is still ambiguous', () => {
    expect(isWorkday('2026-10-09')).toBe(true);
    expect(nextWorkday('2026-10-09')).toBe('2026-10-10');
    expect(thrown(() => isWorkday('2026-10-09T20:00')).code).toBe('AMBIGUOUS_INSTANT');
    expect(thrown(() => dayInfo('2026-10-09T20:00')).code).toBe('AMBIGUOUS_INSTANT');
  });
});
