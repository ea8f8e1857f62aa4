import fc from 'fast-check';
import { DEFAULT_APPRAISAL_SCHEME, FIRST_INQUIRY_PENALTIES, GRADES_TEN_POINT } from '../../../src/index';
import { argsFrom, nearArgs, oddNumber } from '../gen';
import type { FuzzCases } from '../types';

const sheet = {
  employee: '张三',
  period: '2026-10',
  kind: { period: 'monthly', content: 'skill', subject: 'operational' },
  marks: { 德: 18, 勤: { 出勤: 10, 纪律: 9 }, 能: 27, 绩: 28 },
  deductions: [{ dimension: '能', points: 1.5, reason: '未按时回访', ref: '第三条' }],
  misconduct: [{ dimension: '德', points: 2, reason: '与业主争吵', adminRuleRef: '第十二条' }],
  bonus: { points: 5, reason: '嘉奖', ref: '2026-10 表彰' },
};
const scheme = {
  id: 'custom',
  name: '自定义',
  total: 100,
  dimensions: [
    { key: 'de', name: '德', points: 20 },
    { key: 'qin', name: '勤', points: 20, items: [{ key: 'a', name: '出勤', max: 10 }, { key: 'b', name: '纪律', max: 10 }] },
    { key: 'neng', name: '能', points: 60 },
  ],
  allowNegative: false,
};
const annual = {
  employee: '张三',
  year: 2026,
  inspections: [96, { score: 98, weight: 2 }],
  monthly: [...Array(11).fill(95), { score: 90, month: '2026-12', label: '十二月' }],
  yearEnd: 90,
  bonus: { points: 3, reason: '嘉奖' },
};
const annualOptions = { weights: { inspections: 20, monthly: 30, yearEnd: 50 }, expectedMonths: 12, missingMonths: 'renormalize', rounding: { rule: 'half-up', precision: 1 } };
const inspection = { kind: 'monthly', date: '2026-10-08', max: 100, deductions: [{ points: 2, reason: '前台物品摆放不整齐' }, { points: 0.5, reason: '未佩戴工牌' }] };
const team = [
  { id: 'a', grade: '优秀' },
  { id: 'b', grade: '称职' },
  { id: 'c', grade: '__proto__' },
  { id: 'd', grade: '优秀' },
];

export const cases: FuzzCases = {
  ANNUAL_WEIGHTS: { kind: 'value', why: 'preset data (APR-04 weights)' },
  APPRAISAL_RECORDS: { kind: 'value', why: 'preset data (APR-09 record kinds)' },
  DEFAULT_APPRAISAL_SCHEME: { kind: 'value', why: 'preset data (德勤能绩 scheme)' },
  FIRST_INQUIRY_PENALTIES: { kind: 'value', why: 'preset data (APR-07 penalty table)' },
  GRADES_COMPETENCE: { kind: 'value', why: 'preset data (grade bands)' },
  GRADES_PASS: { kind: 'value', why: 'preset data (grade bands)' },
  GRADES_TEN_POINT: { kind: 'value', why: 'preset data (grade bands)' },
  AnnualInputSchema: { kind: 'schema' },
  AnnualWeightsSchema: { kind: 'schema' },
  AppraisalDimensionSchema: { kind: 'schema' },
  AppraisalItemSchema: { kind: 'schema' },
  AppraisalKindSchema: { kind: 'schema' },
  AppraisalSchemeSchema: { kind: 'schema' },
  AppraisalSheetSchema: { kind: 'schema' },
  BonusSchema: { kind: 'schema' },
  DeductionSchema: { kind: 'schema' },
  GradeBandsSchema: { kind: 'schema' },
  InspectionSchema: { kind: 'schema' },
  PenaltyOffenceSchema: { kind: 'schema' },
  PenaltyTableSchema: { kind: 'schema' },
  RoundingSchema: { kind: 'schema' },
  WeightedScoreSchema: { kind: 'schema' },
  checkDistribution: { kind: 'function', near: [nearArgs(team, { 优秀: 0.2, __proto__: 0.5 }, { rounding: 'ceil' }), nearArgs(team, { 优秀: 0.15 })] },
  composeAnnual: { kind: 'function', near: [nearArgs(annual, annualOptions), nearArgs({ inspections: [90], monthly: [90, 90], yearEnd: 90 }, { missingMonths: 'zero' })] },
  gradeOf: { kind: 'function', near: [argsFrom([92, 89.99, '92.5', '1e3', '-0', ' 75 ', 1e308, -1e308, NaN, '9'.repeat(400)], [undefined, GRADES_TEN_POINT, [], [{ grade: 'x', min: NaN }]])] },
  retentionUntil: { kind: 'function', near: [nearArgs({ kind: 'monthly-record', date: '2026-10-31' }), argsFrom([{ kind: 'toString', date: '2026-10-31' }, { kind: 'annual-statistics', date: '9999-12-31' }, { kind: 'annual-statistics', date: '2024-02-29' }])] },
  roundScore: { kind: 'function', near: [fc.tuple(fc.oneof(oddNumber, fc.constantFrom('2.665', '1e999999999', '-0.0365', '1e-400', '.5', '5.', '', '1'.repeat(5000))), fc.constantFrom(2, 0, -3, 10, 100, 101, 1e9, -1e9, 0.5, NaN, undefined), fc.constantFrom('half-even', 'half-up', 'up', undefined))] },
  safeComposeAnnual: { kind: 'function', near: [nearArgs(annual, annualOptions)] },
  safeScoreAppraisal: { kind: 'function', near: [nearArgs(sheet, { scheme: DEFAULT_APPRAISAL_SCHEME })] },
  scoreAppraisal: { kind: 'function', near: [nearArgs(sheet), nearArgs({ marks: { de: 19.5, qin: 19.5, neng: 29 } }, { scheme, rounding: { rule: 'half-even', precision: 0 } })] },
  scoreInspection: { kind: 'function', near: [nearArgs(inspection, { rounding: { rule: 'half-up', precision: 1 } })] },
  validatePenalty: { kind: 'function', near: [nearArgs({ offence: 'quarrelling', amountFen: 30_000 }, FIRST_INQUIRY_PENALTIES), nearArgs({ offence: '用语不文明', amountFen: 60_000 })] },
  validateScheme: { kind: 'function', near: [nearArgs(scheme), nearArgs(DEFAULT_APPRAISAL_SCHEME)] },
};
