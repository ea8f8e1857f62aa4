import { parseCivilDate } from '../../_lib/civil';
import type { LocalizedText, RuleId } from '../../errors/types';
import { isOwnDay } from './payFlags';
import type { CivilDate, DayInfo } from '../types';

/**
 * What work on a day is paid as (DUT-04, DUT-05): a statutory holiday
 * (法定休假日), a rest day (休息日: weekends, the moved weekend days of a holiday
 * block, an organisation's own rest days) or a working day (工作日, make-up
 * working days included).
 *
 * @example
 * [payClassOf('2026-10-01').payClass, payClassOf('2026-10-05').payClass, payClassOf('2026-10-10').payClass]
 * //=> ['statutory-holiday', 'rest-day', 'working-day']
 */
export type PayClass = 'statutory-holiday' | 'rest-day' | 'working-day';

/**
 * A day's pay class with its reasons.
 *
 * @example
 * const p = payClassOf('2026-10-05');
 * [p.payClass, p.percent, p.holiday, p.rules] //=> ['rest-day', 200, '国庆节', ['DUT-04', 'DUT-05']]
 */
export interface PayClassInfo {
  readonly date: CivilDate;
  readonly payClass: PayClass;
  /**
   * The least pay for work that day under DUT-04, in percent of the hourly wage:
   * 300 on a statutory holiday (compensatory rest is no substitute), 200 on a rest
   * day when no compensatory rest is given, 150 for hours beyond normal hours on a
   * working day (normal hours on a working day earn the ordinary wage).
   */
  readonly percent: 300 | 200 | 150;
  /** DUT-04 (the rates) and DUT-05 (which days are statutory). */
  readonly rules: readonly RuleId[];
  /** The holiday's name when the day belongs to one (a make-up working day: the holiday it serves). */
  readonly holiday: string | undefined;
  readonly holidayEn: string | undefined;
  /** What decides the class: the law (statutory days), the yearly notice (moved days), the weekly rule, the organisation. */
  readonly basis: 'law' | 'notice' | 'weekly-rule' | 'organisation';
  /** The notice's document number (文号) when the calendar knows it for this day. */
  readonly notice: string | undefined;
  /** `true` when the year has no published notice: only the statutory days are certain (CAL-02). */
  readonly provisional: boolean;
  /** The day as the calendar sees it. */
  readonly day: DayInfo;
  /** Why, in 简体中文 and English, citing the law or the notice. */
  readonly reason: LocalizedText;
}

const WEEK_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEK_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RULES: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['DUT-04', 'DUT-05'] as RuleId[]);

/** The text of 全国年节及纪念日放假办法 in force in a year (DUT-05). */
export function holidayLawOf(year: number): LocalizedText {
  const rev = year >= 2025 ? 2024 : year >= 2014 ? 2013 : year >= 2008 ? 2007 : 1999;
  return rev === 1999
    ? { 'zh-CN': '《全国年节及纪念日放假办法》（1999 年）第二条', en: 'Art. 2 of 全国年节及纪念日放假办法 (1999)' }
    : { 'zh-CN': `《全国年节及纪念日放假办法》（${rev} 年修订）第二条`, en: `Art. 2 of 全国年节及纪念日放假办法 (as revised in ${rev})` };
}

/** The notice that decides a day, when the calendar knows its number. */
const noticeOf = (d: DayInfo): string | undefined => d.notice?.number ?? d.correction?.notice;

/**
 * The pay class of one day (DUT-04, DUT-05), from the calendar's answer for it.
 * `weeklyRest` is the calendar's weekend (0 = Sunday). One object literal per
 * class (an object spread costs microseconds here; this is O(1) like isWorkday).
 */
