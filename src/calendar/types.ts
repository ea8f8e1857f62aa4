import type { CivilDate, DateInput } from '../_lib/input';
import type { RuleId } from '../errors/types';
import type { Audience, BusinessHours } from './schema';
import type { Instant } from '../_lib/input';

export type { CivilDate, DateInput, Instant } from '../_lib/input';

/**
 * What kind of day a date is.
 *
 * @example
 * [dayInfo('2026-10-09').kind, dayInfo('2026-10-11').kind, dayInfo('2026-10-01').kind, dayInfo('2026-10-10').kind]
 * //=> ['workday', 'weekend', 'holiday', 'makeup-workday']
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * Where a day's status comes from.
 *
 * @example
 * dayInfo('2026-10-01').source //=> 'official'
 * dayInfo('2026-10-08', { calendar: createCalendar({ extraHolidays: ['2026-10-08'] }) }).source //=> 'overlay'
 */
export type DaySource =
  /** the packaged data: the State Council's notices (see `DayInfo.notice`) */
  | 'official'
  /** the corrections layer: a day the notices' text cannot decide (see `DayInfo.correction`); none 2004–2026 */
  | 'correction'
  /** a year or extra day given to `createCalendar` */
  | 'overlay'
  /** the statutory holidays alone (provisional mode) */
  | 'statutory'
  /** nothing listed: the weekly rule decides */
  | 'weekly-rule';

/**
 * Why a day departs from the notices' data: the document that decides it
 * (CAL-01). The corrections layer is empty 2004–2026 — the notices decide every
 * day (see {@link DayNotice}) — so no packaged day carries one.
 *
 * @example
 * createCalendar().days('2004-01-01', '2026-12-31').filter((d) => d.correction).length //=> 0
 */
export interface DayCorrection {
  /** The deciding document's number, e.g. `国办发明电〔2005〕35号`. */
  readonly notice: string;
  /** The document's sentence that decides the day, verbatim. */
  readonly sentence: string;
  /** What the notices' data says and why it is wrong (中文). */
  readonly reason: string;
  readonly reasonEn: string;
}

/**
 * The State Council notice that lists a day of the packaged data (CAL-01):
 * provenance an auditor can check against the published text.
 *
 * @example
 * const n = dayInfo('2005-12-31').notice;
 * [n.number, n.title] //=> ['国办发明电〔2005〕35号', '国务院办公厅关于2006年部分节假日安排的通知']
 * n.sentence.includes('12月31日(星期六)上班') //=> true
 */
export interface DayNotice {
  /** The notice's document number (文号), e.g. `国办发明电〔2025〕7号`; absent where it is not recorded (2004, 2005). */
  readonly number?: string;
  /** The notice's title, e.g. `国务院办公厅关于2026年部分节假日安排的通知`. */
  readonly title: string;
  /** The notice's arrangement that lists the day, verbatim (its lines joined). */
  readonly sentence: string;
}

/**
 * Everything the calendar knows about one day.
 *
 * @example
 * const d = dayInfo('2026-10-06');
 * [d.kind, d.name, d.inLieu, d.statutory, d.workday, d.weekday]; //=> ['holiday', '国庆节', true, false, false, 2] (a Tuesday given for a make-up day)
 * [dayInfo('2026-10-01').statutory, dayInfo('2026-10-05').statutory, dayInfo('2026-10-05').inLieu] //=> [true, false, true]
 */
export interface DayInfo {
  readonly date: CivilDate;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly workday: boolean;
  readonly kind: DayKind;
  /**
   * Holiday name in Chinese, as the notices write it (清明节, 端午节, 中秋节); for a
   * make-up working day, the holiday it serves (调休). Every day of a notice's
   * holiday block — weekend days included — is `kind: 'holiday'` with this name.
   */
  readonly name?: string;
  /** Holiday name in English. */
  readonly nameEn?: string;
  /**
   * One of the statutory holidays (法定休假日) that 全国年节及纪念日放假办法 names for the
   * year — exactly {@link statutoryHolidaysOf}, in official, overlay and provisional
   * years alike (DUT-05). Work on it pays ≥ 300 % (DUT-04); the other rest days of a
   * holiday block are not statutory.
   */
  readonly statutory: boolean;
  /**
   * A weekday that the notice makes a rest day though the law does not (DUT-05): 调休
   * for a make-up working day, 补休 for a statutory day that falls on a weekend
   * (2026-10-05), the weekdays the 2020 extension added. A rest day for pay, not a
   * statutory one. Not in lieu: an organisation's own rest days (`extraHolidays`) and
   * 2015-09-03, the commemoration's own day (“9月3日放假，9月4日调休”).
   */
  readonly inLieu: boolean;
  /** `true` when the year has no published arrangement and the answer follows the law alone (CAL-02). */
  readonly provisional: boolean;
  readonly source: DaySource;
  /** Present when `source` is `'correction'`: the document that decides this day. */
  readonly correction?: DayCorrection;
  /**
   * The State Council notice that lists this day, for every holiday and make-up
   * working day of the packaged data. Set by the functions `dayInfo`,
   * `daysBetween`, `explainAddWorkdays`, `explainWorkdaysBetween` and
   * `calendarToICalendar`, for any calendar; a calendar's own methods leave it
   * out, so that a working-day answer's bundle does not carry the notices' texts.
   */
  readonly notice?: DayNotice;
  /** A group's half-day holiday (CAL-03): the afternoon is off from `from` for this calendar's audience. */
  readonly halfDay?: { readonly name: string; readonly nameEn: string; readonly from: string };
}

