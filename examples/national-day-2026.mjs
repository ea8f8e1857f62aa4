// npm run demo — real deadlines across the 2026 National Day holiday.
// Reads the bundled sample cases, turns each regulation phrase into an exact
// deadline (target and hard maximum, CMP-08 / ESC-04) with guifan, and says why.
import { readFileSync } from 'node:fs';
import { chinaCalendar, explainDue, explainLatestStart } from 'guifan';

const { cases } = JSON.parse(readFileSync(new URL('./data/complaints-2026-national-day.json', import.meta.url), 'utf8'));
const cal = chinaCalendar();
const wk = ['日', '一', '二', '三', '四', '五', '六'];
const when = (e) => {
  const [d, t] = e.dueText.slice(0, 16).split('T');
  // 24:00 of the last day reads better than 00:00 of the next
  if (t === '00:00' && e.lastDay) return `${e.lastDay}（周${wk[cal.dayInfo(e.lastDay).weekday]}）24:00`;
  return `${d}（周${wk[cal.dayInfo(d).weekday]}）${t}`;
};

console.log(`guifan — calendar ${cal.name}, data ${cal.source.data}@${cal.source.version}, coverage ${cal.coverage.start}…${cal.coverage.end}, zone ${cal.timeZone}\n`);
for (const c of cases) {
  const target = explainDue(c.received, c.target);
  console.log(`${c.id}  ${c.kind}「${c.summary}」  received ${c.received}  [${c.rule}]`);
  console.log(`  ${c.target.padEnd(12, '　')} → ${when(target)}   (${target.rules.join(', ')})`);
  if (c.max) {
    const max = explainDue(c.received, c.max);
    console.log(`  ${c.max.padEnd(12, '　')} → ${when(max)}`);
  }
  if (target.skipped.length) console.log(`  skipped: ${target.skipped.map((d) => `${d.date.slice(5)} ${d.kind === 'holiday' ? d.name : '周末'}`).join(', ')}`);
  console.log();
}

const first = explainDue(cases[2].received, cases[2].target);
console.log('Why (zh-CN):', first.text['zh-CN']);
console.log('Why (en):   ', first.text.en, '\n');
const materials = explainLatestStart('2026-10-08T14:00+08:00', '提前两天');
console.log('Meeting on 2026-10-08 14:00, materials 提前两天 (TL-08):', materials.text['zh-CN']);
