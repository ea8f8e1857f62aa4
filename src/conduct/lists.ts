import type { ServiceLanguageList } from './schema';
import { deepFreeze } from '../_lib/freeze';

// Contexts in which 不知道 asks politely rather than refuses (不知道您方便吗).
const POLITE_WONDER = ['不知道您', '不知道是否', '不知道能否', '不知道方不方便', '不知道可不可以', '不知道这样'];
// Contexts in which 不清楚 asks whether the customer understood (您还有哪里不清楚吗).
const ASKING_UNDERSTOOD = ['哪里不清楚', '什么不清楚', '有不清楚', '不清楚的地方', '不清楚吗', '不清楚的话', '听不清楚'];

/**
 * 服务禁用语 (SVC-02), error level: what a service centre or hotline agent must
 * never say. From 000_f2b4871b7e896d5d.txt 客服基本服务规范 二 (服务禁用语),
 * 002_673a1afb47376297.txt (接待规范: 你不是说XX吗? …), 003_a81383e5793b87b0.txt
 * 三10 (服务忌语: 我不知道、这不是我管的事等推诿的语言); the rows marked
 * “variant” are the same refusal in other common words.
 *
 * @example
 * SERVICE_FORBIDDEN_PHRASES.level //=> 'error'
 * SERVICE_FORBIDDEN_PHRASES.entries.some((e) => e.phrase === '不归我管') //=> true
 * checkServiceLanguage('这不归我管', { lists: [SERVICE_FORBIDDEN_PHRASES] }).success //=> false
 */
export const SERVICE_FORBIDDEN_PHRASES = /* @__PURE__ */ deepFreeze({
  id: 'service-forbidden',
  name: '服务禁用语',
  nameEn: 'Forbidden service phrases',
  level: 'error',
  rule: 'SVC-02',
  source: '000_f2b4871b7e896d5d.txt 客服基本服务规范 二; 002_673a1afb47376297.txt; 003_a81383e5793b87b0.txt 三10',
  entries: [
    // 不管 + 多/什么/是/怎样 … means “whatever/regardless”: 我们不管多晚都会回电.
    { phrase: '我们不管', allow: ['我们不管多', '我们不管什么', '我们不管是', '我们不管怎', '我们不管如何', '我们不管几', '我们不管哪', '我们不管刮风'] },
    { phrase: '我不管', allow: ['我不管多', '我不管什么', '我不管是', '我不管怎', '我不管如何', '我不管几', '我不管哪'], note: 'variant' },
    { phrase: '跟我们没关系' },
    { phrase: '和我们没关系', note: 'variant' },
    { phrase: '跟我们没有关系', note: 'variant' },
    { phrase: '和我们没有关系', note: 'variant' },
    { phrase: '与我们无关', note: 'variant' },
    { phrase: '不关我们的事', note: 'variant' },
    { phrase: '没办法解决' },
    { phrase: '没有办法解决', note: 'variant' },
    { phrase: '随便', allow: ['请随便', '随便坐', '随便看', '随便挑'] },
    { phrase: '不清楚', allow: ASKING_UNDERSTOOD },
    { phrase: '不知道', allow: POLITE_WONDER },
    { phrase: '不是我管的' },
    { phrase: '这不是我管的事', note: '003 三10' },
    { phrase: '不归我管', note: 'variant' },
    { phrase: '不是我们管的', note: 'variant' },
    { phrase: '不可能' },
    { phrase: '你不是说…吗' },
    { phrase: '您不是说…吗', note: 'variant' },
    { phrase: '不是告诉你了,怎么还不明白?' },
    { phrase: '不是告诉过你了', note: 'variant' },
    { phrase: '怎么还不明白', note: 'variant' },
    { phrase: '大点声,听不见!' },
    { phrase: '大点声', note: 'variant' },
    { phrase: '大声点', note: 'variant' },
    { phrase: '不是我办的' },
  ],
} as const satisfies ServiceLanguageList);

/**
 * Words the property department's complaint reception asks its staff to avoid
 * with complainants (SVC-02, advice level): 禁止使用“不、不懂、不行、不对、不会、
 * 不知道、不是我管的、不过、不可能、真的吗?、可是、但是、等词汇”与客人交谈
 * (001_f1a9feac3a503ef4.txt 第三篇 1(2)). The single word 不 counts only as a
 * word of its own (不，…), never inside 不客气、不好意思、对不起、不用谢.
 *
 * @example
 * PROPERTY_AVOIDED_WORDS.level //=> 'advice'
 * checkServiceLanguage('不，这个不行', { lists: [PROPERTY_AVOIDED_WORDS] }).findings.map((f) => f.phrase) //=> ['不', '不行']
 * checkServiceLanguage('不好意思，让您久等了', { lists: [PROPERTY_AVOIDED_WORDS] }).findings //=> []
 */
export const PROPERTY_AVOIDED_WORDS = /* @__PURE__ */ deepFreeze({
  id: 'property-avoided',
  name: '物业部接待投诉忌用词汇',
  nameEn: 'Words to avoid with complainants (property department)',
  level: 'advice',
  rule: 'SVC-02',
  source: '001_f1a9feac3a503ef4.txt 第三篇 1(2)',
  entries: [
    // The polite refusal the seeds themselves recommend: 不，我心领了，谢谢您的美意！ (004 感谢语 3).
    { phrase: '不', match: 'standalone', allow: ['不,我心领了'] },
    { phrase: '不懂', allow: ['不懂的地方', '看不懂', '有不懂', '听不懂的话'] },
    { phrase: '不行', allow: ['不行的话', '行不行'] },
    { phrase: '不对', allow: ['对不对', '不对外'] },
    // Reassurances: 不会再发生、不会影响您、不会收取费用.
    { phrase: '不会', allow: ['不会再', '不会影响', '不会收取', '会不会', '不会耽误', '不会产生', '不会泄露', '不会给您', '不会让您', '不会忘记', '不会停'] },
    { phrase: '不知道', allow: POLITE_WONDER },
    { phrase: '不是我管的' },
    { phrase: '不过', allow: ['不过来', '再好不过', '不过期', '忙不过', '再合适不过'] },
    { phrase: '不可能' },
    { phrase: '真的吗?' },
    { phrase: '可是' },
    { phrase: '但是' },
  ],
} as const satisfies ServiceLanguageList);

/**
 * Both lists, error level first: the default of {@link checkServiceLanguage}.
 *
 * @example
 * SERVICE_LANGUAGE_LISTS.map((l) => [l.id, l.level]) //=> [['service-forbidden', 'error'], ['property-avoided', 'advice']]
 */
export const SERVICE_LANGUAGE_LISTS: readonly ServiceLanguageList[] = /* @__PURE__ */ deepFreeze([SERVICE_FORBIDDEN_PHRASES, PROPERTY_AVOIDED_WORDS]);
