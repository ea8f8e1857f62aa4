import * as z from 'zod/mini';

/**
 * A person on a notice: a name, optionally an e-mail (for calendar invitations) and a role.
 *
 * @example
 * PersonSchema.safeParse('张三').success //=> true
 * PersonSchema.safeParse({ name: '王五', email: 'wang@example.com', role: '召集人' }).success //=> true
 * PersonSchema.safeParse({ name: '王五', email: 'wang' }).success //=> false
 */
export const PersonSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ name: z.string().check(z.minLength(1)), email: z.optional(z.email()), role: z.optional(z.string()) }),
]);
/**
 * A person on a notice (参会人员, 主持人, 召集人): a name, or `{ name, email?, role? }`.
 *
 * @example
 * diffMeetingNotices({ attendees: ['张三'] }, { attendees: ['张三', { name: '李四', email: 'li@example.com' }] }).attendeesAdded //=> ['李四']
 */
export type Person = z.infer<typeof PersonSchema>;

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'guifan:time-of-day' }));
const civil = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'guifan:civil-date' }));
const instant = z.union([z.string(), z.date()]);
const nonEmpty = z.string().check(z.minLength(1));

/**
 * A meeting notice (会议通知). MTG-01's six items: ① date and weekday
 * (`date`, `weekday` as written on the notice), ② `start`, ③ `end`, ④ `venue`,
 * ⑤ `attendees`, ⑥ `agenda` and `preparation`. Fields are optional in the
 * schema so that a draft read from free text can be validated item by item.
 *
 * @example
 * MeetingNoticeSchema.safeParse({ date: '2026-10-08', start: '14:30' }).success //=> true
 * MeetingNoticeSchema.safeParse({ start: '25:00' }).success //=> false
 */
export const MeetingNoticeSchema = z.strictObject({
  /** Stable id, used for the iCalendar UID. */
  id: z.optional(nonEmpty),
  title: z.optional(nonEmpty),
  date: z.optional(civil),
  /** The weekday as the notice states it: `'星期四'`, `'周四'`, `'Thursday'`. */
  weekday: z.optional(z.string()),
  start: z.optional(hhmm),
  end: z.optional(hhmm),
  venue: z.optional(z.string()),
  attendees: z.optional(z.array(PersonSchema)),
  agenda: z.optional(z.array(z.string())),
  preparation: z.optional(z.array(z.string())),
  /** The chair (主持人). */
  chair: z.optional(PersonSchema),
  /** The convener (召集人) / organizer. */
  convener: z.optional(PersonSchema),
  /** Who issued the notice (MTG-02: 总务科) and through which channel. */
  issuedBy: z.optional(z.string()),
  channel: z.optional(z.enum(['broadcast', 'phone', 'written', 'email', 'chat', 'other'])),
  issuedAt: z.optional(instant),
  /** When the materials went out (MTG-04: generally two days ahead). */
  materialsSentAt: z.optional(instant),
  /** MTG-04: fixed in advance. */
  minuteTaker: z.optional(z.string()),
  seating: z.optional(z.string()),
  /** Minutes per speaker (MTG-04). */
  speakingLimit: z.optional(z.int().check(z.positive())),
  /** IANA zone of the wall times. @default the calendar's zone */
  timeZone: z.optional(z.string()),
});
/**
 * A meeting notice (会议通知) as data: the input of {@link validateMeetingNotice},
 * {@link renderMeetingNotice} and {@link toICalendar}. See {@link MeetingNoticeSchema}.
 *
 * @example
 * const notice = { title: '安全例会', date: '2026-10-08', weekday: '星期四', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三'], agenda: ['国庆值班总结'], preparation: ['值班记录'] }
 * validateMeetingNotice(notice).success //=> true
 */
export type MeetingNotice = z.input<typeof MeetingNoticeSchema>;

/**
 * One meeting of the monthly schedule (月度会议预定表, MTG-05): time, venue, main topics, attendees.
 *
 * @example
 * ScheduledMeetingSchema.safeParse({ title: '部长会', date: '2026-11-05', topics: ['年度预算'] }).success //=> true
 */
export const ScheduledMeetingSchema = z.extend(
  z.pick(MeetingNoticeSchema, { title: true, date: true, weekday: true, start: true, end: true, venue: true, attendees: true }),
  { topics: z.optional(z.array(z.string())) },
);

/**
 * The monthly meeting schedule (月度会议预定表, MTG-05): the month, when the
 * ministers' meeting decided it and when it was published, and its meetings.
 *
 * @example
 * MonthlyScheduleSchema.safeParse({ month: '2026-11', meetings: [] }).success //=> true
 * MonthlyScheduleSchema.safeParse({ month: '2026-13', meetings: [] }).success //=> false
 */
