import type { z } from 'zod/mini';
import { tryEpochMs } from '../../_lib/input';
import { parseBilingual } from '../../_lib/zodIssues';
import { makeIssue, type ValidationIssue } from '../../errors/issues';
import type { RuleId } from '../../errors/types';

/** Parses `input` with a schema; on failure, `INVALID_INPUT` issues under `root` with both messages. */
export function parseOrIssues<S extends z.ZodMiniType>(schema: S, input: unknown, root: (string | number)[], rule: RuleId): { data?: z.output<S>; issues: ValidationIssue[] } {
  // parseBilingual reads any zod 4 schema; its declared parameter type is the classic one.
  const p = parseBilingual(schema as never, input) as { success: true; data: z.output<S> } | { success: false; problems: { path: (string | number)[]; value: unknown; message: { 'zh-CN': string; en: string } }[] };
  if (p.success) return { data: p.data, issues: [] };
  return {
    issues: p.problems.map((x) => makeIssue('INVALID_INPUT', [...root, ...x.path], { value: echo(x.value), reasonZh: x.message['zh-CN'], reasonEn: x.message.en }, rule)),
  };
}

/** success = no issue of severity 'error'. */
export const succeeded = (issues: readonly ValidationIssue[]): boolean => !issues.some((i) => i.severity === 'error');

/** An instant of user data: a `Date`, ISO text with an offset, or epoch milliseconds; `undefined` when it is none. */
export function readInstant(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) <= 8.64e15 ? v : undefined;
  return tryEpochMs(v);
}

/** A user value as an issue may echo it: NaN, infinities and invalid dates as text. */
export function echo(v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v instanceof Date && Number.isNaN(v.getTime())) return 'Invalid Date';
  return v;
}
