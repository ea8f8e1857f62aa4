// The public zod schemas (zod/mini since issue 13) keep working as schemas:
// parse/safeParse, JSON Schema export, bilingual messages through parseBilingual.
import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import * as guifan from '../src/index';
import { parseBilingual } from '../src/_lib/zodIssues';

const schemas = Object.entries(guifan).filter(([name]) => name.endsWith('Schema')) as [string, z.ZodMiniType][];

describe('public schemas', () => {
  it('every exported …Schema has parse and safeParse, and exports as JSON Schema', () => {
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, s] of schemas) {
      expect(typeof s.parse, name).toBe('function');
      expect(typeof s.safeParse, name).toBe('function');
      expect(s.safeParse(Symbol('x')).success, name).toBe(false);
      // Instants may be Date objects (SLA logs): JSON Schema has no Date, hence 'any'.
      const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
      expect(typeof json, name).toBe('object');
    }
  });

  it('defaults still apply (CAL-01, APR-02)', () => {
    expect(guifan.CalendarOptionsSchema.parse({})).toMatchObject({ timeZone: 'Asia/Shanghai', weekend: [0, 6], outOfCoverage: 'throw' });
    expect(guifan.AppraisalSchemeSchema.parse({ id: 'x', name: 'x', dimensions: [{ key: 'a', name: 'A', points: 100 }] })).toMatchObject({ total: 100, allowNegative: false, dimensions: [{ items: [] }] });
    expect(guifan.TimeLimitSchema.safeParse({ amount: 1.5, unit: 'day' }).success).toBe(false);
    expect(guifan.TimeLimitSchema.safeParse({ amount: 0.5, unit: 'workday' }).success).toBe(true);
  });
});

describe('parseBilingual', () => {
  it('words zod’s built-in issues in Chinese and English, for mini and classic schemas', () => {
    for (const schema of [z.strictObject({ a: z.string() }), classic.strictObject({ a: classic.string() })]) {
      const r = parseBilingual(schema, { a: 1, b: 2 });
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(r.problems.map((p) => p.path)).toEqual([['a'], []]);
      expect(r.problems[0]!.value).toBe(1);
      expect(r.problems[0]!.message).toEqual({ 'zh-CN': '应为字符串，实际为数字', en: 'expected string, received number' });
      expect(r.problems[1]!.zodCode).toBe('unrecognized_keys');
      expect(r.problems[1]!.message).toEqual({ 'zh-CN': '有多余的键：b', en: 'unrecognized key(s): b' });
    }
  });

  it('words sizes, bounds, options, formats and missing fields in both locales', () => {
    const msg = (schema: z.ZodMiniType, input: unknown) => {
      const r = parseBilingual(schema, input);
      return r.success ? undefined : r.problems[0]!.message;
    };
    expect(msg(z.string().check(z.minLength(1)), '')).toEqual({ 'zh-CN': '长度应至少 1 个字符', en: 'expected at least 1 character(s)' });
    expect(msg(z.array(z.number()).check(z.maxLength(6)), [1, 2, 3, 4, 5, 6, 7])).toEqual({ 'zh-CN': '长度应至多 6 项', en: 'expected at most 6 item(s)' });
    expect(msg(z.int().check(z.minimum(0)), -1)).toEqual({ 'zh-CN': '应 ≥ 0', en: 'expected ≥ 0' });
    expect(msg(z.number().check(z.positive()), 0)).toEqual({ 'zh-CN': '应 > 0', en: 'expected > 0' });
    expect(msg(z.int(), 1.5)).toEqual({ 'zh-CN': '应为整数，实际为数字', en: 'expected integer, received number' });
    expect(msg(z.enum(['throw', 'provisional']), 'x')).toEqual({ 'zh-CN': "应为 'throw' | 'provisional' 之一", en: "expected one of 'throw' | 'provisional'" });
    expect(msg(z.literal('24x7'), 'x')).toEqual({ 'zh-CN': "应为 '24x7'", en: "expected '24x7'" });
    expect(msg(z.strictObject({ a: z.string() }), {})).toEqual({ 'zh-CN': '缺少此项（应为字符串）', en: 'required (expected string)' });
    expect(msg(z.string().check(z.regex(/^\d{4}$/)), 'x')).toEqual({ 'zh-CN': '格式不符（应匹配 /^\\d{4}$/）', en: 'does not match /^\\d{4}$/' });
    expect(msg(z.email(), 'x')).toEqual({ 'zh-CN': '应为电子邮件地址', en: 'expected an e-mail address' });
    expect(msg(z.union([z.string(), z.number()]), true)).toEqual({ 'zh-CN': '不符合任何一种允许的形式', en: 'matches none of the allowed forms' });
    expect(msg(z.number(), Infinity)).toEqual({ 'zh-CN': '应为数字，实际为Infinity', en: 'expected number, received Infinity' });
  });

  it('keeps a schema’s own message (zod/mini or classic) in both locales', () => {
    const r = parseBilingual(z.string().check(z.minLength(1, { error: '名称不能为空' })), '');
    expect(r.success || r.problems[0]!.message).toEqual({ 'zh-CN': '名称不能为空', en: '名称不能为空' });
    const c = parseBilingual(classic.string().min(1, '名称不能为空'), '');
    expect(c.success || c.problems[0]!.message).toEqual({ 'zh-CN': '名称不能为空', en: '名称不能为空' });
  });

  it('gives guifan’s own refinement messages', () => {
    const r = parseBilingual(guifan.CivilDateSchema, '2026-02-30');
    expect(r).toEqual({ success: false, problems: [{ path: [], zodCode: 'custom', value: '2026-02-30', message: { 'zh-CN': '该日期不存在', en: 'no such day' } }] });
  });

  it('does not depend on zod’s global locale', () => {
    const before = parseBilingual(z.string(), 1);
    z.config(z.locales.de());
    try {
      expect(parseBilingual(z.string(), 1)).toEqual(before);
    } finally {
      z.config(z.locales.en());
    }
  });

  it('returns the parsed data with defaults', () => {
    expect(parseBilingual(guifan.RoundingSchema, {})).toEqual({ success: true, data: { rule: 'half-even', precision: 2 } });
  });
});
