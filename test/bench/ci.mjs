// The check-* commands at scale, per report format (issue 26 item 5): peak RSS and wall time of the built binary
// reading N NDJSON lines through a pipe. Not a test (timings are not assertions). Run after `npm run build`:
//   node test/bench/ci.mjs                       # 1,000,000 complaint lines, 200,000 SLA cases, every format
//   node test/bench/ci.mjs complaints 200000     # one command, another N
//   node test/bench/ci.mjs sla 200000 junit      # one format
//   node test/bench/ci.mjs complaints 1000000 all 2   # check-complaints with --jobs 2 (all: every format)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const feed = require('../ci/_stream.cjs');
const { line: complaintLine } = require('../ci/_complaintLines.cjs');
const FORMATS = ['text', 'json', 'junit', 'github', 'sarif'];

// SLA cases: one complaint case a line, 1 in 3 answered late, 1 in 7 with an event out of order (an issue of its own).
const slaLine = (k) => {
  const t = Date.parse('2026-09-01T01:00:00Z') + (k % 20_000) * 97_000;
  const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const events = [{ type: 'received', at: iso(t) }, { type: 'replied', at: iso(t + (k % 3 ? 3_600_000 : 9 * 3_600_000)) }];
  if (k % 7 === 0) events.push({ type: 'resolved', at: iso(t - 60_000) });
  return JSON.stringify({ id: `C-${k}`, attributes: { kind: 'complaint', complexity: 'general' }, events });
};

const COMMANDS = {
  complaints: { n: 1_000_000, args: (f) => ['check-complaints', '-', '--at', '2026-07-01T00:00+08:00', '--format', f], line: (n) => complaintLine(n) },
  sla: { n: 200_000, args: (f) => ['check-sla', '-', '--at', '2026-10-01T12:00+08:00', '--format', f], line: () => slaLine },
};

const [only, nArg, fmtArg, jobsArg] = process.argv.slice(2);
const jobs = jobsArg === undefined ? [] : ['--jobs', jobsArg];
const mb = (kb) => `${Math.round((kb ?? 0) / 1024)} MB`;
console.log(`node ${process.version}, ${require('node:os').cpus().length} cores, load ${require('node:os').loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const [name, c] of Object.entries(COMMANDS)) {
  if (only && only !== name) continue;
  const n = Number(nArg ?? c.n);
  for (const f of fmtArg && fmtArg !== 'all' ? [fmtArg] : FORMATS) {
    const r = await feed(n, root, { args: [...c.args(f), ...jobs], line: c.line(n) });
    const err = r.stderr.trim().split('\n').filter(Boolean);
    console.log(`${name.padEnd(10)} ${n.toLocaleString('en').padStart(9)} lines  --format ${f.padEnd(6)}${jobs.length ? ` --jobs ${jobsArg}` : ''}  peak RSS ${mb(r.maxRssKb).padStart(7)}  ${(r.ms / 1000).toFixed(1).padStart(6)} s  exit ${r.code}${err.length ? `  (${err.length} stderr lines, first: ${err[0].slice(0, 80)})` : ''}`);
  }
}
