import * as z from 'zod/mini';

// Schemas are zod/mini (functional, tree-shakable) and each is built inside a
// `/* @__PURE__ */` IIFE: a bundle that imports none of them drops them, zod
// included (a plain `z.object(…)` call at the top level would be kept as a
// possible side effect). Only parsing code (createCalendar) imports this file's
// values; the working-day functions use the default calendar, which needs none.

/**
 * A strict `'YYYY-MM-DD'` civil date (the day must exist).
 *
 * @example
 * CivilDateSchema.safeParse('2026-02-29').success //=> false (no such day)
 * CivilDateSchema.parse('2026-10-08') //=> '2026-10-08'
 */
export const CivilDateSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'guifan:civil-date' }),
    z.refine(
      (s) => {
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        const t = new Date(Date.UTC(y, m - 1, d));
        return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
      },
      { error: 'guifan:no-such-day' },
    ),
  ))();

/**
 * A listed day: the date alone, or with the holiday's name.
 *
 * @example
 * CalendarDayEntrySchema.parse({ date: '2026-12-31', name: '公司年会' }) //=> { date: '2026-12-31', name: '公司年会' }
 * CalendarDayEntrySchema.parse('2026-12-31') //=> '2026-12-31'
 */
export const CalendarDayEntrySchema = /* @__PURE__ */ (() =>
  z.union([
    CivilDateSchema,
    z.strictObject({
      date: CivilDateSchema,
      /** Chinese name, e.g. `'春节'` or `'公司年会'`. */
      name: z.optional(z.string().check(z.minLength(1))),
      /** English name. */
      nameEn: z.optional(z.string().check(z.minLength(1))),
    }),
  ]))();

/**
 * One year's arrangement as the State Council's notice publishes it.
 *
 * @example
 * CalendarYearSchema.parse({ holidays: ['2027-01-01'] }) //=> { holidays: ['2027-01-01'], workdays: [] }
 */
export const CalendarYearSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Rest days of the notice (including weekend days inside a holiday block). */
    holidays: z._default(z.array(CalendarDayEntrySchema), []),
    /** Make-up working days (调休上班). */
    workdays: z._default(z.array(CalendarDayEntrySchema), []),
  }))();

/**
 * A wall-clock time `'HH:mm'`, `'24:00'` allowed as an end.
 *
 * @example
 * TimeOfDaySchema.safeParse('24:00').success //=> true
 * TimeOfDaySchema.safeParse('8:30').success //=> false (two digits)
 */
export const TimeOfDaySchema = /* @__PURE__ */ (() => z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'guifan:time-of-day' })))();

/**
 * One open interval of a day, e.g. `['08:30', '12:00']`. An end before the
 * start crosses midnight: `['22:00', '06:00']` is open from 22:00 until 06:00
 * the next morning, as part of the day it starts on (CAL-04). A segment starts
 * before 24:00 and is never empty.
 *
 * @example
 * BusinessSegmentSchema.parse(['08:30', '12:00']) //=> ['08:30', '12:00']
 * BusinessSegmentSchema.safeParse(['22:00', '06:00']).success //=> true (a night shift, into the next morning)
 * BusinessSegmentSchema.safeParse(['24:00', '06:00']).success //=> false (a segment starts before 24:00)
 */
export const BusinessSegmentSchema = /* @__PURE__ */ (() =>
  // An empty segment (start = end) is INVALID_BUSINESS_HOURS when the calendar is built, as an overlap is.
  z.tuple([z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'guifan:segment-start' })), TimeOfDaySchema]))();

/**
 * Service hours (CAL-04, CAL-05): `'24x7'` for a round-the-clock service
 * (every day, holidays included), or segments for working days with per-weekday
 * and per-date overrides (an empty list closes that day). Segments are wall-clock
 * times in the calendar's zone: on a day when the clocks change, only the
 * minutes the clock really shows count (see {@link BusinessSegmentSchema} for
 * segments crossing midnight).
 *
 * @example
 * BusinessHoursSchema.safeParse('24x7').success //=> true
 * BusinessHoursSchema.safeParse({ hours: [['08:30', '12:00']], weekdays: { 6: [['09:00', '11:00']] } }).success //=> true
 * BusinessHoursSchema.safeParse({ hours: [] }).success //=> false (at least one segment)
 */
export const BusinessHoursSchema = /* @__PURE__ */ (() =>
  z.union([
    z.literal('24x7'),
    z.strictObject({
      /** Segments of every working day, e.g. `[['08:30', '12:00'], ['13:30', '17:00']]`. */
      hours: z.array(BusinessSegmentSchema).check(z.minLength(1)),
      /** Per-weekday segments (0 = Sunday), used on that weekday when it is a working day. */
      weekdays: z.optional(z.partialRecord(z.enum(['0', '1', '2', '3', '4', '5', '6']), z.array(BusinessSegmentSchema))),
      /** Per-date segments (a short eve), used when that date is a working day. */
      dates: z.optional(z.record(CivilDateSchema, z.array(BusinessSegmentSchema))),
    }),
  ]))();

