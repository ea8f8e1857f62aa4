import { minutesOfDay } from '../_lib/civil';
import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { validationResult, type MeetingValidation } from './_lib/common';
import { parseMini } from './_lib/boundary';
import { MinutesSchema, type Minutes } from './schema';

const REQUIRED: [keyof Minutes, string, string][] = [
  ['date', '会议时间（日期）', 'the time (date)'],
  ['start', '会议时间（开始）', 'the time (start)'],
  ['venue', '会议地点', 'the venue'],
  ['attendees', '出席人员', 'the attendees'],
  ['content', '会议内容', 'the content'],
  ['conclusions', '会议结论', 'the conclusions'],
  ['opinions', '主要意见', 'the main opinions'],
  ['process', '会议过程', 'the process'],
  ['paperNo', '统一编号的记录纸编号', 'the number of the uniform numbered paper'],
  ['confidentiality', '主持人确定的保密范围', 'the confidential scope defined by the chair'],
  ['keeper', '原件保管人', 'the designated keeper of the original'],
];

/**
 * Checks minutes for the records MTG-07 requires: time, venue, attendees,
 * content, conclusions, main opinions and process; on numbered uniform paper,
 * with the confidential scope the chair defined and a designated keeper of
 * the original.
 *
 * @param minutes - {@link Minutes}
 * @returns `{ success, issues }`: success when no issue is an error; `MISSING_ITEM` issues (and `END_NOT_AFTER_START`)
 * @example
 * validateMinutes({ date: '2026-10-08', start: '14:30', venue: '三楼会议室' }).issues.map((i) => i.path[0])
 * //=> ['attendees', 'content', 'conclusions', 'opinions', 'process', 'paperNo', 'confidentiality', 'keeper']
 */
export function validateMinutes(minutes: Minutes): MeetingValidation {
  return validationResult(issuesOf(minutes));
}

function issuesOf(minutes: Minutes): ValidationIssue[] {
  const parsed = parseMini(MinutesSchema, minutes, [], 'MTG-07');
  if (!parsed.data) return parsed.issues;
  const m = parsed.data;
  const issues: ValidationIssue[] = [];
  for (const [k, itemZh, itemEn] of REQUIRED) {
    const v = m[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) issues.push(makeIssue('MISSING_ITEM', [k], { itemZh, itemEn }, 'MTG-07'));
  }
  if (m.start && m.end && minutesOfDay(m.end) <= minutesOfDay(m.start)) issues.push(makeIssue('END_NOT_AFTER_START', ['end'], { value: m.end, start: m.start, end: m.end }, 'MTG-07'));
  return issues;
}
