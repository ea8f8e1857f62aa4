// thresholdsBetween beside evaluateCase on one long case (issue 24: it replayed the whole log at every
// step, 16,000 events took 78 s). Same logs, same policy, a window holding the whole log; the median
// of three runs after one untimed run; one event a minute. Run alone: npm run build && node test/bench/thresholds.mjs
import { compileSlaPolicy, evaluateCase, thresholdsBetween } from '../../dist/index.js';
import { LONG_LOG_POLICY, longCase, wholeLog } from '../_helpers/slaLogs.mjs';

const median3 = (f) => {
  f();
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return runs.sort((a, b) => a - b)[1];
};

export function benchThresholds(sizes = [1_000, 10_000, 100_000], shapes = ['notes', 'pauses', 'mixed']) {
  const policy = compileSlaPolicy(LONG_LOG_POLICY);
  const rows = [];
  for (const shape of shapes) {
    for (const n of sizes) {
      // one event a minute: 100,000 events span 69 days, inside the calendar's data
      const kase = longCase(n, shape, 60_000);
      const [a, b] = wholeLog(kase);
      const crossings = thresholdsBetween(policy, kase, a, b).length;
      rows.push({ log: shape, events: n.toLocaleString('en'), crossings, 'thresholdsBetween ms': median3(() => thresholdsBetween(policy, kase, a, b)).toFixed(1), 'evaluateCase ms': median3(() => evaluateCase(policy, kase, b)).toFixed(1) });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`thresholdsBetween over the whole log beside evaluateCase at its end (node ${process.version}, median of 3)`);
  console.table(benchThresholds());
}
