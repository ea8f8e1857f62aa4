import { z } from 'zod';

const finite = z.number().finite();
const key = z.string().min(1);

/** A sub-item of a dimension, e.g. 思想道德 worth 5 points. */
export const AppraisalItemSchema = z.object({ key, name: z.string().min(1), nameEn: z.string().optional(), max: finite.positive() }).strict();

/** A dimension with its point share, e.g. 德 20 (APR-02). */
export const AppraisalDimensionSchema = z
  .object({
    key,
    name: z.string().min(1),
    nameEn: z.string().optional(),
    points: finite.positive(),
    items: z.array(AppraisalItemSchema).default([]),
  })
  .strict();

/** An appraisal scheme as data (APR-02): dimensions whose shares sum to `total`. */
export const AppraisalSchemeSchema = z
  .object({
    id: key,
    name: z.string().min(1),
    /** @default 100 */
    total: finite.positive().default(100),
    dimensions: z.array(AppraisalDimensionSchema).min(1),
    /** Whether a dimension may go below zero after deductions. @default false */
    allowNegative: z.boolean().default(false),
  })
  .strict();

export type AppraisalScheme = z.input<typeof AppraisalSchemeSchema>;
export type AppraisalDimension = z.input<typeof AppraisalDimensionSchema>;

/** How a total is rounded: once, at the end (GB/T 8170-2008 round-half-even by default). */
export const RoundingSchema = z
  .object({
    /** @default 'half-even' */
    rule: z.enum(['half-even', 'half-up']).default('half-even'),
    /** Decimal places. @default 2 */
    precision: z.int().min(-3).max(10).default(2),
  })
  .strict();
export type Rounding = z.input<typeof RoundingSchema>;

/** A commendation bonus (嘉奖以上, APR-05): 1–10 points after normal scoring. */
export const BonusSchema = z.object({ points: finite, reason: z.string().min(1), ref: z.string().optional() }).strict();
export type Bonus = z.infer<typeof BonusSchema>;

/** A deduction with its reason and the standard it applies (APR-03, APR-06). */
export const DeductionSchema = z
  .object({
    /** Dimension key or name (e.g. `'de'` or `'德'`); omitted on an inspection sheet. */
    dimension: z.string().optional(),
    item: z.string().optional(),
    points: finite.nonnegative(),
    reason: z.string().min(1),
    /** The inspection standard clause. */
    ref: z.string().optional(),
    /** For misconduct (APR-06): the clause of 《行政奖罚标准工作规程》 that also applies. */
    adminRuleRef: z.string().optional(),
  })
  .strict();
export type Deduction = z.infer<typeof DeductionSchema>;

/** The kinds of appraisal (APR-01). */
export const AppraisalKindSchema = z
  .object({
    period: z.enum(['monthly', 'year-end']).optional(),
    content: z.enum(['theory', 'skill']).optional(),
    subject: z.enum(['operational', 'management']).optional(),
  })
  .strict();

/**
 * One appraisal sheet: direct marks per dimension (or per sub-item), or
 * deductions from full marks; plus misconduct deductions and a bonus.
 */
export const AppraisalSheetSchema = z
  .object({
    employee: z.string().optional(),
    period: z.string().optional(),
    kind: AppraisalKindSchema.optional(),
    /** `{ de: 18 }` or `{ 德: { 思想道德: 5, … } }`. */
    marks: z.record(z.string(), z.union([finite, z.record(z.string(), finite)])).optional(),
    deductions: z.array(DeductionSchema).default([]),
    misconduct: z.array(DeductionSchema).default([]),
    bonus: BonusSchema.optional(),
  })
  .strict();
export type AppraisalSheet = z.input<typeof AppraisalSheetSchema>;

/** A weekly, monthly or spot inspection scored out of 100 by deductions (APR-03). */
export const InspectionSchema = z
  .object({
    kind: z.enum(['weekly', 'monthly', 'spot']).default('weekly'),
    date: z.string().optional(),
    /** @default 100 */
    max: finite.positive().default(100),
    deductions: z.array(DeductionSchema).default([]),
  })
  .strict();
export type Inspection = z.input<typeof InspectionSchema>;

/** A score in an average: a number, or with its weight or the days it covers. */
export const WeightedScoreSchema = z.union([
  finite,
  z
    .object({
      score: finite,
      weight: finite.positive().optional(),
      days: z.int().positive().optional(),
      /** `'YYYY-MM'` for a monthly appraisal. */
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
      label: z.string().optional(),
    })
    .strict(),
]);
export type WeightedScore = z.infer<typeof WeightedScoreSchema>;

/** Inputs of the annual composition (APR-04). */
export const AnnualInputSchema = z
  .object({
    employee: z.string().optional(),
    year: z.int().optional(),
    /** Weekly and monthly inspections (20 %). */
    inspections: z.array(WeightedScoreSchema),
    /** Monthly appraisals (30 %); totals above 100 (with bonus) are carried (APR-05). */
    monthly: z.array(WeightedScoreSchema),
    /** The year-end appraisal (50 %). */
    yearEnd: finite,
    /** A bonus added after composition (APR-05). */
    bonus: BonusSchema.optional(),
  })
  .strict();
export type AnnualInput = z.input<typeof AnnualInputSchema>;

/** Shares of the three parts, in percent (APR-04: 20 / 30 / 50). */
export const AnnualWeightsSchema = z
  .object({ inspections: finite.nonnegative(), monthly: finite.nonnegative(), yearEnd: finite.nonnegative() })
  .strict();
export type AnnualWeights = z.infer<typeof AnnualWeightsSchema>;

/** Grade bands, highest first: a score ≥ `min` gets `grade`. */
export const GradeBandsSchema = z
  .array(z.object({ grade: z.string().min(1), gradeEn: z.string().optional(), min: finite }).strict())
  .min(1);
export type GradeBands = z.infer<typeof GradeBandsSchema>;

/** An offence of the first-inquiry responsibility system with its penalty range in fen (APR-07). */
export const PenaltyOffenceSchema = z
  .object({ key, name: z.string().min(1), nameEn: z.string().optional(), minFen: z.int().nonnegative(), maxFen: z.int().nonnegative() })
  .strict();
export const PenaltyTableSchema = z.object({ rule: z.string().optional(), offences: z.array(PenaltyOffenceSchema).min(1) }).strict();
export type PenaltyTable = z.infer<typeof PenaltyTableSchema>;
