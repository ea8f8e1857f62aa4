import { describe, expect, it } from 'vitest';
import {
  classifyComplaint,
  complaintMetrics,
  countComplaints,
  DEFAULT_COMPLAINT_TAXONOMY,
  finishComplaintSummary,
  mergeComplaintSummaries,
  summarizeComplaints,
  suggestCategory,
  validateComplaintRecord,
  validateTaxonomy,
  type ComplaintTaxonomy,
} from '../../src/index';
import { thrown } from '../_helpers/errors';
import { record } from './_model';
import { at, rec } from './_stats';

// 002 客户投诉统计说明: 所有投诉应按其产生的最终原因进行分类统计，避免根据客户投诉时所描述的表象进行分类（除分类定义指定外）.
describe('CMP-07 classify by the final root cause, not the described symptom', () => {
  it('CMP-07 the root cause wins over the symptom and the recorded category, and says what it replaced', () => {
    // The owner hears noise at night (symptom); the cause is the pump room's worn dampers (root cause).
    const c = classifyComplaint(record({ content: '夜里楼下一直有嗡嗡的噪音', category: 'environment', rootCause: { category: 'engineering.facilities', text: '水泵房减振垫老化' } }));
    expect(c.category).toEqual({
      key: 'engineering.facilities',
      name: '共用设施设备',
      nameEn: 'Shared facilities and equipment',
      path: ['engineering', 'engineering.facilities'],
      basis: 'root-cause',
      provisional: false,
      replaced: 'environment',
      reason: {
        'zh-CN': '按最终原因分类为 engineering.facilities（共用设施设备），不按客户描述的表象 environment（CMP-07）',
        en: 'classified by the final root cause as engineering.facilities (Shared facilities and equipment), not by the described symptom environment (CMP-07)',
      },
      rule: 'CMP-07',
    });
    expect(c.issues).toEqual([]);
    expect(c.suggestions).toEqual([]);
  });
  it('CMP-07 without a root cause the described category is provisional, with an issue and keyword suggestions', () => {
    const c = classifyComplaint(record({ content: '夜里楼上装修噪音很大', symptom: { category: 'environment', text: '噪音' } }));
    expect(c.category).toMatchObject({ key: 'environment', basis: 'recorded', provisional: true });
    expect(c.category!.reason['zh-CN']).toBe('尚未查明最终原因：暂按记录的分类 environment（环境与相邻关系），结果为暂定（CMP-07）');
    expect(c.issues.map((i) => [i.code, i.rule, i.severity])).toEqual([['PROVISIONAL_CATEGORY', 'CMP-07', 'warning']]);
    expect(c.suggestions.map((s) => s.key)).toEqual(['renovation', 'environment']);
  });
  it('CMP-07 “除分类定义指定外”: a category defined by the symptom is final without a root cause', () => {
    const c = classifyComplaint(record({ content: '前台接待态度恶劣', category: 'service.attitude' }));
    expect(c.category).toMatchObject({ key: 'service.attitude', basis: 'symptom-by-definition', provisional: false, path: ['service', 'service.attitude'] });
    expect(c.category!.reason.en).toBe('the definition of service.attitude (Staff attitude and language) says to classify by the described symptom (CMP-07)');
    expect(c.issues).toEqual([]);
  });
  it('CMP-07 classifyBy on a parent applies to its children', () => {
    const t: ComplaintTaxonomy = {
      id: 'host',
      name: '自定义',
      categories: [
        { key: 'conduct', name: '员工言行', classifyBy: 'symptom' },
        { key: 'conduct.phone', name: '电话礼仪', parent: 'conduct' },
        { key: 'facility', name: '设施' },
      ],
    };
    expect(classifyComplaint(record({ category: 'conduct.phone' }), { taxonomy: t }).category).toMatchObject({ basis: 'symptom-by-definition', provisional: false });
    expect(classifyComplaint(record({ category: 'facility' }), { taxonomy: t }).category).toMatchObject({ basis: 'recorded', provisional: true });
  });
  it('CMP-07 a complaint with no category at all gets a warning and suggestions from its content', () => {
    const c = classifyComplaint(record({ content: '卫生间顶部漏水' }));
    expect(c.category).toBeUndefined();
    expect(c.issues.map((i) => [i.code, i.path.join('.'), i.severity])).toEqual([['MISSING_RECORD_FIELD', 'rootCause.category', 'warning']]);
    expect(c.suggestions[0]).toMatchObject({ key: 'product.leakage', provisional: true });
  });
  it('CMP-07 a category outside the taxonomy is an issue in validation and an error in classification', () => {
    expect(validateComplaintRecord(record({ rootCause: { category: 'plumbing' } })).issues.map((i) => [i.code, i.path.join('.'), i.rule])).toEqual([['UNKNOWN_CATEGORY', 'rootCause.category', 'CMP-07']]);
    const e = thrown(() => classifyComplaint(record({ category: 'plumbing' })));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.rule).toBe('CMP-07');
  });
  it('CMP-07 the host replaces the taxonomy; categories then come from it', () => {
    const t: ComplaintTaxonomy = { id: 'utility', name: '水电气', categories: [{ key: 'meter', name: '抄表', keywords: ['抄表', '水表'] }] };
    expect(validateComplaintRecord(record({ category: 'meter' }), { taxonomy: t }).success).toBe(true);
    expect(validateComplaintRecord(record({ category: 'product.leakage' }), { taxonomy: t }).issues[0]!.message['zh-CN']).toBe('分类 product.leakage 不在分类体系“utility”中');
    expect(suggestCategory('水表走得太快', t).suggestions.map((s) => s.key)).toEqual(['meter']);
  });
});

