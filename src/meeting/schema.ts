import * as z from 'zod/mini';

/** A person on a notice: a name, optionally an e-mail (for calendar invitations) and a role. */
export const PersonSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ name: z.string().check(z.minLength(1)), email: z.optional(z.email()), role: z.optional(z.string()) }),
]);
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
export type MeetingNotice = z.input<typeof MeetingNoticeSchema>;

/** One meeting of the monthly schedule (月度会议预定表, MTG-05): time, venue, main topics, attendees. */
export const ScheduledMeetingSchema = z.extend(
  z.pick(MeetingNoticeSchema, { title: true, date: true, weekday: true, start: true, end: true, venue: true, attendees: true }),
  { topics: z.optional(z.array(z.string())) },
);

export const MonthlyScheduleSchema = z.strictObject({
  /** The month scheduled, `'YYYY-MM'`. */
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  /** When the ministers' meeting decided it. */
  decidedAt: z.optional(instant),
  publishedAt: z.optional(instant),
  meetings: z.array(ScheduledMeetingSchema),
});
export type MonthlySchedule = z.input<typeof MonthlyScheduleSchema>;

/** A change notice (变更通知, MTG-06). */
export const ChangeNoticeSchema = z.strictObject({
  issuedAt: instant,
  issuedBy: z.optional(z.string()),
  /** The fields it announces as changed (`date`, `start`, `end`, `venue`, …). */
  changes: z.optional(z.array(z.string())),
  /** Everyone it reached (names or e-mails). */
  notified: z.array(z.string()),
});
export type ChangeNotice = z.input<typeof ChangeNoticeSchema>;

/** An absence or lateness report (MTG-03). */
export const AbsenceReportSchema = z.strictObject({
  person: nonEmpty,
  kind: z.enum(['absence', 'lateness']),
  reportedTo: nonEmpty,
  reportedAt: instant,
  reason: z.optional(z.string()),
});
export type AbsenceReport = z.input<typeof AbsenceReportSchema>;

/** Minutes (会议记录, MTG-07). */
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
export type Minutes = z.input<typeof MinutesSchema>;
