import type { z } from 'zod/mini';
import { parseBilingual } from '../../_lib/zodIssues';
import { makeIssue, type ValidationIssue } from '../../errors/issues';
import type { RuleId } from '../../errors/types';

/** Parses `input` with a schema; on failure, `INVALID_INPUT` issues under `root` with both messages. */
export function parseOrIssues<S extends z.ZodMiniType>(schema: S, input: unknown, root: (string | number)[], rule: RuleId): { data?: z.output<S>; issues: ValidationIssue[] } {
  // parseBilingual reads any zod 4 schema; its declared parameter type is the classic one.
  const p = parseBilingual(schema as never, input) as { success: true; data: z.output<S> } | { success: false; problems: { path: (string | number)[]; value: unknown; message: { 'zh-CN': string; en: string } }[] };
  if (p.success) return { data: p.data, issues: [] };
  return {
    issues: p.problems.map((x) => makeIssue('INVALID_INPUT', [...root, ...x.path], { value: x.value, reasonZh: x.message['zh-CN'], reasonEn: x.message.en }, rule)),
  };
}

/** success = no issue of severity 'error'. */
export const succeeded = (issues: readonly ValidationIssue[]): boolean => !issues.some((i) => i.severity === 'error');
