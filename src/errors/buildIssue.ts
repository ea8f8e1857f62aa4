import { GuifanError } from './GuifanError';
import type { IssueCode, ValidationIssue } from './issues';
import type { MessageDetails } from './messages';
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
  checkIssueArgs(path, details, rule, severity);
  const issue: ValidationIssue = {
    code,
    rule,
    path: Object.freeze([...path]),
    ...('value' in details ? { value: details.value } : {}),
    severity,
    message: Object.freeze({ 'zh-CN': table.zh[code](details), en: table.en[code](details) }),
    details: Object.freeze({ ...details }),
  };
  return Object.freeze(issue);
}

/** Whether `v` has the shape of a {@link ValidationIssue} (as made by makeIssue). */
export function isIssueLike(v: unknown): v is ValidationIssue {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Partial<Record<keyof ValidationIssue, unknown>>;
  return (
    typeof i.code === 'string' &&
    Array.isArray(i.path) &&
    i.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof i.message === 'object' &&
    i.message !== null &&
    typeof (i.message as Partial<LocalizedText>)['zh-CN'] === 'string' &&
    typeof (i.message as Partial<LocalizedText>).en === 'string' &&
    (i.severity === 'error' || i.severity === 'warning')
  );
}

export function badArg(path: string, value: unknown, reasonZh: string, reasonEn: string): GuifanError {
  return new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn });
}

/** makeIssue is public: a host may call it with anything, and must get a GuifanError back, not a TypeError. */
function checkIssueArgs(path: unknown, details: unknown, rule: unknown, severity: unknown): void {
  if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) throw badArg('path', path, '应为由字符串和数字组成的数组', 'expected an array of strings and numbers');
  if (typeof details !== 'object' || details === null) throw badArg('details', details, '应为对象', 'expected an object');
  if (rule !== undefined && typeof rule !== 'string') throw badArg('rule', rule, "应为规则编号，如 'APR-05'", "expected a rule id such as 'APR-05'");
  if (severity !== 'error' && severity !== 'warning') throw badArg('severity', severity, "应为 'error' 或 'warning'", "expected 'error' or 'warning'");
}

/** The issue at another path (e.g. inside a list): its messages never quote the path, so nothing is re-rendered. */
export function repathIssue(issue: ValidationIssue, path: readonly (string | number)[]): ValidationIssue {
  return Object.freeze({ ...issue, path: Object.freeze([...path]) });
}
