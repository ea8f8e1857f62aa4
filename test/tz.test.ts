import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, addWorkdays, chinaCalendar, createCalendar, dayInfo, explainDue, latestStart, statutoryHolidaysOf, workdaysBetween } from '../src/index';
import { createZone } from '../src/_lib/zone';
import { plusDays } from './_helpers/dates';

// The TZ matrix (test/run-tz-matrix.mjs) runs the whole suite under UTC,
// Asia/Shanghai, America/New_York and Pacific/Kiritimati, and compares the
// digest this file writes: every answer must be identical under all four.
const hostTz = process.env.TZ;

describe('host time zone never matters', () => {
  it.runIf(hostTz)(`the host zone really is ${hostTz ?? '(unset)'} in this run`, () => {
    const expected: Record<string, number> = { UTC: 0, 'Asia/Shanghai': -480, 'America/New_York': 300, 'Pacific/Kiritimati': -840 };
    // Local getters are used here only to prove the matrix took effect.
    if (hostTz! in expected) expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(expected[hostTz!]);
  });

  it('CAL-01 answers near midnight are read in Asia/Shanghai, not in the host zone', () => {
    expect(chinaCalendar().toCivilDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(chinaCalendar().toCivilDate(new Date('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
    expect(chinaCalendar().toCivilDate('2026-12-31T03:30-10:00')).toBe('2026-12-31');
    expect(addWorkdays(new Date('2026-09-30T15:00:00Z'), 1)).toBe('2026-10-08');
    expect(statutoryHolidaysOf(2027).find((d) => d.name === '春节')?.date).toBe('2027-02-05');
  });

  it('zones with DST: gaps move forward, repeated wall times take the earlier instant', () => {
    const ny = createZone('America/New_York');
    // 2026-03-08 02:30 does not exist in New York (clocks jump 02:00 → 03:00).
    const day = Date.UTC(2026, 2, 8) / 86_400_000;
    expect(new Date(ny.instantOf(day, 150)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice; take the first (EDT, UTC−4).
    const back = Date.UTC(2026, 10, 1) / 86_400_000;
    expect(new Date(ny.instantOf(back, 90)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(ny.dayOf(Date.parse('2026-11-01T04:30:00Z'))).toBe(back);
    expect(ny.offsetAt(Date.parse('2026-07-01T00:00:00Z'))).toBe(-4 * 3_600_000);
  });

  it('the fixed-offset shortcut for Asia/Shanghai agrees with Intl, 2000–2099', () => {
    const fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', timeZoneName: 'longOffset' });
    for (let y = 2000; y <= 2099; y += 3) {
      for (const m of [0, 6]) {
        const t = Date.UTC(y, m, 1, 12);
        const name = fmt.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
        expect(name).toBe('GMT+08:00');
        expect(createZone('Asia/Shanghai').offsetAt(t)).toBe(8 * 3_600_000);
      }
    }
  });

  it('digest of calendar answers (compared across the TZ matrix)', () => {
    const h = createHash('sha256');
    const cal = chinaCalendar();
    const prov = createCalendar({ outOfCoverage: 'provisional' });
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = plusDays(d, 1)) {
      const i = dayInfo(d);
      h.update(`${d}${i.kind}${i.name ?? ''}`);
    }
    for (let d = '2005-01-03'; d <= '2026-06-30'; d = plusDays(d, 17)) {
      h.update(`${addWorkdays(d, 5)}${addWorkdays(d, -30)}${workdaysBetween(d, plusDays(d, 100))}`);
      h.update(cal.toCivilDate(`${d}T23:59:59+08:00`) + cal.toCivilDate(`${d}T00:00:00+08:00`));
    }
    for (let y = 2000; y <= 2099; y++) for (const s of statutoryHolidaysOf(y)) h.update(s.date + s.name);
    for (let d = '2027-01-01'; d <= '2030-12-31'; d = plusDays(d, 1)) h.update(prov.dayInfo(d).kind);
    const office = createCalendar({ businessHours: { hours: [['08:30', '12:00'], ['13:30', '17:00']] } });
    const ny = createCalendar({ timeZone: 'America/New_York', businessHours: { hours: [['09:00', '17:00']] } });
    for (let d = '2024-01-02'; d <= '2026-06-30'; d = plusDays(d, 11)) {
      for (const limit of ['1个工作日内', '三日内', '24小时内', '1个月内', '最长不得超过7个工作日']) {
        const e = explainDue(`${d}T16:30+08:00`, limit);
        h.update(e.dueText + e.text['zh-CN'] + e.text.en);
      }
      h.update(explainDue(`${d}T10:00+08:00`, '4个工作小时内', { calendar: office }).dueText);
      h.update(addBusinessTime(`${d}T12:00Z`, 600, { calendar: ny }).toISOString());
      h.update(latestStart(`${d}T09:00+08:00`, '提前两天').toISOString());
    }
    const digest = h.digest('hex');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const out = process.env.GUIFAN_TZ_DIGEST_DIR;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${(hostTz ?? 'unset').replace(/\//g, '_')}.txt`), digest);
    }
  });
});
