// Size budgets (issue 13): a new user's bundle of one import, measured on the
// BUILT package (dist/, through package.json "exports") with esbuild (bundle,
// minify, esm, browser) and gzip -9. Sizes are deterministic, so these are
// assertions. Needs `npm run build` first (npm test does it).
//
// It runs once per `npm test`: in the time-zone matrix (test/run-tz-matrix.mjs)
// only under TZ=Asia/Shanghai (bundle sizes do not depend on the zone); run
// alone (`npx vitest run … test/size`) it always runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BUDGETS, contributors, measure, root, table, type Budget } from './measure.mjs';

interface Row extends Budget {
  min: number;
  gz: number;
  metafile: unknown;
  text: string;
}

const inMatrix = process.env.GUIFAN_TZ_DIGEST_DIR !== undefined;
const run = !inMatrix || process.env.TZ === 'Asia/Shanghai';

/** Does this source file import zod's classic API as a value (`from 'zod'`, not a type-only import)? */
const importsClassic = (text: string): boolean => /^import\s+(?!type\b)[^;]*?from\s*['"]zod['"]/m.test(text);

describe.runIf(run)('bundle size budgets (issue 13)', () => {
  const rows: Row[] = [];
  beforeAll(async () => {
    assertBuilt();
    for (const b of BUDGETS) rows.push({ ...b, ...(await measure(b.entry)) });
    console.log(`\nBundle sizes (esbuild --bundle --minify --format=esm --platform=browser, gzip -9; kB = 1000 bytes):\n${table(rows)}\n`);
  }, 120_000);

  it.for(BUDGETS.map((b) => [b.label, b.entry] as const))('%s fits its budget', ([, entry]) => {
    const r = rows.find((x) => x.entry === entry)!;
    if (r.gz > r.targetKb * 1000) console.warn(`issue 13 target not met: ${r.label} is ${(r.gz / 1000).toFixed(1)} kB gzipped, target ${r.targetKb} kB (enforced budget ${r.budgetKb} kB)`);
    if (r.gz > r.budgetKb * 1000) {
      const top = contributors(r.metafile).slice(0, 8).map(([k, v]) => `  ${String(v).padStart(8)}  ${k}`);
      throw new Error(`${r.label}: ${(r.gz / 1000).toFixed(1)} kB gzipped, budget ${r.budgetKb} kB. Largest contributors (minified bytes):\n${top.join('\n')}`);
    }
    expect(r.gz).toBeLessThanOrEqual(r.budgetKb * 1000);
  });

  it('a date or deadline question bundles no zod at all', async () => {
    // date-questions.mjs: every working-day function of the default calendar, dueAt and its kin.
    const all: Row = { entry: 'date-questions.mjs', label: 'date questions', budgetKb: 0, targetKb: 0, ...(await measure('date-questions.mjs')) };
    for (const r of [...rows.filter((x) => x.entry === 'calendar-addWorkdays.mjs' || x.entry === 'time-limit-dueAt.mjs'), all]) {
      const zod = contributors(r.metafile).filter(([k, v]) => k.startsWith('zod') && v > 0);
      expect(zod, r.entry).toEqual([]);
    }
  });

  it('a working-day answer does not carry the statutory rules and their lunar table (DUT-05: only a DayInfo needs them)', async () => {
    const { LUNAR_MONTHS } = await import('../../src/calendar/_lib/lunarMonths');
    const lunar = LUNAR_MONTHS.slice(0, 40);
    expect(rows.find((x) => x.entry === 'calendar-addWorkdays.mjs')!.text.includes(lunar)).toBe(false);
    // …while chinaCalendar() and dayInfo do (their DayInfo says statutory / inLieu).
    expect(rows.find((x) => x.entry === 'duty-validateRoster-shiftPay.mjs')!.text.includes(lunar)).toBe(true);
  });

  it('an SLA bundle carries its own issue messages and its one preset, not every module’s', () => {
    const sla = rows.find((x) => x.entry === 'sla-evaluateCase-preset.mjs')!.text;
    // Message tables are keyed by code: a key of another module's table means its whole table came along.
    for (const code of ['UNKNOWN_CLOCK', 'NOTICE_NO_YEAR', 'INVALID_INPUT']) expect(sla, code).toContain(`${code}:`);
    for (const code of ['WEIGHTS_DO_NOT_SUM', 'SCHEDULE_LATE', 'FORBIDDEN_PHRASE', 'MISSING_RECORD_FIELD']) expect(sla, code).not.toContain(`${code}:`);
    expect(sla).toContain('"property-service-centre"');
    for (const id of ['"hospital"', '"after-sales"', '"utility-fee-centre"']) expect(sla, id).not.toContain(id);
  });
});

// Cheap, and catches the costliest mistake before any bundling: `import { z }
// from 'zod'` or `'zod/mini'` is zod's whole namespace object (every schema
// and all ~50 locales, ≈ 85–92 kB gzipped) because a bundler cannot drop
// members of an object it receives; `import * as z from 'zod/mini'` keeps only
// what is used (≈ 3.5 kB for a small schema).
describe('zod imports tree-shake', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

  it('no source file imports classic zod (`from \'zod\'`)', () => {
    const offenders = files(join(root, 'src'))
      .map((f) => f.slice(root.length + 1).replace(/\\/g, '/'))
      .filter((f) => importsClassic(readFileSync(join(root, f), 'utf8')));
    expect(offenders, "new schemas use `import * as z from 'zod/mini'`").toEqual([]);
  });

  it('no source file imports zod’s `z` object by name', () => {
    const offenders = files(join(root, 'src')).filter((f) => /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(root.length + 1)), "use `import * as z from 'zod/mini'`").toEqual([]);
  });
});

describe('the CLI’s preset list', () => {
  it('presets/_lib/all (what the CLI lists) exports exactly the presets of guifan/presets', async () => {
    const [all, pub] = await Promise.all([import('../../src/presets/_lib/all'), import('../../src/presets/index')]);
    expect({ ...all }).toEqual({ ...pub });
  });
});
