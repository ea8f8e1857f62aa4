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
  it('gives zod’s built-in messages in Chinese and English, for mini and classic schemas', () => {
    for (const schema of [z.strictObject({ a: z.string() }), classic.strictObject({ a: classic.string() })]) {
      const r = parseBilingual(schema, { a: 1, b: 2 });
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(r.problems.map((p) => p.path)).toEqual([['a'], []]);
      expect(r.problems[0]!.value).toBe(1);
      expect(r.problems[0]!.message.en).toMatch(/expected string, received number/);
      expect(r.problems[0]!.message['zh-CN']).toMatch(/期望|无效/);
      expect(r.problems[1]!.zodCode).toBe('unrecognized_keys');
    }
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
