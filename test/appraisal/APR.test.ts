import { describe, expect, it } from 'vitest';
import {
  APPRAISAL_RECORDS,
  checkDistribution,
  composeAnnual,
  DEFAULT_APPRAISAL_SCHEME,
  FIRST_INQUIRY_PENALTIES,
  gradeOf,
  GRADES_PASS,
  GRADES_TEN_POINT,
  retentionUntil,
  safeComposeAnnual,
  safeScoreAppraisal,
  scoreAppraisal,
  scoreInspection,
  validatePenalty,
  validateScheme,
  type ValidationIssue,
} from '../../src/index';
import { thrown } from '../_helpers/errors';

const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => i.code);
const issuesOf = (fn: () => unknown) => (thrown(fn).details.issues as ValidationIssue[]);

describe('APR-01 appraisal kinds', () => {
  it('APR-01 a sheet may say its period, content and subject', () => {
    const r = scoreAppraisal({ kind: { period: 'monthly', content: 'skill', subject: 'operational' }, marks: { 德: 20, 勤: 20, 能: 30, 绩: 30 } });
    expect(r.value).toBe(100);
    expect(safeScoreAppraisal({ kind: { period: 'weekly' }, marks: {} }).success).toBe(false);
  });
});

describe('APR-02 德/勤/能/绩 20/20/30/30', () => {
  it('APR-02 the default scheme is valid and has the seed’s four dimensions and sixteen sub-items', () => {
    expect(validateScheme(DEFAULT_APPRAISAL_SCHEME).success).toBe(true);
    expect(DEFAULT_APPRAISAL_SCHEME.dimensions.map((d) => [d.name, d.points])).toEqual([['德', 20], ['勤', 20], ['能', 30], ['绩', 30]]);
    expect(DEFAULT_APPRAISAL_SCHEME.dimensions.flatMap((d) => d.items.map((i) => i.name))).toContain('服务态度');
  });
  it('APR-02 德18 勤19 能27 绩28 → 92', () => {
    const r = scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 } });
    expect(r).toMatchObject({ value: 92, display: '92.00', exact: '92', rules: ['APR-02'] });
    expect(r.dimensions).toEqual({ de: '18', qin: '19', neng: '27', ji: '28' });
    expect(r.explanation['zh-CN']).toContain('德 18 + 勤 19 + 能 27 + 绩 28 = 92');
  });
  it('APR-02 marks per sub-item add up exactly (no 0.1 + 0.2 drift)', () => {
    const r = scoreAppraisal({
      marks: {
        de: { 思想道德: 4.1, 服务态度: 4.2, 纪律作风: 5, 人际关系: 4.7 },
        qin: { 工作出勤: 5, 参与性: 4.9, 主动性: 4.8, 协调性: 4.3 },
        neng: { 业务能力: 7.1, 组织能力: 6.2, 管理能力: 6.5, 创新能力: 5.5 },
        ji: { 工作效率: 7.5, 培训效果: 7.3, 工作效果: 7.2, 其它成绩: 6.9 },
      },
    });
    expect(r.dimensions.de).toBe('18');
    // 18 + 19 + 25.3 + 28.9
    expect(r.dimensions.neng).toBe('25.3');
    expect(r.exact).toBe('91.2');
  });
  it('APR-02 a scheme whose shares do not add up, or sub-items that do not, is rejected', () => {
    const bad = { id: 'x', name: 'x', dimensions: [{ key: 'a', name: 'A', points: 60 }, { key: 'b', name: 'B', points: 30, items: [{ key: '1', name: 'b1', max: 20 }] }] };
    const v = validateScheme(bad);
    expect(v.success).toBe(false);
    expect(codes(v.issues)).toEqual(['ITEMS_DO_NOT_SUM', 'WEIGHTS_DO_NOT_SUM']);
    expect(v.issues[1]!.message['zh-CN']).toContain('90');
    expect(codes(validateScheme({ id: 'x', name: 'x', dimensions: [{ key: 'a', name: 'A', points: -100 }] }).issues)).toContain('INVALID_INPUT');
    expect(codes(validateScheme({ id: 'x', name: 'x', dimensions: [] }).issues)).toContain('INVALID_INPUT');
    expect(codes(validateScheme({ id: 'x', name: 'x', total: 100, dimensions: [{ key: 'a', name: 'A', points: 50 }, { key: 'a', name: 'B', points: 50 }] }).issues)).toEqual(['DUPLICATE_KEY']);
  });
  it('APR-02 other schemes: 德能勤绩廉 and KPI percentages', () => {
    const five = { id: 'dnqjl', name: '德能勤绩廉', dimensions: ['德', '能', '勤', '绩', '廉'].map((n, i) => ({ key: `k${i}`, name: n, points: [15, 25, 15, 35, 10][i]! })) };
    expect(validateScheme(five).success).toBe(true);
    expect(scoreAppraisal({ marks: { 德: 14, 能: 22, 勤: 15, 绩: 30.5, 廉: 10 } }, { scheme: five }).exact).toBe('91.5');
    const kpi = { id: 'kpi', name: 'KPI', total: 1, dimensions: [{ key: 'a', name: '回访率', points: 0.3 }, { key: 'b', name: '满意率', points: 0.7 }] };
    expect(validateScheme(kpi).success).toBe(true);
  });
  it('APR-02 scores out of range, unknown or missing dimensions are issues with paths, never a number', () => {
    const issues = issuesOf(() => scoreAppraisal({ marks: { 德: 21, 勤: 19, 能: 27, 品: 5 } }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(expect.arrayContaining([['UNKNOWN_DIMENSION', 'marks.品'], ['SCORE_OUT_OF_RANGE', 'marks.德'], ['MISSING_SCORE', 'marks.ji']]));
    const nan = issuesOf(() => scoreAppraisal({ marks: { 德: NaN, 勤: 19, 能: 27, 绩: 28 } }));
    expect(nan[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['marks', '德'] });
  });
});

