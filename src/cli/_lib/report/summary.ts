import type { Locale } from '../../../errors/types';
import { artifactUri } from './uri';
import type { RunTally } from './github';

/** Where a line of the checked file is on GitHub, from the variables GitHub Actions sets. */
export interface SourceLinks {
  readonly server?: string | undefined;
  readonly repository?: string | undefined;
  readonly sha?: string | undefined;
}

const cell = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The Markdown job summary of a run (`$GITHUB_STEP_SUMMARY`): the verdict,
 * counts per rule id, and the first findings and unreadable parts as tables
 * with links to their lines.
 */
export function jobSummary(t: RunTally, o: { command: string; file: string; lang: Locale; exitCode: number; links: SourceLinks }): string {
  const en = o.lang === 'en';
  const link = (line: number | undefined): string => {
    const label = line ? `${o.file}:${line}` : o.file;
    if (!o.links.server || !o.links.repository || !o.links.sha || o.file === '-') return cell(label);
    return `[${cell(label)}](${o.links.server}/${o.links.repository}/blob/${o.links.sha}/${artifactUri(o.file).replace(/^\/+/, '')}${line ? `#L${line}` : ''})`;
  };
  const verdict = o.exitCode === 0 ? (en ? 'passed' : '通过') : o.exitCode === 1 ? (en ? 'failed: findings' : '未通过：发现问题') : en ? 'incomplete: some input could not be checked' : '未完成：部分输入无法检查';
  const out = [
    `### guifan ${o.command} \`${cell(o.file)}\``,
    '',
    en
      ? `**Exit ${o.exitCode}** (${verdict}) — ${t.errors} error(s), ${t.warnings} warning(s), ${t.known} in the baseline, ${t.problemCount} part(s) not checked.`
      : `**退出码 ${o.exitCode}**（${verdict}）— 错误 ${t.errors}，警告 ${t.warnings}，基线已有 ${t.known}，无法检查 ${t.problemCount} 处。`,
    '',
  ];
  if (t.perRule.size) {
    out.push(en ? '| Rule | Severity | Findings | In baseline |' : '| 规则 | 级别 | 数量 | 基线已有 |', '| --- | --- | ---: | ---: |');
    const rows = [...t.perRule.entries()].sort((a, b) => (a[1].severity === b[1].severity ? b[1].count - a[1].count || a[0].localeCompare(b[0]) : a[1].severity === 'error' ? -1 : 1));
    for (const [id, r] of rows) out.push(`| \`${cell(id)}\` | ${r.severity === 'error' ? (en ? 'error' : '错误') : en ? 'warning' : '警告'} | ${r.count} | ${r.known} |`);
    out.push('');
  }
  if (t.problems.length) {
    out.push(en ? '#### Not checked' : '#### 无法检查', '', en ? '| Where | Code | Why |' : '| 位置 | 代码 | 原因 |', '| --- | --- | --- |');
    for (const p of t.problems) out.push(`| ${p.file === o.file ? link(p.line) : cell(`${p.file}${p.line ? `:${p.line}` : ''}`)} | \`${p.code}\` | ${cell(p.message[o.lang])} |`);
    if (t.problemCount > t.problems.length) out.push('', en ? `… and ${t.problemCount - t.problems.length} more.` : `……另有 ${t.problemCount - t.problems.length} 处。`);
    out.push('');
  }
  if (t.first.length) {
    const total = t.errors + t.warnings + t.known;
    out.push(en ? `#### First ${t.first.length} of ${total} finding(s)` : `#### 前 ${t.first.length} 处（共 ${total} 处）`, '', en ? '| Where | Record | Rule | Message |' : '| 位置 | 记录 | 规则 | 说明 |', '| --- | --- | --- | --- |');
    for (const f of t.first) out.push(`| ${link(f.line)} | ${cell(f.name)} | \`${cell(f.ruleId)}\` | ${f.severity === 'error' ? '✗' : '!'} ${cell(f.message[o.lang])}${f.known ? (en ? ' (baseline)' : '（基线）') : ''} |`);
    out.push('');
  }
  return out.join('\n');
}
