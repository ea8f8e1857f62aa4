/**
 * Holiday names as the State Council's notices write them, with the spellings
 * older notices and chinese-days use (“五一”, 清明, 中秋 …) mapped onto them.
 */
export interface HolidayName {
  readonly name: string;
  readonly nameEn: string;
}

const CANONICAL: readonly HolidayName[] = [
  { name: '元旦', nameEn: "New Year's Day" },
  { name: '春节', nameEn: 'Spring Festival' },
  { name: '清明节', nameEn: 'Tomb-sweeping Day' },
  { name: '劳动节', nameEn: 'Labour Day' },
  { name: '端午节', nameEn: 'Dragon Boat Festival' },
  { name: '中秋节', nameEn: 'Mid-autumn Festival' },
  { name: '国庆节', nameEn: 'National Day' },
  { name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', nameEn: 'Victory Day (70th anniversary of the War of Resistance against Japanese Aggression and the World Anti-Fascist War)' },
];

const ALIASES: Readonly<Record<string, string>> = {
  新年: '元旦',
  清明: '清明节',
  五一: '劳动节',
  五一劳动节: '劳动节',
  五一国际劳动节: '劳动节',
  国际劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  十一: '国庆节',
  国庆: '国庆节',
  // holiday-cn's spelling of 2015's commemoration
  抗日战争暨世界反法西斯战争胜利70周年纪念日: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};

/** The notice's spelling of a holiday name, or `undefined` when it is not one of the known holidays. */
export function knownHoliday(raw: string): HolidayName | undefined {
  const bare = raw.replace(/[“”"'‘’\s]/g, '');
  const name = ALIASES[bare] ?? bare;
  return CANONICAL.find((c) => c.name === name);
}

/** A name as written, normalised when it is a known holiday (`“五一”` → `劳动节`). */
export function holidayName(raw: string): HolidayName {
  return knownHoliday(raw) ?? { name: raw.replace(/[“”"'‘’\s]/g, ''), nameEn: '' };
}
