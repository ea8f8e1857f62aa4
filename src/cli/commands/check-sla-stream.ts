import { formatInstant } from '../../_lib/formatInstant';
import { parseBilingual } from '../../_lib/zodIssues';
import type { Locale } from '../../errors/types';
import { makeIssue } from '../../errors/makeIssue';
import { compiledOf, type CompiledSlaPolicy } from '../../sla/compileSlaPolicy';
import { evaluateCase } from '../../sla/evaluateCase';
import { SlaCaseSchema, type SlaCase } from '../../sla/schema';
import { jsonErrorText } from '../_lib/jsonError';
import { renderReport, type ReportCase, type ReportFormat } from '../_lib/report';

const STATE_ZH: Record<string, string> = { 'not-started': '未开始', running: '计时中', paused: '已暂停', met: '按时完成', breached: '已超时', 'met-late': '超时完成' };

/** NDJSON input: by name (`.ndjson`, `.jsonl`) or standard input (`-`). */
export const isNdjsonPath = (p: string): boolean => p === '-' || /\.(ndjson|jsonl)$/i.test(p);

/**
 * `guifan check-sla cases.ndjson` (or `-`): one case per line, evaluated and
 * written as it is read, so a million cases run in constant memory for the
 * text, json (one result per line) and github formats; junit and sarif keep
 * one entry per record to write their totals. A malformed line is reported
 * with its number and the others are still checked (exit 2).
 */
export function checkSlaStream(
  file: string,
  lines: Iterable<string>,
  policy: CompiledSlaPolicy,
  opts: { at: string; failOn: string; format: ReportFormat; lang: Locale; version: string; policyId: string },
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const { lang, format } = opts;
  const zone = compiledOf(policy).cal.zone;
  const cases: ReportCase[] = [];
  let n = 0;
  let failing = 0;
  let bad = 0;
  let lineNo = 0;
  // A line that cannot be checked is also a failure in the CI formats, on its line (it is always on standard error).
  const unreadable = (c: ReportCase): void => {
    if (format === 'github') out(renderReport({ command: 'check-sla', file, cases: [c] }, 'github', lang, opts.version));
    else if (format === 'junit' || format === 'sarif') cases.push(c);
  };
  for (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      bad++;
      const message = jsonErrorText(e);
      err(`${file}:${lineNo}: ${message[lang]}`);
      unreadable({ name: `${file}:${lineNo}`, line: lineNo, issues: [{ code: 'INVALID_JSON', severity: 'error', message, line: lineNo }] });
      continue;
    }
    const shape = parseBilingual(SlaCaseSchema, value);
    if (!shape.success) {
      bad++;
      const issues = shape.problems.map((x) => makeIssue('INVALID_INPUT', x.path, { value: x.value, reasonZh: x.message['zh-CN'], reasonEn: x.message.en }, 'ESC-04'));
      for (const issue of issues) err(`${file}:${lineNo}: [${issue.code} ${issue.rule}] ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message[lang]}`);
      unreadable({ name: `${file}:${lineNo}`, line: lineNo, issues: issues.map((x) => ({ ...x, line: lineNo })) });
      continue;
    }
    const c = value as SlaCase;
    const r = evaluateCase(policy, c, opts.at);
    n++;
    const id = r.id ?? `${file}:${lineNo}`;
    if (format === 'json') out(JSON.stringify({ line: lineNo, ...r }));
    for (const k of r.clocks) {
      const isBad = opts.failOn === 'breached' ? k.state === 'breached' || k.state === 'met-late' : opts.failOn === 'over-max' ? k.overMax : false;
      if (isBad) failing++;
      const due = k.due === undefined ? '—' : formatInstant(k.due.getTime(), zone);
      const summary = { 'zh-CN': `${STATE_ZH[k.state] ?? k.state}，期限 ${due}${k.level ? `，已升级至 ${k.level}` : ''}`, en: `${k.state}, due ${due}${k.level ? `, level ${k.level}` : ''}` };
      if (format === 'text') out(`${isBad ? '✗' : '✓'} ${file}:${lineNo} ${id} ${k.name} ${summary[lang]}`);
      else if (format === 'github') {
        if (isBad) out(renderReport({ command: 'check-sla', file, cases: [{ name: `${id} ${k.name}`, line: lineNo, failed: true, summary, issues: [] }] }, 'github', lang, opts.version));
      } else if (format === 'junit' || format === 'sarif') cases.push({ name: `${id} ${k.name}`, line: lineNo, failed: isBad, summary, issues: [] });
    }
    if (r.issues.length) {
      const own: ReportCase = { name: id, line: lineNo, issues: r.issues.map((x) => ({ ...x, line: lineNo })) };
      if (format === 'text') for (const i of r.issues) out(`  ${i.severity === 'error' ? '✗' : '!'} [${i.code}${i.rule ? ` ${i.rule}` : ''}] ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message[lang]}`);
      else if (format === 'github') out(renderReport({ command: 'check-sla', file, cases: [own] }, 'github', lang, opts.version));
      else if (format === 'junit' || format === 'sarif') cases.push(own);
    }
  }
  if (format === 'junit' || format === 'sarif') out(renderReport({ command: 'check-sla', file, cases }, format, lang, opts.version));
  else if (format === 'text') {
    out(lang === 'en' ? `${n} cases, ${failing} failing clocks, ${bad} unreadable lines (policy ${opts.policyId}, at ${opts.at})` : `${n} 个案件，${failing} 个时钟不合格，${bad} 行无法读取（策略 ${opts.policyId}，时刻 ${opts.at}）`);
  }
  if (bad) return 2;
  return failing ? 1 : 0;
}
