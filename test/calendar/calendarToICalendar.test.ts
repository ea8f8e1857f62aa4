// The holiday feed (issue 16): RFC 5545 text read back by ical.js, and `guifan calendar ics`.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { calendarToICalendar, createCalendar, daysBetween, GuifanError, toICalendar } from '../../src/index';
import { runGuifan } from '../_helpers/cli';

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate, summary: e.summary, description: e.description };
  });

describe('CAL-01 calendarToICalendar: holidays and make-up working days as an iCalendar feed', () => {
  const zh = calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' });
  const en = calendarToICalendar({ from: '2026-01-01', to: '2026-12-31', lang: 'en' });

  it('CAL-01 one all-day event per holiday day and per make-up day, read back by ical.js', () => {
    const ev = events(zh);
    const days = daysBetween('2026-01-01', '2026-12-31', { kinds: ['holiday', 'makeup-workday'] });
    expect(ev.map((e) => e.start)).toEqual(days.map((d) => d.date));
    expect(ev.every((e) => e.allDay)).toBe(true);
    const oct1 = ev.find((e) => e.start === '2026-10-01')!;
    expect(oct1).toMatchObject({ uid: '20261001-holiday-zh-CN@guifan', end: '2026-10-02', summary: '国庆节（休）' });
    expect(ev.find((e) => e.start === '2026-10-07')!.summary).toBe('国庆节（调休）');
    expect(ev.find((e) => e.start === '2026-09-20')!.summary).toBe('国庆节调休上班（班）');
    const enEv = events(en);
    expect(enEv.find((e) => e.start === '2026-10-10')).toMatchObject({ uid: '20261010-makeup-workday-en@guifan', summary: 'Make-up working day (National Day)' });
    expect(enEv.find((e) => e.start === '2026-10-06')!.summary).toBe('National Day (day off, in lieu)');
    expect(enEv.find((e) => e.start === '2026-01-01')!.summary).toBe("New Year's Day (day off)");
  });

  it('CAL-01 UIDs are stable per day: a sub-range gives the same events with the same UIDs', () => {
    const all = events(zh);
    const oct = events(calendarToICalendar({ from: '2026-09-15', to: '2026-10-15' }));
    expect(oct).toEqual(all.filter((e) => e.start >= '2026-09-15' && e.start <= '2026-10-15').map((e) => ({ ...e })));
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' })).toBe(zh); // pure: same input, same text
  });

  it('CAL-01 CRLF line ends, no line longer than 75 octets, unfolded text intact', () => {
    expect(zh.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(zh.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of zh.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    // The 2015 Victory Day's name is long enough to be folded.
    const v = events(calendarToICalendar({ from: '2015-09-03', to: '2015-09-05' }));
    const n = '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日';
    // 09-04 is the weekday the notice made a rest day for 09-06 (inLieu, DUT-05); 09-03 the commemoration's own day.
    expect(v.map((e) => e.summary)).toEqual([`${n}（休）`, `${n}（调休）`, `${n}（休）`]);
    expect(v[2]!.description).toContain('国发明电〔2015〕1号');
  });

  it('CAL-01 a listed day cites its notice (provenance); a provisional year says so', () => {
    const d = events(calendarToICalendar({ from: '2005-12-31', to: '2005-12-31' }))[0]!;
    expect(d.summary).toBe('元旦调休上班（班）');
    expect(d.description).toContain('依据国办发明电〔2005〕35号：一、元旦：1月1日—3日放假，共3天。');
    expect(events(calendarToICalendar({ from: '2004-01-01', to: '2004-01-01', lang: 'en' }))[0]!.description).toBe('Per 国务院办公厅关于2004年部分节假日安排的通知: 一、元旦：1月1日放假。');
    const p = events(calendarToICalendar({ from: '2030-10-01', to: '2030-10-01', calendar: createCalendar({ outOfCoverage: 'provisional' }) }))[0]!;
    expect(p.description).toContain('暂定');
  });

  it('CAL-01 bad input is a GuifanError', () => {
    const bad = [
      () => calendarToICalendar({ from: '2026-10-02', to: '2026-10-01' }),
      () => calendarToICalendar({ from: '2026-02-30', to: '2026-10-01' }),
      () => calendarToICalendar({ from: '2026-01-01', to: '2027-01-01' }),
      () => calendarToICalendar({ from: '2026-01-01', to: '2026-01-02', lang: 'fr' as never }),
      () => calendarToICalendar(undefined as never),
      () => calendarToICalendar({ from: '2026-01-01', to: '2026-01-02', calendar: {} as never }),
    ];
    for (const f of bad) expect(f).toThrow(GuifanError);
  });

  it('CAL-01 property: every day range reads back with exactly its listed days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8400 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('zh-CN' as const, 'en' as const), (start, len, lang) => {
        const from = new Date(Date.UTC(2004, 0, 1 + start)).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2004, 0, 1 + Math.min(start + len, 8400))).toISOString().slice(0, 10);
        const ev = events(calendarToICalendar({ from, to, lang }));
        expect(ev.map((e) => e.start)).toEqual(daysBetween(from, to, { kinds: ['holiday', 'makeup-workday'] }).map((d) => d.date));
      }),
      { numRuns: 40 },
    );
  });
});