describe('APR-03 inspections out of 100 by deductions', () => {
  it('APR-03 a weekly inspection with two deductions', () => {
    const r = scoreInspection({ kind: 'weekly', date: '2026-11-16', deductions: [{ points: 2, reason: '前台物品摆放不整齐', ref: '检查标准 3.2' }, { points: 0.5, reason: '未佩戴工牌' }] });
    expect(r).toMatchObject({ exact: '97.5', display: '97.50', rules: ['APR-03'] });
    expect(r.parts.map((p) => p.contribution)).toEqual(['100', '-2', '-0.5']);
  });
  it('APR-03 deductions beyond the maximum are an issue', () => {
    expect(issuesOf(() => scoreInspection({ deductions: [{ points: 60, reason: 'a' }, { points: 41, reason: 'b' }] }))[0]).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', rule: 'APR-03' });
  });
  it('APR-03 an appraisal scored by deductions from full marks', () => {
    const r = scoreAppraisal({ deductions: [{ dimension: '勤', item: '工作出勤', points: 1, reason: '迟到一次' }, { dimension: 'ji', points: 2.5, reason: '回访不及时' }] });
    expect(r.exact).toBe('96.5');
    expect(r.rules).toEqual(['APR-02', 'APR-03']);
    expect(codes(issuesOf(() => scoreAppraisal({ deductions: [{ dimension: '廉', points: 1, reason: 'x' }] })))).toEqual(['UNKNOWN_DIMENSION']);
    expect(codes(issuesOf(() => scoreAppraisal({ deductions: [{ dimension: '德', points: 21, reason: 'x' }] })))).toEqual(['SCORE_OUT_OF_RANGE']);
  });
});

