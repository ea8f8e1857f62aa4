import { CLI_CODES } from './codes';
import { docOf, RULES } from './rules';

/** Where the docs of a version are published: the package files as the npm CDN serves them (docs/ ships in the package). */
export const docsUrl = (version: string, page: string): string => `https://unpkg.com/guifan@${encodeURIComponent(version)}/${page}`;

/**
 * The SARIF `reportingDescriptor` of a rule id (`CMP-02/UNKNOWN_CHANNEL`):
 * what GitHub code scanning requires — short and full description and help
 * text — in both languages, with the regulation it comes from and a link into
 * the docs of this version.
 */
export function ruleDescriptor(id: string, code: string, rule: string | undefined, version: string): Record<string, unknown> {
  const info = rule ? RULES[rule] : undefined;
  const what = CLI_CODES[code];
  const doc = docOf(info ? rule : undefined);
  const helpUri = docsUrl(version, doc);
  const zh = [info ? `${rule}：${info.zh}（依据：${info.source}）` : `guifan 检查 ${code}`, what ? `${code}：${what['zh-CN']}` : `问题代码 ${code}`];
  const en = [info ? `${rule}: ${info.en} (source: ${info.source})` : `guifan check ${code}`, what ? `${code}: ${what.en}` : `Issue code ${code}`];
  const full = `${zh.join('。')}。\n${en.join('. ')}.`;
  return {
    id,
    name: code
      .toLowerCase()
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: info ? `${rule} ${info.zh} | ${info.en} — ${code}` : what ? `${what['zh-CN']} | ${what.en}` : `guifan ${code}` },
    fullDescription: { text: full },
    help: { text: `${full}\n文档 Docs: ${helpUri}`, markdown: `${zh.join('。')}。\n\n${en.join('. ')}.\n\n[文档 Docs](${helpUri})` },
    helpUri,
    properties: { tags: ['guifan', ...(rule ? [rule] : [])], ...(info ? { source: info.source } : {}) },
  };
}
