import { tryEpochMs } from '../_lib/input';
import { formatChineseDate } from './formatChineseDate';
import { personName, weekdayOf, WEEKDAY_ZH } from './_lib/common';
import { formatInstant } from '../_lib/formatInstant';
import { createZone } from '../_lib/zone';
import { noticeOrThrow } from './_lib/boundary';
import type { MeetingNotice } from './schema';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number): string => (i < 10 ? ORDINALS[i]! : i < 19 ? `十${ORDINALS[i - 10]}` : String(i + 1));

/**
 * Writes a notice in standard Chinese form, with dates as GB/T 9704 writes them
 * (`2026年10月8日（星期四）`) and the weekday computed from the date. Every item
 * of MTG-01 gets its own labelled line, so {@link parseMeetingNotice} reads
 * the text back into the same notice.
 *
 * @param notice - a {@link MeetingNotice}
 * @returns the notice text
 * @throws {GuifanError} `VALIDATION_FAILED` when `notice` is not a {@link MeetingNotice}
 * @example
 * renderMeetingNotice({ title: '安全例会', date: '2026-10-08', start: '14:30', end: '16:00', venue: '三楼会议室', attendees: ['张三', '李四'], agenda: ['国庆值班总结'], preparation: ['各部门准备值班记录'] }).split('\n')[3]
 * //=> '会议时间：2026年10月8日（星期四）14:30—16:00'
 */
export function renderMeetingNotice(notice: MeetingNotice): string;
// The implementation names its raw arguments …In: the checked values take the public names.
export function renderMeetingNotice(noticeIn: MeetingNotice): string {
  const notice = noticeOrThrow(noticeIn, 'MTG-01');
  const lines: string[] = [notice.title ? `关于召开${notice.title}的通知` : '会议通知', ''];
  if (notice.title) lines.push(`会议名称：${notice.title}`);
  if (notice.date || notice.start) {
    const wd = notice.date ? weekdayOf(notice.date) : undefined;
    const date = notice.date ? `${formatChineseDate(notice.date)}（${wd === undefined ? notice.weekday ?? '' : WEEKDAY_ZH[wd]}）` : '';
    const time = notice.start ? `${notice.start}${notice.end ? `—${notice.end}` : ''}` : '';
    lines.push(`会议时间：${date}${time}`);
  }
  if (notice.venue) lines.push(`会议地点：${notice.venue}`);
  if (notice.attendees?.length) lines.push(`参会人员：${notice.attendees.map(personName).join('、')}`);
  if (notice.chair) lines.push(`主持人：${personName(notice.chair)}`);
  if (notice.convener) lines.push(`召集人：${personName(notice.convener)}`);
  if (notice.agenda?.length) {
    lines.push('会议议程：');
    notice.agenda.forEach((a, i) => lines.push(`${ordinal(i)}、${a}`));
  }
  if (notice.preparation?.length) {
    lines.push('准备事项：');
    notice.preparation.forEach((p, i) => lines.push(`${i + 1}. ${p}`));
  }
  if (notice.minuteTaker) lines.push(`会议记录：${notice.minuteTaker}`);
  if (notice.seating) lines.push(`座次安排：${notice.seating}`);
  if (notice.speakingLimit) lines.push(`发言时间：每人不超过${notice.speakingLimit}分钟`);
  lines.push('请准时出席。不能出席或迟到者，请会前向会议主持人或召集人请假。');
  if (notice.issuedBy || notice.issuedAt) {
    lines.push('');
    if (notice.issuedBy) lines.push(notice.issuedBy);
    const t = notice.issuedAt === undefined ? undefined : tryEpochMs(notice.issuedAt);
    if (t !== undefined) lines.push(formatChineseDate(formatInstant(t, createZone(notice.timeZone ?? 'Asia/Shanghai')).slice(0, 10)));
  }
  return lines.join('\n');
}
