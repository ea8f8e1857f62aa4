import * as z from 'zod/mini';

// zod/mini schemas, each in a `/* @__PURE__ */` IIFE (see calendar/schema.ts):
// a bundle drops every schema it does not use, and zod with the last one.

// z.number() rejects NaN and ±Infinity (zod 4): every number here is finite.
const finite = /* @__PURE__ */ (() => z.number())();
const positive = /* @__PURE__ */ (() => z.number().check(z.positive()))();
const nonnegative = /* @__PURE__ */ (() => z.number().check(z.nonnegative()))();
const key = /* @__PURE__ */ (() => z.string().check(z.minLength(1)))();
const text = /* @__PURE__ */ (() => z.string().check(z.minLength(1)))();

/**
 * A sub-item of a dimension, e.g. 思想道德 worth 5 points.
 *
 * @example
 * AppraisalItemSchema.safeParse({ key: '1', name: '思想道德', max: 5 }).success //=> true
 * AppraisalItemSchema.safeParse({ key: '1', name: '思想道德', max: 0 }).success //=> false (max must be positive)
 */
export const AppraisalItemSchema = /* @__PURE__ */ (() => z.strictObject({ key, name: text, nameEn: z.optional(z.string()), max: positive }))();

/**
 * A dimension with its point share, e.g. 德 20 (APR-02).
 *
 * @example
 * AppraisalDimensionSchema.parse({ key: 'de', name: '德', points: 20 }).items //=> [] (the default)
 */
export const AppraisalDimensionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    key,
    name: text,
    nameEn: z.optional(z.string()),
    points: positive,
    items: z._default(z.array(AppraisalItemSchema), []),
  }))();

/**
 * An appraisal scheme as data (APR-02): dimensions whose shares sum to `total`.
 * The schema checks the shape; {@link validateScheme} also checks the sums.
 *
 * @example
 * AppraisalSchemeSchema.parse({ id: 'x', name: '简易考评', dimensions: [{ key: 'a', name: '综合', points: 100 }] }).total //=> 100 (the default)
 * AppraisalSchemeSchema.safeParse({ id: 'x', name: '简易考评', dimensions: [] }).success //=> false
 */
export const AppraisalSchemeSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: key,
    name: text,
    /** @default 100 */
    total: z._default(positive, 100),
    dimensions: z.array(AppraisalDimensionSchema).check(z.minLength(1)),
    /** Whether a dimension may go below zero after deductions. @default false */
    allowNegative: z._default(z.boolean(), false),
  }))();

/**
 * An appraisal scheme (考评方案) as data: `options.scheme` of {@link scoreAppraisal}. See {@link AppraisalSchemeSchema}.
 *
 * @example
 * const scheme = { id: 'simple', name: '简易考评', dimensions: [{ key: 'work', name: '工作', points: 60 }, { key: 'attitude', name: '态度', points: 40 }] }
 * scoreAppraisal({ marks: { work: 55, attitude: 36 } }, { scheme }).value //=> 91
 */
export type AppraisalScheme = z.input<typeof AppraisalSchemeSchema>;
/**
 * A dimension of an appraisal scheme (德, 勤, 能, 绩 …) as data. See {@link AppraisalDimensionSchema}.
 *
 * @example
 * DEFAULT_APPRAISAL_SCHEME.dimensions.map((d) => `${d.name}${d.points}`) //=> ['德20', '勤20', '能30', '绩30']
 */
export type AppraisalDimension = z.input<typeof AppraisalDimensionSchema>;

/**
 * How a total is rounded: once, at the end (GB/T 8170-2008 round-half-even by default).
 *
 * @example
 * RoundingSchema.parse({}) //=> { rule: 'half-even', precision: 2 }
 * RoundingSchema.safeParse({ rule: 'half-down' }).success //=> false
 */
