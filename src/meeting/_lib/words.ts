/**
 * The words of meeting notices (MTG-01): venue and title shapes, the people
 * words, the fillers that carry no field, and list splitting. Patterns only;
 * the recognisers that use them are in readItems.ts.
 */

// ---- venues, titles, attendees ---------------------------------------------

export const VENUE_SUFFIX =
  '(?:会议室|会议厅|报告厅|礼堂|多功能厅|大厅|培训室|活动室|办公室|教室|会客室|洽谈室|阅览室|接待室|讨论室|会堂|食堂|餐厅|会所|机房|大堂|前台|门口|广场|现场|工地|中心)';
export const ONLINE = '(?:在线会议|在线|腾讯会议|钉钉会议|钉钉视频|钉钉|飞书会议|飞书|企业微信|企微会议|视频会议|电话会议|线上|zoom|teams)';
export const VENUE_FULL = new RegExp(
  `^(?:[\\p{Script=Han}A-Za-z0-9#\\-·]{0,20}?${VENUE_SUFFIX}(?:[A-Za-z]|\\d{1,4})?|[A-Za-z]?\\d{3,4}(?:室|房间|会议室)?|[A-Za-z]座\\d{2,4}|[\\p{Script=Han}A-Za-z0-9]{0,12}?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:楼|层)(?:[A-Za-z]?\\d{2,4})?|[\\p{Script=Han}]{1,8}(?:室|厅|馆)|(?:\\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z])(?:号楼|栋|幢|座)(?:[A-Za-z]?\\d{2,4}室?)?|${ONLINE})$`,
  'iu',
);
export const VENUE_PREFIX = new RegExp(`^([\\p{Script=Han}A-Za-z0-9#\\-·]{0,20}?${VENUE_SUFFIX})(.+)$`, 'u');
export const TITLE_FULL =
  /^[\p{Script=Han}A-Za-z0-9·\-]{0,20}?(?:例会|周会|月会|晨会|早会|夕会|大会|会议|座谈会|研讨会|讨论会|交流会|分享会|沟通会|动员会|总结会|推进会|协调会|评审会|碰头会|启动会|复盘会|会|培训|演练|评审|复盘|述职|答辩|宣讲|面试|党日|团建|活动|聚餐|review|meeting|sync|standup)$/iu;
export const VERBS = ['参加', '召开', '举行', '举办', '进行', '开'];
export const PREP_START = /^(?:带上|带好|携带|自带|带|准备好|准备)./u;
export const AGENDA_START = /^(?:讨论|研究|部署|通报|学习|传达|审议|布置)./u;
export const GENERIC_TITLE = new Set(['会', '会议', '个会', '一个会', '开会', '短会', '小会', '个短会', '个小会', '会吧']);
export const PEOPLE_STOP = /^(?:于|在|到|准时|按时|届时|务必|提前|参加|出席|参会|到会|与会|开会|集合)/u;
export const NOT_PEOPLE = /组织|安排|通知|督促|带领|准备|带|自行/u;
export const GENERIC_PEOPLE = new Set(['大家', '各位', '所有人', '大伙', '你们', '同事们', '各位同事', '大家伙', '全体成员', '所有成员']);

export const SEP = /[^\p{L}\p{N}#_\-·@.]/u;
/** Words that carry no field: read (not reported) but not stored. */
const FILLERS = [
  '大家好', '各位好', '收到请回复', '收到请回', '收到回复', '请回复', '特此通知', '不见不散', '温馨提示', '辛苦了', '辛苦', '谢谢', '感谢',
  '麻烦', '请', '大家', '各位', '同事们', '同事', '准时参加', '准时出席', '准时', '按时', '务必', '记得', '提前', '开个会', '开会', '召开', '举行', '举办',
  '开', '会议', '通知', '提醒', '一下', '定于', '拟于', '将于', '将在', '届时', '于', '在', '到', '去', '从', '的', '了', '哈', '啊', '呀', '哦', '喔', '嗯', '吧',
  '呢', '哟', '参加', '出席', '参会', '与会', '到会', '好', '个', '一个', '短会', '小会', '等', '全体', '所有人', '重要', '紧急', '注意', '一起', '集合', '集中', '见',
  '开始', '进行', '兹定于', '兹', '特定于', '约', '大约', '预计', '时长', '左右', '开', '共', 'hi', 'Hi', 'HI', 'hello', 'Hello', '地点', '时间', '通知一下', '提醒一下', '碰头', '碰个头', '见面', '开个短会', '开个小会', '一次', '统一', '安排', '有', '要', '是', '哦哦', '啦', '么', '嘛', '噢', '各部门', '以上', '就', '还是', '老地方',
];
const FILLER_SET = new Set(FILLERS);
export const LEAD_STRIP = ['定于', '拟于', '将于', '将在', '麻烦', '请', '大家', '各位', '同事们', '准时', '按时', '务必', '记得', '届时', '统一', '一起', '到', '在', '去', '于', '地点', '地址'];
export const TRAIL_STRIP = ['定于', '拟于', '将于', '开个会', '开会', '集合', '集中', '碰头', '参加', '出席', '召开', '举行', '进行', '见', '开', '吧', '哈', '啊', '呀', '哦', '了', '的'];

/** Whether `s` splits wholly into filler words. */
export function allFiller(s: string): boolean {
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let l = 1; l <= 5 && i + l <= s.length; l++) if (FILLER_SET.has(s.slice(i, i + l))) ok[i + l] = true;
  }
  return ok[s.length]!;
}

export function stripWords(s: string, words: readonly string[], fromEnd: boolean): number {
  let n = 0;
  for (;;) {
    const rest = fromEnd ? s.slice(0, s.length - n) : s.slice(n);
    const w = words.find((x) => (fromEnd ? rest.endsWith(x) : rest.startsWith(x)) && rest.length > x.length);
    if (!w) return n;
    n += w.length;
  }
}

// A list of names or items: 张三、李四，王五 和 赵六.
const LIST_SEP = /[、，,；;\s]+|和|及|以及/g;

/** The spans of the items of a list, trimmed, in order (offsets into `s`). */
export function splitSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  let from = 0;
  LIST_SEP.lastIndex = 0;
  for (let m = LIST_SEP.exec(s); m; m = LIST_SEP.exec(s)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, s.length);
  return out;
}

/** The items of a list, trimmed. */
export const splitList = (s: string): string[] => splitSpans(s).map(([a, b]) => s.slice(a, b));
