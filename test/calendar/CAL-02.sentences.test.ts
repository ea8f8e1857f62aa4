// CAL-02 (issue 24): one arrangement sentence read without being told the
// holiday — the holiday is the one whose statutory days the rest block
// contains (statutoryHolidaysOf), or, for a sentence of make-up days alone, the
// one nearest them. Peer corpus: holiday-cn's own 49 sentences (2007–2025, no
// names), read with `{ year }` alone; skipped where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../src/index';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'data', 'holiday-cn', 'description_parsing_cases.json');

const weekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('CAL-02 one sentence without a holiday name', () => {
  it('CAL-02 the issue’s sentence: “1月1日（周三）放假1天，不调休。” with { year: 2025 } is 元旦', () => {
    const n = parseHolidayNotice('1月1日（周三）放假1天，不调休。', { year: 2025 });
    expect(n.issues).toEqual([]);
    expect(n.holidays).toEqual([{ date: '2025-01-01', name: '元旦', nameEn: "New Year's Day" }]);
  });

  it('CAL-02 a 元旦 sentence reaching into December, a combined 国庆节/中秋节 block, a make-up-only sentence', () => {
    const a = parseHolidayNotice('12月30日至1月1日放假调休，共3天。12月29日（星期六）上班。', { year: 2019 });
    expect([a.issues, a.holidays.map((d) => d.name), a.outside.holidays.map((d) => d.date), a.outside.workdays.map((d) => d.date)]).toEqual([[], ['元旦'], ['2018-12-30', '2018-12-31'], ['2018-12-29']]);
    const b = parseHolidayNotice('10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。', { year: 2020 });
    expect([b.issues, b.holidays.length, b.holidays[0]!.name, b.workdays.map((d) => d.name)]).toEqual([[], 8, '国庆节', ['国庆节', '国庆节']]);
    const c = parseHolidayNotice('1月4日（周日）上班。', { year: 2026 });
    expect([c.issues, c.holidays, c.workdays]).toEqual([[], [], [{ date: '2026-01-04', name: '元旦', nameEn: "New Year's Day" }]]);
  });

  it('CAL-02 no statutory day in the block, or no holiday within 45 days of a make-up day: NOTICE_UNREADABLE_LINE, as before', () => {
    // 2015's commemoration is no statutory holiday: its name must be given.
    expect(parseHolidayNotice('9月3日至5日调休放假，共3天。', { year: 2015 }).issues.map((i) => i.code)).toEqual(['NOTICE_UNREADABLE_LINE']);
    expect(parseHolidayNotice('9月3日至5日调休放假，共3天。', { year: 2015, name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' }).holidays.length).toBe(3);
    expect(parseHolidayNotice('3月7日至9日放假，共3天。', { year: 2026 }).issues.map((i) => i.code)).toEqual(['NOTICE_UNREADABLE_LINE']);
    expect(parseHolidayNotice('8月9日（周日）上班。', { year: 2026 }).issues.map((i) => i.code)).toEqual(['NOTICE_UNREADABLE_LINE']);
  });
});

describe.skipIf(!existsSync(corpus))('CAL-02 holiday-cn’s 49 sentences (2007–2025), read with { year } alone', () => {
  const cases = existsSync(corpus) ? (JSON.parse(readFileSync(corpus, 'utf8')) as { year: number; description: string; expected: { date: string; isOffDay: boolean }[] }[]) : [];

  it('CAL-02 all 49 read day for day, without an issue', () => {
    expect(cases.length).toBe(49);
    const wrong: string[] = [];
    for (const c of cases) {
      const n = parseHolidayNotice(c.description, { year: c.year });
      const ours = new Map<string, boolean>([...n.holidays, ...n.outside.holidays].map((d) => [d.date, true]));
      for (const d of [...n.workdays, ...n.outside.workdays]) ours.set(d.date, false);
      const theirs = new Map(c.expected.map((d) => [d.date, d.isOffDay]));
      const bad = [
        ...n.issues.map((i) => i.code),
        ...[...theirs].filter(([date, off]) => ours.get(date) !== off).map(([date, off]) => `${date} expected ${off ? 'off' : 'work'}`),
        // A weekend day inside a rest block that we list as rest is the same answer.
        ...[...ours].filter(([date, off]) => !theirs.has(date) && !(off && weekend(date))).map(([date]) => `${date} not expected`),
      ];
      if (bad.length) wrong.push(`${c.year} ${c.description}: ${bad.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