export const RoundingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** @default 'half-even' */
    rule: z._default(z.enum(['half-even', 'half-up']), 'half-even'),
    /** Decimal places. @default 2 */
    precision: z._default(z.int().check(z.minimum(-3), z.maximum(10)), 2),
  }))();
/**
 * A rounding setting `{ rule?, precision? }` as data: `options.rounding` of the scoring functions. See {@link RoundingSchema}.
 *
 * @example
 * scoreAppraisal({ marks: { 德: 18.5, 勤: 19, 能: 27, 绩: 28 } }, { rounding: { precision: 0 } }).display //=> '92' (92.5, half-even)
 * scoreAppraisal({ marks: { 德: 18.5, 勤: 19, 能: 27, 绩: 28 } }, { rounding: { rule: 'half-up', precision: 0 } }).display //=> '93'
 */
export type Rounding = z.input<typeof RoundingSchema>;

/**
 * A commendation bonus (嘉奖以上, APR-05): 1–10 points after normal scoring.
 * The schema checks the shape; the range is checked where the bonus is used.
 *
 * @example
 * BonusSchema.safeParse({ points: 5, reason: '嘉奖', ref: '奖字〔2026〕3号' }).success //=> true
 * BonusSchema.safeParse({ points: 5 }).success //=> false (no reason)
 */
export const BonusSchema = /* @__PURE__ */ (() => z.strictObject({ points: finite, reason: text, ref: z.optional(z.string()) }))();
/**
 * A commendation bonus as data: `bonus` of an {@link AppraisalSheet} or {@link AnnualInput}. See {@link BonusSchema}.
 *
 * @example
 * const bonus = { points: 5, reason: '嘉奖' }
 * scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 }, bonus }).value //=> 97
 */
export type Bonus = z.infer<typeof BonusSchema>;

/**
 * A deduction with its reason and the standard it applies (APR-03, APR-06).
 *
 * @example
 * DeductionSchema.safeParse({ dimension: '德', points: 2, reason: '迟到', ref: '考勤 2.1' }).success //=> true
 * DeductionSchema.safeParse({ points: -2, reason: '迟到' }).success //=> false
 */
export const DeductionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Dimension key or name (e.g. `'de'` or `'德'`); omitted on an inspection sheet. */
    dimension: z.optional(z.string()),
    item: z.optional(z.string()),
    points: nonnegative,
    reason: text,
    /** The inspection standard clause. */
    ref: z.optional(z.string()),
    /** For misconduct (APR-06): the clause of 《行政奖罚标准工作规程》 that also applies. */
    adminRuleRef: z.optional(z.string()),
  }))();
/**
 * A deduction as data: on an appraisal sheet (`deductions`, `misconduct`) or an inspection. See {@link DeductionSchema}.
 *
 * @example
 * const deduction = { points: 2, reason: '前台物品摆放不整齐' }
 * scoreInspection({ deductions: [deduction] }).display //=> '98.00'
 */
export type Deduction = z.infer<typeof DeductionSchema>;

/**
 * The kinds of appraisal (APR-01): by period (月度 / 年终), content (理论 / 技能)
 * and subject (操作层 / 管理层).
 *
 * @example
 * AppraisalKindSchema.safeParse({ period: 'monthly', content: 'skill', subject: 'operational' }).success //=> true
 * AppraisalKindSchema.safeParse({ period: 'weekly' }).success //=> false
 */
export const AppraisalKindSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    period: z.optional(z.enum(['monthly', 'year-end'])),
    content: z.optional(z.enum(['theory', 'skill'])),
    subject: z.optional(z.enum(['operational', 'management'])),
  }))();

/**
 * One appraisal sheet: direct marks per dimension (or per sub-item), or
 * deductions from full marks; plus misconduct deductions and a bonus.
 *
 * @example
 * AppraisalSheetSchema.parse({ marks: { de: 18 } }) //=> { marks: { de: 18 }, deductions: [], misconduct: [] }
 */
