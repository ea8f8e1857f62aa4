import { describe, expect, it } from 'vitest';
import { parseMeetingNotice, type ValidationIssue } from '../../src/index';

// Issue 10 item 2: chat-style notices, read against now = 2026-10-08 10:00 in Shanghai (a Thursday).
const now = '2026-10-08T10:00+08:00';
const absent = (issues: readonly ValidationIssue[]) => issues.filter((i) => i.code === 'NOT_IN_TEXT').map((i) => i.path[0]);
const unread = (issues: readonly ValidationIssue[]) => issues.filter((i) => i.code === 'UNREADABLE_TEXT').map((i) => [i.details.text, i.details.start, i.details.end]);

describe('MTG-01 issue 10: chat notices lose nothing silently', () => {
  it('MTG-01 issue 10 example 1: 明天下午三点在303开会', () => {
    const r = parseMeetingNotice('明天下午三点在303开会', { now });
    expect(r.draft).toEqual({ date: '2026-10-09', start: '15:00', venue: '303' });
    expect(unread(r.issues)).toEqual([]);
    expect(absent(r.issues)).toEqual(['title', 'end', 'attendees', 'agenda']);
  });
  it('MTG-01 issue 10 example 2: 下周一上午十点在二楼会议室召开周例会', () => {
    const r = parseMeetingNotice('下周一上午十点在二楼会议室召开周例会', { now });
    expect(r.draft).toEqual({ date: '2026-10-12', weekday: '周一', start: '10:00', venue: '二楼会议室', title: '周例会' });
    expect(absent(r.issues)).toEqual(['end', 'attendees', 'agenda']);
    expect(r.issues.every((i) => i.code === 'NOT_IN_TEXT')).toBe(true);
  });
  it('MTG-01 issue 10 example 3: 今天14:00-15:00 在一号会议室开安全会', () => {
    const r = parseMeetingNotice('今天14:00-15:00 在一号会议室开安全会', { now });
    expect(r.draft).toEqual({ date: '2026-10-08', start: '14:00', end: '15:00', venue: '一号会议室', title: '安全会' });
    expect(r.issues.map((i) => i.code)).toEqual(['NOT_IN_TEXT', 'NOT_IN_TEXT']);
    expect(absent(r.issues)).toEqual(['attendees', 'agenda']);
  });
  it('MTG-01 issue 10 example 4: 定于二〇二六年十月十二日上午九时在第一会议室召开会议', () => {
    const r = parseMeetingNotice('定于二〇二六年十月十二日上午九时在第一会议室召开会议', { now });
    // “会议” alone names no meeting: no title, and the notice is told so.
    expect(r.draft).toEqual({ date: '2026-10-12', start: '09:00', venue: '第一会议室' });
    expect(absent(r.issues)).toEqual(['title', 'end', 'attendees', 'agenda']);
    expect(unread(r.issues)).toEqual([]);
  });
  it('MTG-01 issue 10 example 5: 10月12日（周一）9:00—11:30 十二楼会议室 季度会', () => {
    const r = parseMeetingNotice('10月12日（周一）9:00—11:30 十二楼会议室 季度会', { year: 2026 });
    expect(r.draft).toEqual({ date: '2026-10-12', weekday: '周一', start: '09:00', end: '11:30', venue: '十二楼会议室', title: '季度会' });
    expect(absent(r.issues)).toEqual(['attendees', 'agenda']);
    expect(parseMeetingNotice('10月12日（周一）9:00—11:30 十二楼会议室 季度会', { now }).draft).toEqual(r.draft);
  });
  it('MTG-01 never an empty issue list beside a half-empty draft', () => {
    for (const text of ['明天下午三点在303开会', '三点', '天气不错', '', '303']) {
      const r = parseMeetingNotice(text, { now });
      const missing = ['title', 'date', 'start', 'end', 'venue', 'attendees', 'agenda'].filter((k) => !(k in r.draft));
      expect(absent(r.issues)).toEqual(missing);
    }
  });
});

