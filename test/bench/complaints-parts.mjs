// check-complaints past one thread and past one process (issue 28 item 3): `--jobs 1` beside `--jobs N` on the same
// NDJSON file, and `complaints summarize` of P parts + `complaints merge` beside one run — wall time and peak RSS of the
// built binary, the answers compared. Not a test (timings are not assertions). Run after `npm run build`:
//   node test/bench/complaints-parts.mjs                  # jobs: 5,000,000 lines, --jobs 1 and 2; parts: 10 × 100,000
//   node test/bench/complaints-parts.mjs jobs 1000000 2 4 # another N, other --jobs
//   node test/bench/complaints-parts.mjs parts 10 100000  # P parts of L lines
//   node test/bench/complaints-parts.mjs parts 10 100000 trust  # the parts summarized with --ids trust
// The input file is written once under the system's temporary directory (about 0.6 KB a line) and read from disk, so
// that generating it costs no CPU during the runs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { line } = require('../ci/_complaintLines.cjs');
const AT = '2026-07-01T00:00+08:00';
const dir = join(tmpdir(), 'guifan-bench-parts');
mkdirSync(dir, { recursive: true });

async function input(n, first = 0, count = n, name = `complaints-${n}.ndjson`) {
  const file = join(dir, name);
  if (existsSync(file) && statSync(file).size > 0) return file;
  const make = line(n);
  const out = createWriteStream(file);
  for (let k = first; k < first + count; k++) {
    if (!out.write(`${make(k)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

/** Runs the built guifan; standard output to a file; wall time and peak RSS of the whole process (threads included). */
function guifan(args, outFile) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const out = createWriteStream(outFile);
    const child = spawn(process.execPath, ['-r', join(root, 'test/ci/_maxrss.cjs'), join(root, 'dist/bin.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const m = /guifan-maxrss-kb=(\d+)/.exec(err);
      out.end(() => resolve({ code, s: (Date.now() - t0) / 1000, mb: m ? Math.round(Number(m[1]) / 1024) : NaN }));
    });
  });
}

// The answer's parts (records, count, metrics, ok) of a json report, hashed section by section as the file is read (a
// million records' report is longer than the longest string V8 makes).
async function answer(file) {
  const hashes = new Map();
  let key;
  for await (const l of createInterface({ input: createReadStream(file) })) {
    const top = /^ {2}"([a-z]+)":/.exec(l);
    if (top) key = top[1];
    if (key === undefined) continue;
    if (!hashes.has(key)) hashes.set(key, createHash('sha256'));
    hashes.get(key).update(`${l}\n`);
  }
  return ['records', 'count', 'metrics', 'ok'].map((k) => hashes.get(k)?.digest('hex')).join(' ');
}
const fmt = (r) => `${r.s.toFixed(1).padStart(6)} s  peak RSS ${String(r.mb).padStart(5)} MB  exit ${r.code}`;

console.log(`node ${process.version}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const [mode, a1, ...rest] = process.argv.slice(2);

if (!mode || mode === 'jobs') {
  const n = Number(a1 ?? 5_000_000);
  const jobs = rest.length ? rest.map(Number) : [1, 2];
  const file = await input(n);
  console.log(`check-complaints on ${n.toLocaleString('en')} NDJSON lines (${(statSync(file).size / 1e9).toFixed(2)} GB), --format json`);
  const runs = [];
  for (const j of jobs) {
    const r = await guifan(['check-complaints', file, '--at', AT, '--format', 'json', '--jobs', String(j)], join(dir, `jobs-${j}.json`));
    runs.push(r);
    console.log(`  --jobs ${j}  ${fmt(r)}  ${runs.length > 1 ? `${(runs[0].s / r.s).toFixed(2)}× --jobs ${jobs[0]}` : ''}`);
  }
  const digest = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
  const same = jobs.every((j) => digest(join(dir, `jobs-${j}.json`)) === digest(join(dir, `jobs-${jobs[0]}.json`)));
  console.log(`  reports byte for byte equal: ${same}`);
  for (const j of jobs) rmSync(join(dir, `jobs-${j}.json`));
}

if (!mode || mode === 'parts') {
  const parts = Number((mode ? a1 : undefined) ?? 10);
  const size = Number((mode ? rest[0] : undefined) ?? 100_000);
  const ids = (mode ? rest[1] : undefined) ?? 'check';
  const n = parts * size;
  const whole = await input(n, 0, n, `whole-${parts}x${size}.ndjson`);
  console.log(`complaints summarize --ids ${ids} × ${parts} parts of ${size.toLocaleString('en')} lines, then complaints merge; beside check-complaints on the whole`);
  const files = [];
  let summarize = 0;
  let peak = 0;
  for (let p = 0; p < parts; p++) {
    const f = await input(n, p * size, size, `part-${parts}x${size}-${p}.ndjson`);
    const r = await guifan(['complaints', 'summarize', f, '--at', AT, '--first-line', String(p * size + 1), '--ids', ids], `${f}.json`);
    summarize += r.s;
    peak = Math.max(peak, r.mb);
    files.push(`${f}.json`);
  }
  console.log(`  summarize  ${summarize.toFixed(1).padStart(6)} s in all (one after another)  peak RSS ${peak} MB a part, ${(files.reduce((t, f) => t + statSync(f).size, 0) / 1e6).toFixed(0)} MB of parts`);
  const m = await guifan(['complaints', 'merge', ...files, '--format', 'json'], join(dir, 'merged.json'));
  console.log(`  merge      ${fmt(m)}`);
  const one = await guifan(['check-complaints', whole, '--at', AT, '--format', 'json'], join(dir, 'one.json'));
  console.log(`  one run    ${fmt(one)}`);
  console.log(`  count, metrics and exit equal to the one run: ${(await answer(join(dir, 'merged.json'))) === (await answer(join(dir, 'one.json'))) && m.code === one.code}`);
  for (const f of files) rmSync(f);
  rmSync(join(dir, 'merged.json'));
  rmSync(join(dir, 'one.json'));
}
