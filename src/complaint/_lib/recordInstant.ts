import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';
import { MS_PER_DAY } from '../../_lib/civil';
import { formatInstant } from '../../_lib/formatInstant';
import { parseInstantText } from '../../_lib/input';
import type { Zone } from '../../_lib/zone';

/**
 * Reads a record's instant: epoch ms, or the issue that says why not. Text
 * must carry an offset (a record is read wherever the host happens to run).
 */
export function readInstant(value: unknown, path: readonly (string | number)[], rule: RuleId): { ms: number } | { issue: ValidationIssue } {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return { issue: makeIssue('INVALID_INPUT', path, { value: 'Invalid Date', reasonZh: '无效的 Date 对象', reasonEn: 'invalid Date object' }, rule) };
    return { ms: t };
  }
  if (typeof value === 'string') {
    const p = parseInstantText(value);
    if (p === 'invalid') return { issue: makeIssue('INVALID_INPUT', path, { value, reasonZh: `时间 ${value} 不存在`, reasonEn: `no such time ${value}` }, rule) };
    if (p === undefined) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return { issue: makeIssue('MISSING_OFFSET', path, { value }, rule) };
      return { issue: makeIssue('INVALID_INPUT', path, { value, reasonZh: `应为带时区偏移的 ISO 时间，如 '2026-03-02T09:15+08:00'（收到 ${value}）`, reasonEn: `expected an ISO instant with an offset such as '2026-03-02T09:15+08:00' (got ${value})` }, rule) };
    }
    if (p.offsetMs === undefined) return { issue: makeIssue('MISSING_OFFSET', path, { value }, rule) };
    const ms = p.day * MS_PER_DAY + p.timeMs - p.offsetMs;
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return { issue: makeIssue('INVALID_INPUT', path, { value, reasonZh: '时间超出范围', reasonEn: 'time out of range' }, rule) };
    return { ms };
  }
  return { issue: makeIssue('INVALID_INPUT', path, { value, reasonZh: '应为带时区偏移的 ISO 时间或 Date', reasonEn: 'expected an ISO instant with an offset, or a Date' }, rule) };
}

/** Messages show instants as China wall time with its offset (`'2026-03-02T09:15:00+08:00'`): the seeds' zone. */
export function isoIn(zone: Zone): (ms: number) => string {
  return (ms) => formatInstant(ms, zone);
}
