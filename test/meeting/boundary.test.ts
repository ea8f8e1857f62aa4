import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as meeting from '../../src/meeting/index';
import { isGuifanError, type ValidationIssue } from '../../src/index';
import { thrown } from '../_helpers/errors';

const notice = { title: '安全例会', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三'], agenda: ['总结'], preparation: ['记录'], chair: '赵总' };
const codes = (r: { issues: readonly ValidationIssue[] }) => r.issues.map((i) => `${i.code}:${i.path.join('.')}`);

describe('meeting functions answer odd input with a GuifanError or issues, never a TypeError', () => {
  it('MTG-01 toICalendar(null), renderMeetingNotice(42), diffMeetingNotices([]) throw VALIDATION_FAILED', () => {
    expect(thrown(() => meeting.toICalendar(null as never)).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => meeting.renderMeetingNotice(42 as never)).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => meeting.diffMeetingNotices([] as never, notice)).details.issues).toMatchObject([{ path: ['before'] }]);
    expect(thrown(() => meeting.formatChineseDate(undefined as never)).code).toBe('INVALID_DATE');
    expect(thrown(() => meeting.receptionDeadlines(null as never)).code).toBe('INVALID_DATE');
    expect(thrown(() => meeting.receptionDeadlines({ date: '2026-10-08' }, { calendar: {} as never })).code).toBe('INVALID_OPTIONS');
  });
  it('MTG-01 toICalendar refuses bad options and an invalid issuedAt instead of writing them', () => {
    const full = { ...notice, convener: { name: '钱主任', email: 'qian@example.com' } };
    expect(thrown(() => meeting.toICalendar(full, { method: 'PUBLISH' as never })).details.path).toBe('method');
    expect(thrown(() => meeting.toICalendar(full, { sequence: -1 })).details.path).toBe('sequence');
    expect(thrown(() => meeting.toICalendar(full, { dtstamp: '2026-10-08 10:00' })).details.path).toBe('dtstamp');
    expect((thrown(() => meeting.toICalendar({ ...full, issuedAt: 'yesterday' })).details.issues as ValidationIssue[])[0]!.path).toEqual(['issuedAt']);
  });
  it('MTG-01 MTG-03 MTG-05 MTG-06 validators report bad arguments and options as issues', () => {
    expect(codes(meeting.validateMeetingNotice(notice, null as never))).toEqual([]);
    expect(codes(meeting.validateMeetingNotice(notice, 'x' as never))).toEqual(['INVALID_INPUT:options']);
    expect(codes(meeting.validateMeetingNotice(notice, { calendar: {} as never }))).toEqual(['INVALID_INPUT:options.calendar']);
    expect(codes(meeting.validateMeetingNotice(notice, { now: 'soon' }))).toEqual(['INVALID_INPUT:options.now']);
    expect(codes(meeting.validateMeetingNotice(notice, { materialsSeverity: 'fatal' as never, maxAttendees: -1 }))).toEqual(['INVALID_INPUT:options.materialsSeverity', 'INVALID_INPUT:options.maxAttendees']);
    const report = { person: '李四', kind: 'absence' as const, reportedTo: '赵总', reportedAt: '2026-10-08T09:00+08:00' };
    expect(meeting.validateAbsenceReport(report, null as never)).toMatchObject({ success: false, issues: [{ code: 'INVALID_INPUT', path: ['notice'] }] });
    expect(meeting.validateChangeNotice(undefined as never, notice, undefined)).toMatchObject({ success: false, issues: [{ path: ['before'] }] });
    expect(codes(meeting.validateMonthlySchedule({ month: '2026-11', decidedAt: '2026-10-19T10:00+08:00', meetings: [] }, { deadlineOptions: null as never, now: 'x' }))).toEqual([]);
    expect(codes(meeting.validateMonthlySchedule({ month: '2026-11', meetings: [] }, { now: 'x' }))).toEqual(['INVALID_INPUT:options.now', 'SCHEDULE_NOT_DECIDED:decidedAt']);
  });
  it('MTG-01 every function of guifan/meeting, on any arguments, returns or throws a GuifanError', () => {
    const fns = Object.entries(meeting).filter(([k, v]) => typeof v === 'function' && !k.endsWith('Schema')) as [string, (...a: unknown[]) => unknown][];
    expect(fns.length).toBe(11);
    const arg = fc.oneof(fc.anything(), fc.constant(notice), fc.record({ date: fc.string(), start: fc.string(), attendees: fc.anything(), chair: fc.anything(), timeZone: fc.string(), calendar: fc.anything() }, { requiredKeys: [] }));
    for (const [name, f] of fns) {
      fc.assert(
        fc.property(fc.array(arg, { maxLength: 4 }), (args) => {
          try {
            f(...args);
          } catch (e) {
            expect(isGuifanError(e), `${name} threw ${String(e)}`).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    }
  });
});
