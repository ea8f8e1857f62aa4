import { describe, expect, it } from 'vitest';
import { runGuifan } from './_helpers/cli';
import { ILLUSTRATIVE_2027 } from './calendar/_notices';

const run = (args: string[], files: Record<string, string> = {}, writable = true) => ({ ...runGuifan(args, files, { writable }), files });

describe('CAL-02 guifan calendar import | show', () => {
  it('CAL-02 import prints the year as JSON with its issues; --out writes the year file', () => {
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': ILLUSTRATIVE_2027 });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { year: number; holidays: unknown[]; workdays: unknown[]; issues: unknown[] };
    expect([report.year, report.holidays.length, report.workdays.length, report.issues]).toEqual([2027, 29, 5, []]);
    expect(r.err).toBe('2027 年：29 个放假日，5 个调休上班日 → 2027.json');
    const file = JSON.parse(r.files['2027.json']!) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['holidays', 'workdays']);
  });

  it('CAL-02 import: days of the December before stay out of the year file, and are named', () => {
    const text = ILLUSTRATIVE_2027.replace('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '一、元旦：2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天。2026年12月27日（周日）上班。');
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': text });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { outside: unknown }).outside).toEqual({ holidays: [{ date: '2026-12-31', name: '元旦', nameEn: "New Year's Day" }], workdays: [{ date: '2026-12-27', name: '元旦', nameEn: "New Year's Day" }] });
    expect(Object.keys(JSON.parse(r.files['2027.json']!) as object)).toEqual(['holidays', 'workdays']);
    expect(r.err).toContain('! 2026-12-31 休、2026-12-27 班：属于前一年 12 月，不在 2027.json 中');
  });

  it('CAL-01 import of a notice with errors: exit 1, the issues listed, no file written', () => {
    const r = run(['calendar', 'import', 'notice.txt', '--out', '2027.json', '--lang', 'en'], { 'notice.txt': ILLUSTRATIVE_2027.replace('共9天', '共8天') });
    expect(r.code).toBe(1);
    expect(r.err).toContain('✗ [NOTICE_COUNT_MISMATCH CAL-01] line.3: Spring Festival: the notice says 8 days but 2027-02-05 to 2027-02-13 is 9 days');
    expect(r.err).toContain('1 error(s): 2027.json not written');
    expect(r.files['2027.json']).toBeUndefined();
    expect(run(['calendar', 'import', 'notice.txt', '--out', 'x.json'], { 'notice.txt': ILLUSTRATIVE_2027 }, false).code).toBe(2);
  });

  it('CAL-02 show prints a month grid with 休 and 班 marked, from the year file', () => {
    const imported = run(['calendar', 'import', 'notice.txt', '--out', '2027.json'], { 'notice.txt': ILLUSTRATIVE_2027 });
    const r = run(['calendar', 'show', '2027', '--years', '2027.json'], { '2027.json': imported.files['2027.json']! });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['2027年1月', ' 一   二   三   四   五   六   日', ' '.repeat(20) + ' 1休  2休  3休', ' 4    5    6    7    8    9   10']);
    expect(r.out).toContain('31班');
    expect(r.out).toContain('一、元旦：1月1日（周五）至3日（周日）放假，共3天。');
    // The whole import report is accepted as a year file too.
    expect(run(['calendar', 'show', '2027', '--years', 'r.json'], { 'r.json': imported.out }).out).toBe(r.out);
  });

  it('CAL-02 show without a year file uses the packaged data; English marks', () => {
    const r = run(['calendar', 'show', '2026', '--lang', 'en']);
    expect(r.out.split('\n').slice(0, 3)).toEqual(['January 2026', ' Mo  Tu  We  Th  Fr  Sa  Su', '             1H  2H  3H  4W']);
    // A year without data: provisional, and said so.
    expect(run(['calendar', 'show', '2028']).out).toContain('暂定');
  });

  it('CAL-02 usage errors exit 2', () => {
    expect(run(['calendar']).code).toBe(2);
    expect(run(['calendar', 'import']).code).toBe(2);
    expect(run(['calendar', 'show', 'next']).code).toBe(2);
    expect(run(['calendar', 'import', 'missing.txt']).code).toBe(2);
    expect(run(['--help']).out).toContain('guifan calendar import <notice.txt>');
  });
});
