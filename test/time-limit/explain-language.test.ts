import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import { explainDue, explainLatestStart } from '../../src/time-limit';

// The English explanation was “Calendar: 中国大陆, …”: the default calendar's
// name is now translated; a name the host gave is a proper name and is kept.
describe('TL-05 explanations name the calendar in the language of the text', () => {
  it('the default calendar is “mainland China” in English and 中国大陆 in Chinese', () => {
    const e = explainDue('2026-09-30T16:00+08:00', '1个工作日内');
    expect(e.text.en).toMatch(/Calendar: mainland China, data /);
    expect(e.text.en).not.toMatch(/中国大陆/);
    expect(e.text['zh-CN']).toMatch(/日历：中国大陆，数据 /);
    const l = explainLatestStart('2026-10-08T14:00+08:00', '提前两天');
    expect(l.text.en).toMatch(/Calendar: mainland China, data State Council notices /);
    // The Chinese text named the packaged data in English (“数据 State Council notices”) for a latest start.
    expect(e.text['zh-CN']).toMatch(/数据 国务院节假日安排通知 /);
    expect(l.text['zh-CN']).toMatch(/日历：中国大陆，数据 国务院节假日安排通知 /);
  });

  it('a calendar named by the host keeps its name in both languages', () => {
    const calendar = createCalendar({ name: '某物业公司' });
    const e = explainDue('2026-09-30T16:00+08:00', '1个工作日内', { calendar });
    expect(e.text.en).toMatch(/Calendar: 某物业公司, data /);
    expect(e.text['zh-CN']).toMatch(/日历：某物业公司，/);
  });
});
