import type * as z from 'zod/mini';
import { parseBilingual } from '../../_lib/zodIssues';
import { makeIssue, type ValidationIssue } from '../../errors/issues';
import type { RuleId } from '../../errors/types';

// parseBilingual is typed for classic zod schemas; a zod/mini schema has the same
// runtime core (safeParse, issues), so the cast only bridges the two type families.
type ClassicSchema = Parameters<typeof parseBilingual>[0];

/** Parses with a zod/mini schema; on failure, `INVALID_INPUT` issues in both languages under `root`. */
export function parseOrIssues<S extends z.ZodMiniType>(schema: S, input: unknown, root: readonly (string | number)[], rule?: RuleId): { data?: z.output<S>; issues: ValidationIssue[] } {
  const p = parseBilingual(schema as unknown as ClassicSchema, input);
  if (p.success) return { data: p.data as z.output<S>, issues: [] };
  return { issues: p.problems.map((x) => makeIssue('INVALID_INPUT', [...root, ...x.path], { value: x.value, reasonZh: x.message['zh-CN'], reasonEn: x.message.en }, rule)) };
}
