// Cold start: fresh Node processes, each timing its own import + first answer
// (performance.now() around a dynamic import and one call; Node's own boot is
// the same for both sides and is left out). guifan beside chinese-days, runs
// alternating, median of each. Run by run.mjs, or alone: node test/bench/coldstart.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (p) => pathToFileURL(`${root}dist/${p}`).href;

const probes = {
  // Through the package's own "exports" (self-reference), as a user's Node resolves it: the "node" build.
  'guifan/calendar addWorkdays': `const { addWorkdays } = await import('guifan/calendar'); r = addWorkdays('2026-09-30', 1);`,
  'guifan (everything) addWorkdays': `const { addWorkdays } = await import('guifan'); r = addWorkdays('2026-09-30', 1);`,
  'guifan/time-limit dueAt': `const { dueAt } = await import('guifan/time-limit'); r = dueAt('2026-09-30T16:00+08:00', '1个工作日内').toISOString();`,
  // The default (bundler) build, zod external, for comparison.
  'guifan/calendar addWorkdays (default build, zod external)': `const { addWorkdays } = await import(${JSON.stringify(dist('calendar/index.js'))}); r = addWorkdays('2026-09-30', 1);`,
  'chinese-days findWorkday': `const { default: cd } = await import('chinese-days'); r = cd.findWorkday(1, '2026-09-30');`,
  // where guifan's time goes: zod/mini's import alone (it loads all of zod's locales eagerly)
  'zod/mini (import only, for reference)': `await import('zod/mini'); r = null;`,
};

function once(code) {
  const script = `let r; const t0 = performance.now(); ${code} const t1 = performance.now(); console.log(JSON.stringify({ ms: t1 - t0, r }));`;
  const p = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });
  if (p.status !== 0) throw new Error(`cold-start probe failed: ${p.stderr}`);
  return JSON.parse(p.stdout.trim().split('\n').pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median ms per probe over `runs` fresh processes each, probes alternating. */
export function benchColdStart(runs = 9) {
  const times = Object.fromEntries(Object.keys(probes).map((k) => [k, []]));
  const answers = {};
  for (let i = 0; i < runs; i++) {
    for (const [k, code] of Object.entries(probes)) {
      const { ms, r } = once(code);
      times[k].push(ms);
      answers[k] = r;
    }
  }
  // same answer first: a fast wrong answer is worthless
  if (answers['guifan/calendar addWorkdays'] !== answers['chinese-days findWorkday']) {
    throw new Error(`cold start: guifan ${answers['guifan/calendar addWorkdays']} vs chinese-days ${answers['chinese-days findWorkday']}`);
  }
  const peer = median(times['chinese-days findWorkday']);
  return Object.entries(times).map(([label, xs]) => ({ label, median: `${median(xs).toFixed(1)} ms`, 'vs chinese-days': `${(median(xs) / peer).toFixed(2)}×`, ms: median(xs) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchColdStart();
  console.log('Cold start (fresh node process: import + first answer, median of 9, target ≤ 1.5× chinese-days)');
  console.table(rows.map(({ ms, ...r }) => r));
}
