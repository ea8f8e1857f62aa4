// Off the hot path, where a date-fns function does what guifan's own code does —
// formatting an instant with its offset, reading ISO text — both in one run.
// The figures decide which one guifan uses (docs/benchmarks.md). Run: npm run bench:date-fns
import { TZDate } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import { formatInTimeZone } from 'date-fns-tz';
import { formatInstant } from '../../src/_lib/formatInstant';
import { parseInstantText } from '../../src/_lib/input';
import { createZone } from '../../src/_lib/zone';

const N = 300_000;
const zone = createZone('Asia/Shanghai');
const ms = Array.from({ length: 1000 }, (_, i) => Date.UTC(2026, 0, 1) + i * 26_280_000);
const dates = ms.map((t) => new Date(t));
const texts = ms.map((t) => formatInstant(t, zone));
const time = (fn: (i: number) => unknown): number => {
  for (let i = 0; i < 5000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn(i);
  return Number(process.hrtime.bigint() - t) / N;
};

// Same answers first.
for (let i = 0; i < 1000; i++) {
  const a = formatInstant(ms[i]!, zone);
  const b = formatInTimeZone(dates[i]!, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ssXXX");
  if (a !== b) throw new Error(`format disagreement: ${a} vs ${b}`);
}
const rows = {
  'format: guifan formatInstant': time((i) => formatInstant(ms[i % 1000]!, zone)),
  "format: date-fns-tz formatInTimeZone(…, \"yyyy-MM-dd'T'HH:mm:ssXXX\")": time((i) => formatInTimeZone(dates[i % 1000]!, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ssXXX")),
  'format: @date-fns/tz new TZDate(…).toISOString()': time((i) => new TZDate(ms[i % 1000]!, 'Asia/Shanghai').toISOString()),
  'parse: guifan parseInstantText': time((i) => parseInstantText(texts[i % 1000]!)),
  'parse: date-fns parseISO': time((i) => parseISO(texts[i % 1000]!)),
};
console.log(`date-fns beside guifan's own code (ns per call, TZ=${process.env.TZ ?? 'host'}, node ${process.version})`);
console.table(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, `${v.toFixed(0)} ns`])));
// Host-TZ dependence: parseISO reads text without an offset in the host's zone.
console.log(`parseISO('2026-10-09T09:00') under this host: ${parseISO('2026-10-09T09:00').toISOString()} (guifan: AMBIGUOUS_INSTANT unless a zone is named)`);
