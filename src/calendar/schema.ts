import { z } from 'zod';

/** A strict `'YYYY-MM-DD'` civil date (the day must exist). */
export const CivilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'guifan:civil-date' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    },
    { message: 'guifan:no-such-day' },
  );

/** A listed day: the date alone, or with the holiday's name. */
export const CalendarDayEntrySchema = z.union([
  CivilDateSchema,
  z
    .object({
      date: CivilDateSchema,
      /** Chinese name, e.g. `'春节'` or `'公司年会'`. */
      name: z.string().min(1).optional(),
      /** English name. */
      nameEn: z.string().min(1).optional(),
    })
    .strict(),
]);

/** One year's arrangement as the State Council's notice publishes it. */
export const CalendarYearSchema = z
  .object({
    /** Rest days of the notice (including weekend days inside a holiday block). */
    holidays: z.array(CalendarDayEntrySchema).default([]),
    /** Make-up working days (调休上班). */
    workdays: z.array(CalendarDayEntrySchema).default([]),
  })
  .strict();

/** A wall-clock time `'HH:mm'`, `'24:00'` allowed as an end. */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'guifan:time-of-day' });

/** One open interval of a day, e.g. `['08:30', '12:00']`. */
export const BusinessSegmentSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]);

/**
 * Service hours (CAL-04, CAL-05): `'24x7'` for a round-the-clock service
 * (every day, holidays included), or segments for working days with per-weekday
 * and per-date overrides (an empty list closes that day).
 */
export const BusinessHoursSchema = z.union([
  z.literal('24x7'),
  z
    .object({
      /** Segments of every working day, e.g. `[['08:30', '12:00'], ['13:30', '17:00']]`. */
      hours: z.array(BusinessSegmentSchema).min(1),
      /** Per-weekday segments (0 = Sunday), used on that weekday when it is a working day. */
      weekdays: z.partialRecord(z.enum(['0', '1', '2', '3', '4', '5', '6']), z.array(BusinessSegmentSchema)).optional(),
      /** Per-date segments (a short eve), used when that date is a working day. */
      dates: z.record(CivilDateSchema, z.array(BusinessSegmentSchema)).optional(),
    })
    .strict(),
]);

/** Groups with a statutory half-day (CAL-03): 妇女节 3月8日, 青年节 5月4日 (14–28), 建军节 8月1日. */
export const AudienceSchema = z.enum(['women', 'youth', 'military']);

/**
 * Options of {@link createCalendar}: plain JSON, so that a calendar can be
 * stored, diffed and exported as JSON Schema.
 */
export const CalendarOptionsSchema = z
  .object({
    /** A name for explanations, e.g. `'某物业公司'`. @default '中国大陆' */
    name: z.string().min(1).optional(),
    /** IANA zone in which instants are read. @default 'Asia/Shanghai' */
    timeZone: z.string().min(1).default('Asia/Shanghai'),
    /** Weekly rest days, 0 = Sunday … 6 = Saturday. @default [0, 6] */
    weekend: z
      .array(z.int().min(0).max(6))
      .max(6)
      .refine((w) => new Set(w).size === w.length, { message: 'guifan:duplicate-weekday' })
      .default([0, 6]),
    /** What a question outside the data's years does (CAL-02). @default 'throw' */
    outOfCoverage: z.enum(['throw', 'provisional']).default('throw'),
    /** Whole years added or replaced, keyed by year (`{ 2027: { holidays, workdays } }`). @default {} */
    years: z.record(z.string().regex(/^\d{4}$/), CalendarYearSchema).default({}),
    /** Extra rest days of the organisation (overlay, wins over the official data). @default [] */
    extraHolidays: z.array(CalendarDayEntrySchema).default([]),
    /** Extra working days of the organisation (overlay, wins over the official data). @default [] */
    extraWorkdays: z.array(CalendarDayEntrySchema).default([]),
    /** Service hours (CAL-04, CAL-05). @default undefined (whole days only) */
    businessHours: BusinessHoursSchema.optional(),
    /** The group this calendar serves, for its half-day holiday (CAL-03). @default undefined */
    audience: AudienceSchema.optional(),
    /** State Council notices as pasted text, read by parseHolidayNotice and loaded as `years` (errors throw). @default undefined */
    notices: z.array(z.string().max(200_000)).optional(),
  })
  .strict();

/** Options as a caller writes them. */
export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;
/** Options after defaults. */
export type ResolvedCalendarOptions = z.output<typeof CalendarOptionsSchema>;
export type CalendarDayEntry = z.infer<typeof CalendarDayEntrySchema>;
export type CalendarYear = z.input<typeof CalendarYearSchema>;
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
