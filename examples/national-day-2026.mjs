// npm run demo — real deadlines across the 2026 National Day holiday.
// Reads the bundled sample cases and, for each, computes the working-day
// answer deadline and its hard maximum (CMP-08: a general complaint is answered
// within 1 working day, never more than 3), with what was skipped and why.
import { readFileSync } from 'node:fs';
import { chinaCalendar, explainAddWorkdays } from 'guifan';

const { cases } = JSON.parse(readFileSync(new URL('./data/complaints-2026-national-day.json', import.meta.url), 'utf8'));
const cal = chinaCalendar();
const weekday = ['日', '一', '二', '三', '四', '五', '六'];
const show = (date) => `${date}（周${weekday[cal.dayInfo(date).weekday]}）`;

console.log(`guifan — ${cal.name} calendar, data ${cal.source.data}@${cal.source.version}, coverage ${cal.coverage.start}…${cal.coverage.end}, zone ${cal.timeZone}\n`);
for (const c of cases) {
  const received = cal.toCivilDate(c.received);
  const target = explainAddWorkdays(c.received, c.targetWorkdays);
  const max = explainAddWorkdays(c.received, c.maxWorkdays);
  console.log(`${c.id}  ${c.kind}「${c.summary}」 received ${c.received} → day ${show(received)}`);
  console.log(`  target: ${c.targetWorkdays} 个工作日 → end of ${show(target.to)}   max: ${c.maxWorkdays} 个工作日 → end of ${show(max.to)}   [${c.rule}]`);
  const skipped = max.skipped.map((d) => `${d.date.slice(5)} ${d.kind === 'holiday' ? d.name + (d.inLieu ? '(调休)' : '') : '周末'}`);
  if (skipped.length) console.log(`  skipped: ${skipped.join(', ')}`);
  if (max.makeupWorkdays.length) console.log(`  counted make-up working days (调休上班): ${max.makeupWorkdays.map((d) => `${d.date.slice(5)} (${d.name})`).join(', ')}`);
  console.log();
}
console.log('2026-10-08 is a working day:', cal.isWorkday('2026-10-08'), '| 2026-10-10 (Saturday) is a make-up working day:', cal.dayInfo('2026-10-10').kind);
