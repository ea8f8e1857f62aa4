import * as z from 'zod';

/** A person on a notice: a name, optionally an e-mail (for calendar invitations) and a role. */
export const PersonSchema = z.union([
  z.string().min(1),
  z.object({ name: z.string().min(1), email: z.email().optional(), role: z.string().optional() }).strict(),
]);
export type Person = z.infer<typeof PersonSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'guifan:time-of-day' });
const civil = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'guifan:civil-date' });
const instant = z.union([z.string(), z.date()]);

/**
 * A meeting notice (会议通知). MTG-01's six items: ① date and weekday
 * (`date`, `weekday` as written on the notice), ② `start`, ③ `end`, ④ `venue`,
 * ⑤ `attendees`, ⑥ `agenda` and `preparation`. Fields are optional in the
 * schema so that a draft read from free text can be validated item by item.
 */
export const MeetingNoticeSchema = z
  .object({
    /** Stable id, used for the iCalendar UID. */
    id: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    date: civil.optional(),
    /** The weekday as the notice states it: `'星期四'`, `'周四'`, `'Thursday'`. */
    weekday: z.string().optional(),
    start: hhmm.optional(),
    end: hhmm.optional(),
    venue: z.string().optional(),
    attendees: z.array(PersonSchema).optional(),
    agenda: z.array(z.string()).optional(),
    preparation: z.array(z.string()).optional(),
    /** The chair (主持人). */
    chair: PersonSchema.optional(),
    /** The convener (召集人) / organizer. */
    convener: PersonSchema.optional(),
    /** Who issued the notice (MTG-02: 总务科) and through which channel. */
    issuedBy: z.string().optional(),
    channel: z.enum(['broadcast', 'phone', 'written', 'email', 'chat', 'other']).optional(),
    issuedAt: instant.optional(),
    /** When the materials went out (MTG-04: generally two days ahead). */
    materialsSentAt: instant.optional(),
    /** MTG-04: fixed in advance. */
    minuteTaker: z.string().optional(),
    seating: z.string().optional(),
    /** Minutes per speaker (MTG-04). */
    speakingLimit: z.int().positive().optional(),
    /** IANA zone of the wall times. @default the calendar's zone */
    timeZone: z.string().optional(),
  })
  .strict();
export type MeetingNotice = z.input<typeof MeetingNoticeSchema>;

/** One meeting of the monthly schedule (月度会议预定表, MTG-05): time, venue, main topics, attendees. */
export const ScheduledMeetingSchema = MeetingNoticeSchema.pick({ title: true, date: true, weekday: true, start: true, end: true, venue: true, attendees: true })
  .extend({ topics: z.array(z.string()).optional() })
  .strict();

export const MonthlyScheduleSchema = z
  .object({
    /** The month scheduled, `'YYYY-MM'`. */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    /** When the ministers' meeting decided it. */
    decidedAt: instant.optional(),
    publishedAt: instant.optional(),
    meetings: z.array(ScheduledMeetingSchema),
  })
  .strict();
export type MonthlySchedule = z.input<typeof MonthlyScheduleSchema>;

/** A change notice (变更通知, MTG-06). */
export const ChangeNoticeSchema = z
  .object({
    issuedAt: instant,
    issuedBy: z.string().optional(),
    /** The fields it announces as changed (`date`, `start`, `end`, `venue`, …). */
    changes: z.array(z.string()).optional(),
    /** Everyone it reached (names or e-mails). */
    notified: z.array(z.string()),
  })
  .strict();
export type ChangeNotice = z.input<typeof ChangeNoticeSchema>;

/** An absence or lateness report (MTG-03). */
export const AbsenceReportSchema = z
  .object({
    person: z.string().min(1),
    kind: z.enum(['absence', 'lateness']),
    reportedTo: z.string().min(1),
    reportedAt: instant,
    reason: z.string().optional(),
  })
  .strict();
export type AbsenceReport = z.input<typeof AbsenceReportSchema>;

/** Minutes (会议记录, MTG-07). */
export const MinutesSchema = z
  .object({
    /** Number of the uniform numbered paper. */
    paperNo: z.string().optional(),
    /** The confidential scope, as the chair defined it. */
    confidentiality: z.string().optional(),
    /** The designated keeper of the original. */
    keeper: z.string().optional(),
    recorder: z.string().optional(),
    date: civil.optional(),
    start: hhmm.optional(),
    end: hhmm.optional(),
    venue: z.string().optional(),
    attendees: z.array(PersonSchema).optional(),
    content: z.string().optional(),
    conclusions: z.array(z.string()).optional(),
    opinions: z.array(z.string()).optional(),
    process: z.string().optional(),
  })
  .strict();
export type Minutes = z.input<typeof MinutesSchema>;
