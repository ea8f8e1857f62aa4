// countComplaints + complaintMetrics over 1,000,000 records (target ≤ 2 s on one core, issue 11),
// beside a naive reference written the obvious way, in the same run, same answers checked first.
import { complaintMetrics, countComplaints, dueAt, finishComplaintSummary, mergeComplaintSummaries, summarizeComplaints } from '../../dist/index.js';
import { collect } from './_collect.mjs';
import { makeRecords } from './_complaintRecords.mjs';

export { makeRecords };

const DAY = 86_400_000;

/** The obvious implementation: arrays per group, a Set per group, the public dueAt per record, Intl for months. */
export function naive(records, from, to) {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });
  const groups = new Map();
  for (const r of records) {
    if (r.kind !== 'complaint' || r.verification?.counted !== true) continue;
    const key = r.matter ? `matter:${r.matter}` : r.online ? `thread:${r.online.thread}` : `record:${r.id}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  const byCategory = {};
  for (const list of groups.values()) {
    const people = new Set(list.map((r) => r.customer.id)).size;
    void people;
    byCategory[list[0].category] = (byCategory[list[0].category] ?? 0) + 1;
  }
  const startMs = Date.parse(`${from}T00:00:00+08:00`);
  const endMs = Date.parse(`${to}T00:00:00+08:00`) + DAY;
  const byMonth = {};
  let consult = 0;
  let sat = 0;
  let den = 0;
  let num = 0;
  for (const r of records) {
    const t = r.receivedAt.getTime();
    if (t < startMs || t >= endMs) continue;
    const month = fmt.format(r.receivedAt).slice(0, 7);
    byMonth[month] = (byMonth[month] ?? 0) + 1;
    if (r.kind === 'consultation') {
      consult++;
      if (r.satisfaction === 'satisfied') sat++;
    } else {
      // events known by the end of the period only
      const resolved = r.events.find((e) => e.type === 'resolved' && e.at.getTime() <= endMs);
      if (!resolved) continue;
      const due = dueAt(resolved.at, '三日内').getTime();
      const visit = r.events.find((e) => e.type === 'visited' && e.at.getTime() <= endMs);
      if (visit || endMs >= due) {
        den++;
        if (visit && visit.at.getTime() <= due) num++;
      }
    }
  }
  return { total: groups.size, byCategory, byMonth, consultation: [sat, consult], visits: [num, den] };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Wall time and this process's CPU time: on a shared machine the CPU time is the fairer figure. Each run starts
// after collect(); countComplaints and complaintMetrics cause only young-generation collections (--trace-gc).
function time(fn, { runs = 3, keep = false } = {}) {
  const ms = [];
  const cpu = [];
  const swept = [];
  let value;
  for (let i = 0; i < runs; i++) {
    value = undefined; // the previous run's answer is collected before the next run, as each run starts alike
    swept.push(collect());
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    value = fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(ms), cpu: median(cpu), best: Math.min(...cpu), swept: median(swept), ...(keep ? { value } : {}) };
}

export function benchComplaint(n = 1_000_000) {
  const records = makeRecords(n);
  const from = '2026-01-01';
  const to = '2026-06-30';
  // Peak memory of count + metrics beyond the records: the growth of the process's peak RSS over one call of each,
  // before anything else runs (the records themselves are already resident).
  collect();
  const rss0 = process.resourceUsage().maxRSS;
  const c = countComplaints(records, { detail: 'counts' });
  const m = complaintMetrics(records, { from, to });
  const peakMB = (process.resourceUsage().maxRSS - rss0) / 1024;
  // guifan first, in a process where the naive reference has not run yet: its run (a Set and an array per group,
  // the public dueAt per record) leaves the heap and the shared code paths in a state that slows what runs after
  // it, so ours are timed again after it ('after naive') and both figures printed.
  // The target pair first, back to back as a caller would run them; then the variants, whose larger answers
  // ('records' detail) leave the heap in a state that slows what follows.
  // Five runs: on a shared machine the median moves with the neighbours' load, the best run less.
  const pair = time(() => [countComplaints(records, { detail: 'counts' }), complaintMetrics(records, { from, to, statistics: false })], { runs: 5 });
  const counts = time(() => countComplaints(records, { detail: 'counts' }));
  const metrics = time(() => complaintMetrics(records, { from, to, statistics: false }));
  const trusted = time(() => countComplaints(records, { detail: 'counts', ids: 'trust' }));
  const detailed = time(() => countComplaints(records));
  const metricsAll = time(() => complaintMetrics(records, { from, to }));
  const naiveT = time(() => naive(records, from, to), { keep: true });
  // Same answers, checked once both sides have been timed: a benchmark of wrong results is worthless.
  const ref = naiveT.value;
  const same =
    ref.total === c.total &&
    JSON.stringify(Object.entries(ref.byCategory).sort()) === JSON.stringify(Object.entries(c.byCategory).sort()) &&
    JSON.stringify(Object.entries(ref.byMonth).sort()) === JSON.stringify(Object.entries(m.byMonth).sort()) &&
    ref.consultation[0] === m.rates.consultationSatisfaction.numerator &&
    ref.consultation[1] === m.rates.consultationSatisfaction.denominator &&
    ref.visits[0] === m.rates.returnVisit.numerator &&
    ref.visits[1] === m.rates.returnVisit.denominator;
  if (!same) throw new Error(`naive and guifan disagree: ${JSON.stringify({ ref, total: c.total, byMonth: m.byMonth, visits: m.rates.returnVisit })}`);
  // Ids out of key order (as records sorted by time rather than by id come): the id check needs a Set of all ids
  // (ids in key order are seen to differ in one pass). The same records, their ids shuffled among them.
  const shuffledIds = shuffleIds(records);
  const pairShuffled = time(() => [countComplaints(shuffledIds, { detail: 'counts' }), complaintMetrics(shuffledIds, { from, to, statistics: false })]);
  // Issue 28's merge target: 10 shards summarized apart (as 10 processes would), merged, finished = the single run.
  const shards = 10;
  const size = Math.ceil(n / shards);
  const shardOptions = { detail: 'counts', ids: 'trust', from, to };
  let summaries;
  const summarize = time(() => (summaries = Array.from({ length: shards }, (_, k) => summarizeComplaints(records.slice(k * size, (k + 1) * size), { ...shardOptions, offset: k * size }))), { runs: 1 });
  const mergeFinish = time(() => finishComplaintSummary(mergeComplaintSummaries(...summaries)), { runs: 1, keep: true });
  const single = { count: countComplaints(records, { detail: 'counts', ids: 'trust' }), metrics: complaintMetrics(records, { from, to, ids: 'trust' }) };
  const shardsEqual = JSON.stringify(mergeFinish.value) === JSON.stringify(single);
  const summaryMB = summaries.reduce((a, x) => a + JSON.stringify(x).length, 0) / 2 ** 20;
  summaries = undefined;
  const countsAfter = time(() => countComplaints(records, { detail: 'counts' }));
  const metricsAfter = time(() => complaintMetrics(records, { from, to, statistics: false }));
  // The floor on this machine: one pass reading the fields counting needs, and one Map of the matters.
  const floor = time(() => {
    const m = new Map();
    let s = 0;
    for (const r of records) {
      if (r.kind === 'complaint' && r.verification?.counted === true) m.set(r.matter, (m.get(r.matter) ?? 0) + (r.customer.id.length & 1) + r.receivedAt.getTime() * 0);
      s += r.id.length;
    }
    return s + m.size;
  });
  // Memory that stays with the answer, in 'counts' detail with trusted ids, over all the records and over the
  // first quarter of them, which hold nearly as many complaints: it follows the complaints, not the records.
  const kept = (recs) => {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const answer = countComplaints(recs, { detail: 'counts', ids: 'trust' });
    globalThis.gc?.();
    return { mb: (process.memoryUsage().heapUsed - before) / 2 ** 20, groups: answer.total };
  };
  const keptMB = kept(records).mb;
  const { mb: quarterMB, groups: quarterGroups } = kept(records.slice(0, Math.floor(n / 4)));
  return { n, groups: c.total, pair, counts, trusted, detailed, metrics, metricsAll, naive: naiveT, countsAfter, metricsAfter, floor, keptMB, quarterMB, quarterGroups, peakMB, pairShuffled, shards, summarize, mergeFinish, shardsEqual, summaryMB };
}

/** The records with their ids dealt out again at random (a fixed seed): the same records, ids no longer in key order. */
function shuffleIds(records) {
  const ids = records.map((r) => r.id);
  let x = 7;
  for (let i = ids.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return records.map((r, i) => ({ ...r, id: ids[i] }));
}

export function report(r) {
  const f = (x) => `${x.ms.toFixed(0)} ms (cpu ${x.cpu.toFixed(0)} ms)`;
  const ours = r.pair.cpu;
  const after = r.countsAfter.cpu + r.metricsAfter.cpu;
  return [
    `countComplaints + complaintMetrics: ${r.n.toLocaleString('en')} records → ${r.groups.toLocaleString('en')} statistical complaints (median of 3 unless said, wall and cpu):`,
    `  countComplaints detail 'counts' ${f(r.counts)}; ids 'trust' ${f(r.trusted)}; detail 'records' ${f(r.detailed)}`,
    `  complaintMetrics statistics: false ${f(r.metrics)}; default (also counts the period's statistical complaints) ${f(r.metricsAll)}`,
    `  count + metrics back to back: ${f(r.pair)}, median of 5 (best run cpu ${r.pair.best.toFixed(0)} ms; target ≤ 2000 ms on one core; the sweeping after each forced gc(), ${r.pair.swept.toFixed(0)} ms of helper-thread CPU, waited out before timing); naive reference ${f(r.naive)}, ratio ${(r.naive.cpu / ours).toFixed(1)}× (cpu)`,
    `  count + metrics again, after the naive reference ran: cpu ${after.toFixed(0)} ms, ratio ${(r.naive.cpu / after).toFixed(1)}× (cpu)`,
    `  count + metrics with the ids out of key order (the id check's Set of all ids): ${f(r.pairShuffled)}`,
    `  ${r.shards} shards summarized apart (ids 'trust', counts, with the period's metrics): ${f(r.summarize)}, ${r.summaryMB.toFixed(1)} MB of JSON; merged and finished ${f(r.mergeFinish)}; ${r.shardsEqual ? 'equal to the single run' : 'NOT EQUAL to the single run'}`,
    `  floor (one pass reading the fields, one Map of matters) ${f(r.floor)}`,
    !globalThis.gc
      ? '  memory kept by the answer: not measured (run with node --expose-gc)'
      : `  memory kept by the answer ('counts', ids 'trust'): ${r.keptMB.toFixed(1)} MB for ${r.groups.toLocaleString('en')} complaints (${((r.keptMB * 2 ** 20) / r.groups).toFixed(0)} B each); a quarter of the records (${Math.floor(r.n / 4).toLocaleString('en')}, ${r.quarterGroups.toLocaleString('en')} complaints): ${r.quarterMB.toFixed(1)} MB (${((r.quarterMB * 2 ** 20) / r.quarterGroups).toFixed(0)} B each) — it follows the complaints, not the records`,
    r.peakMB > 0
      ? `  peak memory of the first count + metrics (default options) beyond the records: +${r.peakMB.toFixed(0)} MB RSS`
      : '  peak memory of the first count + metrics: not measurable here (this process reached its peak RSS in an earlier benchmark; run test/bench/complaint.mjs alone)',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(report(benchComplaint(Number(process.argv[2] ?? 1_000_000))));
