import * as z from 'zod/mini';
import { makeIssue, type ValidationIssue } from '../../errors/issues';
import type { RuleId } from '../../errors/types';

/**
 * Structural problems of `input` against a zod/mini schema as coded issues
 * (`INVALID_INPUT`), both languages, skipping paths for which `skip` says a
 * more precise issue was already reported.
 */
export function zodIssues(
  schema: z.ZodMiniType,
  input: unknown,
  rule: RuleId | undefined,
  skip: (path: readonly (string | number)[]) => boolean = () => false,
): { success: true; data: unknown } | { success: false; issues: ValidationIssue[] } {
  const en = schema.safeParse(input, { reportInput: true, error: z.locales.en().localeError });
  if (en.success) return { success: true, data: en.data };
  const zh = schema.safeParse(input, { reportInput: true, error: z.locales.zhCN().localeError });
  const zhIssues = zh.success ? [] : zh.error.issues;
  const issues: ValidationIssue[] = [];
  en.error.issues.forEach((issue, i) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (skip(path)) return;
    const where = path.join('.') || '(root)';
    issues.push(
      makeIssue(
        'INVALID_INPUT',
        path,
        { value: (issue as { input?: unknown }).input, reasonZh: `${path.join('.') || '(根)'}：${zhIssues[i]?.message ?? issue.message}`, reasonEn: `${where}: ${issue.message}` },
        rule,
      ),
    );
  });
  return { success: false, issues };
}
