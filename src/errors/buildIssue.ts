import { GuifanError } from './GuifanError';
import type { IssueCode, ValidationIssue } from './issues';
import { readDetails, type MessageDetails } from './messages';
import type { LocalizedText, RuleId } from './types';

/** One message per code, for one locale. */
export type IssueMessages<C extends IssueCode = IssueCode> = Record<C, (d: MessageDetails) => string>;

/** The messages of some issue codes in both locales (one table per module, in ./issueMessages/). */
export interface IssueTable<C extends IssueCode> {
  readonly zh: IssueMessages<C>;
  readonly en: IssueMessages<C>;
}

/**
 * A module's message table. Its codes are read from its keys, so each code is
 * listed once; both locales must have the same codes, and every one must be an
 * {@link IssueCode}.
 */
export function issueTable<C extends IssueCode>(table: IssueTable<C>): IssueTable<C> {
  return table;
}

/** The makeIssue of one module: the public one's checks and issue, looking codes up only in `tables`. */
export type ModuleIssueMaker<C extends IssueCode> = (
  code: C,
  path: readonly (string | number)[],
  details?: MessageDetails,
  rule?: RuleId,
  severity?: 'error' | 'warning',
) => ValidationIssue;

/**
 * A module's own makeIssue (its `_lib/makeIssue.ts`): only the messages of
 * `tables` ride in that module's bundle, not every module's.
 */
export function issueMaker<C extends IssueCode>(...tables: readonly IssueTable<never>[]): ModuleIssueMaker<C> {
  return (code, path, details = {}, rule, severity = 'error') => buildIssue(tables, code, path, details, rule, severity);
}

/**
 * makeIssue's work, with the message tables to look the code up in. The public
 * makeIssue passes every table; each module's own `_lib/makeIssue.ts` passes
 * only the tables of the codes it raises, so that a bundle of that module does
 * not carry the messages of all the others. Same checks, same issue.
 */
export function buildIssue(
  tables: readonly IssueTable<never>[],
  code: IssueCode,
  path: readonly (string | number)[],
  details: MessageDetails,
  rule: RuleId | undefined,
  severity: 'error' | 'warning',
): ValidationIssue {
  let table: IssueTable<IssueCode> | undefined;
  if (typeof code === 'string') {
    for (const t of tables as readonly IssueTable<IssueCode>[]) {
      if (Object.prototype.hasOwnProperty.call(t.zh, code)) {
        table = t;
        break;
      }
    }
  }
  if (!table) throw badArg('code', code, '未知的问题代码', 'unknown issue code');
  // A plain copy, read once: details may be a Proxy or carry getters (a host may pass anything).
  const d = readDetails(details);
  checkIssueArgs(path, d, details, rule, severity);
  const issue: ValidationIssue = {
    code,
    rule,
    path: Object.freeze([...path]),
    ...(Object.prototype.hasOwnProperty.call(d, 'value') ? { value: d.value } : {}),
    severity,
    message: Object.freeze({ 'zh-CN': table.zh[code](d), en: table.en[code](d) }),
    details: Object.freeze(d),
  };
  return Object.freeze(issue);
}

/** Whether `v` has the shape of a {@link ValidationIssue} (as made by makeIssue). */
export function isIssueLike(v: unknown): v is ValidationIssue {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Partial<Record<keyof ValidationIssue, unknown>>;
  try {
    return (
      typeof i.code === 'string' &&
      Array.isArray(i.path) &&
      i.path.every(isPathPart) &&
      typeof i.message === 'object' &&
      i.message !== null &&
      typeof (i.message as Partial<LocalizedText>)['zh-CN'] === 'string' &&
      typeof (i.message as Partial<LocalizedText>).en === 'string' &&
      (i.severity === 'error' || i.severity === 'warning')
    );
  } catch {
    return false; // a guard never throws (a Proxy whose traps throw is not an issue)
  }
}

/** A key or an index: a finite number (an issue's path never holds NaN). */
const isPathPart = (p: unknown): boolean => typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p));

export function badArg(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });
}

/** makeIssue is public: a host may call it with anything, and must get a GuifanError back, not a TypeError. */
function checkIssueArgs(path: unknown, read: Record<string, unknown> | undefined, details: unknown, rule: unknown, severity: unknown): asserts read is Record<string, unknown> {
  let pathOk = false;
  try {
    pathOk = Array.isArray(path) && path.every(isPathPart);
  } catch {
    // a Proxy whose traps throw: not a path
  }
  if (!pathOk) throw badArg('path', path, '应为由字符串和有限数字组成的数组', 'expected an array of strings and finite numbers');
  if (read === undefined) throw badArg('details', typeof details === 'object' && details !== null ? '[unreadable object]' : details, '应为可读取的对象', 'expected a readable object');
  if (rule !== undefined && typeof rule !== 'string') throw badArg('rule', rule, "应为规则编号，如 'APR-05'", "expected a rule id such as 'APR-05'");
  if (severity !== 'error' && severity !== 'warning') throw badArg('severity', severity, "应为 'error' 或 'warning'", "expected 'error' or 'warning'");
}

/** The issue at another path (e.g. inside a list): its messages never quote the path, so nothing is re-rendered. */
export function repathIssue(issue: ValidationIssue, path: readonly (string | number)[]): ValidationIssue {
  return Object.freeze({ ...issue, path: Object.freeze([...path]) });
}
