// Duty (issue 27): validateRoster for 200 people × one month of shifts (target ≤ 50 ms), the same
// roster at 8× the people (n log n, not quadratic: ratio ≈ 8–10, not 64), rosterCosts, and payClassOf beside
// isWorkday (both O(1): the same cost per call over one year of dates or over 23).
// Not part of `npm test`. Run: npm run build && node test/bench/duty.mjs
import { createCalendar, isWorkday, payClassOf, rosterCosts, validateRoster } from '../../dist/index.js';

const office = createCalendar({ businessHours: { hours: [['08:30', '17:30']] } });
const pad = (n) => String(n).padStart(2, '0');

/** `people` agents on three 8-hour shifts a day in October 2026, each resting every fourth day; a duty officer on every shift. */
export function monthRoster(people) {
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  const teams = [0, 1, 2, 3].map((t) => ids.filter((_, i) => i % 4 === t));
  const shifts = [];
  for (let d = 1; d <= 31; d++) {
    const date = `2026-10-${pad(d)}`;
    const next = d === 31 ? '2026-11-01' : `2026-10-${pad(d + 1)}`;
    for (const s of [0, 1, 2]) {
      const start = `${date}T${pad(8 * s)}:00+08:00`;
      const end = s === 2 ? `${next}T00:00+08:00` : `${date}T${pad(8 * s + 8)}:00+08:00`;
      teams[(d + s) % 4].forEach((person, i) => shifts.push({ person, start, end, dutyOfficer: i === 0, compensatoryRest: true }));
    }
  }
  const min = Math.max(1, Math.floor(teams[0].length / 2));
  return {
    people: ids.map((id) => ({ id })),
    windows: [
      { id: 'hotline', hours: '24x7', minStaff: min },
      { id: 'desk', hours: [['08:30', '17:30']], days: 'working-days', minStaff: 1 },
    ],
    shifts,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** Median wall and CPU milliseconds of `runs` calls (CPU time: on a shared machine the wall clock also counts the neighbours). */
function time(fn, runs = 7) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function perCall(fn, n = 200_000) {
  for (let i = 0; i < 20_000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  return Number(process.hrtime.bigint() - t) / n;
}

export function benchDuty() {
  const period = { from: '2026-10-01', to: '2026-10-31', calendar: office };
  const small = monthRoster(200);
  const big = monthRoster(1600);
  const check = validateRoster(small, period);
  if (!check.success) throw new Error(`the benchmark roster should pass: ${check.issues[0]?.message.en}`);
  const wages = Object.fromEntries(small.people.map((p) => [p.id, { monthlyWageFen: 600000 }]));
  const validate = time(() => validateRoster(small, period));
  const validate8 = time(() => validateRoster(big, period), 3);
  const costs = time(() => rosterCosts(small, wages, { calendar: office }));
  const day = (base, span) => (i) => {
    const t = Date.UTC(base, 0, 1) + ((i * 7919) % span) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const oneYear = Array.from({ length: 4096 }, (_, i) => day(2026, 365)(i));
  const years = Array.from({ length: 4096 }, (_, i) => day(2004, 8400)(i));
  return {
    shifts: small.shifts.length,
    validate,
    validate8,
    costs,
    payClassOneYear: perCall((i) => payClassOf(oneYear[i & 4095])),
    payClassYears: perCall((i) => payClassOf(years[i & 4095])),
    isWorkdayOneYear: perCall((i) => isWorkday(oneYear[i & 4095])),
    isWorkdayYears: perCall((i) => isWorkday(years[i & 4095])),
  };
}

export function report(r) {
  const ms = (t) => `${t.wall.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)} ms)`;
  return [
    `validateRoster, 200 people × October 2026 (${r.shifts.toLocaleString('en')} shifts, 2 windows, duty officer): ${ms(r.validate)} (target ≤ 50 ms); 1,600 people (8×): ${ms(r.validate8)} (CPU ${(r.validate8.cpu / r.validate.cpu).toFixed(1)}×; n log n: ≈ 8–10×)`,
    `rosterCosts, the same 200 people: ${ms(r.costs)} (every pay line with its explanation)`,
    `payClassOf ${r.payClassOneYear.toFixed(0)} ns/call over 2026, ${r.payClassYears.toFixed(0)} ns over 2004–2026; isWorkday ${r.isWorkdayOneYear.toFixed(0)} ns / ${r.isWorkdayYears.toFixed(0)} ns (O(1): the span does not matter)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(report(benchDuty()));
