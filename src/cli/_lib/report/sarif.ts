import { CLI_CODES } from './codes';
import { FINGERPRINT_KEY, ruleIdOf } from './fingerprint';
import { ruleDescriptor } from './sarifRules';
import { artifactUri } from './uri';
import { both, type Judged, type ReportWriter, type WriterContext } from './writer';
import type { Problem, ReportCase } from './types';

/** Tool notifications kept for the end of a SARIF log (the rest are counted in one more). */
export const SARIF_MAX_NOTIFICATIONS = 1000;

/**
 * SARIF 2.1.0 written as the findings come: the log opens with `results`
 * and ends with the tool, its rules (each rule id met, with its bilingual
 * description and regulation), the invocation (`executionSuccessful: false`
 * and a notification per part that could not be checked) and
 * `automationDetails.id` (`guifan/<command>/<file>/`: GitHub's category).
 * Every result has a region (line 1 for a file-level finding), a
 * percent-encoded URI, a fingerprint and, with a baseline, its state.
 */
export function sarifWriter(ctx: WriterContext, withBaseline: boolean): ReportWriter {
  const { lang, file } = ctx;
  const uri = artifactUri(file);
  const rules = new Map<string, number>();
  const descriptors: unknown[] = [];
  const notes: unknown[] = [];
  let dropped = 0;
  let first = true;
  ctx.out('{');
  ctx.out('  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",');
  ctx.out('  "version": "2.1.0",');
  ctx.out('  "runs": [');
  ctx.out('    {');
  ctx.out('      "results": [');
  const indexOf = (id: string, code: string, rule: string | undefined): number => {
    let k = rules.get(id);
    if (k === undefined) {
      k = descriptors.push(ruleDescriptor(id, code, rule, ctx.version)) - 1;
      rules.set(id, k);
    }
    return k;
  };
  return {
    record(c: ReportCase, judged: readonly Judged[]) {
      for (const j of judged) {
        const f = j.finding;
        const id = ruleIdOf(f);
        const line = f.line ?? c.line ?? 1;
        const result = {
          ruleId: id,
          ruleIndex: indexOf(id, f.code, f.rule),
          level: f.severity,
          message: { text: `${f.path && f.path.length ? `${f.path.join('.')}: ` : ''}${both(f.message, lang)}` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri }, region: { startLine: line, ...(f.column ? { startColumn: f.column } : {}) } },
              logicalLocations: [{ name: c.name, kind: 'object', ...(f.path && f.path.length ? { fullyQualifiedName: `${c.name}/${f.path.join('.')}` } : {}) }],
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: j.fingerprint },
          ...(withBaseline ? { baselineState: j.known ? 'unchanged' : 'new' } : {}),
          properties: { code: f.code, ...(f.rule ? { rule: f.rule } : {}), messages: { 'zh-CN': f.message['zh-CN'], en: f.message.en } },
        };
        ctx.out(`${first ? '' : ','}${JSON.stringify(result)}`);
        first = false;
      }
    },
    problem(p: Problem) {
      if (notes.length >= SARIF_MAX_NOTIFICATIONS) {
        dropped++;
        return;
      }
      notes.push({
        level: 'error',
        message: { text: `${p.file}${p.line ? `:${p.line}` : ''}: ${both(p.message, lang)}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(p.file) }, region: { startLine: p.line ?? 1 } } }],
        descriptor: { id: p.code },
        properties: { code: p.code, ...(p.reason ? { reason: p.reason } : {}), messages: { 'zh-CN': p.message['zh-CN'], en: p.message.en } },
      });
    },
    end(exitCode: number) {
      if (dropped) {
        notes.push({ level: 'error', message: { text: both({ 'zh-CN': `另有 ${dropped} 处无法检查（见标准错误输出）`, en: `${dropped} more parts could not be checked (see standard error)` }, lang) }, descriptor: { id: 'MORE' } });
      }
      const tail = {
        tool: { driver: { name: 'guifan', version: ctx.version, semanticVersion: ctx.version, informationUri: 'https://www.npmjs.com/package/guifan', rules: descriptors, notifications: [...new Set(notes.map((n) => (n as { descriptor: { id: string } }).descriptor.id))].map((id) => ({ id, shortDescription: { text: both(CLI_CODES[id] ?? { 'zh-CN': id, en: id }, lang) } })) } },
        invocations: [{ executionSuccessful: exitCode !== 2, exitCode, toolExecutionNotifications: notes }],
        automationDetails: { id: `guifan/${ctx.command}/${ctx.file}/` },
        columnKind: 'unicodeCodePoints',
      };
      ctx.out('      ],');
      const body = JSON.stringify(tail, null, 2).slice(1, -1).replace(/\n/g, '\n    ');
      ctx.out(`    ${body.trim()}`);
      ctx.out('    }');
      ctx.out('  ]');
      ctx.out('}');
    },
  };
}
