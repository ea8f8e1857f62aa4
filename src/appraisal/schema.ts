import * as z from 'zod/mini';

// zod/mini schemas, each in a `/* @__PURE__ */` IIFE (see calendar/schema.ts):
// a bundle drops every schema it does not use, and zod with the last one.

// z.number() rejects NaN and ±Infinity (zod 4): every number here is finite.
const finite = /* @__PURE__ */ (() => z.number())();
const positive = /* @__PURE__ */ (() => z.number().check(z.positive()))();
const nonnegative = /* @__PURE__ */ (() => z.number().check(z.nonnegative()))();
const key = /* @__PURE__ */ (() => z.string().check(z.minLength(1)))();
const text = /* @__PURE__ */ (() => z.string().check(z.minLength(1)))();

/** A sub-item of a dimension, e.g. 思想道德 worth 5 points. */
export const AppraisalItemSchema = /* @__PURE__ */ (() => z.strictObject({ key, name: text, nameEn: z.optional(z.string()), max: positive }))();

/** A dimension with its point share, e.g. 德 20 (APR-02). */
export const AppraisalDimensionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    key,
    name: text,
    nameEn: z.optional(z.string()),
    points: positive,
    items: z._default(z.array(AppraisalItemSchema), []),
  }))();

/** An appraisal scheme as data (APR-02): dimensions whose shares sum to `total`. */
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

export type AppraisalScheme = z.input<typeof AppraisalSchemeSchema>;
export type AppraisalDimension = z.input<typeof AppraisalDimensionSchema>;

/** How a total is rounded: once, at the end (GB/T 8170-2008 round-half-even by default). */
export const RoundingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** @default 'half-even' */
    rule: z._default(z.enum(['half-even', 'half-up']), 'half-even'),
    /** Decimal places. @default 2 */
    precision: z._default(z.int().check(z.minimum(-3), z.maximum(10)), 2),
  }))();
export type Rounding = z.input<typeof RoundingSchema>;

/** A commendation bonus (嘉奖以上, APR-05): 1–10 points after normal scoring. */
export const BonusSchema = /* @__PURE__ */ (() => z.strictObject({ points: finite, reason: text, ref: z.optional(z.string()) }))();
export type Bonus = z.infer<typeof BonusSchema>;

/** A deduction with its reason and the standard it applies (APR-03, APR-06). */
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
export type Deduction = z.infer<typeof DeductionSchema>;

/** The kinds of appraisal (APR-01). */
export const AppraisalKindSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    period: z.optional(z.enum(['monthly', 'year-end'])),
    content: z.optional(z.enum(['theory', 'skill'])),
    subject: z.optional(z.enum(['operational', 'management'])),
  }))();

/**
 * One appraisal sheet: direct marks per dimension (or per sub-item), or
 * deductions from full marks; plus misconduct deductions and a bonus.
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
export type AppraisalSheet = z.input<typeof AppraisalSheetSchema>;

/** A weekly, monthly or spot inspection scored out of 100 by deductions (APR-03). */
export const InspectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z._default(z.enum(['weekly', 'monthly', 'spot']), 'weekly'),
    date: z.optional(z.string()),
    /** @default 100 */
    max: z._default(positive, 100),
    deductions: z._default(z.array(DeductionSchema), []),
  }))();
export type Inspection = z.input<typeof InspectionSchema>;

/** A score in an average: a number, or with its weight or the days it covers. */
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
export type WeightedScore = z.infer<typeof WeightedScoreSchema>;

/** Inputs of the annual composition (APR-04). */
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
export type AnnualInput = z.input<typeof AnnualInputSchema>;

/** Shares of the three parts, in percent (APR-04: 20 / 30 / 50). */
export const AnnualWeightsSchema = /* @__PURE__ */ (() => z.strictObject({ inspections: nonnegative, monthly: nonnegative, yearEnd: nonnegative }))();
export type AnnualWeights = z.infer<typeof AnnualWeightsSchema>;

/** Grade bands, highest first: a score ≥ `min` gets `grade`. */
export const GradeBandsSchema = /* @__PURE__ */ (() =>
  z.array(z.strictObject({ grade: text, gradeEn: z.optional(z.string()), min: finite })).check(z.minLength(1)))();
export type GradeBands = z.infer<typeof GradeBandsSchema>;

/** An offence of the first-inquiry responsibility system with its penalty range in fen (APR-07). */
export const PenaltyOffenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({ key, name: text, nameEn: z.optional(z.string()), minFen: z.int().check(z.nonnegative()), maxFen: z.int().check(z.nonnegative()) }))();
export const PenaltyTableSchema = /* @__PURE__ */ (() => z.strictObject({ rule: z.optional(z.string()), offences: z.array(PenaltyOffenceSchema).check(z.minLength(1)) }))();
export type PenaltyTable = z.infer<typeof PenaltyTableSchema>;