describe('MTG-01 unread text comes back with its UTF-16 span', () => {
  it('MTG-01 spans point into the original text, full-width and emoji included', () => {
    const text = '📢 明天下午三点 ３０３ 着正装 🙏';
    const r = parseMeetingNotice(text, { now });
    expect(r.draft).toEqual({ date: '2026-10-09', start: '15:00', venue: '３０３' }); // as written: matched half-width, returned full-width
    expect(unread(r.issues)).toEqual([['着正装', 14, 17]]); // 📢 is two UTF-16 units
    expect(text.slice(14, 17)).toBe('着正装');
  });
  it('MTG-01 spans count from the start of the whole text, across lines', () => {
    const text = '会议时间：明天下午3点\r\n会议地点：三楼\n手机静音';
    const r = parseMeetingNotice(text, { now });
    expect(unread(r.issues)).toEqual([['手机静音', 21, 25]]);
    expect(text.slice(21, 25)).toBe('手机静音');
    expect(r.issues.find((i) => i.code === 'UNREADABLE_TEXT')!.path).toEqual(['lines', 2]);
  });
  it('MTG-01 a part of the day without a clock time is reported as such', () => {
    const r = parseMeetingNotice('明天下午 303', { now });
    expect(r.issues[0]).toMatchObject({ code: 'UNREADABLE_TEXT', details: { text: '下午', start: 2, end: 4 } });
    expect(r.issues[0]!.message['zh-CN']).toBe('无法识别：下午（只有时段，没有具体钟点）');
  });
  it('MTG-01 a second, different date is reported, not silently dropped', () => {
    const r = parseMeetingNotice('明天下午三点（原定10月12日）303', { now });
    expect(r.draft.date).toBe('2026-10-09');
    expect(r.issues[0]!.details).toMatchObject({ text: '原定' });
    expect(r.issues[1]!.message.en).toBe('Could not read: 10月12日 (conflicts with the date read before (2026-10-09); not used)');
  });
  it('MTG-01 a deadline (10月15日前) is not the day of the meeting; a length is not a title', () => {
    const r = parseMeetingNotice('请于10月15日前提交材料，会议定于10月16日上午九点', { now });
    expect(r.draft).toEqual({ date: '2026-10-16', start: '09:00' });
    expect(r.issues[0]).toMatchObject({ code: 'UNREADABLE_TEXT', details: { text: '10月15日前', start: 2, end: 9, reasonEn: 'a deadline (before …), not the day of the meeting' } });
    expect(parseMeetingNotice('明天开2小时的会', { now }).draft).toEqual({ date: '2026-10-09' });
  });
  it('MTG-01 no such day, no such time: reported', () => {
    expect(unread(parseMeetingNotice('10月32日下午三点 303', { now }).issues)).toEqual([['10月32日', 0, 6]]);
    expect(unread(parseMeetingNotice('10月15日 25点 三楼会议室', { now }).issues)).toEqual([['25点', 7, 10]]);
  });
});

