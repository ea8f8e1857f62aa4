/**
 * Traditional → simplified forms of the characters used by complaint keywords
 * (many seed texts circulate in traditional characters). Deliberately small:
 * it covers the default taxonomy's keywords, not Chinese at large.
 */
const TRADITIONAL = '電維態費門綠潔裝業盜車報質滲聲擾鄰寵樓燈監對講隱員罵禮議應復覆給說錯誤稱價發滯納違規劃鑽牆壞臟異衛掃蟲樹雜氣訊寬網訴處關紹還沒麼個們這裡從時間無長壓閘邊頭過進遲際師來髒掛斷惡嗎層戶飲熱線訪話問請題區務專強滿極災損賠償傷屬廣場單設備';
const SIMPLIFIED = '电维态费门绿洁装业盗车报质渗声扰邻宠楼灯监对讲隐员骂礼议应复复给说错误称价发滞纳违规划钻墙坏脏异卫扫虫树杂气讯宽网诉处关绍还没么个们这里从时间无长压闸边头过进迟际师来脏挂断恶吗层户饮热线访话问请题区务专强满极灾损赔偿伤属广场单设备';

const simplify = (c: string): string => {
  const i = TRADITIONAL.indexOf(c);
  return i < 0 ? c : SIMPLIFIED[i]!;
};

/**
 * Normalised text for matching: NFKC (full-width → half-width), lower case,
 * traditional → simplified for the keyword characters, whitespace removed;
 * `map[i]` is the offset in the original text (UTF-16) of normalised char `i`,
 * `end[i]` the offset just after it.
 */
export function normalise(text: string): { text: string; start: number[]; end: number[] } {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const next = offset + ch.length;
    const n = ch.normalize('NFKC').toLowerCase();
    for (const c of n) {
      if (/\s/u.test(c)) continue;
      out.push(simplify(c));
      start.push(offset);
      end.push(next);
    }
    offset = next;
  }
  return { text: out.join(''), start, end };
}

/** A keyword normalised the same way (no offsets). */
export const normaliseKeyword = (k: string): string => normalise(k).text;
