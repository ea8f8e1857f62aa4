// The packaged data is generated from the State Council's notices
// (src/calendar/notices). chinese-days (pinned devDependency) and holiday-cn
// (../shared/data/holiday-cn) are cross-checks: where they differ from the
// notices, the difference is listed here, day by day, with the reason.
import raw from 'chinese-days/dist/chinese-days.json';

export const CHINESE_DAYS = raw as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };

/** A day as a data set labels it: its kind and, for a listed day, the holiday's name. */
export interface Label {
  kind: 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
  name?: string;
}

export interface Difference {
  date: string;
  /** What the notice says (the packaged data). */
  notices: Label;
  /** What chinese-days@1.5.7 says. */
  chineseDays: Label;
  /** The notice's words. */
  sentence: string;
  why: string;
}

const joinedWeekend = (date: string, name: string, sentence: string): Difference => ({
  date,
  notices: { kind: 'weekend' },
  chineseDays: { kind: 'holiday', name },
  sentence,
  why: '“X月X日放假，与周末连休”: one day off, and the weekend it joins stays a weekend — as chinese-days itself has it in 2016, 2018 and 2024',
});

/**
 * Every day 2004-01-01…2026-12-31 where chinese-days@1.5.7 and the notices
 * disagree on the kind of day or its holiday. Only 2005-12-31 differs in
 * working status; the rest are rest days either way. Names are compared
 * without the notices' 节 (chinese-days writes 清明, 端午, 中秋).
 */
export const CHINESE_DAYS_DIFFERENCES: readonly Difference[] = [
  {
    date: '2005-12-31',
    notices: { kind: 'makeup-workday', name: '元旦' },
    chineseDays: { kind: 'weekend' },
    sentence: '将12月31日(星期六)、1月1日(星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班。',
    why: 'the 2006 notice (国办发明电〔2005〕35号) makes Saturday 31 December a working day; chinese-days leaves it out and rests',
  },
  {
    date: '2009-10-03',
    notices: { kind: 'holiday', name: '国庆节' },
    chineseDays: { kind: 'holiday', name: '中秋' },
    sentence: '六、国庆节、中秋节：10月1日至8日放假，共8天。',
    why: 'statutory for both holidays of the combined line: named after the holiday with most statutory days in the block, as chinese-days names 2020-10-01',
  },
  {
    date: '2011-06-05',
    notices: { kind: 'holiday', name: '端午节' },
    chineseDays: { kind: 'weekend' },
    sentence: '五、端午节：6月4日至6日放假公休，共3天。',
    why: 'the Sunday inside “6月4日至6日放假” is a day of the holiday; chinese-days lists 4 and 6 June only',
  },
  {
    date: '2012-06-23',
    notices: { kind: 'holiday', name: '端午节' },
    chineseDays: { kind: 'weekend' },
    sentence: '五、端午节：6月22日至24日放假公休，共3天。',
    why: 'the Saturday inside “6月22日至24日放假” is a day of the holiday; chinese-days lists 22 and 24 June only',
  },
  {
    date: '2015-06-21',
    notices: { kind: 'holiday', name: '端午节' },
    chineseDays: { kind: 'weekend' },
    sentence: '五、端午节：6月20日放假，6月22日（星期一）补休。',
    why: 'the Sunday between the day off and its 补休 is part of the break — as chinese-days itself has 2014-04-06 (“4月5日放假，4月7日补休”)',
  },
  {
    date: '2015-09-05',
    notices: { kind: 'holiday', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' },
    chineseDays: { kind: 'weekend' },
    sentence: '9月3日至5日调休放假，共3天。',
    why: 'the Saturday inside “9月3日至5日调休放假” (国发明电〔2015〕1号) is a day of the commemoration; chinese-days lists 3 and 4 September only',
  },
  ...['2019-04-06', '2019-04-07'].map((d) => joinedWeekend(d, '清明', '三、清明节：4月5日放假，与周末连休。')),
  ...['2019-06-08', '2019-06-09'].map((d) => joinedWeekend(d, '端午', '五、端午节：6月7日放假，与周末连休。')),
  ...['2019-09-14', '2019-09-15'].map((d) => joinedWeekend(d, '中秋', '六、中秋节：9月13日放假，与周末连休。')),
];

/**
 * `inLieu` (a weekday the notice makes a rest day that is not one of the law's
 * days) is derived, not copied: chinese-days' `inLieuDays` marks only some of
 * those days (those it counts as exchanged for a make-up day, not the 补休 for
 * a statutory day on a weekend), and one day the notices' data does not:
 * 2022-02-03, 正月初三 — a statutory day under the 2013 text (初一–初三), which
 * chinese-days reads by the 2007 text (除夕–初二).
 */
export const CHINESE_DAYS_IN_LIEU_NOT_OURS: readonly string[] = ['2022-02-03'];

/** chinese-days' label of a day: its kind and name (`'清明'`), without the English. */
export function chineseDaysLabel(date: string, weekday: number): Label {
  const label = CHINESE_DAYS.workdays[date] ?? CHINESE_DAYS.holidays[date];
  if (label === undefined) return { kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday' };
  return { kind: date in CHINESE_DAYS.workdays ? 'makeup-workday' : 'holiday', name: label.split(',')[1]! };
}

/** Names compared without the notices' trailing 节 (清明节 / 清明). */
export const bare = (n: string | undefined): string => (n ?? '').replace(/节$/, '');

/** Whether chinese-days' working status of a day is the notices' (every day but 2005-12-31). */
export function chineseDaysWorkday(date: string, weekday: number): boolean {
  const d = CHINESE_DAYS_DIFFERENCES.find((x) => x.date === date);
  const kind = d ? d.notices.kind : chineseDaysLabel(date, weekday).kind;
  return kind === 'workday' || kind === 'makeup-workday';
}
