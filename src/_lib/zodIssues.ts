// Only modules that parse something import this file (never a date question's
// path): it brings zod's core parser and its English and Chinese messages.
import { safeParse, type $ZodErrorMap, type $ZodType, type output } from 'zod/v4/core';
import { en, zhCN } from 'zod/v4/locales';
import type { LocalizedText } from '../errors/types';

/** Our own refinement messages, keyed; zod's built-in ones come from its locales. */
const CUSTOM: Record<string, LocalizedText> = {
  'guifan:no-such-day': { 'zh-CN': '该日期不存在', en: 'no such day' },
  'guifan:civil-date': { 'zh-CN': "应为 'YYYY-MM-DD' 格式的日期", en: "expected 'YYYY-MM-DD'" },
  'guifan:duplicate-weekday': { 'zh-CN': '星期重复', en: 'duplicate weekday' },
  'guifan:whole-amount': { 'zh-CN': '数量应为整数（小时、工作小时可为半数；工作日只可为半个）', en: 'a whole amount (halves for hours and working hours; half a working day)' },
  'guifan:time-of-day': { 'zh-CN': "应为 'HH:mm' 格式的时间（00:00–24:00）", en: "expected a time 'HH:mm' (00:00–24:00)" },
};

export interface ZodProblem {
  path: (string | number)[];
  zodCode: string;
  value: unknown;
  message: LocalizedText;
}

type Result<T> = { success: true; data: T } | { success: false; problems: ZodProblem[] };

// The locale maps are built on first use, once. Passing them per
// parse (not through zod's global config) makes the messages the same whether
// or not some other code set a global locale, and for classic and mini schemas.
let enError: $ZodErrorMap | undefined;
let zhError: $ZodErrorMap | undefined;

/**
 * Parses with `schema` (a classic `zod` or a `zod/mini` schema: any zod 4
 * schema); on failure, every problem with its message in both locales.
 */
export function parseBilingual<S extends $ZodType>(schema: S, input: unknown): Result<output<S>> {
  const first = safeParse(schema, input, { reportInput: true, error: (enError ??= en().localeError) });
  if (first.success) return { success: true, data: first.data };
  const enIssues = first.error.issues;
  const zhIssues = safeParse(schema, input, { reportInput: true, error: (zhError ??= zhCN().localeError) }).error?.issues ?? [];
  const problems = enIssues.map((issue, i) => {
    const custom = CUSTOM[issue.message];
    return {
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      zodCode: issue.code,
      value: (issue as { input?: unknown }).input,
      message: custom ?? { 'zh-CN': zhIssues[i]?.message ?? issue.message, en: issue.message },
    };
  });
  return { success: false, problems };
}