describe('CMP-07 taxonomies are data and are checked', () => {
  it('CMP-07 the default taxonomy is valid, every category has a definition, keywords are unique within a category', () => {
    expect(validateTaxonomy(DEFAULT_COMPLAINT_TAXONOMY)).toEqual({ success: true, issues: [] });
    for (const c of DEFAULT_COMPLAINT_TAXONOMY.categories) {
      expect(c.definition, c.key).toBeTruthy();
      expect(new Set(c.keywords ?? []).size, c.key).toBe((c.keywords ?? []).length);
    }
    expect(DEFAULT_COMPLAINT_TAXONOMY.categories.filter((c) => c.classifyBy === 'symptom').map((c) => c.key)).toEqual(['service.attitude']);
  });
  it('CMP-07 duplicate keys, unknown parents and cycles', () => {
    const t = (categories: unknown[]) => validateTaxonomy({ id: 't', name: 't', categories });
    expect(t([{ key: 'a', name: 'A' }, { key: 'a', name: 'B' }]).issues.map((i) => [i.code, i.path])).toEqual([['DUPLICATE_KEY', ['categories', 1, 'key']]]);
    expect(t([{ key: 'a', name: 'A', parent: 'x' }]).issues.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_PARENT_CATEGORY', ['categories', 0, 'parent']]]);
    const cycle = t([{ key: 'a', name: 'A', parent: 'c' }, { key: 'b', name: 'B', parent: 'a' }, { key: 'c', name: 'C', parent: 'b' }, { key: 'd', name: 'D', parent: 'a' }]);
    expect(cycle.issues.map((i) => [i.code, i.details.cycle])).toEqual([['CATEGORY_CYCLE', 'a → c → b → a']]);
    expect(t([{ key: 'a', name: 'A', parent: 'a' }]).issues.map((i) => i.code)).toEqual(['CATEGORY_CYCLE']);
    expect(t([]).success).toBe(false);
    expect(validateTaxonomy('nope').issues[0]!.code).toBe('INVALID_INPUT');
  });
  it('CMP-07 functions refuse an invalid taxonomy loudly (a host configuration error)', () => {
    const bad = { id: 't', name: 't', categories: [{ key: 'a', name: 'A', parent: 'a' }] };
    expect(thrown(() => validateComplaintRecord(record(), { taxonomy: bad as ComplaintTaxonomy })).code).toBe('VALIDATION_FAILED');
    expect(thrown(() => suggestCategory('漏水', bad as ComplaintTaxonomy)).code).toBe('VALIDATION_FAILED');
  });
});

describe('CMP-07 suggestCategory: keyword rules over free text, never a final answer', () => {
  it('CMP-07 ranked by matched phrase length, with the phrases and their offsets', () => {
    const text = '楼上装修噪音太大，物业不管';
    const r = suggestCategory(text);
    expect(r.rule).toBe('CMP-07');
    expect(r.suggestions.map((s) => [s.key, s.score])).toEqual([['renovation', 6], ['environment', 4]]);
    for (const s of r.suggestions) for (const m of s.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.suggestions.every((s) => s.provisional)).toBe(true);
  });
  it('CMP-07 full-width letters, spaces, ideographic spaces and traditional characters do not hide a phrase', () => {
    const r = suggestCategory('前台 態　度 很差，還 掛斷電話');
    expect(r.suggestions[0]).toMatchObject({ key: 'service.attitude', provisional: false, classifyBy: 'symptom' });
    expect(r.suggestions[0]!.matches.map((m) => [m.phrase, m.text])).toEqual([['态度', '態　度'], ['挂断电话', '掛斷電話']]);
    const w = suggestCategory('ＷＩＦＩ宽带断了');
    expect(w.suggestions[0]!.key).toBe('third-party');
  });
  it('CMP-07 ties are reported as ambiguous and broken by taxonomy order; limit bounds the list', () => {
    const r = suggestCategory('垃圾和草坪');
    expect(r.suggestions.map((s) => s.key)).toEqual(['cleaning', 'greening']);
    expect(r.ambiguous).toBe(true);
    expect(suggestCategory('垃圾和草坪', undefined, { limit: 1 }).suggestions).toHaveLength(1);
    expect(suggestCategory('').suggestions).toEqual([]);
    expect(thrown(() => suggestCategory('x', undefined, { limit: 0 })).code).toBe('INVALID_OPTIONS');
  });
});

// Issue 24: a statistical complaint is counted under its final cause. The two calls describe what the owners see
// (no hot water: 设备); the later record carries what the investigation found (the boiler maintenance was never
// announced: 信息通报). Before, the symptom-only calls outvoted it (设备, and a CATEGORY_CONFLICT saying they should agree).
describe('CMP-07 a statistical complaint is counted under the final cause, not a vote of symptoms (issue 24)', () => {
  const hotWater = [
    rec({ id: 'H1', receivedAt: at(0), matter: 'hot-water-5', customer: { id: 'C1' }, content: '没有热水', symptom: { category: '设备' } }),
    rec({ id: 'H2', receivedAt: at(30), matter: 'hot-water-5', customer: { id: 'C2' }, content: '还是没有热水', symptom: { category: '设备' } }),
    rec({ id: 'H3', receivedAt: at(24 * 60), matter: 'hot-water-5', customer: { id: 'C1' }, content: '锅炉检修未通知', rootCause: { category: '信息通报', text: '锅炉检修没有提前通知住户' } }),
  ];

  it('CMP-07 two symptom-only calls and a later record with the root cause: counted under 信息通报, no conflict', () => {
    const r = countComplaints(hotWater);
    expect(r.total).toBe(1);
    expect(r.complaints[0]).toMatchObject({ key: 'matter:hot-water-5', category: '信息通报', times: 3, people: 2 });
    expect(r.byCategory).toEqual({ 信息通报: 1 });
    expect(r.issues).toEqual([]);
    // Whatever the order of the records, and however they are split into summaries.
    expect(countComplaints([...hotWater].reverse()).complaints[0]!.category).toBe('信息通报');
    const parts = hotWater.map((x, i) => summarizeComplaints([x], { offset: i }));
    expect(finishComplaintSummary(mergeComplaintSummaries(parts[2]!, parts[0]!, parts[1]!)).count).toEqual(r);
  });

  it('CMP-07 the period metrics count the statistical complaint the same way', () => {
    const m = complaintMetrics(hotWater, { from: '2026-03-01', to: '2026-03-31' });
    expect(m.complaints!.byCategory).toEqual({ 信息通报: 1 });
    // Complaint records by their own category (each record as it stands).
    expect(m.byCategory).toEqual({ 信息通报: 1, 设备: 2 });
  });

  it('CMP-07 several different root causes: the one most records give wins (ties to the least name), with CATEGORY_CONFLICT', () => {
    const cause = (id: string, category: string) => rec({ id, matter: 'm', rootCause: { category } });
    const symptom = (id: string) => rec({ id, matter: 'm', symptom: { category: 'environment' } });
    const r = countComplaints([cause('A', 'renovation'), cause('B', 'renovation'), cause('C', 'fees'), symptom('D'), symptom('E'), symptom('F'), symptom('G')]);
    expect(r.complaints[0]!.category).toBe('renovation');
    expect(r.issues.map((i) => [i.code, i.rule, i.severity, i.details])).toEqual([['CATEGORY_CONFLICT', 'CMP-07', 'warning', { key: 'matter:m', categories: ['fees', 'renovation'], chosen: 'renovation' }]]);
    const tie = countComplaints([cause('A', 'renovation'), cause('B', 'fees'), symptom('C')]);
    expect([tie.complaints[0]!.category, tie.issues[0]!.details.chosen]).toEqual(['fees', 'fees']);
  });

  it('CMP-07 without any root cause the described categories vote as before (recorded, else symptom; unclassified never outvotes)', () => {
    const r = countComplaints([rec({ id: 'A', matter: 'm', category: 'noise' }), rec({ id: 'B', matter: 'm', symptom: { category: 'noise' } }), rec({ id: 'C', matter: 'm', category: 'lift' }), rec({ id: 'D', matter: 'm' }), rec({ id: 'E', matter: 'm' }), rec({ id: 'F', matter: 'm' })]);
    expect(r.complaints[0]!.category).toBe('noise');
    expect(r.issues[0]!.details).toEqual({ key: 'matter:m', categories: ['lift', 'noise'], chosen: 'noise' });
  });
});
