// Only modules that parse something import this file (never a date question's
// path). zod's issues get guifan's own short messages in both locales, written
// from the issue's facts: smaller than bundling zod's en and zh-CN locales
// (≈ 1.8 kB gzipped), and the same whatever locale zod is configured with.
import { safeParse, type $ZodIssue, type $ZodType, type output } from 'zod/v4/core';
import { makeIssue, type ValidationIssue } from './makeIssue';
import { describeList, describeValue, quotedValue } from './describe';
import type { LocalizedText, RuleId } from '../errors/types';

/** Our own refinement messages, keyed; zod's built-in issues are worded by `describe` below. */
const CUSTOM: Record<string, LocalizedText> = {
  'guifan:no-such-day': { 'zh-CN': '该日期不存在', en: 'no such day' },
  'guifan:civil-date': { 'zh-CN': "应为 'YYYY-MM-DD' 格式的日期", en: "expected 'YYYY-MM-DD'" },
  'guifan:duplicate-weekday': { 'zh-CN': '星期重复', en: 'duplicate weekday' },
  'guifan:whole-amount': { 'zh-CN': '数量应为整数（小时、工作小时可为半数；工作日只可为半个）', en: 'a whole amount (halves for hours and working hours; half a working day)' },
  'guifan:time-of-day': { 'zh-CN': "应为 'HH:mm' 格式的时间（00:00–24:00）", en: "expected a time 'HH:mm' (00:00–24:00)" },
  'guifan:segment-start': { 'zh-CN': "应为 'HH:mm' 格式的开始时间（00:00–23:59）", en: "expected a start time 'HH:mm' (00:00–23:59)" },
  'guifan:instant': { 'zh-CN': "应为带时区偏移的 ISO 时间，如 '2026-10-01T08:00+08:00'", en: "expected an ISO instant with an offset, such as '2026-10-01T08:00+08:00'" },
};

export interface ZodProblem {
  path: (string | number)[];
  zodCode: string;
  value: unknown;
  message: LocalizedText;
}

type Result<T> = { success: true; data: T } | { success: false; problems: ZodProblem[] };

/** Type names, [中文, English]. */
const TYPES: Record<string, readonly [string, string]> = {
  string: ['字符串', 'string'],
  number: ['数字', 'number'],
  int: ['整数', 'integer'],
  boolean: ['布尔值', 'boolean'],
  object: ['对象', 'object'],
  array: ['数组', 'array'],
  date: ['Date', 'Date'],
  null: ['null', 'null'],
  undefined: ['undefined', 'undefined'],
  nan: ['NaN', 'NaN'],
  bigint: ['bigint', 'bigint'],
  symbol: ['symbol', 'symbol'],
  function: ['函数', 'function'],
  nonoptional: ['一个值', 'a value'],
};
const typeName = (t: string, i: 0 | 1): string => TYPES[t]?.[i] ?? t;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return Number.isNaN(v) ? 'nan' : Number.isFinite(v) ? 'number' : String(v);
  return typeof v;
}

// The one value printer (./describe) for what a message quotes: a text in quotes, anything else as it prints.
const show = (v: unknown): string => (typeof v === 'string' ? `'${describeValue(v)}'` : describeValue(v));

/** Units of a size limit, by what is measured. */
const UNITS: Record<string, readonly [string, string]> = { string: ['个字符', 'character(s)'], array: ['项', 'item(s)'], set: ['项', 'item(s)'], map: ['项', 'entry(ies)'], file: ['字节', 'byte(s)'] };

/** A zod issue in both locales, from its code and facts. */
function describe(issue: $ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      const got = typeOf(issue.input);
      if (issue.input === undefined) return { 'zh-CN': `缺少此项（应为${typeName(issue.expected, 0)}）`, en: `required (expected ${typeName(issue.expected, 1)})` };
      return { 'zh-CN': `应为${typeName(issue.expected, 0)}，实际为${typeName(got, 0)}`, en: `expected ${typeName(issue.expected, 1)}, received ${typeName(got, 1)}` };
    }
    case 'invalid_value': {
      const vals = issue.values.map(show);
      return vals.length === 1 ? { 'zh-CN': `应为 ${vals[0]}`, en: `expected ${vals[0]}` } : { 'zh-CN': `应为 ${vals.join(' | ')} 之一`, en: `expected one of ${vals.join(' | ')}` };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = show(small ? issue.minimum : issue.maximum);
      const unit = UNITS[issue.origin];
      const exact = issue.exact === true;
      const zhOp = exact ? '恰为' : small ? (issue.inclusive ? '至少' : '多于') : issue.inclusive ? '至多' : '少于';
      const enOp = exact ? 'exactly' : small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'fewer than';
      if (unit) return { 'zh-CN': `长度应${zhOp} ${limit} ${unit[0]}`, en: `expected ${enOp} ${limit} ${unit[1]}` };
      const sym = exact ? '=' : small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return { 'zh-CN': `应 ${sym} ${limit}`, en: `expected ${sym} ${limit}` };
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? { 'zh-CN': `格式不符（应匹配 ${issue.pattern ?? ''}）`, en: `does not match ${issue.pattern ?? 'the pattern'}` }
        : issue.format === 'email'
          ? { 'zh-CN': '应为电子邮件地址', en: 'expected an e-mail address' }
          : { 'zh-CN': `格式无效（${issue.format}）`, en: `invalid ${issue.format}` };
    case 'not_multiple_of':
      return { 'zh-CN': `应为 ${show(issue.divisor)} 的倍数`, en: `expected a multiple of ${show(issue.divisor)}` };
    case 'unrecognized_keys':
      return { 'zh-CN': `有多余的键：${describeList(issue.keys, '、')}`, en: `unrecognized key(s): ${describeList(issue.keys, ', ')}` };
    case 'invalid_key':
      return { 'zh-CN': '键无效', en: 'invalid key' };
    case 'invalid_element':
      return { 'zh-CN': '元素无效', en: 'invalid element' };
    case 'invalid_union':
      return { 'zh-CN': '不符合任何一种允许的形式', en: 'matches none of the allowed forms' };
    default:
      return { 'zh-CN': '无效输入', en: 'invalid input' };
  }
}

