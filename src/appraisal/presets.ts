import type { AppraisalScheme, AnnualWeights, GradeBands, PenaltyTable } from './schema';
import { deepFreeze } from '../_lib/freeze';

const items = (names: [string, string][], max: number) => names.map(([name, nameEn], i) => ({ key: `${i + 1}`, name, nameEn, max }));

/**
 * 德 20 / 勤 20 / 能 30 / 绩 30 with four sub-items each (APR-02, seed 000
 * 《客户服务部员工绩效考核工作规程》 4.5.1, 4.5.3). The seed's attachment with the
 * sub-item maxima is not part of the text: they are split equally here; clone
 * the scheme to use your own.
 *
 * @example
 * DEFAULT_APPRAISAL_SCHEME.dimensions.map((d) => [d.key, d.points]) //=> [['de', 20], ['qin', 20], ['neng', 30], ['ji', 30]]
 * DEFAULT_APPRAISAL_SCHEME.dimensions[0].items[0] //=> { key: '1', name: '思想道德', nameEn: 'Moral character', max: 5 }
 */
export const DEFAULT_APPRAISAL_SCHEME = /* @__PURE__ */ deepFreeze({
  id: 'cs-de-qin-neng-ji',
  name: '客户服务部员工绩效考评（德勤能绩）',
  total: 100,
  allowNegative: false,
  dimensions: [
    { key: 'de', name: '德', nameEn: 'Ethics', points: 20, items: items([['思想道德', 'Moral character'], ['服务态度', 'Service attitude'], ['纪律作风', 'Discipline'], ['人际关系', 'Relationships']], 5) },
    { key: 'qin', name: '勤', nameEn: 'Diligence', points: 20, items: items([['工作出勤', 'Attendance'], ['参与性', 'Participation'], ['主动性', 'Initiative'], ['协调性', 'Coordination']], 5) },
    { key: 'neng', name: '能', nameEn: 'Ability', points: 30, items: items([['业务能力', 'Professional skill'], ['组织能力', 'Organising'], ['管理能力', 'Management'], ['创新能力', 'Innovation']], 7.5) },
    { key: 'ji', name: '绩', nameEn: 'Results', points: 30, items: items([['工作效率', 'Efficiency'], ['培训效果', 'Training results'], ['工作效果', 'Work results'], ['其它成绩', 'Other achievements']], 7.5) },
  ],
} as const satisfies AppraisalScheme);

/**
 * APR-04: 20 % inspections, 30 % monthly appraisals, 50 % year-end appraisal.
 *
 * @example
 * ANNUAL_WEIGHTS //=> { inspections: 20, monthly: 30, yearEnd: 50 }
 */
export const ANNUAL_WEIGHTS = /* @__PURE__ */ deepFreeze({ inspections: 20, monthly: 30, yearEnd: 50 } as const satisfies AnnualWeights);

/**
 * 优秀 / 称职 / 基本称职 / 不称职 (thresholds are a common default; the seeds give none).
 * The default bands of {@link gradeOf}.
 *
 * @example
 * GRADES_COMPETENCE.map((b) => `${b.grade}≥${b.min}`) //=> ['优秀≥90', '称职≥75', '基本称职≥60', '不称职≥0']
 * gradeOf(74.99, GRADES_COMPETENCE).grade //=> '基本称职'
 */
export const GRADES_COMPETENCE = /* @__PURE__ */ deepFreeze([
  { grade: '优秀', gradeEn: 'Excellent', min: 90 },
  { grade: '称职', gradeEn: 'Competent', min: 75 },
  { grade: '基本称职', gradeEn: 'Basically competent', min: 60 },
  { grade: '不称职', gradeEn: 'Incompetent', min: 0 },
] as const satisfies GradeBands);

/**
 * 优秀 / 合格 / 基本合格 / 不合格 (thresholds are a common default).
 *
 * @example
 * gradeOf(75, GRADES_PASS).grade //=> '合格'
 */
export const GRADES_PASS = /* @__PURE__ */ deepFreeze([
  { grade: '优秀', gradeEn: 'Excellent', min: 90 },
  { grade: '合格', gradeEn: 'Pass', min: 75 },
  { grade: '基本合格', gradeEn: 'Basic pass', min: 60 },
  { grade: '不合格', gradeEn: 'Fail', min: 0 },
] as const satisfies GradeBands);