export const AppraisalSheetSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    employee: z.optional(z.string()),
    period: z.optional(z.string()),
    kind: z.optional(AppraisalKindSchema),
    /** `{ de: 18 }` or `{ 德: { 思想道德: 5, … } }`. */
    marks: z.optional(z.record(z.string(), z.union([finite, z.record(z.string(), finite)]))),
    deductions: z._default(z.array(DeductionSchema), []),
    misconduct: z._default(z.array(DeductionSchema), []),
    bonus: z.optional(BonusSchema),
  }))();
/**
 * One appraisal sheet (考核表) as data: the input of {@link scoreAppraisal}. See {@link AppraisalSheetSchema}.
 *
 * @example
 * const sheet = { employee: '王敏', period: '2026-10', marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 }, misconduct: [{ dimension: '德', points: 5, reason: '与客户争吵' }] }
 * scoreAppraisal(sheet).value //=> 87
 */
export type AppraisalSheet = z.input<typeof AppraisalSheetSchema>;

/**
 * A weekly, monthly or spot inspection scored out of 100 by deductions (APR-03).
 *
 * @example
 * InspectionSchema.parse({}) //=> { kind: 'weekly', max: 100, deductions: [] }
 */
export const InspectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z._default(z.enum(['weekly', 'monthly', 'spot']), 'weekly'),
    date: z.optional(z.string()),
    /** @default 100 */
    max: z._default(positive, 100),
    deductions: z._default(z.array(DeductionSchema), []),
  }))();
/**
 * An inspection (周检 / 月检 / 抽检) as data: the input of {@link scoreInspection}. See {@link InspectionSchema}.
 *
 * @example
 * const inspection = { kind: 'spot', date: '2026-10-09', deductions: [{ points: 0.5, reason: '未佩戴工牌' }] }
 * scoreInspection(inspection).value //=> 99.5
 */
export type Inspection = z.input<typeof InspectionSchema>;

/**
 * A score in an average: a number, or with its weight or the days it covers.
 *
 * @example
 * WeightedScoreSchema.safeParse(95).success //=> true
 * WeightedScoreSchema.safeParse({ score: 95, days: 15, month: '2026-10' }).success //=> true
 * WeightedScoreSchema.safeParse({ score: 95, month: '2026-13' }).success //=> false
 */
export const WeightedScoreSchema = /* @__PURE__ */ (() =>
  z.union([
    finite,
    z.strictObject({
      score: finite,
      weight: z.optional(positive),
      days: z.optional(z.int().check(z.positive())),
      /** `'YYYY-MM'` for a monthly appraisal. */
      month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
      label: z.optional(z.string()),
    }),
  ]))();
/**
 * A score in an average as data: `inspections` and `monthly` of an {@link AnnualInput}. See {@link WeightedScoreSchema}.
 *
 * @example
 * composeAnnual({ inspections: [{ score: 90, weight: 3 }, { score: 98, weight: 1 }], monthly: Array(12).fill(95), yearEnd: 90 }).averages.inspections //=> '92'
 */
export type WeightedScore = z.infer<typeof WeightedScoreSchema>;

/**
 * Inputs of the annual composition (APR-04).
 *
 * @example
 * AnnualInputSchema.safeParse({ inspections: [96, 98], monthly: [95], yearEnd: 90 }).success //=> true
 * AnnualInputSchema.safeParse({ inspections: [96, 98], monthly: [95] }).success //=> false (no yearEnd)
 */
export const AnnualInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    employee: z.optional(z.string()),
    year: z.optional(z.int()),
    /** Weekly and monthly inspections (20 %). */
    inspections: z.array(WeightedScoreSchema),
    /** Monthly appraisals (30 %); totals above 100 (with bonus) are carried (APR-05). */
    monthly: z.array(WeightedScoreSchema),
    /** The year-end appraisal (50 %). */
    yearEnd: finite,
    /** A bonus added after composition (APR-05). */
    bonus: z.optional(BonusSchema),
  }))();
