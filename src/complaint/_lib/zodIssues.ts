import type * as z from 'zod/mini';
import { parseBilingual } from '../../_lib/zodIssues';
import { makeIssue, type ValidationIssue } from './makeIssue';
import type { RuleId } from '../../errors/types';

/**
 * Structural problems of `input` against a zod/mini schema as coded issues
 * (`INVALID_INPUT`), both languages (guifan's shared wording, no zod locale
 * bundled), skipping paths for which `skip` says a more precise issue was
 * already reported.
 */
export function zodIssues(
  schema: z.ZodMiniType,
  input: unknown,
  rule: RuleId | undefined,
  skip: (path: readonly (string | number)[]) => boolean = () => false,
): { success: true; data: unknown } | { success: false; issues: ValidationIssue[] } {
  const r = parseBilingual(schema, input);
  if (r.success) return { success: true, data: r.data };
  const issues: ValidationIssue[] = [];
  for (const p of r.problems) {
    if (skip(p.path)) continue;
    const where = p.path.join('.');
    issues.push(
      makeIssue('INVALID_INPUT', p.path, { value: p.value, reasonZh: `${where || '(根)'}：${p.message['zh-CN']}`, reasonEn: `${where || '(root)'}: ${p.message.en}` }, rule),
    );
  }
  return { success: false, issues };
}