/** The message zod gives an issue whose schema sets none (our error map); any other message is the schema's own. */
const UNSET = '\u0000guifan:unset';
const unset = (): string => UNSET;

/**
 * Parses with `schema` (a classic `zod` or a `zod/mini` schema: any zod 4
 * schema); on failure, every problem with its message in both locales.
 */
export function parseBilingual<S extends $ZodType>(schema: S, input: unknown): Result<output<S>> {
  let r: ReturnType<typeof safeParse<S>>;
  try {
    r = safeParse(schema, input, { reportInput: true, error: unset });
  } catch (e) {
    // zod spreads all the issues of one property into one call: some 120,000 (an array of that many bad elements)
    // overflow the call stack. Then the long arrays are checked up to LONG elements, and each says so; when that is
    // not enough, one problem says there are too many to list.
    if (!(e instanceof RangeError)) throw e;
    return parseShortened(schema, input);
  }
  if (r.success) return { success: true, data: r.data };
  return { success: false, problems: problemsOf(r.error.issues) };
}

const problemsOf = (issues: readonly $ZodIssue[]): ZodProblem[] =>
  issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    zodCode: issue.code,
    value: (issue as { input?: unknown }).input,
    message: CUSTOM[issue.message] ?? (issue.message === UNSET ? describe(issue) : { 'zh-CN': issue.message, en: issue.message }),
  }));

/** Elements of an array checked when a whole check overflowed (see parseBilingual). */
export const LONG = 10_000;

const TOO_MANY: ZodProblem = {
  path: [],
  zodCode: 'too_big',
  value: undefined,
  message: { 'zh-CN': '问题过多，无法逐一列出', en: 'too many problems to list' },
};

/**
 * The input with its arrays cut to LONG elements (a copy; each object copied
 * once, so shared parts and cycles stay as they are), and where it was cut.
 */
function shortened(input: unknown, path: (string | number)[], cut: ZodProblem[], copies: WeakMap<object, unknown>): unknown {
  if (input === null || typeof input !== 'object') return input;
  const proto = Object.getPrototypeOf(input);
  if (!Array.isArray(input) && proto !== Object.prototype && proto !== null) return input;
  if (copies.has(input)) return copies.get(input);
  if (Array.isArray(input)) {
    const out: unknown[] = [];
    copies.set(input, out);
    if (input.length > LONG) {
      cut.push({ path, zodCode: 'too_big', value: input.length, message: { 'zh-CN': `问题过多，只检查了 ${input.length} 项中的前 ${LONG} 项`, en: `too many problems: only the first ${LONG} of ${input.length} elements were checked` } });
    }
    for (let k = 0; k < Math.min(input.length, LONG); k++) out.push(shortened(input[k], [...path, k], cut, copies));
    return out;
  }
  const out: Record<string, unknown> = Object.create(proto);
  copies.set(input, out);
  for (const [k, x] of Object.entries(input)) Object.defineProperty(out, k, { value: shortened(x, [...path, k], cut, copies), enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * After an overflow: the problems of the shortened input and one per array cut,
 * or, when no cut helps, that there are too many to list. Never a success (the
 * whole did not pass).
 */
function parseShortened<S extends $ZodType>(schema: S, input: unknown): Result<output<S>> {
  const cut: ZodProblem[] = [];
  const copy = shortened(input, [], cut, new WeakMap());
  if (cut.length === 0) return { success: false, problems: [TOO_MANY] };
  try {
    const r = safeParse(schema, copy, { reportInput: true, error: unset });
    return { success: false, problems: [...cut, ...(r.success ? [] : problemsOf(r.error.issues))] };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { success: false, problems: [...cut, TOO_MANY] };
  }
}

/**
 * Parses with `schema` (any zod 4 schema); on failure, every problem becomes an
 * `INVALID_INPUT` issue under `root`, with its reason in both languages. The one
 * shared form of “validate, and report instead of throw” for every module.
 */
export function parseOrIssues<S extends $ZodType>(schema: S, input: unknown, root: readonly (string | number)[], rule?: RuleId): { data?: output<S>; issues: ValidationIssue[] } {
  const p = parseBilingual(schema, input);
  if (p.success) return { data: p.data, issues: [] };
  return {
    issues: p.problems.map((x) => makeIssue('INVALID_INPUT', [...root, ...x.path], { value: quotedValue(x.value), reasonZh: x.message['zh-CN'], reasonEn: x.message.en }, rule)),
  };
}
