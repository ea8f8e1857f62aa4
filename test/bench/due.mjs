// dueAt throughput for working-day limits from Date inputs (target ≥ 1,000,000/s on one core).
import chineseDays from 'chinese-days';
import { dueAt } from '../../dist/index.js';

const starts = [];
for (let i = 0; i < 1024; i++) starts.push(new Date(Date.parse('2025-01-06T02:00:00Z') + i * 7_200_000 * 3));
const limits = [1, 3, 5, 7].map((amount) => ({ amount, unit: 'workday' }));

export function benchDue(ms = 1000) {
  for (let i = 0; i < 50_000; i++) dueAt(starts[i & 1023], limits[i & 3]);
  let n = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms * 1e6) {
    for (let i = 0; i < 10_000; i++, n++) dueAt(starts[n & 1023], limits[n & 3]);
    elapsed = Number(process.hrtime.bigint() - t0);
  }
  const ours = (n / elapsed) * 1e9;
  // peer: the same question answered with chinese-days (day-by-day findWorkday on a date string)
  let m = 0;
  const t1 = process.hrtime.bigint();
  let e2 = 0;
  while (e2 < 300 * 1e6) {
    for (let i = 0; i < 100; i++, m++) chineseDays.findWorkday(limits[m & 3].amount, starts[m & 1023]);
    e2 = Number(process.hrtime.bigint() - t1);
  }
  const peer = (m / e2) * 1e9;
  return { ours, peer };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ours, peer } = benchDue();
  console.log(`dueAt (workday limits, Date input): ${Math.round(ours).toLocaleString('en')} ops/s; chinese-days findWorkday: ${Math.round(peer).toLocaleString('en')} ops/s; ratio ${(ours / peer).toFixed(0)}×`);
}