/**
 * APR-08: department information work on a 10-point scale, converted to grades (thresholds are a default).
 *
 * @example
 * gradeOf(6, GRADES_TEN_POINT).grade //=> '合格'
 * gradeOf(5.9, GRADES_TEN_POINT).gradeEn //=> 'Fail'
 */
export const GRADES_TEN_POINT = /* @__PURE__ */ deepFreeze([
  { grade: '优秀', gradeEn: 'Excellent', min: 9 },
  { grade: '良好', gradeEn: 'Good', min: 8 },
  { grade: '合格', gradeEn: 'Pass', min: 6 },
  { grade: '不合格', gradeEn: 'Fail', min: 0 },
] as const satisfies GradeBands);

/**
 * APR-07 首问责任制 (seed 002): not recording the result or not answering the
 * customer satisfactorily → 50–100 yuan off the monthly performance bonus;
 * avoiding, refusing or shirking, unjustified delay, uncivil language,
 * quarrelling → 100–500 yuan. Amounts in fen.
 *
 * @example
 * FIRST_INQUIRY_PENALTIES.offences.find((o) => o.key === 'not-recorded') //=> { key: 'not-recorded', name: '未按规定将处理结果记录在案', nameEn: 'Result not recorded', minFen: 5_000, maxFen: 10_000 }
 * validatePenalty({ offence: 'shirking', amountFen: 20_000 }).success //=> true
 */
export const FIRST_INQUIRY_PENALTIES = /* @__PURE__ */ deepFreeze({
  rule: 'APR-07',
  offences: [
    { key: 'not-recorded', name: '未按规定将处理结果记录在案', nameEn: 'Result not recorded', minFen: 5_000, maxFen: 10_000 },
    { key: 'unsatisfactory-answer', name: '未按要求给予客户满意答复', nameEn: 'Customer not answered satisfactorily', minFen: 5_000, maxFen: 10_000 },
    { key: 'avoiding', name: '回避客户咨询、查询和投诉', nameEn: 'Avoiding the customer', minFen: 10_000, maxFen: 50_000 },
    { key: 'refusing', name: '拒绝客户咨询、查询和投诉', nameEn: 'Refusing the customer', minFen: 10_000, maxFen: 50_000 },
    { key: 'shirking', name: '推诿客户咨询、查询和投诉', nameEn: 'Shirking responsibility', minFen: 10_000, maxFen: 50_000 },
    { key: 'unjustified-delay', name: '无故拖延', nameEn: 'Unjustified delay', minFen: 10_000, maxFen: 50_000 },
    { key: 'uncivil-language', name: '用语不文明', nameEn: 'Uncivil language', minFen: 10_000, maxFen: 50_000 },
    { key: 'quarrelling', name: '与客户或上一流程的首问责任人争吵', nameEn: 'Quarrelling with the customer or the previous first responder', minFen: 10_000, maxFen: 50_000 },
  ],
} as const satisfies PenaltyTable);

/**
 * APR-09: the four appraisal record kinds, each kept 2 years (seed 000 4.11–4.12).
 *
 * @example
 * Object.keys(APPRAISAL_RECORDS) //=> ['monthly-record', 'year-end-record', 'period-statistics', 'annual-statistics']
 * APPRAISAL_RECORDS['monthly-record'] //=> { name: '员工月绩效考核记录表', years: 2 }
 */
export const APPRAISAL_RECORDS = /* @__PURE__ */ deepFreeze({
  'monthly-record': { name: '员工月绩效考核记录表', years: 2 },
  'year-end-record': { name: '员工年终绩效考核记录表', years: 2 },
  'period-statistics': { name: '员工月/年绩效考核情况统计表', years: 2 },
  'annual-statistics': { name: '年度员工绩效考核情况统计表', years: 2 },
} as const);
/**
 * A key of {@link APPRAISAL_RECORDS}: `'monthly-record'`, `'year-end-record'`,
 * `'period-statistics'` or `'annual-statistics'` (APR-09).
 *
 * @example
 * retentionUntil({ kind: 'year-end-record', date: '2026-12-31' }) //=> '2028-12-31'
 */
export type AppraisalRecordKind = keyof typeof APPRAISAL_RECORDS;
