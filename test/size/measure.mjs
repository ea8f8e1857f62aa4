// Bundles the budget entries (test/size/entries/*.mjs) the way a new user's
// bundler would (esbuild: bundle, minify, esm, browser) against the BUILT
// package (dist/, through package.json "exports"), and gzips them (-9).
// Used by test/size/budgets.test.ts; run alone for a table and the largest
// contributors: `node test/size/measure.mjs [--analyze]`.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Budgets in gzipped kB (1 kB = 1000 bytes), issue 13. `budgetKb` is enforced
 * by the test; `targetKb` is issue 13's goal. Where the two differ the goal is
 * not met yet: the budget then holds today's size (plus a little headroom) so
 * that nothing grows unnoticed, and the table says so.
 */
export const BUDGETS = [
  // 11.2 kB (2026-12-05). Issue 27 had raised it to 12.2 kB: every day says whether it is statutory (DUT-05), and the
  // statutory rules with their lunar table (≈ 1.0 kB gz) rode on this path. Now only chinaCalendar() passes them into
  // the default calendar (src/calendar/_lib/defaultCalendar.ts): a date or a count never needs them.
  { entry: 'calendar-addWorkdays.mjs', label: '`addWorkdays` from `guifan/calendar`', budgetKb: 12, targetKb: 12 },
  // 16.3 kB (2026-12-05).
  { entry: 'time-limit-dueAt.mjs', label: '`dueAt` from `guifan/time-limit`', budgetKb: 20, targetKb: 20 },
  // Not met (49.7 kB): the holiday-notice reader rides on this path (≈ 6.8 kB gz), because a policy's
  // calendar options accept notice texts (`calendar.notices`); without it the path would be ≈ 42.9 kB.
  // 51 → 53 kB (52.5 kB): business time read exactly across DST, night segments, counting back (≈ 2 kB gz), and the
  // calendar data generated from the notices (≈ 0.8 kB gz). 53.8 kB (2026-12-05).
  // 54 → 55 kB: zod's call-stack overflow on an array of ~120,000 bad elements turned into issues (every zod-validated
  // input; ≈ 0.4 kB gz). 54.2 kB (2026-12-05).
  { entry: 'sla-evaluateCase-preset.mjs', label: '`evaluateCase` + one preset (`guifan/sla`, `guifan/presets`)', budgetKb: 55, targetKb: 45 },
  // Issue 27: a roster check and a shift's pay — the roster schema (zod/mini), the calendar, the duty messages. 31.5 kB (2026-12-05).
  { entry: 'duty-validateRoster-shiftPay.mjs', label: '`validateRoster` + `shiftPay` from `guifan/duty`', budgetKb: 32, targetKb: 32 },
  // Not met: it is the code of every module (complaint, conduct, notice reader, chat notices, SLA engine …).
  // 122 → 123 kB: the complaint counting tables (issue 11, third pass; ≈ 1.2 kB gz for ≈ 30 % less time).
  // 123 → 125 kB (124.6 kB): backward business time, DST-exact business hours, next/previous business moment (issue 24).
  // 125 → 136 kB (issue 25): the notices' texts for provenance (`dayInfo(d).notice`, ≈ 4.4 kB gz; only the functions that
  // name notices bundle them, not a working-day answer), the converters, the coverage check and recheckDeadlines.
  // 136 → 137 kB: traditional characters in service language (SVC-02; the fold table ≈ 0.6 kB gz)
  // and the meeting reader returning text as written.
  // + ≈ 1 kB: thresholdsBetween's forward replay and pause index, the safe value printer, deeply frozen constants,
  // list options and one number reading.
  // + ≈ 6.3 kB: complaint summaries that merge (summarize/merge/finish, their schema and JSON form). 155.9 kB (2026-12-05).
  // 156 → 157 kB: summaries of format 2 (a period from the first record's day), the streaming id check and repeat log the
  // command shares with the library (≈ 0.5 kB gz). 156.4 kB (2026-12-05).
  // 157 → 158 kB: zod's call-stack overflow turned into issues (≈ 0.4 kB gz), the complaint record lists of the command
  // line (withRecords, finalKeyOf). 157.0 kB (2026-12-05).
  { entry: 'everything.mjs', label: 'everything from `guifan`', budgetKb: 158, targetKb: 60 },
];

/** Resolves `guifan` and `guifan/<sub>` through the package's own "exports" map, to dist/. */
const selfReference = {
  name: 'guifan-self-reference',
  setup(b) {
    b.onResolve({ filter: /^guifan(\/.*)?$/ }, (args) => {
      const sub = args.path === 'guifan' ? '.' : `./${args.path.slice('guifan/'.length)}`;
      const target = pkg.exports[sub]?.import?.default;
      if (!target) return { errors: [{ text: `package.json has no "exports" entry "${sub}"` }] };
      const file = join(root, target);
      if (!existsSync(file)) return { errors: [{ text: `${target} is missing: the size budgets measure the built package, run \`npm run build\` first` }] };
      return { path: file };
    });
  },
};

/** Throws a clear error when dist/ has not been built. */
export function assertBuilt() {
  const missing = Object.values(pkg.exports)
    .map((e) => (typeof e === 'object' ? e.import?.default : undefined))
    .filter((f) => f && !existsSync(join(root, f)));
  if (missing.length) throw new Error(`dist/ is not built (missing ${missing.join(', ')}): run \`npm run build\` before the size budgets (npm test does it)`);
}

/** How a new user's bundler is modelled (esbuild bundle + minify, esm, browser); also used by test/tools/size-src.mjs. */
export const BUNDLE = { bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' };

/** Bundles one entry; returns minified and gzipped sizes in bytes, the metafile and the bundle's text. */
export async function measure(entry) {
  const r = await build({ ...BUNDLE, entryPoints: [join(root, 'test/size/entries', entry)], plugins: [selfReference] });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, metafile: r.metafile, text: r.outputFiles[0].text };
}

/** Bytes in the minified output per source group (a package folder or a dist chunk). */
export function contributors(metafile) {
  const out = Object.values(metafile.outputs)[0];
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
    const rel = relative(root, resolve(file)).replace(/\\/g, '/');
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:(v4\/[^/]+|dist)\/)?/.exec(rel);
    const key = m ? `${m[1]}${m[2] ? `/${m[2]}` : ''}` : rel;
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

/** The budgets table in Markdown. */
export function table(rows) {
  const kb = (n) => (n / 1000).toFixed(1);
  return [
    '| import | minified | gzip -9 | budget (enforced) | issue 13 target |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${kb(r.min)} kB | **${kb(r.gz)} kB** | ${r.budgetKb} kB | ${r.targetKb} kB${r.gz > r.targetKb * 1000 ? ' (not met)' : ''} |`),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  assertBuilt();
  const rows = [];
  for (const b of BUDGETS) {
    const m = await measure(b.entry);
    rows.push({ ...b, ...m });
  }
  console.log(table(rows));
  if (process.argv.includes('--analyze')) {
    for (const r of rows) {
      console.log(`\n${r.label}: largest contributors (minified bytes)`);
      for (const [k, v] of contributors(r.metafile).slice(0, 15)) console.log(`  ${String(v).padStart(8)}  ${k}`);
    }
  }
}
