import fc from 'fast-check';
import type { FuzzCases } from '../types';

// Pieces of real notices, shuffled and glued: almost-notices with odd dates, brackets and counts.
const piece = fc.constantFrom(
  '国务院办公厅关于2027年部分节假日安排的通知\n',
  '一、元旦：',
  '二、春节：',
  '中秋节、国庆节：',
  '“五一”：',
  '1月1日（周五）',
  '2月30日',
  '12月31日(星期六)',
  '13月1日',
  '29日',
  '至',
  '———',
  '～',
  '放假调休，',
  '放假，与周末连休。',
  '补休。',
  '共9天。',
  '共十天。',
  '上班。',
  '将4月28日（星期六)、29日（星期日）两个公休日调至5月4日（星期五)',
  '（农历腊月二十八、周日）',
  '（农历除夕）',
  '延长2027年春节假期至2月2日（星期日），',
  '现将调整2027年劳动节放假安排通知如下。\n',
  '\n',
  '。',
);
const noticeLike = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

// Almost holiday-cn year files and almost chinese-days answers.
const dateish = fc.oneof(fc.constantFrom('2027-01-01', '2027-01-31', '2027-02-30', '2026-12-31', '2025-05-01', '2027-10-01', 'x'), fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10)));
const holidayCnFile = fc.record({
  year: fc.constantFrom(2027, 2026, 2028, 1999, '2027'),
  papers: fc.constant([]),
  days: fc.array(fc.record({ name: fc.constantFrom('元旦', '春节', '国庆节、中秋节', '“五一”', '', 'x'), date: dateish, isOffDay: fc.oneof(fc.boolean(), fc.constant('yes')) }), { maxLength: 30 }),
});
const dayDetail = fc.oneof(
  fc.record({ work: fc.boolean(), name: fc.constantFrom('Monday', 'Saturday', "New Year's Day,元旦,1", 'National Day,国庆节,3', 'x,清明,1') }),
  fc.constantFrom(undefined, null, 'x', { work: 'yes', name: 1 }),
);

export const cases: FuzzCases = {
  parseHolidayNotice: {
    kind: 'function',
    near: [
      fc.tuple(noticeLike),
      fc.tuple(noticeLike, fc.record({ year: fc.integer({ min: 1990, max: 2110 }), name: fc.constantFrom('元旦', '春节', '国庆节', '', '公司年会') }, { requiredKeys: [] })),
      fc.tuple(fc.string({ maxLength: 200 }), fc.record({ year: fc.oneof(fc.integer(), fc.double()) })),
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 300 })),
    ],
  },
  fromHolidayCn: {
    kind: 'function',
    near: [
      fc.tuple(holidayCnFile),
      fc.tuple(fc.array(holidayCnFile, { maxLength: 3 }), fc.constantFrom({}, { years: [2027] }, { years: [2026, 2027] }, { years: [1990] }, { years: 'x' }, null)),
    ],
  },
  fromChineseDays: {
    kind: 'function',
    near: [
      fc.tuple(fc.record({ getDayDetail: fc.func(dayDetail) })),
      fc.tuple(fc.record({ default: fc.record({ getDayDetail: fc.func(dayDetail) }) }), fc.constantFrom({}, { years: [2027] }, { years: [2030, 2031] }, { years: [] })),
    ],
  },
  formatHolidayNotice: {
    kind: 'function',
    near: [fc.tuple(fc.integer({ min: 1990, max: 2035 })), fc.tuple(fc.oneof(fc.double(), fc.integer()), fc.constantFrom({}, { calendar: undefined }, { calendar: {} }, null))],
  },
};
