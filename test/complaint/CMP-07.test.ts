import { describe, expect, it } from 'vitest';
import {
  classifyComplaint,
  DEFAULT_COMPLAINT_TAXONOMY,
  suggestCategory,
  validateComplaintRecord,
  validateTaxonomy,
  type ComplaintTaxonomy,
} from '../../src/index';
import { thrown } from '../_helpers/errors';
import { record } from './_model';

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