export function payClassOfDay(d: DayInfo, weeklyRest: readonly number[]): PayClassInfo {
  const notice = noticeOf(d);
  const holiday = d.kind === 'holiday' || d.kind === 'makeup-workday' ? d.name : undefined;
  const holidayEn = holiday === undefined ? undefined : (d.nameEn ?? d.name);
  const make = (payClass: PayClass, percent: 300 | 200 | 150, basis: PayClassInfo['basis'], zh: string, en: string): PayClassInfo =>
    Object.freeze({ date: d.date, payClass, percent, rules: RULES, holiday, holidayEn, basis, notice, provisional: d.provisional, day: d, reason: Object.freeze({ 'zh-CN': zh, en }) });
  if (d.statutory) {
    const law = holidayLawOf(Number(d.date.slice(0, 4)));
    return make(
      'statutory-holiday',
      300,
      'law',
      `${d.date} 是法定休假日（${d.name ?? '法定节日'}），依据${law['zh-CN']}；安排工作应支付不低于 300% 的工资报酬，补休不能代替（DUT-04、DUT-05）`,
      `${d.date} is a statutory holiday (${d.nameEn ?? d.name ?? 'statutory'}) under ${law.en}: work pays at least 300 %, compensatory rest is no substitute (DUT-04, DUT-05)`,
    );
  }
  const noticeZh = notice ? `（${notice}）` : '';
  const noticeEn = notice ? ` (${notice})` : '';
  const markZh = d.provisional ? '（暂定：该年尚无放假安排通知）' : '';
  const markEn = d.provisional ? ' (provisional: no notice for this year yet)' : '';
  if (!d.workday) {
    const rest = (basis: PayClassInfo['basis'], zh: string, en: string): PayClassInfo =>
      make(
        'rest-day',
        200,
        basis,
        `${d.date} 是休息日：${zh}${markZh}；安排工作又不能安排补休的，支付不低于 200% 的工资报酬（DUT-04、DUT-05）`,
        `${d.date} is a rest day: ${en}${markEn}; work without compensatory rest pays at least 200 % (DUT-04, DUT-05)`,
      );
    const name = d.name ?? '';
    const nameEn = d.nameEn ?? name;
    if (d.inLieu) return rest('notice', `${name}假期中由当年放假安排通知${noticeZh}调作休息日的工作日，不是法定休假日`, `a weekday of the ${nameEn} holiday made a rest day by the year's notice${noticeEn}, not a statutory day`);
    if (!weeklyRest.includes(d.weekday) && d.kind === 'holiday' && isOwnDay(parseCivilDate(d.date)!)) {
      return rest('notice', `国务院决定的全国放假日（${name}），不是《全国年节及纪念日放假办法》规定的法定休假日${noticeZh}`, `a national day off decided by the State Council (${nameEn}), not a statutory day the 办法 names${noticeEn}`);
    }
    if (!weeklyRest.includes(d.weekday)) return rest('organisation', `本单位的休息日（${name}），不是法定休假日`, `the organisation's own rest day (${nameEn}), not a statutory day`);
    if (d.kind === 'holiday') return rest('weekly-rule', `周${WEEK_ZH[d.weekday]}，在${name}假期内，不是法定休假日`, `a ${WEEK_EN[d.weekday]} inside the ${nameEn} holiday, not a statutory day`);
    return rest('weekly-rule', `周${WEEK_ZH[d.weekday]}，每周休息日`, `a ${WEEK_EN[d.weekday]}, the weekly rest day`);
  }
  const makeup = d.kind === 'makeup-workday';
  return make(
    'working-day',
    150,
    makeup ? (d.source === 'overlay' && !d.name ? 'organisation' : 'notice') : 'weekly-rule',
    `${d.date} 是工作日${makeup ? `（${d.name ?? ''}调休上班${noticeZh}，按普通工作日计）` : ''}${markZh}；正常工作时间以外延长工作时间的，支付不低于 150% 的工资报酬（DUT-04、DUT-05）`,
    `${d.date} is a working day${makeup ? ` (a make-up working day for ${d.nameEn ?? d.name ?? 'a holiday'}${noticeEn}, an ordinary working day)` : ''}${markEn}; hours beyond normal hours pay at least 150 % (DUT-04, DUT-05)`,
  );
}