/**
 * The inputs of the annual composition as data: the input of {@link composeAnnual}. See {@link AnnualInputSchema}.
 *
 * @example
 * const input = { employee: '王敏', year: 2026, inspections: [96, 98], monthly: Array(12).fill(95), yearEnd: 90 }
 * composeAnnual(input).averages //=> { inspections: '97', monthly: '95', yearEnd: '90' }
 */
export type AnnualInput = z.input<typeof AnnualInputSchema>;

/**
 * Shares of the three parts, in percent (APR-04: 20 / 30 / 50).
 *
 * @example
 * AnnualWeightsSchema.safeParse({ inspections: 20, monthly: 30, yearEnd: 50 }).success //=> true
 * AnnualWeightsSchema.safeParse({ inspections: -20, monthly: 70, yearEnd: 50 }).success //=> false
 */
export const AnnualWeightsSchema = /* @__PURE__ */ (() => z.strictObject({ inspections: nonnegative, monthly: nonnegative, yearEnd: nonnegative }))();
/**
 * The shares of the three parts as data: `options.weights` of {@link composeAnnual}. See {@link AnnualWeightsSchema}.
 *
 * @example
 * const weights = { inspections: 0, monthly: 50, yearEnd: 50 }
 * composeAnnual({ inspections: [96], monthly: [95], yearEnd: 90 }, { expectedMonths: 1, weights }).display //=> '92.50'
 */
export type AnnualWeights = z.infer<typeof AnnualWeightsSchema>;

/**
 * Grade bands, highest first: a score ≥ `min` gets `grade`.
 *
 * @example
 * GradeBandsSchema.safeParse(GRADES_PASS).success //=> true
 * GradeBandsSchema.safeParse([]).success //=> false
 */
export const GradeBandsSchema = /* @__PURE__ */ (() =>
  z.array(z.strictObject({ grade: text, gradeEn: z.optional(z.string()), min: finite })).check(z.minLength(1)))();
/**
 * Grade bands as data: the second argument of {@link gradeOf}. See {@link GradeBandsSchema}.
 *
 * @example
 * const bands = [{ grade: 'A', min: 85 }, { grade: 'B', min: 70 }, { grade: 'C', min: 0 }]
 * gradeOf(84.99, bands).grade //=> 'B'
 */
export type GradeBands = z.infer<typeof GradeBandsSchema>;

/**
 * An offence of the first-inquiry responsibility system with its penalty range in fen (APR-07).
 *
 * @example
 * PenaltyOffenceSchema.safeParse({ key: 'late', name: '迟到', minFen: 1_000, maxFen: 5_000 }).success //=> true
 * PenaltyOffenceSchema.safeParse({ key: 'late', name: '迟到', minFen: 10.5, maxFen: 50 }).success //=> false (fen are integers)
 */
export const PenaltyOffenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({ key, name: text, nameEn: z.optional(z.string()), minFen: z.int().check(z.nonnegative()), maxFen: z.int().check(z.nonnegative()) }))();
/**
 * A penalty table (APR-07): offences with their ranges in fen, optionally the rule id.
 *
 * @example
 * PenaltyTableSchema.safeParse(FIRST_INQUIRY_PENALTIES).success //=> true
 * PenaltyTableSchema.safeParse({ offences: [] }).success //=> false
 */
export const PenaltyTableSchema = /* @__PURE__ */ (() => z.strictObject({ rule: z.optional(z.string()), offences: z.array(PenaltyOffenceSchema).check(z.minLength(1)) }))();
/**
 * A penalty table as data, like {@link FIRST_INQUIRY_PENALTIES}. See {@link PenaltyTableSchema}.
 *
 * @example
 * FIRST_INQUIRY_PENALTIES.offences.find((o) => o.key === 'quarrelling').maxFen //=> 50_000 (500 yuan)
 */
export type PenaltyTable = z.infer<typeof PenaltyTableSchema>;