describe('APR-04 annual composition 20 / 30 / 50', () => {
  const inspections = Array.from({ length: 52 }, (_, i) => 95 + (i % 5)); // 52 weekly inspections
  const monthly = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, score: 90 + (i % 3) }));
  it('APR-04 an annual total from 12 months and 52 weekly inspections', () => {
    const r = composeAnnual({ year: 2026, inspections, monthly, yearEnd: 96 });
    // inspections average 5041/52, monthly average 91, year end 96
    expect(r.averages).toEqual({ inspections: '5041/52', monthly: '91', yearEnd: '96' });
    expect(r.exact).toBe('24619/260');
    expect(r.display).toBe('94.69');
    expect(r.parts.map((p) => p.weight)).toEqual(['20%', '30%', '50%']);
    expect(r.excellent).toBe(false);
  });
  it('APR-04 weights by days covered when given; inconsistent weighting is an issue', () => {
    const r = composeAnnual({ inspections: [{ score: 90, days: 10 }, { score: 100, days: 30 }], monthly: Array(12).fill(90), yearEnd: 90 });
    expect(r.averages.inspections).toBe('97.5');
    expect(codes(issuesOf(() => composeAnnual({ inspections: [{ score: 90, days: 10 }, 100], monthly: Array(12).fill(90), yearEnd: 90 })))).toEqual(['INCONSISTENT_WEIGHTS']);
  });
  it('APR-04 missing months are handled by an explicit policy, never silently', () => {
    const ten = monthly.slice(0, 10);
    const rejected = issuesOf(() => composeAnnual({ year: 2026, inspections, monthly: ten, yearEnd: 96 }));
    expect(rejected[0]).toMatchObject({ code: 'MISSING_MONTHS', path: ['monthly'] });
    expect(rejected[0]!.message['zh-CN']).toContain('2026-11, 2026-12');
    // the ten months sum to 909
    expect(composeAnnual({ inspections, monthly: ten, yearEnd: 96 }, { missingMonths: 'renormalize' }).averages.monthly).toBe('90.9');
    expect(composeAnnual({ inspections, monthly: ten, yearEnd: 96 }, { missingMonths: 'zero' }).averages.monthly).toBe('75.75');
    expect(codes(issuesOf(() => composeAnnual({ inspections, monthly: [...ten, ten[0]!, ten[1]!], yearEnd: 96 })))).toEqual(['DUPLICATE_MONTH']);
  });
  it('APR-04 the shares must add up to 100 %', () => {
    expect(codes(issuesOf(() => composeAnnual({ inspections, monthly, yearEnd: 96 }, { weights: { inspections: 20, monthly: 30, yearEnd: 40 } })))).toEqual(['WEIGHTS_DO_NOT_SUM']);
    expect(safeComposeAnnual({ inspections: [], monthly, yearEnd: 96 })).toMatchObject({ success: false });
  });
});

describe('APR-05 commendation bonus and 优秀员工', () => {
  it('APR-05 a bonus of 10 lifts a 96 year-end result over 100: 优秀员工', () => {
    const r = composeAnnual({ inspections: [96], monthly: Array(12).fill(96), yearEnd: 96, bonus: { points: 10, reason: '获公司嘉奖', ref: '行政奖罚标准工作规程' } });
    expect(r.exact).toBe('106');
    expect(r.excellent).toBe(true);
    expect(r.rules).toEqual(['APR-04', 'APR-05']);
    expect(r.explanation['zh-CN']).toContain('优秀员工');
  });
  it('APR-05 monthly totals above 100 are carried into the average', () => {
    const month = scoreAppraisal({ marks: { 德: 20, 勤: 20, 能: 29, 绩: 29 }, bonus: { points: 8, reason: '嘉奖' } });
    expect(month.exact).toBe('106');
    const r = composeAnnual({ inspections: [100], monthly: [...Array(11).fill(100), month.value], yearEnd: 100 });
    expect(r.averages.monthly).toBe('100.5');
    expect(r.excellent).toBe(true);
    expect(r.exact).toBe('100.15');
  });
  it('APR-05 a bonus outside 1–10 is an issue', () => {
    for (const points of [0, 11, 0.5 - 1]) {
      expect(codes(issuesOf(() => scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 }, bonus: { points, reason: 'x' } })))).toEqual(['BONUS_OUT_OF_RANGE']);
    }
  });
});

describe('APR-06 misconduct deductions with the administrative rule', () => {
  it('APR-06 misconduct comes off the sheet and the explanation names the rule', () => {
    const r = scoreAppraisal({ marks: { 德: 18, 勤: 19, 能: 27, 绩: 28 }, misconduct: [{ dimension: '德', points: 5, reason: '与业主争吵', adminRuleRef: '第十二条' }] });
    expect(r.exact).toBe('87');
    expect(r.rules).toContain('APR-06');
    expect(r.explanation['zh-CN']).toContain('《行政奖罚标准工作规程》第十二条');
  });
});

