// Side-by-side benchmark: guifan vs chinese-days, in one run, printing ratios.
// Not part of `npm test` (timings are not assertions). Run: npm run bench
import chineseDays from 'chinese-days';
import { addWorkdays, chinaCalendar, workdaysBetween } from '../../dist/index.js';

process.env.TZ ??= 'Asia/Shanghai';

function measure(fn, minMs = 300) {
  // warm up, then run batches until minMs has passed
  for (let i = 0; i < 200; i++) fn(i);
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs * 1e6) {
    for (let i = 0; i < 100; i++) fn(n++);
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return elapsed / n; // ns per call
}

const starts = [];
for (let m = 1; m <= 12; m++) for (const d of ['03', '10', '17', '24']) starts.push(`2025-${String(m).padStart(2, '0')}-${d}`);
const pick = (i) => starts[i % starts.length];

chinaCalendar().addWorkdays('2025-01-02', 1); // build the first year of the index outside the timings (the others build in the warm-up)

const rows = [];
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
// Five alternating rounds, median of each side and of the per-round ratios: on
// a shared machine the load changes between two back-to-back measurements.
function row(label, ours, peer) {
  const a = [];
  const b = [];
  const r = [];
  for (let k = 0; k < 5; k++) {
    a.push(measure(ours, 80));
    b.push(measure(peer, 120));
    r.push(b[k] / a[k]);
  }
  rows.push({ label, guifan: fmt(median(a)), 'chinese-days': fmt(median(b)), ratio: `${median(r).toFixed(0)}×` });
}

for (const n of [5, 30, 250]) {
  // same answers first: a benchmark of wrong results is worthless
  for (const s of starts.slice(0, 8)) {
    if (n <= 250 && s < '2025-12-01' && addWorkdays(s, n) !== chineseDays.findWorkday(n, s)) {
      throw new Error(`disagreement at ${s} + ${n}: ${addWorkdays(s, n)} vs ${chineseDays.findWorkday(n, s)}`);
    }
  }
  row(`addWorkdays n=${n}`, (i) => addWorkdays(pick(i), n), (i) => chineseDays.findWorkday(n, pick(i)));
}
row('workdaysBetween 1 year', (i) => workdaysBetween(pick(i), '2026-06-30'), (i) => chineseDays.getWorkdaysInRange(pick(i), '2026-06-30', false).length);
row('workdaysBetween 20 years', (i) => workdaysBetween('2005-01-04', pick(i)), (i) => chineseDays.getWorkdaysInRange('2005-01-04', pick(i), false).length);

console.log(`guifan vs chinese-days (TZ=${process.env.TZ}, node ${process.version})`);
console.table(rows);

const { benchDue } = await import('./due.mjs');
const { ours, peer } = benchDue();
console.log(`dueAt (workday limits, Date input): ${Math.round(ours).toLocaleString('en')} ops/s (target ≥ 1,000,000); chinese-days findWorkday for the same question: ${Math.round(peer).toLocaleString('en')} ops/s; ratio ${(ours / peer).toFixed(0)}×`);

const { benchSla } = await import('./sla.mjs');
globalThis.gc?.();
const sla = benchSla();
console.log(`evaluateCases: ${sla.n.toLocaleString('en')} cases × ${(sla.clocks / sla.n).toFixed(0)} clocks (median of 3) — summary objects ${sla.ms.toFixed(0)} ms, columns ${sla.columnsMs.toFixed(0)} ms (target ≤ 2000 ms)`);

const { benchThresholds } = await import('./thresholds.mjs');
console.log('thresholdsBetween over a whole long case beside evaluateCase at its end (median of 3; quadratic before issue 24: 16,000 events took 78 s):');
console.table(benchThresholds([1_000, 10_000, 100_000], ['mixed']));

const { benchConduct } = await import('./conduct.mjs');
const lang = benchConduct();
console.log(`checkServiceLanguage on ${lang.mb.toFixed(1)} MB (${lang.found} findings): one text ${lang.whole.toFixed(1)} MB/s, line by line ${lang.perLine.toFixed(1)} MB/s (target ≥ 5 MB/s); naive indexOf reference (no normalization, no allowed contexts) ${lang.naive.toFixed(1)} MB/s`);

// Streaming: a million NDJSON cases through a pipe into the built binary (constant memory).
const { createRequire } = await import('node:module');
const feed = createRequire(import.meta.url)('../ci/_stream.cjs');
const stream = await feed(1_000_000, new URL('../..', import.meta.url).pathname);
console.log(`check-sla on 1,000,000 NDJSON cases through a pipe: peak RSS ${Math.round(stream.maxRssKb / 1024)} MB (bound 256 MB), ${(stream.ms / 1000).toFixed(1)} s`);
const meetingLine = (k) => JSON.stringify({ id: `m-${k}`, title: '安全例会', date: '2026-10-08', weekday: k % 10 === 0 ? '星期三' : '星期四', start: '14:30', end: '16:00', venue: '三楼', attendees: ['王五'], agenda: ['安全检查'], preparation: ['检查表'] });
const meetings = await feed(100_000, new URL('../..', import.meta.url).pathname, { args: ['check-meeting', '-', '--format', 'github'], line: meetingLine, node: ['--max-old-space-size=48'] });
console.log(`check-meeting on 100,000 NDJSON notices through a pipe, 48 MB heap: peak RSS ${Math.round(meetings.maxRssKb / 1024)} MB (bound 160 MB), ${(meetings.ms / 1000).toFixed(1)} s, exit ${meetings.code}`);
// check-complaints: a compact form of each record is kept (counting merges across the file), the free text dropped.
const { line: complaintLine } = createRequire(import.meta.url)('../ci/_complaintLines.cjs');
for (const n of [100_000, 1_000_000]) {
  const c = await feed(n, new URL('../..', import.meta.url).pathname, { args: ['check-complaints', '-', '--at', '2026-07-01T00:00+08:00', '--format', 'github'], line: complaintLine(n) });
  console.log(`check-complaints on ${n.toLocaleString('en')} NDJSON complaint records through a pipe: peak RSS ${Math.round(c.maxRssKb / 1024)} MB (${Math.round((c.maxRssKb * 1024) / n)} bytes per record; bound 96 MB + 1,500 bytes per record), ${(c.ms / 1000).toFixed(1)} s, exit ${c.code}`);
}
const { benchNotice } = await import('./notice.mjs');
const notice = benchNotice();
console.log(`parseHolidayNotice (a whole notice, 7 lines): ${(notice.parse / 1e3).toFixed(0)} µs; calendar built from the notice ${(notice.viaNotice / 1e6).toFixed(2)} ms vs from the year typed as JSON ${(notice.viaJson / 1e6).toFixed(2)} ms (ratio ${(notice.viaNotice / notice.viaJson).toFixed(2)}×)`);
const { benchDuty, report: dutyReport } = await import('./duty.mjs');
console.log(dutyReport(benchDuty()));
const { benchColdStart } = await import('./coldstart.mjs');
const cold = benchColdStart();
console.log('Cold start (fresh node process: import + first answer, median of 9; target ≤ 1.5× chinese-days)');
console.table(cold.map(({ ms, ...r }) => r));
const { benchComplaint, report: complaintReport } = await import('./complaint.mjs');
globalThis.gc?.();
console.log(complaintReport(benchComplaint()));
