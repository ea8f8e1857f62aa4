import type { LocalizedText } from '../../../errors/types';
import { FINGERPRINT_KEY } from './fingerprint';

/**
 * The fingerprints of a baseline (`--baseline FILE`): a SARIF log guifan
 * wrote before (its results' `partialFingerprints`), or a JSON array of
 * fingerprint strings. Anything else is why it cannot be used.
 */
export function readBaseline(text: string): Set<string> | LocalizedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { 'zh-CN': '基线文件不是 JSON', en: 'the baseline file is not JSON' };
  }
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return new Set(value as string[]);
  const runs = (value as { runs?: unknown } | null)?.runs;
  if (value !== null && typeof value === 'object' && (value as { version?: unknown }).version === '2.1.0' && Array.isArray(runs)) {
    const out = new Set<string>();
    for (const run of runs as { results?: unknown }[]) {
      if (!Array.isArray(run?.results)) continue;
      for (const r of run.results as { partialFingerprints?: Record<string, unknown> }[]) {
        const f = r?.partialFingerprints?.[FINGERPRINT_KEY];
        if (typeof f === 'string') out.add(f);
      }
    }
    return out;
  }
  return { 'zh-CN': '基线文件应为 guifan 写出的 SARIF 日志，或指纹字符串的 JSON 数组', en: 'a baseline is a SARIF log written by guifan, or a JSON array of fingerprint strings' };
}