describe('APR-07 first-inquiry penalties in fen', () => {
  it('APR-07 the two ranges', () => {
    expect(FIRST_INQUIRY_PENALTIES.offences).toHaveLength(8);
    expect(validatePenalty({ offence: 'not-recorded', amountFen: 5_000 })).toEqual({ success: true, issues: [] });
    expect(validatePenalty({ offence: 'not-recorded', amountFen: 10_000 })).toEqual({ success: true, issues: [] });
    expect(codes(validatePenalty({ offence: 'not-recorded', amountFen: 10_001 }).issues)).toEqual(['PENALTY_OUT_OF_RANGE']);
    expect(validatePenalty({ offence: '用语不文明', amountFen: 30_000 }).success).toBe(true);
    const out = validatePenalty({ offence: 'quarrelling', amountFen: 60_000 });
    expect(out.success).toBe(false);
    expect(out.issues[0]).toMatchObject({ code: 'PENALTY_OUT_OF_RANGE', rule: 'APR-07' });
    expect(out.issues[0]!.message['zh-CN']).toContain('100–500 元');
    expect(codes(validatePenalty({ offence: 'quarrelling', amountFen: 100.5 }).issues)).toEqual(['INVALID_INPUT']);
    expect(codes(validatePenalty({ offence: 'lateness', amountFen: 100 }).issues)).toEqual(['UNKNOWN_OFFENCE']);
  });

  it('APR-07 one verb, one shape: validatePenalty returns { success, issues } like validatePolicy and validateScheme', () => {
    const r = validatePenalty({ offence: 'not-recorded', amountFen: 8_000 });
    expect(Object.keys(r).sort()).toEqual(['issues', 'success']);
    expect(Object.isFrozen(r.issues)).toBe(true);
  });

  it('APR-07 bad input is an issue, never a throw: no penalty, a broken table', () => {
    for (const p of [undefined, null, 42, 'quarrelling']) {
      const r = validatePenalty(p as never);
      expect(r.success).toBe(false);
      expect(codes(r.issues)).toEqual(['INVALID_INPUT']);
    }
    const r = validatePenalty({ offence: 'x', amountFen: 1 }, { offences: 'none' } as never);
    expect(r.success).toBe(false);
    expect(r.issues[0]!.path[0]).toBe('table');
  });
});

describe('APR-08 grades and distribution', () => {
  it('APR-08 grade bands as data; the 10-point information-work scale', () => {
    expect(gradeOf(92).grade).toBe('优秀');
    expect(gradeOf(89.99).grade).toBe('称职');
    expect(gradeOf(74, GRADES_PASS).grade).toBe('基本合格');
    expect(gradeOf('59.5', GRADES_PASS).grade).toBe('不合格');
    expect(gradeOf(8.5, GRADES_TEN_POINT)).toEqual({ grade: '良好', gradeEn: 'Good', min: 8 });
    expect(thrown(() => gradeOf(-1)).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => gradeOf(NaN)).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => gradeOf('')).code).toBe('INVALID_AMOUNT');
    expect(thrown(() => gradeOf('九十')).code).toBe('INVALID_AMOUNT');
  });
  it('APR-08 forced distribution: 优秀 at most 20 % of a department', () => {
    const team = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, grade: i < 4 ? '优秀' : '称职' }));
    expect(checkDistribution(team, { 优秀: 0.2 })).toMatchObject({ ok: true, allowed: { 优秀: 4 } });
    expect(checkDistribution(team, { 优秀: 0.15 })).toMatchObject({ ok: false, allowed: { 优秀: 3 } });
    expect(checkDistribution(team.slice(0, 7), { 优秀: 0.2 }).allowed).toEqual({ 优秀: 1 });
    expect(checkDistribution(team.slice(0, 7), { 优秀: 0.2 }, { rounding: 'ceil' }).allowed).toEqual({ 优秀: 2 });
  });
});

describe('APR-09 record retention', () => {
  it('APR-09 every record kind is kept 2 years', () => {
    expect(Object.keys(APPRAISAL_RECORDS)).toHaveLength(4);
    for (const kind of Object.keys(APPRAISAL_RECORDS) as (keyof typeof APPRAISAL_RECORDS)[]) expect(retentionUntil({ kind, date: '2026-10-31' })).toBe('2028-10-31');
    expect(retentionUntil({ kind: 'annual-statistics', date: '2024-02-29' })).toBe('2026-02-28');
    expect(thrown(() => retentionUntil({ kind: 'monthly-record', date: '2026-02-30' })).code).toBe('INVALID_DATE');
  });
});
