import * as presets from '../../presets/_lib/all';
import type { SlaPolicy } from '../../sla/schema';
import { validatePolicy } from '../../sla/validatePolicy';
import type { CliIo } from '../io';
import { readDocument } from './input/read';
import { jsonDocumentProblem } from './jsonError';
import type { Problem } from './report/index';

/** The presets `--policy` names (`property-service-centre`, …). */
export const PRESETS: Readonly<Record<string, SlaPolicy>> = Object.fromEntries(Object.values(presets).map((p) => [p.id, p as SlaPolicy]));

/**
 * `--policy`: a preset's id or a policy JSON file, validated as the library
 * validates a policy (ESC-01…) — a file holding `null`, an array or a policy
 * with a wrong field is a problem of that file, never "no policy".
 */
export function loadPolicy(io: CliIo, ref: string): SlaPolicy | Problem[] {
  let policy: unknown = PRESETS[ref];
  if (policy === undefined) {
    const { text } = readDocument(io, ref);
    try {
      policy = JSON.parse(text);
    } catch (e) {
      return [jsonDocumentProblem(e, ref, text)];
    }
  }
  const v = validatePolicy(policy);
  if (v.success) return policy as SlaPolicy;
  return v.issues.map((i) => ({ code: i.code, rule: i.rule, file: ref, message: { 'zh-CN': `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message['zh-CN']}`, en: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message.en}` } }));
}