describe('MTG-01 relative days against now, in the calendar zone', () => {
  const day = (text: string, n = now) => parseMeetingNotice(text, { now: n }).draft.date;
  it.each([
    ['今天', '2026-10-08'],
    ['明天', '2026-10-09'],
    ['后天', '2026-10-10'],
    ['大后天', '2026-10-11'],
    ['今晚', '2026-10-08'],
    ['明早', '2026-10-09'],
    ['本周一', '2026-10-05'],
    ['这周五', '2026-10-09'],
    ['这个星期天', '2026-10-11'],
    ['下周一', '2026-10-12'],
    ['下个礼拜三', '2026-10-14'],
    ['下周日', '2026-10-18'],
    ['下下周三', '2026-10-21'],
    ['上周五', '2026-10-02'],
    ['周四', '2026-10-08'],
    ['周五', '2026-10-09'],
    ['周二', '2026-10-13'],
    ['下个月5号', '2026-11-05'],
    ['下下个月1号', '2026-12-01'],
    ['本月20日', '2026-10-20'],
    ['15号', '2026-10-15'],
    ['8号', '2026-10-08'],
    ['5号', '2026-11-05'],
  ])('MTG-01 %s is %s (now: Thursday 2026-10-08)', (word, date) => {
    expect(day(`${word}上午十点 303`)).toBe(date);
  });
  it('MTG-01 now is read in Asia/Shanghai by default, whatever the host zone', () => {
    // 17:30 UTC on the 8th is 01:30 on the 9th in Shanghai.
    expect(day('今天上午十点', '2026-10-08T17:30Z')).toBe('2026-10-09');
    expect(parseMeetingNotice('今天上午十点', { now: '2026-10-08T17:30Z', timeZone: 'UTC' }).draft.date).toBe('2026-10-08');
    expect(parseMeetingNotice('今天上午十点', { now: new Date(Date.UTC(2026, 9, 8, 17, 30)) }).draft.date).toBe('2026-10-09');
  });
  it('MTG-01 the year of a date written without one: the option, else the one nearest now', () => {
    expect(day('1月5日上午九点', '2026-12-30T09:00+08:00')).toBe('2027-01-05');
    expect(day('12月28日上午九点', '2027-01-03T09:00+08:00')).toBe('2026-12-28');
    expect(parseMeetingNotice('1月5日上午九点', { now: '2026-12-30T09:00+08:00', year: 2026 }).draft.date).toBe('2026-01-05');
    expect(day('下个月5号', '2026-12-30T09:00+08:00')).toBe('2027-01-05');
    expect(day('下个月31号', '2026-10-08T10:00+08:00')).toBeUndefined(); // November has 30 days: reported
  });
  it('MTG-01 without now a relative day is reported, never guessed', () => {
    const r = parseMeetingNotice('明天下午三点在303开会');
    expect(r.draft).toEqual({ start: '15:00', venue: '303' });
    expect(r.issues[0]).toMatchObject({ code: 'UNREADABLE_TEXT', details: { text: '明天', start: 0, end: 2, reasonEn: 'a relative day needs the now option' } });
  });
  it('MTG-01 bad options are issues, never exceptions', () => {
    expect(parseMeetingNotice('明天', { now: '2026-10-08 10:00' }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'now'] });
    expect(parseMeetingNotice('明天', { now, timeZone: 'Mars/Olympus' }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'timeZone'] });
    expect(parseMeetingNotice('10月8日', { year: 2026.5 }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'year'] });
    expect(parseMeetingNotice('明天', { now, calendar: {} as never }).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'calendar'] });
    expect(parseMeetingNotice('明天', null as never).issues[0]).toMatchObject({ code: 'UNREADABLE_TEXT', details: { text: '明天' } });
  });
});

describe('MTG-01 clock times: Chinese numerals and the conventions for ambiguous ones', () => {
  const at = (text: string) => {
    const d = parseMeetingNotice(text, { now }).draft;
    return d.end ? `${d.start}-${d.end}` : d.start;
  };
  it.each([
    ['三点', '15:00'], // an hour 1–6 with no part of the day is read in the afternoon
    ['七点', '07:00'], // 7–12 as written
    ['08:00', '08:00'],
    ['十点半', '10:30'],
    ['九时', '09:00'],
    ['九时三十分', '09:30'],
    ['两点一刻', '14:15'],
    ['三点三刻', '15:45'],
    ['十二点', '12:00'],
    ['十点零五分', '10:05'],
    ['上午九点', '09:00'],
    ['早上8点', '08:00'],
    ['凌晨五点', '05:00'],
    ['中午十二点', '12:00'],
    ['中午一点', '13:00'], // 中午 + 1–4 is the afternoon
    ['中午十一点半', '11:30'],
    ['下午三点', '15:00'],
    ['下午14点', '14:00'],
    ['晚上八点', '20:00'],
    ['晚上十二点', '24:00'], // midnight at the end of that day
    ['3pm', '15:00'],
    ['10:30am', '10:30'],
    ['12pm', '12:00'],
    ['下午三点到五点', '15:00-17:00'],
    ['上午十点到十二点', '10:00-12:00'],
    ['上午11点到下午1点', '11:00-13:00'],
    ['上午十点到两点', '10:00-14:00'],
    ['9:00—11:30', '09:00-11:30'],
    ['9-11点', '09:00-11:00'],
    ['3pm-5pm', '15:00-17:00'],
    ['下午3点，约1.5小时', '15:00-16:30'],
    ['下午3点 45分钟', '15:00-15:45'],
  ])('MTG-01 %s is %s', (text, expected) => {
    expect(at(`10月9日${text} 303`)).toBe(expected);
  });
  it('MTG-01 a length without a start is not invented into an end', () => {
    const r = parseMeetingNotice('开一个半小时', { now });
    expect(r.draft).toEqual({});
    expect(unread(r.issues).map((u) => u[0])).toEqual(['开一个半小时']);
  });
});
