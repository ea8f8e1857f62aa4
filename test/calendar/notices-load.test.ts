import { describe, expect, it } from 'vitest';
import { addWorkdays, chinaCalendar, createCalendar, explainAddWorkdays, isGuifanError, parseHolidayNotice } from '../../src/index';
import type { ValidationIssue } from '../../src/index';
import { ILLUSTRATIVE_2027, noticeText } from './_notices';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('CAL-02 createCalendar({ notices }): read, check and load a notice in one step', () => {
  it('CAL-02 the illustrative 2027 notice (NOT the official one) reads clean under the 2024 rules', () => {
    const n = parseHolidayNotice(ILLUSTRATIVE_2027);
    expect(n.year).toBe(2027);
    expect(n.issues).toEqual([]);
    expect(n.holidays).toHaveLength(29);
    expect(n.workdays.map((d) => d.date)).toEqual(['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09']);
  });

  it('CAL-02 addWorkdays(2026-12-30, 3) answers from the loaded notice, not provisionally', () => {
    const calendar = createCalendar({ notices: [ILLUSTRATIVE_2027] });
    expect(calendar.coverage).toEqual({ start: '2004-01-01', end: '2027-12-31' });
    expect(addWorkdays('2026-12-30', 3, { calendar })).toBe('2027-01-05');
    const e = explainAddWorkdays('2026-12-30', 3, { calendar });
    expect(e.provisional).toBe(false);
    expect(e.skipped.map((d) => `${d.date}:${d.kind}:${d.name ?? ''}:${d.source}`)).toEqual(['2027-01-01:holiday:元旦:overlay', '2027-01-02:holiday:元旦:overlay', '2027-01-03:holiday:元旦:overlay']);
    expect(calendar.dayInfo('2027-02-20')).toMatchObject({ kind: 'makeup-workday', name: '春节', source: 'overlay', provisional: false });
    // Without the notice the same question throws (CAL-02) or comes back provisional.
    expect(thrown(() => addWorkdays('2026-12-30', 3))).toMatchObject({ code: 'CALENDAR_NOT_COVERED' });
    expect(explainAddWorkdays('2026-12-30', 3, { calendar: createCalendar({ outOfCoverage: 'provisional' }) }).provisional).toBe(true);
  });

  it('CAL-02 the calendar keeps the years read, so createCalendar(cal.options) rebuilds it', () => {
    const cal = createCalendar({ notices: [ILLUSTRATIVE_2027] });
    expect(cal.options.notices).toBeUndefined();
    const again = createCalendar(cal.options);
    expect(again.addWorkdays('2026-12-30', 3)).toBe('2027-01-05');
    expect(again.dayInfo('2027-02-05')).toEqual(cal.dayInfo('2027-02-05'));
  });

  it('CAL-02 the real 2026 notice loaded through notices gives the packaged 2026, day for day', () => {
    const cal = createCalendar({ notices: [noticeText(2026)] });
    const official = chinaCalendar();
    for (const d of cal.days('2026-01-01', '2026-12-31')) expect(d.workday, d.date).toBe(official.isWorkday(d.date));
    expect(cal.source.overlayYears).toEqual([2026]);
  });

  it('CAL-01 errors throw VALIDATION_FAILED listing every issue under notices.i', () => {
    const bad = ILLUSTRATIVE_2027.replace('1月1日（周五）', '1月1日（周四）').replace('共9天', '共8天');
    const e = thrown(() => createCalendar({ notices: [bad] }));
    expect(isGuifanError(e) && e.code).toBe('VALIDATION_FAILED');
    const issues = (e as { details: { issues: ValidationIssue[] } }).details.issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['NOTICE_WEEKDAY_MISMATCH', 'notices.0.line.2'],
      ['NOTICE_COUNT_MISMATCH', 'notices.0.line.3'],
    ]);
    expect((e as Error).message).toContain('notices.0.line.2：2027-01-01 注为“周四”，实为星期五');
  });

  it('CAL-02 warnings pass: a later adjustment pasted after the notice', () => {
    const adjusted = `${ILLUSTRATIVE_2027}\n经国务院批准，现将调整2027年劳动节放假安排通知如下。\n5月1日（周六）至4日（周二）放假调休，共4天。`;
    const cal = createCalendar({ notices: [adjusted] });
    expect(cal.isWorkday('2027-05-05')).toBe(true);
    expect(cal.isWorkday('2027-05-08')).toBe(false);
  });

  it('CAL-02 days of the December before are loaded too (2022年12月31日至2023年1月2日 style)', () => {
    const text = ILLUSTRATIVE_2027.replace('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '一、元旦：2026年12月31日（周四）至2027年1月3日（周日）放假调休，共4天。2026年12月27日（周日）上班。');
    const n = parseHolidayNotice(text);
    expect(n.issues).toEqual([]);
    expect(n.outside).toEqual({ holidays: [{ date: '2026-12-31', name: '元旦', nameEn: "New Year's Day" }], workdays: [{ date: '2026-12-27', name: '元旦', nameEn: "New Year's Day" }] });
    const cal = createCalendar({ notices: [text] });
    expect([cal.isWorkday('2026-12-31'), cal.isWorkday('2026-12-27')]).toEqual([false, true]);
  });

  it('CAL-02 one year given twice is refused', () => {
    expect(thrown(() => createCalendar({ notices: [ILLUSTRATIVE_2027, ILLUSTRATIVE_2027] }))).toMatchObject({ code: 'INVALID_CALENDAR_OPTIONS' });
    expect(thrown(() => createCalendar({ notices: [ILLUSTRATIVE_2027], years: { 2027: { holidays: [], workdays: [] } } }))).toMatchObject({ code: 'INVALID_CALENDAR_OPTIONS' });
    expect(thrown(() => createCalendar({ notices: [42 as never] }))).toMatchObject({ code: 'INVALID_CALENDAR_OPTIONS' });
  });
});