describe('CAL-01 guifan calendar ics', () => {
  it('CAL-01 prints the year’s feed; --lang en; --out writes the exact text', () => {
    const r = runGuifan(['calendar', 'ics', '2026']);
    expect(r.code).toBe(0);
    // the host ends each piece of output with "\n": the text's final "\r" makes the last CRLF
    expect(`${r.out}\n`).toBe(calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' }));
    const e = runGuifan(['calendar', 'ics', '2026', '--lang', 'en']);
    expect(events(`${e.out}\n`).find((x) => x.start === '2026-10-01')!.summary).toBe('National Day (day off)');
    const w = runGuifan(['calendar', 'ics', '2026', '--out', 'h.ics'], {}, { writable: true });
    expect(w.written['h.ics']).toBe(calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' }));
  });

  it('CAL-01 a year without data is provisional and says so on stderr; a bad year is a usage error', () => {
    const r = runGuifan(['calendar', 'ics', '2030']);
    expect([r.code, r.err]).toEqual([0, '! 2030 年：数据中尚无正式安排，日历为暂定（仅法定假日）']);
    expect(events(`${r.out}\n`).some((x) => x.start === '2030-10-01')).toBe(true);
    expect(runGuifan(['calendar', 'ics']).code).toBe(2);
    expect(runGuifan(['calendar', 'ics', '26']).code).toBe(2);
  });
});

// Issue 26 item 9: RFC 5545 §3.1 — every content line ends with CRLF, the last one included.
const root = join(__dirname, '..', '..');
const crlfOnly = (t: string): boolean => t.endsWith('\r\n') && !/[^\r]\n|\r(?!\n)/.test(t);

describe('CAL-01 every .ics guifan writes ends each line with CRLF (RFC 5545 §3.1)', () => {
  it('CAL-01 calendarToICalendar and the meeting invitation share one writer: CRLF after every line, the last too', () => {
    expect(crlfOnly(calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' }))).toBe(true);
    const invite = toICalendar({ id: 'm-1', title: '安全例会', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', convener: { name: '王五', email: 'wang@example.com' }, attendees: [] });
    expect([crlfOnly(invite), invite.endsWith('END:VCALENDAR\r\n')]).toEqual([true, true]);
  });

  it('CAL-01 guifan calendar ics 2026 on standard output (the built command): END:VCALENDAR\\r\\n, no bare LF', () => {
    expect(existsSync(join(root, 'dist/bin.js')), 'run `npm run build` first').toBe(true);
    const r = spawnSync(process.execPath, [join(root, 'dist/bin.js'), 'calendar', 'ics', '2026'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(crlfOnly(r.stdout)).toBe(true);
    expect(r.stdout).toBe(calendarToICalendar({ from: '2026-01-01', to: '2026-12-31' }));
  });
});
