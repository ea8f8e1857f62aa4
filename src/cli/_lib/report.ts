import type { Locale, LocalizedText, RuleId } from '../../errors/types';

/** One problem of one checked record, in every report format. */
export interface ReportIssue {
  readonly code: string;
  readonly rule?: RuleId | undefined;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  readonly path?: readonly (string | number)[];
  /** 1-based line in the input file, where the input is line-based (NDJSON, text). */
  readonly line?: number;
  /** 1-based column (code points). */
  readonly column?: number;
}

/** One checked record (a case and clock, a notice, an utterance …): one JUnit test case. */
export interface ReportCase {
  /** e.g. `'C-1 complaint-answer'`. */
  readonly name: string;
  /** What kind of entry it is, where a command reports several (`records`, `count`, `metrics`): the JUnit classname `guifan.<command>.<group>`. */
  readonly group?: string;
  readonly line?: number;
  /** A one-line summary in both languages (state, due …), shown in text and JUnit output. */
  readonly summary?: LocalizedText;
  /** The problems; the case fails when one of them is an error. */
  readonly issues: readonly ReportIssue[];
  /** Fails the case without an issue of its own (e.g. a breached clock). */
  readonly failed?: boolean;
}

/** What a `check-*` command found, before it is written in a format. */
export interface CheckReport {
  /** `'check-sla'`, `'check-meeting'` … */
  readonly command: string;
  /** The input file as named on the command line (`-` for standard input). */
  readonly file: string;
  readonly cases: readonly ReportCase[];
  /** A closing line in both languages for text output. */
  readonly footer?: LocalizedText;
}

/** The report formats of every `check-*` command. */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const failing = (c: ReportCase): boolean => c.failed === true || c.issues.some((i) => i.severity === 'error');

const xml = (s: string): string =>
  // Characters XML 1.0 cannot carry are dropped; the five specials escaped.
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const tag = (i: ReportIssue): string => `[${i.code}${i.rule ? ` ${i.rule}` : ''}]`;
const where = (i: ReportIssue): string => (i.path && i.path.length ? `${i.path.join('.')}: ` : '');

/**
 * JUnit XML: one `<testsuite>` per command and file, one `<testcase>` per
 * record; a failing record carries a `<failure>` whose type is the first
 * error's code and whose text lists every issue with code, rule and message.
 */
export function formatJUnit(report: CheckReport, lang: Locale): string {
  const failures = report.cases.filter(failing).length;
  const suite = `guifan ${report.command} ${report.file}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="guifan" tests="${report.cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${xml(suite)}" tests="${report.cases.length}" failures="${failures}" errors="0" skipped="0">`,
  ];
  for (const c of report.cases) {
    const open = `    <testcase name="${xml(c.name)}" classname="${xml(`guifan.${report.command}${c.group ? `.${c.group}` : ''}`)}"${c.line ? ` file="${xml(report.file)}" line="${c.line}"` : ''}`;
    const lines = c.issues.map((i) => `${i.severity === 'error' ? '✗' : '!'} ${tag(i)} ${where(i)}${i.message[lang]}`);
    if (!failing(c)) {
      out.push(lines.length || c.summary ? `${open}>\n      <system-out>${xml([c.summary?.[lang], ...lines].filter(Boolean).join('\n'))}</system-out>\n    </testcase>` : `${open}/>`);
      continue;
    }
    const first = c.issues.find((i) => i.severity === 'error') ?? c.issues[0];
    const message = first ? `${tag(first)} ${first.message[lang]}` : (c.summary?.[lang] ?? 'failed');
    out.push(`${open}>`);
    out.push(`      <failure type="${xml(first?.code ?? 'FAILED')}" message="${xml(message)}">${xml([c.summary?.[lang], ...lines].filter(Boolean).join('\n'))}</failure>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n');
}

// GitHub workflow commands: data escapes %, CR, LF; properties also : and ,.
const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (`::error file=…,line=…,col=…,title=…::message`),
 * one per issue; `line`/`col` where the input is line-based. A failed record
 * without an issue of its own gets one annotation from its summary.
 */
export function formatGitHub(report: CheckReport, lang: Locale): string {
  const out: string[] = [];
  for (const c of report.cases) {
    const items: ReportIssue[] = [...c.issues];
    if (c.failed && !c.issues.some((i) => i.severity === 'error')) {
      items.unshift({ code: 'FAILED', severity: 'error', message: c.summary ?? { 'zh-CN': '未通过', en: 'failed' }, ...(c.line ? { line: c.line } : {}) });
    }
    for (const i of items) {
      const line = i.line ?? c.line;
      const props = [`file=${ghProp(report.file)}`, ...(line ? [`line=${line}`] : []), ...(i.column ? [`col=${i.column}`] : []), `title=${ghProp(`${i.code}${i.rule ? ` ${i.rule}` : ''} ${c.name}`)}`];
      out.push(`::${i.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${ghData(`${where(i)}${i.message[lang]}`)}`);
    }
  }
  return out.join('\n');
}

/**
 * SARIF 2.1.0: guifan as the tool, each rule id (`ESC-04`) a rule — or the
 * issue code where an issue has no rule — and each issue a result whose
 * message is bilingual (`简体中文 | English`, the chosen language first), with
 * both texts also under `properties.messages`.
 */
export function formatSarif(report: CheckReport, lang: Locale, version: string): string {
  const rules = new Map<string, { id: string; codes: Set<string> }>();
  const results: unknown[] = [];
  for (const c of report.cases) {
    const items: ReportIssue[] = [...c.issues];
    if (c.failed && !c.issues.some((i) => i.severity === 'error')) items.unshift({ code: 'FAILED', severity: 'error', message: c.summary ?? { 'zh-CN': '未通过', en: 'failed' } });
    for (const i of items) {
      const id = i.rule ?? i.code;
      const r = rules.get(id) ?? { id, codes: new Set<string>() };
      r.codes.add(i.code);
      rules.set(id, r);
      const other: Locale = lang === 'en' ? 'zh-CN' : 'en';
      const line = i.line ?? c.line;
      results.push({
        ruleId: id,
        level: i.severity === 'error' ? 'error' : 'warning',
        message: { text: `${i.message[lang]} | ${i.message[other]}` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: report.file }, ...(line ? { region: { startLine: line, ...(i.column ? { startColumn: i.column } : {}) } } : {}) },
            logicalLocations: [{ name: c.name, ...(i.path && i.path.length ? { fullyQualifiedName: `${c.name}/${i.path.join('.')}` } : {}) }],
          },
        ],
        properties: { code: i.code, messages: { 'zh-CN': i.message['zh-CN'], en: i.message.en } },
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guifan',
            version,
            informationUri: 'https://www.npmjs.com/package/guifan',
            rules: [...rules.values()].map((r) => ({
              id: r.id,
              shortDescription: { text: /^[A-Z]+-\d+$/.test(r.id) ? `guifan rule ${r.id}` : `guifan check ${r.id}` },
              properties: { codes: [...r.codes].sort() },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** Whether a report fails CI: some record failed. */
export const reportFails = (report: CheckReport): boolean => report.cases.some(failing);

/** The report in one of the CI formats (`text` and `json` stay each command's own). */
export function renderReport(report: CheckReport, format: 'junit' | 'github' | 'sarif', lang: Locale, version: string): string {
  return format === 'junit' ? formatJUnit(report, lang) : format === 'github' ? formatGitHub(report, lang) : formatSarif(report, lang, version);
}
