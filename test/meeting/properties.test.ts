import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, parseMeetingNotice, renderMeetingNotice, toICalendar, validateMeetingNotice, type MeetingNotice } from '../../src/index';
import { civilDateBetween, plusDays, RUNS, weekdayOfIso } from '../_helpers/dates';

const WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
// Words drawn from CJK characters that are not delimiters or labels.
const word = fc.string({ unit: fc.constantFrom(...'安全生产例会工程部物业客服质量检查总结计划消防设施值班记录设备维修绿化保洁'.split('')), minLength: 2, maxLength: 8 });
const name = fc.string({ unit: fc.constantFrom(...'张王李赵钱孙周吴郑冯陈卫蒋沈韩杨朱秦尤许何吕施'.split('')), minLength: 2, maxLength: 3 });
const times = fc
  .tuple(fc.integer({ min: 8 * 4, max: 17 * 4 }), fc.integer({ min: 1, max: 12 }))
  .map(([q, len]) => {
    const s = q * 15;
    const e = Math.min(s + len * 15, 23 * 60 + 45);
    const f = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return [f(s), f(e)] as const;
  });
const cal = chinaCalendar();
const workday = civilDateBetween('2024-01-10', '2026-12-20').filter((d) => cal.isWorkday(d));

const noticeArb: fc.Arbitrary<MeetingNotice> = fc
  .record({
    title: word,
    date: workday,
    times,
    venue: word.map((w) => `${w}会议室`),
    attendees: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    agenda: fc.array(word, { minLength: 1, maxLength: 4 }),
    preparation: fc.array(word, { minLength: 1, maxLength: 3 }),
    chair: name,
    minuteTaker: name,
  })
  .map(({ times: [start, end], ...r }) => ({ ...r, start, end, weekday: WEEK[weekdayOfIso(r.date)]!, issuedBy: '总务科' }));

const OPTIONAL = ['title', 'end', 'venue', 'attendees', 'agenda', 'preparation', 'chair', 'minuteTaker'] as const;
/** Notices with some items left out, venues like 303 or A座1201, and the date sometimes missing. */
const partialArb: fc.Arbitrary<MeetingNotice> = fc
  .tuple(noticeArb, fc.subarray([...OPTIONAL]), fc.boolean(), fc.constantFrom('303', 'A座1201', '十二楼会议室', '腾讯会议'))
  .map(([n, drop, noDate, room]) => {
    const out: Record<string, unknown> = { ...n, venue: room };
    for (const k of drop) delete out[k];
    if (noDate) {
      delete out.date;
      delete out.weekday;
    }
    return out as MeetingNotice;
  });
const ITEMS = ['title', 'date', 'start', 'end', 'venue', 'attendees', 'agenda'];