export const MonthlyScheduleSchema = z.strictObject({
  /** The month scheduled, `'YYYY-MM'`. */
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  /** When the ministers' meeting decided it. */
  decidedAt: z.optional(instant),
  publishedAt: z.optional(instant),
  meetings: z.array(ScheduledMeetingSchema),
});
/**
 * A monthly meeting schedule (月度会议预定表) as data: the input of
 * {@link validateMonthlySchedule}. See {@link MonthlyScheduleSchema}.
 *
 * @example
 * const schedule = { month: '2026-11', decidedAt: '2026-10-20T10:00+08:00', meetings: [{ title: '部长会', date: '2026-11-05', start: '09:00', end: '10:00', venue: '三楼会议室', attendees: ['各部长'], topics: ['年度预算'] }] }
 * validateMonthlySchedule(schedule).success //=> true
 */
export type MonthlySchedule = z.input<typeof MonthlyScheduleSchema>;

/**
 * A change notice (变更通知, MTG-06): when it went out, what it announces as
 * changed, and whom it reached.
 *
 * @example
 * ChangeNoticeSchema.safeParse({ issuedAt: '2026-10-08T09:00+08:00', changes: ['venue'], notified: ['张三'] }).success //=> true
 * ChangeNoticeSchema.safeParse({ changes: ['venue'] }).success //=> false
 */
export const ChangeNoticeSchema = z.strictObject({
  issuedAt: instant,
  issuedBy: z.optional(z.string()),
  /** The fields it announces as changed (`date`, `start`, `end`, `venue`, …). */
  changes: z.optional(z.array(z.string())),
  /** Everyone it reached (names or e-mails). */
  notified: z.array(z.string()),
});
/**
 * A change notice (变更通知) as data: the third argument of
 * {@link validateChangeNotice}. See {@link ChangeNoticeSchema}.
 *
 * @example
 * const change = { issuedAt: '2026-10-08T09:00+08:00', changes: ['venue'], notified: ['张三'] }
 * validateChangeNotice({ venue: '三楼会议室', attendees: ['张三'] }, { venue: '五楼会议室', attendees: ['张三'] }, change).success //=> true
 */
export type ChangeNotice = z.input<typeof ChangeNoticeSchema>;

/**
 * An absence or lateness report (请假, MTG-03): who, absence or lateness, to
 * whom and when it was reported.
 *
 * @example
 * AbsenceReportSchema.safeParse({ person: '李四', kind: 'lateness', reportedTo: '张总', reportedAt: '2026-10-08T09:00+08:00' }).success //=> true
 * AbsenceReportSchema.safeParse({ person: '李四', kind: 'sick', reportedTo: '张总', reportedAt: '2026-10-08T09:00+08:00' }).success //=> false
 */
export const AbsenceReportSchema = z.strictObject({
  person: nonEmpty,
  kind: z.enum(['absence', 'lateness']),
  reportedTo: nonEmpty,
  reportedAt: instant,
  reason: z.optional(z.string()),
});
/**
 * An absence or lateness report (请假) as data: the input of
 * {@link validateAbsenceReport}. See {@link AbsenceReportSchema}.
 *
 * @example
 * const report = { person: '李四', kind: 'absence', reportedTo: '张总', reportedAt: '2026-10-08T09:00+08:00' }
 * validateAbsenceReport(report, { chair: '张总', date: '2026-10-08', start: '14:30' }).success //=> true
 */
export type AbsenceReport = z.input<typeof AbsenceReportSchema>;

/**
 * Minutes (会议记录, MTG-07): numbered paper, confidential scope, keeper,
 * recorder, time, venue, attendees, content, conclusions, opinions, process.
 *
 * @example
 * MinutesSchema.safeParse({ date: '2026-10-08', venue: '三楼会议室' }).success //=> true
 * MinutesSchema.safeParse({ date: '2026年10月8日' }).success //=> false
 */
export const MinutesSchema = z.strictObject({
  /** Number of the uniform numbered paper. */
  paperNo: z.optional(z.string()),
  /** The confidential scope, as the chair defined it. */
  confidentiality: z.optional(z.string()),
  /** The designated keeper of the original. */
  keeper: z.optional(z.string()),
  recorder: z.optional(z.string()),
  date: z.optional(civil),
  start: z.optional(hhmm),
  end: z.optional(hhmm),
  venue: z.optional(z.string()),
  attendees: z.optional(z.array(PersonSchema)),
  content: z.optional(z.string()),
  conclusions: z.optional(z.array(z.string())),
  opinions: z.optional(z.array(z.string())),
  process: z.optional(z.string()),
});
/**
 * Minutes (会议记录) as data: the input of {@link validateMinutes}. See {@link MinutesSchema}.
 *
 * @example
 * const minutes = { paperNo: 'HY-2026-041', confidentiality: '内部', keeper: '办公室', recorder: '赵六', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三'], content: '国庆值班总结', conclusions: ['值班表照旧'], opinions: ['无'], process: '按议程进行' }
 * validateMinutes(minutes).success //=> true
 */
export type Minutes = z.input<typeof MinutesSchema>;
