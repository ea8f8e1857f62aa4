import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayInfo } from '../../src/index';

// An independent copy of the official arrangements sits beside the project in
// the workplace (../shared/data/holiday-cn). A clone elsewhere has no such
// folder: then this check says so and skips.
const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '..', '..', '..', 'shared', 'data', 'holiday-cn');
const present = existsSync(folder);
if (!present) console.warn(`[cross-check] holiday-cn reference data not found beside the project; skipping.`);

interface HolidayCnFile {
  year: number;
  days: { name: string; date: string; isOffDay: boolean }[];
}

describe.skipIf(!present)('CAL-01 cross-check against the independent holiday-cn data, 2007–2026', () => {
  it('CAL-01 every listed day of 2007–2026 has the same status', () => {
    const files = readdirSync(folder).filter((f) => /^\d{4}\.json$/.test(f));
    let checked = 0;
    const mismatches: string[] = [];
    for (const f of files) {
      const file = JSON.parse(readFileSync(join(folder, f), 'utf8')) as HolidayCnFile;
      if (file.year < 2007 || file.year > 2026) continue;
      for (const d of file.days) {
        if (d.date < '2007-01-01' || d.date > '2026-12-31') continue;
        const info = dayInfo(d.date);
        checked++;
        if (info.workday === d.isOffDay) mismatches.push(`${d.date} ${d.name}: holiday-cn off=${d.isOffDay}, guifan ${info.kind}`);
        if (!d.isOffDay && info.kind !== 'makeup-workday' && [0, 6].includes(info.weekday)) mismatches.push(`${d.date}: expected a make-up day`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(20 * 25);
  });
});
