// Reading a holiday notice vs loading the year typed by hand as JSON (the reference a
// host uses without the reader). Both build a calendar for 2027 and answer one question.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCalendar, parseHolidayNotice } from '../../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(join(here, '..', '..', 'src', 'calendar', 'notices', '2026.txt'), 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n')
  .replace(/2026年/g, '2027年');

function perCall(fn, minMs = 300) {
  for (let i = 0; i < 20; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) < minMs * 1e6) {
    fn();
    n++;
  }
  return Number(process.hrtime.bigint() - start) / n;
}

export function benchNotice() {
  const year = parseHolidayNotice(text, { year: 2027 });
  const json = JSON.parse(JSON.stringify(year));
  const parse = perCall(() => parseHolidayNotice(text, { year: 2027 }));
  const viaNotice = perCall(() => createCalendar({ years: { 2027: parseHolidayNotice(text, { year: 2027 }) } }).isWorkday('2027-06-30'));
  const viaJson = perCall(() => createCalendar({ years: { 2027: json } }).isWorkday('2027-06-30'));
  return { parse, viaNotice, viaJson };
}