/**
 * Groups with a statutory half-day (CAL-03): 妇女节 3月8日, 青年节 5月4日 (14–28), 建军节 8月1日.
 *
 * @example
 * AudienceSchema.options //=> ['women', 'youth', 'military']
 */
export const AudienceSchema = /* @__PURE__ */ (() => z.enum(['women', 'youth', 'military']))();

/**
 * Options of {@link createCalendar}: plain JSON, so that a calendar can be
 * stored, diffed and exported as JSON Schema.
 *
 * @example
 * CalendarOptionsSchema.parse({}).weekend //=> [0, 6]
 * CalendarOptionsSchema.safeParse({ weekend: [0, 0] }).success //=> false (a weekday twice)
 */
export const CalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A name for explanations, e.g. `'某物业公司'`. @default '中国大陆' */
    name: z.optional(z.string().check(z.minLength(1))),
    /** IANA zone in which instants are read. @default 'Asia/Shanghai' */
    timeZone: z._default(z.string().check(z.minLength(1)), 'Asia/Shanghai'),
    /** Weekly rest days, 0 = Sunday … 6 = Saturday. @default [0, 6] */
    weekend: z._default(
      z.array(z.int().check(z.minimum(0), z.maximum(6))).check(
        z.maxLength(6),
        z.refine((w) => new Set(w).size === w.length, { error: 'guifan:duplicate-weekday' }),
      ),
      [0, 6],
    ),
    /** What a question outside the data's years does (CAL-02). @default 'throw' */
    outOfCoverage: z._default(z.enum(['throw', 'provisional']), 'throw'),
    /** Whole years added or replaced, keyed by year (`{ 2027: { holidays, workdays } }`). @default {} */
    years: z._default(z.record(z.string().check(z.regex(/^\d{4}$/)), CalendarYearSchema), {}),
    /** Extra rest days of the organisation (overlay, wins over the official data). @default [] */
    extraHolidays: z._default(z.array(CalendarDayEntrySchema), []),
    /** Extra working days of the organisation (overlay, wins over the official data). @default [] */
    extraWorkdays: z._default(z.array(CalendarDayEntrySchema), []),
    /** Service hours (CAL-04, CAL-05). @default undefined (whole days only) */
    businessHours: z.optional(BusinessHoursSchema),
    /** The group this calendar serves, for its half-day holiday (CAL-03). @default undefined */
    audience: z.optional(AudienceSchema),
    /** State Council notices as pasted text, read by parseHolidayNotice and loaded as `years` (errors throw). @default undefined */
    notices: z.optional(z.array(z.string().check(z.maxLength(200_000)))),
  }))();

/**
 * Options as a caller writes them.
 *
 * @example
 * createCalendar({ name: '某物业公司', extraHolidays: ['2026-12-31'] }).name //=> '某物业公司'
 */
export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;
/**
 * Options after defaults.
 *
 * @example
 * const o = CalendarOptionsSchema.parse({ name: '某物业公司' });
 * [o.timeZone, o.outOfCoverage, o.years, o.extraHolidays] //=> ['Asia/Shanghai', 'throw', {}, []]
 */
export type ResolvedCalendarOptions = z.output<typeof CalendarOptionsSchema>;
/**
 * A listed day as {@link CalendarDayEntrySchema} reads it: `'YYYY-MM-DD'`, or
 * `{ date, name?, nameEn? }`.
 *
 * @example
 * createCalendar({ extraHolidays: [{ date: '2026-12-31', name: '公司年会' }] }).dayInfo('2026-12-31').name //=> '公司年会'
 */
export type CalendarDayEntry = z.infer<typeof CalendarDayEntrySchema>;
/**
 * One year of `createCalendar({ years })`, as a caller writes it (both lists
 * optional): the notice's rest days and make-up working days.
 *
 * @example
 * const cal = createCalendar({ years: { 2027: { holidays: [{ date: '2027-01-01', name: '元旦' }] } } })
 * cal.isWorkday('2027-01-01') //=> false
 */
export type CalendarYear = z.input<typeof CalendarYearSchema>;
/**
 * Service hours as {@link BusinessHoursSchema} reads them: `'24x7'`, or working-day
 * segments with per-weekday and per-date overrides (CAL-04, CAL-05).
 *
 * @example
 * const cal = createCalendar({ businessHours: { hours: [['08:30', '17:00']], dates: { '2026-09-30': [['08:30', '12:00']] } } })
 * cal.closeOfBusiness('2026-09-30').toISOString() //=> '2026-09-30T04:00:00.000Z' (12:00 in Shanghai: a short eve)
 */
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;
/**
 * A group with a statutory half-day holiday (CAL-03): `'women'` (妇女节),
 * `'youth'` (青年节, ages 14–28) or `'military'` (建军节).
 *
 * @example
 * createCalendar({ audience: 'women' }).dayInfo('2026-03-09').halfDay //=> undefined (the half-day is 03-08)
 */
export type Audience = z.infer<typeof AudienceSchema>;
