import { describe, expect, it } from 'vitest';
import {
  AbsenceReportSchema,
  ChangeNoticeSchema,
  MeetingNoticeSchema,
  MinutesSchema,
  MonthlyScheduleSchema,
  PersonSchema,
  ScheduledMeetingSchema,
  validateMeetingNotice,
} from '../../src/index';

// The meeting schemas are zod/mini: .parse / .safeParse keep working, unknown keys are refused, messages stay bilingual.
describe('MTG-01 meeting schemas (zod/mini)', () => {
  it('MTG-01 parse and safeParse work as before', () => {
    expect(MeetingNoticeSchema.parse({ title: '安全例会', date: '2026-10-08', start: '14:30', speakingLimit: 5 })).toEqual({ title: '安全例会', date: '2026-10-08', start: '14:30', speakingLimit: 5 });
    expect(MeetingNoticeSchema.safeParse({ start: '25:00' }).success).toBe(false);
    expect(MeetingNoticeSchema.safeParse({ speakingLimit: 0 }).success).toBe(false);
    expect(MeetingNoticeSchema.safeParse({ speakingLimit: 1.5 }).success).toBe(false);
    expect(MeetingNoticeSchema.safeParse({ start: '24:00', end: '24:00', issuedAt: new Date(0) }).success).toBe(true);
    expect(PersonSchema.safeParse({ name: '张三', email: 'not-an-email' }).success).toBe(false);
    expect(PersonSchema.safeParse('').success).toBe(false);
    expect(() => MeetingNoticeSchema.parse('x')).toThrow();
  });
  it('MTG-01 MTG-05 unknown keys are refused, also in the picked schedule entry', () => {
    expect(MeetingNoticeSchema.safeParse({ titel: 'x' }).success).toBe(false);
    expect(PersonSchema.safeParse({ name: '张三', mail: 'a@b.c' }).success).toBe(false);
    expect(ScheduledMeetingSchema.safeParse({ title: 'x', topics: ['a'] }).success).toBe(true);
    expect(ScheduledMeetingSchema.safeParse({ title: 'x', materialsSentAt: '2026-10-01T10:00+08:00' }).success).toBe(false);
    expect(MonthlyScheduleSchema.safeParse({ month: '2026-13', meetings: [] }).success).toBe(false);
    expect(MonthlyScheduleSchema.safeParse({ month: '2026-11', meetings: [{ date: '2026-11-02', topics: ['预算'] }] }).success).toBe(true);
    expect(ChangeNoticeSchema.safeParse({ issuedAt: '2026-10-08T09:00+08:00' }).success).toBe(false);
    expect(AbsenceReportSchema.safeParse({ person: '李四', kind: 'leave', reportedTo: '赵总', reportedAt: '2026-10-08T09:00+08:00' }).success).toBe(false);
    expect(MinutesSchema.safeParse({ paperNo: 'A-1', extra: 1 }).success).toBe(false);
  });
  it('MTG-01 schema problems become bilingual INVALID_INPUT issues', () => {
    const r = validateMeetingNotice({ start: '2:30pm' });
    const bad = r.issues.find((i) => i.code === 'INVALID_INPUT')!;
    expect(bad.path).toEqual(['start']);
    expect(bad.message).toEqual({ 'zh-CN': "应为 'HH:mm' 格式的时间（00:00–24:00）", en: "expected a time 'HH:mm' (00:00–24:00)" });
    const unknown = validateMeetingNotice({ titel: 'x' } as never).issues[0]!;
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.message['zh-CN']).not.toBe(unknown.message.en);
  });
});
