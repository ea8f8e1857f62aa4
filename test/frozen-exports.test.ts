// Exported constants are deeply frozen (issue 24): presets, taxonomies, phrase
// lists, penalty tables and every other non-function export of every public
// entry (package.json "exports") are shared by every caller in the process, so
// one caller must not be able to change them for the others. The entries are
// read from package.json, so a new subpath or a new constant is covered without
// editing this test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/_lib/freeze';
import { DEFAULT_COMPLAINT_TAXONOMY, FIRST_INQUIRY_PENALTIES, PROPERTY_SERVICE_CENTRE, SERVICE_LANGUAGE_LISTS } from '../src/index';

const root = join(__dirname, '..');
const entries = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports)
  .filter((k) => k === '.' || /^\.\/[a-z-]+$/.test(k))
  .map((k) => (k === '.' ? 'src/index.ts' : `src/${k.slice(2)}/index.ts`));
const modules = import.meta.glob<Record<string, unknown>>(['../src/index.ts', '../src/*/index.ts'], { eager: true });

// zod schemas keep lazily computed internals (they are built by zod, not data of ours): not walked.
const isSchema = (v: object): boolean => '_zod' in v && typeof (v as { safeParse?: unknown }).safeParse === 'function';

/** Paths under `value` that are objects and not frozen (cycle safe). */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || isSchema(value)) return [];
  seen.add(value);
  const out = Object.isFrozen(value) ? [] : [path];
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in d) out.push(...unfrozen(d.value, `${path}.${String(key)}`, seen));
  }
  return out;
}

describe('exported constants are deeply frozen (issue 24)', () => {
  it('the entries come from package.json and each one loads', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const e of entries) expect(modules[`../${e}`], e).toBeDefined();
  });

  it('every non-function export of every entry is frozen all the way down', () => {
    const offenders: string[] = [];
    for (const e of entries) {
      for (const [name, value] of Object.entries(modules[`../${e}`]!)) {
        if (typeof value === 'function') continue;
        offenders.push(...unfrozen(value, `${e} › ${name}`).slice(0, 3));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a caller cannot change a preset, a taxonomy, a penalty table or a phrase list for every other caller', () => {
    expect(() => ((PROPERTY_SERVICE_CENTRE.clocks[0] as { name: string }).name = 'x')).toThrow(TypeError);
    expect(() => (DEFAULT_COMPLAINT_TAXONOMY.categories as unknown[]).push({})).toThrow(TypeError);
    expect(() => ((FIRST_INQUIRY_PENALTIES.offences[0] as { maxFen: number }).maxFen = 1e9)).toThrow(TypeError);
    expect(() => (SERVICE_LANGUAGE_LISTS[0]!.entries as unknown[]).pop()).toThrow(TypeError);
    expect(PROPERTY_SERVICE_CENTRE.clocks[0]!.name).not.toBe('x');
  });

  it('deepFreeze freezes nested objects, arrays and cycles, and returns its argument', () => {
    const o: Record<string, unknown> = { a: [{ b: 1 }], m: { n: {} } };
    o.self = o;
    expect(deepFreeze(o)).toBe(o);
    expect(unfrozen(o, 'o')).toEqual([]);
  });
});