// Text as people write it: full-width brackets, commas and letters, spaces inside, half-width too. The reader
// matches on a normalised copy and must hand back these characters unchanged (no colon, no date or time words:
// those are what the reader is for).
const WRITTEN = [...'安全生产例会工程部物业客服质量检查总结计划消防设施值班记录设备维修绿化保洁总部大楼东侧北京朝阳某路'];
const writtenText = (extra: readonly string[], separators: boolean) =>
  fc
    .array(fc.constantFrom(...WRITTEN, ...extra, ...(separators ? ['，', ',', '、', '；', '　', ' '] : [])), { minLength: 1, maxLength: 24 })
    .map((cs) => cs.join('').trim().replace(/[\s,，。;；、]+$/u, ''))
    .filter((t) => t.length > 0 && !/^[\s（(·]/u.test(t));
const MARKS = ['（', '）', '(', ')', 'Ａ', 'Ｂ', 'ｂ', '１', '２', '８', '8', '＃', '·', '“', '”', '《', '》', '！', '？'];
const personArb = writtenText(['Ａ', 'Ｂ', '·', '（', '）'], false).filter((t) => t.length <= 12);
const writtenArb: fc.Arbitrary<MeetingNotice> = fc
  .record({
    title: writtenText(MARKS, true),
    venue: writtenText(MARKS, true),
    attendees: fc.uniqueArray(personArb, { minLength: 1, maxLength: 4 }),
    agenda: fc.array(writtenText(MARKS, true), { minLength: 1, maxLength: 3 }),
    preparation: fc.array(writtenText(MARKS, true), { minLength: 1, maxLength: 2 }),
    chair: personArb,
    convener: personArb,
    minuteTaker: personArb,
    seating: writtenText(MARKS, true),
    issuedBy: fc.constantFrom('总务科', 'ＩＴ部', '客服中心', 'Ａ座物业处'),
    date: workday,
    times,
  })
  .map(({ times: [start, end], ...r }) => ({ ...r, start, end, weekday: WEEK[weekdayOfIso(r.date)]! }));

// Relative days: a reference that adds days to now's civil date in Asia/Shanghai (UTC+8, no DST since 1991),
// computed with UTC Date arithmetic only, independent of the library.
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const WD = ['一', '二', '三', '四', '五', '六', '日'];
const relArb = fc.oneof(
  fc.constantFrom(['今天', 0], ['明天', 1], ['后天', 2], ['大后天', 3]).map(([w, k]) => ({ word: w as string, ref: (today: string) => plusDays(today, k as number) })),
  fc.tuple(fc.constantFrom(['本周', 0], ['这周', 0], ['下周', 1], ['下下周', 2], ['下个星期', 1], ['下礼拜', 1]), fc.integer({ min: 0, max: 6 })).map(([[p, k], x]) => ({
    word: `${p as string}${WD[x]}`,
    ref: (today: string) => plusDays(today, -((weekdayOfIso(today) + 6) % 7) + 7 * (k as number) + x),
  })),
  fc.integer({ min: 0, max: 6 }).map((x) => ({ word: `周${WD[x]}`, ref: (today: string) => plusDays(today, (x - ((weekdayOfIso(today) + 6) % 7) + 7) % 7) })),
);

describe('meeting properties', () => {
  it('MTG-01 rendering a notice with items left out and parsing it back is the identity on its fields; the missing items are named', () => {
    fc.assert(
      fc.property(partialArb, (n) => {
        const { draft, issues } = parseMeetingNotice(renderMeetingNotice(n));
        expect(draft).toEqual(n);
        expect(issues.map((i) => [i.code, i.path[0]])).toEqual(ITEMS.filter((k) => !(k in n)).map((k) => ['NOT_IN_TEXT', k]));
      }),
      RUNS,
    );
  });
  it('MTG-01 a relative day is now\'s civil date in Asia/Shanghai plus the days it says, whatever the offset now is written with', () => {
    fc.assert(
      fc.property(relArb, fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 11, 1) }), fc.constantFrom('Z', '+08:00', '-05:00', '+14:00'), (rel, ms, off) => {
        const sign = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * Number(off.slice(1, 3));
        const local = new Date(ms + sign * 3_600_000).toISOString().slice(0, 16);
        const now = `${local}${off}`;
        const { draft } = parseMeetingNotice(`${rel.word}上午十点 303`, { now });
        expect(draft.date).toBe(rel.ref(shanghaiDate(ms)));
      }),
      RUNS,
    );
  });
  it('MTG-01 a notice generated from valid parts always validates', () => {
    fc.assert(fc.property(noticeArb, (n) => validateMeetingNotice(n).success && validateMeetingNotice(n).issues.length === 0), RUNS);
  });
  it('MTG-01 rendering then parsing gives the notice back', () => {
    fc.assert(
      fc.property(noticeArb, (n) => {
        const { draft, issues } = parseMeetingNotice(renderMeetingNotice(n));
        expect(issues).toEqual([]);
        expect(draft).toEqual(n);
      }),
      RUNS,
    );
  });
  it('MTG-01 round trip keeps what was written: parse(render(n)) returns every text field character for character', () => {
    fc.assert(
      fc.property(writtenArb, (n) => {
        const { draft, issues } = parseMeetingNotice(renderMeetingNotice(n));
        for (const key of ['title', 'venue', 'attendees', 'agenda', 'preparation', 'chair', 'convener', 'minuteTaker', 'seating', 'issuedBy', 'date', 'weekday', 'start', 'end'] as const) {
          expect(draft[key], key).toEqual(n[key]);
        }
        expect(draft).toEqual(n);
        expect(issues).toEqual([]);
      }),
      RUNS,
    );
  });
  it('MTG-06 the .ics round-trips through ical.js with the same fields', () => {
    fc.assert(
      fc.property(noticeArb, fc.nat({ max: 20 }), fc.constantFrom('REQUEST' as const, 'CANCEL' as const), (n, sequence, method) => {
        const withMail = { ...n, id: `m-${n.date}`, convener: { name: String(n.chair), email: 'convener@example.com' }, attendees: (n.attendees ?? []).map((a, i) => ({ name: String(a), email: `a${i}@example.com` })) };
        const ev = new ICAL.Component(ICAL.parse(toICalendar(withMail, { sequence, method }))).getFirstSubcomponent('vevent')!;
        const event = new ICAL.Event(ev);
        expect(event.summary).toBe(n.title);
        expect(event.location).toBe(n.venue);
        expect(event.uid).toBe(`m-${n.date}@guifan`);
        expect(event.sequence).toBe(sequence);
        expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(`${n.date}T${n.start}:00+08:00`));
        expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(`${n.date}T${n.end}:00+08:00`));
        expect(event.attendees.map((a) => a.getParameter('cn'))).toEqual(n.attendees);
        expect(ev.getFirstPropertyValue('status')).toBe(method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED');
      }),
      { numRuns: 150 },
    );
  });
});
