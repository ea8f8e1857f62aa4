/**
 * Corrections to the packaged data (chinese-days), each with its provenance:
 * the notice's number, the sentence that decides the day, and why the data is
 * wrong. They are applied when a year of the data is decoded, so `dayInfo`
 * says `source: 'correction'` and every explanation that lists the day cites
 * the notice (CAL-01).
 */

/** One corrected day. */
export interface Correction {
  readonly date: string;
  readonly kind: 'holiday' | 'makeup-workday';
  /** The holiday (for a make-up day: the holiday it serves), as the notice writes it. */
  readonly name: string;
  readonly nameEn: string;
  /** A rest day given in exchange for a weekend day worked or moved (调休). @default false */
  readonly inLieu?: boolean;
  /** The notice's document number, e.g. `国办发明电〔2005〕35号`. */
  readonly notice: string;
  /** The notice's sentence that decides the day, verbatim. */
  readonly sentence: string;
  /** What the packaged data says and why it is wrong. */
  readonly reason: string;
  readonly reasonEn: string;
}

const VICTORY_70: readonly [string, string] = [
  '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
  'Victory Day (70th anniversary of the War of Resistance against Japanese Aggression and the World Anti-Fascist War)',
];

/** A weekend day inside a notice's holiday block that the data leaves out (“…至…放假”). */
function inBlock(date: string, [name, nameEn]: readonly [string, string], notice: string, sentence: string, dayZh: string, dayEn: string, listedZh: string, listedEn: string): Correction {
  return {
    date,
    kind: 'holiday',
    name,
    nameEn,
    notice,
    sentence,
    reason: `${dayZh}在通知的放假期间内；chinese-days 数据列出了${listedZh}，漏列此日。`,
    reasonEn: `${dayEn} lies inside the notice’s holiday block; the chinese-days data lists ${listedEn} but not this day.`,
  };
}

const NOTICE_2006 = '国办发明电〔2005〕35号';
const SENTENCE_2006 = '将12月31日(星期六)、1月1日(星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班';
const DRAGON_BOAT: readonly [string, string] = ['端午节', 'Dragon Boat Festival'];

/** Every correction, in date order. */
export const CORRECTIONS: readonly Correction[] = [
  {
    date: '2005-12-31',
    kind: 'makeup-workday',
    name: '元旦',
    nameEn: "New Year's Day",
    notice: NOTICE_2006,
    sentence: SENTENCE_2006,
    reason: '通知明定12月31日(星期六)上班（元旦调休）；chinese-days 数据未列此日，按周末休息计。',
    reasonEn: 'The notice makes Saturday 31 December a working day (New Year make-up day); the chinese-days data omits it and treats it as a weekend day.',
  },
  ...(['2006-01-02', '2006-01-03'] as const).map(
    (date): Correction => ({
      date,
      kind: 'holiday',
      name: '元旦',
      nameEn: "New Year's Day",
      inLieu: true,
      notice: NOTICE_2006,
      sentence: SENTENCE_2006,
      reason: '通知将两个公休日调至1月2日、3日：二者是调休日；chinese-days 数据列为假日但未标为调休（2007年同样的安排则标了）。',
      reasonEn: 'The notice moves the two weekend days to 2 and 3 January, so both are in-lieu rest days; the chinese-days data lists them as holidays without the in-lieu flag (it sets it for the same arrangement in 2007).',
    }),
  ),
  inBlock('2011-06-05', DRAGON_BOAT, '国办发明电〔2010〕40号', '端午节：6月4日至6日放假公休，共3天', '6月5日(星期日)', 'Sunday 5 June', '6月4日和6日', '4 and 6 June'),
  inBlock('2012-06-23', DRAGON_BOAT, '国办发明电〔2011〕45号', '端午节：6月22日至24日放假公休，共3天', '6月23日(星期六)', 'Saturday 23 June', '6月22日和24日', '22 and 24 June'),
  inBlock('2015-09-05', VICTORY_70, '国发明电〔2015〕1号', '9月3日至5日调休放假，共3天', '9月5日(星期六)', 'Saturday 5 September', '9月3日和4日', '3 and 4 September'),
];

/**
 * Holiday names as the notices write them (the data shortens some), with
 * English names: data name → [zh, en].
 */
export const NAME_CORRECTIONS: Readonly<Record<string, readonly [string, string]>> = {
  清明: ['清明节', 'Tomb-sweeping Day'],
  端午: ['端午节', 'Dragon Boat Festival'],
  中秋: ['中秋节', 'Mid-autumn Festival'],
  [VICTORY_70[0]]: VICTORY_70,
};
