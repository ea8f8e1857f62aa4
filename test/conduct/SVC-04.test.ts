import { describe, expect, it } from 'vitest';
import { checkManualUpdates, createCalendar } from '../../src/index';
import { thrown } from '../_helpers/errors';

describe('SVC-04 the manual follows a rule change within 3 working days; checked at each month end', () => {
  const changes = [
    { id: 'R-7', changedAt: '2026-09-29T10:00+08:00', title: '停车收费标准调整' },
    { id: 'R-8', changedAt: '2026-10-12T15:00+08:00', title: '装修管理规定' },
    { id: 'R-9', changedAt: '2026-10-28', title: '垃圾分类' },
  ];

  it('counts working days across 国庆节: due 24:00 of 2026-10-09', () => {
    const r = checkManualUpdates(changes.slice(0, 1), [{ changeId: 'R-7', updatedAt: '2026-10-09T18:00+08:00' }], { at: '2026-10-20T09:00+08:00' });
    expect(r.changes[0]).toMatchObject({ id: 'R-7', status: 'on-time' });
    expect(r.changes[0]!.due.toISOString()).toBe('2026-10-09T16:00:00.000Z');
    expect(r.changes[0]!.explanation['zh-CN']).toContain('跳过 2026-10-01 至 2026-10-07（国庆节）');
  });

  it('late, overdue and pending', () => {
    const r = checkManualUpdates(changes, [{ changeId: 'R-7', updatedAt: '2026-10-10T09:00+08:00' }], { at: '2026-10-16T09:00+08:00' });
    expect(r.changes.map((c) => [c.id, c.status])).toEqual([['R-7', 'late'], ['R-8', 'overdue'], ['R-9', 'pending']]);
    expect(r.issues.map((i) => [i.code, i.rule])).toEqual(expect.arrayContaining([['MANUAL_UPDATE_LATE', 'SVC-04'], ['MANUAL_UPDATE_OVERDUE', 'SVC-04']]));
    // 10-13, 10-14, 10-15 → 24:00 of 10-15.
    expect(r.changes[1]!.due.toISOString()).toBe('2026-10-15T16:00:00.000Z');
    // R-9 given as a civil date: counted from the next day (TL-02): 10-29, 10-30, 11-02.
    expect(r.changes[2]!.due.toISOString()).toBe('2026-11-02T16:00:00.000Z');
  });

  it('the month-end check list: each month, the changes it must cover, done or missing', () => {
    const r = checkManualUpdates(changes, [], { at: '2026-11-03T09:00+08:00', checks: ['2026-10-30T17:00+08:00'] });
    expect(r.monthEnd.map((m) => [m.month, m.status, m.changes])).toEqual([
      ['2026-09', 'missing', ['R-7']],
      ['2026-10', 'done', ['R-8', 'R-9']],
      ['2026-11', 'pending', []],
    ]);
    expect(r.monthEnd[0]!.due.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(r.issues.filter((i) => i.code === 'MONTH_END_CHECK_MISSING').map((i) => i.message.en)).toEqual(['No month-end check of the manual for 2026-09 (due by 2026-10-01T00:00:00+08:00)']);
  });

  it('uses the host calendar (a company rest day moves the deadline)', () => {
    const cal = createCalendar({ extraHolidays: [{ date: '2026-10-13', name: '公司活动日' }] });
    const r = checkManualUpdates(changes.slice(1, 2), [], { at: '2026-10-16T09:00+08:00', calendar: cal });
    expect(r.changes[0]!.due.toISOString()).toBe('2026-10-16T16:00:00.000Z');
    expect(r.changes[0]!.status).toBe('pending');
  });

  it('bad input: coded issues or errors', () => {
    const r = checkManualUpdates([{ id: 'R-1', changedAt: '2026-02-30' }, { id: 'R-1', changedAt: '2026-03-02T09:00+08:00' }], [{ changeId: 'R-404', updatedAt: '2026-03-02T10:00+08:00' }], { at: '2026-03-10T00:00+08:00' });
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['INVALID_INPUT', 'DUPLICATE_KEY', 'UNKNOWN_RULE_CHANGE']));
    expect(checkManualUpdates('x' as never, [], { at: '2026-03-10T00:00+08:00' }).issues[0]!.code).toBe('INVALID_INPUT');
    expect(thrown(() => checkManualUpdates([], [], { at: 'tomorrow' })).code).toBe('INVALID_OPTIONS');
    expect(thrown(() => checkManualUpdates([], [], undefined as never)).code).toBe('INVALID_OPTIONS');
    const late = checkManualUpdates([{ id: 'R-2', changedAt: '2026-12-29T09:00+08:00' }], [], { at: '2026-12-30T09:00+08:00' });
    expect(late.issues.map((i) => i.code)).toEqual(['CALENDAR_NOT_COVERED']);
  });
});
