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
  formatHolidayNotice: {
    kind: 'function',
    near: [fc.tuple(fc.integer({ min: 1990, max: 2035 })), fc.tuple(fc.oneof(fc.double(), fc.integer()), fc.constantFrom({}, { calendar: undefined }, { calendar: {} }, null))],
  },
};