/**
 * One open interval of service on a day.
 *
 * @example
 * const calendar = createCalendar({ businessHours: { hours: [['08:30', '12:00']] } })
 * calendar.businessIntervals('2026-10-09').map((i) => [i.start.toISOString(), i.end.toISOString()])
 * //=> [['2026-10-09T00:30:00.000Z', '2026-10-09T04:00:00.000Z']] (08:30–12:00 in Shanghai)
 */
export interface BusinessInterval {
  readonly start: Date;
  readonly end: Date;
}

/**
 * What a calendar's answers rest on.
 *
 * @example
 * const s = chinaCalendar().source;
 * [s.data, s.version, s.officialYears, s.overlayYears, s.extraDays] //=> ['State Council notices', '2004-2026', [2004, 2026], [], 0]
 */
export interface CalendarSource {
  /** Calendar name. */
  readonly name: string;
  /** What the packaged data is made from and its years: `'State Council notices'`, `'2004-2026'`. */
  readonly data: string;
  readonly version: string;
  /** Years of the packaged data. */
  readonly officialYears: readonly [number, number];
  /** Years added or replaced by `years`. */
  readonly overlayYears: readonly number[];
  /** How many extra rest/working days the organisation added. */
  readonly extraDays: number;
}

/**
 * Why an `addWorkdays` / `workdaysBetween` answer is what it is.
 *
 * @example
 * const e = explainWorkdaysBetween('2026-09-30', '2026-10-10');
 * [e.rule, e.workdays, e.makeupWorkdays.map((d) => d.date), e.provisional] //=> ['CAL-01', 3, ['2026-10-10'], false]
 */
export interface WorkdayExplanation {
  readonly rule: RuleId;
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Working days counted in (from, to] (negative when going backwards). */
  readonly workdays: number;
  /** Non-working days passed over, in date order, with the reason for each. */
  readonly skipped: readonly DayInfo[];
  /** Make-up working days counted (调休上班). */
  readonly makeupWorkdays: readonly DayInfo[];
  /**
   * Days in the range whose status comes from the corrections layer (counted
   * or skipped), each citing its notice in `correction`; usually empty.
   */
  readonly corrections: readonly DayInfo[];
  /** `true` when any day involved is provisional. */
  readonly provisional: boolean;
  readonly source: CalendarSource;
}

/**
 * A date range, both ends included.
 *
 * @example
 * chinaCalendar().coverage //=> { start: '2004-01-01', end: '2026-12-31' }
 */
export interface DateRange {
  readonly start: CivilDate;
  readonly end: CivilDate;
}

/**
 * A working-day calendar: immutable, time-zone aware, O(1) arithmetic.
 * Get one from {@link chinaCalendar} or {@link createCalendar}.
 *
 * @example
 * const cal = createCalendar({ timeZone: 'Asia/Urumqi' });
 * [cal.timeZone, cal.toCivilDate('2026-09-30T17:00Z'), cal.addWorkdays('2026-09-30', 1)] //=> ['Asia/Urumqi', '2026-09-30', '2026-10-08']
 */
export interface WorkingCalendar {
  /** Name for explanations. */
  readonly name: string;
  /** IANA zone in which instants are read. */
  readonly timeZone: string;
  /** Days whose status is known from published data or overlays (CAL-02). */
  readonly coverage: DateRange;
  /** Days the calendar can answer for at all (wider than coverage in provisional mode). */
  readonly supported: DateRange;
  readonly outOfCoverage: 'throw' | 'provisional';
  /** Weekly rest days, 0 = Sunday. */
  readonly weekend: readonly number[];
  readonly source: CalendarSource;
  /** The options this calendar was built from (after defaults), JSON-able. */
  readonly options: Readonly<Record<string, unknown>>;

  /** The civil date that `date` names in this calendar's zone. */
  toCivilDate(date: DateInput): CivilDate;
  /** Everything known about one day. */
  dayInfo(date: DateInput): DayInfo;
  /** Whether `date` is a working day (CAL-01). */
  isWorkday(date: DateInput): boolean;
  /** The first working day strictly after `date`. */
  nextWorkday(date: DateInput): CivilDate;
  /** The first working day strictly before `date`. */
  previousWorkday(date: DateInput): CivilDate;
  /** The `amount`-th working day after (amount > 0) or before (amount < 0) `date`; `date` itself for 0. */
  addWorkdays(date: DateInput, amount: number): CivilDate;
  /** Working days w with from < w ≤ to; negative when `to` is before `from`. */
  workdaysBetween(from: DateInput, to: DateInput): number;
  /** `addWorkdays` with its reasons. */
  explainAddWorkdays(date: DateInput, amount: number): WorkdayExplanation;
  /** `workdaysBetween` with its reasons. */
  explainWorkdaysBetween(from: DateInput, to: DateInput): WorkdayExplanation;
  /** Every day from `start` to `end`, both included. */
  days(start: DateInput, end: DateInput): DayInfo[];

  /** Service hours (CAL-04, CAL-05), when the calendar has them. */
  readonly businessHours: BusinessHours | undefined;
  /** The group whose half-day holiday applies (CAL-03), if any. */
  readonly audience: Audience | undefined;
  /**
   * The open intervals of one day's hours (none on a rest day unless `'24x7'`);
   * a segment crossing midnight ends the next morning.
   */
  businessIntervals(date: DateInput): BusinessInterval[];
  /** The end of the last interval of a day, or `undefined` when closed all day. */
  closeOfBusiness(date: DateInput): Date | undefined;
  /** The instant `minutes` of business time after `start`, before it when negative (CAL-04). */
  addBusinessTime(start: Instant, minutes: number): Date;
  /** Business minutes between two instants; negative when `to` is before `from`. */
  businessTimeBetween(from: Instant, to: Instant): number;
}
