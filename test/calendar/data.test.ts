import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import raw from 'chinese-days/dist/chinese-days.json';
import { CORRECTIONS, NAME_CORRECTIONS } from '../../src/calendar/_lib/corrections';
import { loadOfficialData } from '../../src/calendar/_lib/officialData';
import { formatDay } from '../../src/_lib/civil';

const data = raw as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };

describe('CAL-01 packaged data: the compact tables are chinese-days’ data, nothing lost', () => {
  it('CAL-01 src/calendar/_lib/officialYears.ts is up to date with the installed chinese-days (npm run gen:data)', () => {
    const r = spawnSync(process.execPath, ['test/tools/gen-calendar-data.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('CAL-01 every listed day decodes to its chinese-days entry (names as the notices write them), corrections aside', () => {
    const official = loadOfficialData();
    const corrected = new Set(CORRECTIONS.map((c) => c.date));
    const seen = new Set<string>();
    let checked = 0;
    for (let y = official.firstYear; y <= official.lastYear; y++) {
      for (const [day, o] of official.year(y)) {
        const date = formatDay(day);
        seen.add(date);
        if (corrected.has(date)) {
          expect(o.correction?.notice).toMatch(/号$/);
          continue;
        }
        const label = data.workdays[date] ?? data.holidays[date];
        expect(label, date).toBeDefined();
        const [en, zh] = label!.split(',') as [string, string];
        const [nameZh, nameEn] = NAME_CORRECTIONS[zh] ?? [zh, en];
        expect({ date, kind: o.kind, name: o.name, nameEn: o.nameEn, inLieu: o.inLieu }).toEqual({
          date,
          kind: date in data.workdays ? 'makeup-workday' : 'holiday',
          name: nameZh,
          nameEn,
          inLieu: date in data.inLieuDays,
        });
        checked++;
      }
    }
    for (const date of [...Object.keys(data.holidays), ...Object.keys(data.workdays)]) expect(seen.has(date), date).toBe(true);
    expect(checked).toBeGreaterThan(700);
    expect(official.firstYear).toBe(2004);
  });

  it('CAL-01 a year is decoded once, on first use, and the same map is returned after', () => {
    const official = loadOfficialData();
    expect(official.year(2026)).toBe(official.year(2026));
  });
});
